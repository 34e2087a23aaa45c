import Testing
@testable import StandarKit

/// Texts of a template are copied as one or two blocks of sixteen bytes when they are at most thirty-two bytes
/// long (`PageBuffer.append(_:count:readable:)`, read from the linked program's `text`, padded with
/// `TemplateSet.textPadding` bytes): byte for byte as the `memcpy` copy it replaces (`append(_:count:)`), and
/// pages render as with the renderer that copies values (`LegacyTemplateSet`).
@Suite struct TemplateTextBlockTests {
    /// Every length from 0 to 40 (both sides of the one- and two-block bounds, 16 and 32), from every offset of a
    /// source whose last bytes are the run copied, into a buffer that grows on the way: as `append(_:count:)`.
    @Test func blocksCopyAsMemcpy() {
        var g = TestSeed.generator(2026)
        let source: [UInt8] = (0..<120).map { _ in UInt8.random(in: 0...255, using: &g) }
        for readable in [16, 17, 64] {
            var blocks = PageBuffer(capacity: 1)
            var reference = PageBuffer(capacity: 1)
            source.withUnsafeBufferPointer { bytes in
                guard let base = bytes.baseAddress else { return }
                for n in 0...40 {
                    for start in stride(from: 0, through: bytes.count - max(n, readable), by: 7) {
                        blocks.append(base + start, count: n, readable: readable)
                        reference.append(base + start, count: n)
                    }
                    // The run ending the readable bytes: the blocks read up to there, not past.
                    let last = bytes.count - max(n, readable)
                    blocks.append(base + last, count: n, readable: readable)
                    reference.append(base + last, count: n)
                }
            }
            #expect(Array(blocks.bytes) == Array(reference.bytes), "readable \(readable)")
        }
    }

    /// A program's `text` ends with its padding, so the block of any text op (and of any indentation) is inside
    /// it; the default theme's texts are mostly short enough for blocks (the fast path is taken).
    @Test func linkedTextIsPadded() throws {
        var sources: [String: String] = [:]
        for (path, text) in DefaultTheme.files where path.hasPrefix("templates/") && path.hasSuffix(".mustache") {
            sources[String(path.dropFirst("templates/".count).dropLast(".mustache".count))] = text
        }
        let set = try #require(TemplateSet(sources: sources))
        #expect(set.text.suffix(TemplateSet.textPadding).allSatisfy { $0 == 0 })
        var short = 0, long = 0
        for op in set.ops {
            switch op {
            case .text(let start, let count):
                #expect(start + max(count, 16) <= set.text.count)
                if count <= 32 { short += 1 } else { long += 1 }
            case .partial(_, let start, let count):
                #expect(start + count <= set.text.count - TemplateSet.textPadding)
            default:
                break
            }
        }
        #expect(short > long)
        #expect(TemplateSet(templates: [:]).text.count == TemplateSet.textPadding)
    }

    /// Texts of every length from 0 to 40 between tags, at the top level, in sections and in indented partials
    /// (where each op is a token of its own), render as with the renderer that copies values.
    @Test func textsOfEveryLengthRenderAsCopies() throws {
        var g = TestSeed.generator(2027)
        for n in 0...40 {
            let piece = String(repeating: "x", count: n)
            // Without braces, which would make the tags around it another tag.
            let random = TemplateProgramTests.randomText(&g, maxLength: 40).filter { $0 != "{" && $0 != "}" }
            let sources = [
                "a": "\(piece){{t}}\(random){{#l}}\(piece){{.}}|{{/l}}\(piece)\n  {{> b}}\n\(random)",
                "b": "\(random)\n\(piece){{t}}\n{{#l}}\(piece)\n{{/l}}",
            ]
            let set = try #require(TemplateSet(sources: sources))
            let old = try #require(LegacyTemplateSet(sources: sources))
            for context: TemplateValue in [["t": "<é>", "l": ["1", "22"]], ["t": .text(random), "l": []], [:]] {
                #expect(set.render("a", context) == old.render("a", context), "\(n) \(random.debugDescription)")
                #expect(set.render("b", context) == old.render("b", context), "\(n) \(random.debugDescription)")
            }
        }
    }
}
