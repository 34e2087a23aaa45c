import Mustache
import Testing
@testable import StandarKit

/// The compiled template program (flat ops, linked partials, in-place lookups, the page buffer and its escaper)
/// compared with swift-mustache and with `HTMLEscaper` on generated input.
@Suite struct TemplateProgramTests {
    /// A fixed-seed generator (SplitMix64), so a failure is reproducible.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let alphabet: [String] = ["a", "b", " ", "  ", "\t", "<", ">", "&", "\"", "'", "é", "ß", "日", "😀", "?",
                                     "=", ";", "x", "\n", "\r\n", "{", "}"]

    static func randomText(_ g: inout Seeded, maxLength: Int = 12) -> String {
        var s = ""
        for _ in 0..<Int.random(in: 0...maxLength, using: &g) { s += alphabet.randomElement(using: &g) ?? "" }
        return s
    }

    @Test func pageBufferEscapesAsHTMLEscaper() {
        var g = Seeded(state: 1)
        for round in 0..<2_000 {
            let s = Self.randomText(&g, maxLength: round % 50)
            for quotes in [true, false] {
                var buffer = PageBuffer(capacity: 1)   // grows through every append
                buffer.appendRaw("[")
                buffer.appendEscaped(s, quotes: quotes)
                let expected = "[" + (quotes ? HTMLEscaper.attribute(s) : HTMLEscaper.text(s))
                #expect(Array(buffer.bytes) == Array(expected.utf8), "\(s.debugDescription) quotes: \(quotes)")
            }
        }
    }

    @Test func pageBufferInsertsAndGrows() {
        var buffer = PageBuffer(capacity: 1)
        for i in 0..<1_000 { buffer.appendRaw(String(i % 10)) }
        let indentation: [UInt8] = Array("  ".utf8)
        indentation.withUnsafeBufferPointer { buffer.insert($0, at: 3) }
        indentation.withUnsafeBufferPointer { buffer.insert($0, at: buffer.count) }
        var expected = Array((0..<1_000).map { String($0 % 10) }.joined().utf8)
        expected.insert(contentsOf: indentation, at: 3)
        expected.append(contentsOf: indentation)
        #expect(Array(buffer.bytes) == expected)
    }

    /// Generates templates and contexts over a small vocabulary: every tag kind, dotted and odd names
    /// (`a..t`, `..`), standalone and inline tags, indented partials, CR LF lines, and now and then a syntax
    /// error or a partial that includes itself.
    struct Generator {
        var g: Seeded
        let names = ["t", "u", "n", "o", "o.t", "o.n", "o.o.t", "x", "x.t", "t.t", "l", "lo", "a..t", "..", "o..t",
                     ".", "b", "f", "z"]

        mutating func name() -> String { names.randomElement(using: &g) ?? "x" }

        mutating func piece(depth: Int, partials: [String]) -> String {
            switch Int.random(in: 0..<16, using: &g) {
            case 0, 1, 2: return TemplateProgramTests.randomText(&g, maxLength: 6).replacingOccurrences(of: "{", with: "(")
            case 3: return ["\n", "\r\n", "  ", "\n  ", "\t", " \r\n"].randomElement(using: &g) ?? ""
            case 4, 5:
                let n = name()
                return ["{{\(n)}}", "{{{\(n)}}}", "{{& \(n)}}", "{{ \(n) }}"].randomElement(using: &g) ?? ""
            case 6: return ["{{! komentar \n}}", "\n  {{!k}}  \n", "{{#t}}", "{{/t}}"].randomElement(using: &g) ?? ""
            case 7, 8, 9:
                guard depth < 4 else { return "" }
                let n = name()
                let inverted = Int.random(in: 0..<3, using: &g) == 0
                let open = Bool.random(using: &g) ? "\n" : ""
                let close = Bool.random(using: &g) ? "\n" : ""
                return (Bool.random(using: &g) ? "  " : "") + "{{\(inverted ? "^" : "#")\(n)}}" + open
                    + body(depth: depth + 1, partials: partials) + close + (Bool.random(using: &g) ? " " : "")
                    + "{{/\(n)}}"
            case 10, 11, 12:
                guard let p = partials.randomElement(using: &g) else { return "" }
                let indent = ["", " ", "  ", "\t", " \t"].randomElement(using: &g) ?? ""
                return (Bool.random(using: &g) ? "\n" : "") + indent + "{{> \(p)}}" + (Bool.random(using: &g) ? "\n" : "")
            default: return "\n"
            }
        }

        mutating func body(depth: Int, partials: [String]) -> String {
            var s = ""
            for _ in 0..<Int.random(in: 0...7, using: &g) { s += piece(depth: depth, partials: partials) }
            return s
        }

        /// Text as a String or as UTF-8 bytes (rendered parts): themes see no difference.
        mutating func text() -> TemplateValue {
            let s = Bool.random(using: &g) ? "" : TemplateProgramTests.randomText(&g)
            return Bool.random(using: &g) ? .text(s) : .utf8(Array(s.utf8))
        }

        mutating func object(depth: Int) -> TemplateValue {
            var o: TemplateObject = ["t": text(), "n": .int(Int.random(in: -1...99, using: &g)), "b": .bool(Bool.random(using: &g))]
            if depth < 2, Bool.random(using: &g) { o["o"] = object(depth: depth + 1) }
            if Bool.random(using: &g) { o["l"] = .list((0..<Int.random(in: 0...2, using: &g)).map { _ in text() }) }
            return .object(o)
        }

        mutating func context() -> TemplateValue {
            let items = (0..<Int.random(in: 0...3, using: &g)).map { _ in text() }
            let objects = (0..<Int.random(in: 0...3, using: &g)).map { _ in object(depth: 1) }
            return [
                "t": text(), "u": text(), "b": true, "f": false, "n": .int(Int.random(in: -1...99, using: &g)),
                "o": object(depth: 0), "l": .list(items), "lo": .list(objects), "z": [:],
            ]
        }
    }

    /// Every generated template renders exactly as the renderer before the flat program did, and parses to the
    /// same tags and errors.
    @Test func generatedTemplatesRenderAsBefore() throws {
        var generator = Generator(g: Seeded(state: 42))
        var rendered = 0
        for round in 0..<3_000 {
            var sources = [
                "a": generator.body(depth: 0, partials: ["p", "q", "kosong"]),
                "p": generator.body(depth: 1, partials: ["q"]),
                "q": generator.body(depth: 1, partials: round % 10 == 0 ? ["q"] : []),
            ]
            if round % 7 == 0 { sources["q"] = "{{#lo}}\n  {{> p}}\n{{/lo}}" }
            for (_, source) in sources {
                let new = CompiledTemplate.parse(source), old = LegacyCompiledTemplate.parse(source)
                #expect(new.tags.map { "\($0.kind) \($0.name) \($0.offset)" }
                        == old.tags.map { "\($0.kind) \($0.name) \($0.offset)" }, "\(source.debugDescription)")
                #expect(new.error.map { "\($0.kind) \($0.offset)" } == old.error.map { "\($0.kind) \($0.offset)" },
                        "\(source.debugDescription)")
            }
            let context = generator.context()
            let new = TemplateSet(sources: sources), old = LegacyTemplateSet(sources: sources)
            #expect((new == nil) == (old == nil))
            guard let new, let old else { continue }
            for name in ["a", "p", "q"] {
                let ours = new.render(name, context), theirs = old.render(name, context)
                #expect(ours == theirs, "\(name) \(sources.sorted { $0.key < $1.key }) \(context)")
                if ours != nil { rendered += 1 }
            }
        }
        #expect(rendered > 3_000)
    }

    /// On the subset where swift-mustache and Standar agree by design, the program matches swift-mustache too.
    @Test func generatedTemplatesMatchSwiftMustache() throws {
        var g = Seeded(state: 7)
        let pieces = ["x", "\n", "  ", "{{t}}", "{{{t}}}", "{{o.t}}", "{{#lo}}\n", "{{/lo}}\n", "{{^l}}-{{/l}}",
                      "{{#l}}<{{.}}>{{/l}}", "\n  {{> p}}\n", "{{> p}}", "{{! k }}", "{{#b}}", "{{/b}}", "\r\n"]
        for _ in 0..<300 {
            var a = "", p = ""
            for _ in 0..<12 { a += pieces.randomElement(using: &g) ?? "" }
            for _ in 0..<6 { p += pieces.filter { !$0.contains(">") }.randomElement(using: &g) ?? "" }
            let sources = ["a": a, "p": p]
            guard let set = TemplateSet(sources: sources) else { continue }
            let objects: [TemplateValue] = (0..<Int.random(in: 0...2, using: &g)).map { _ in ["t": .text(Self.randomText(&g))] }
            let context: TemplateValue = ["t": .text(Self.randomText(&g)), "o": ["t": .text(Self.randomText(&g))],
                                          "b": true, "l": .list([.text(Self.randomText(&g))]), "lo": .list(objects)]
            let reference = try SwiftMustache.library(sources).render(context.foundationValue, withTemplate: "a")
            #expect(set.render("a", context) == reference, "\(sources)")
        }
    }

    /// Lookups in large objects go through a memo keyed by the object's storage: items of a list, each its own
    /// object with the same keys in other places (and repeated keys), must each give their own values, for
    /// plain and dotted names.
    @Test func largeObjectLookupsAsBefore() throws {
        var g = Seeded(state: 3)
        let keys = (0..<14).map { "k\($0)" }
        func big() -> TemplateValue {
            var pairs = keys.shuffled(using: &g).prefix(Int.random(in: 8...14, using: &g)).map { ($0, TemplateValue.text(Self.randomText(&g))) }
            if Bool.random(using: &g), let first = pairs.first { pairs.append((first.0, .int(Int.random(in: 0...9, using: &g)))) }
            return .object(TemplateObject(members: pairs))
        }
        let template = "{{#items}}[" + keys.map { "{{\($0)}}{{#\($0)}}+{{/\($0)}}" }.joined() + "{{#inner}}{{k1}}{{k2}}{{/inner}}" + keys.map { "{{inner.\($0)}}" }.joined() + "]{{/items}}"
            + keys.map { "{{\($0)}}" }.joined()
        let set = try #require(TemplateSet(sources: ["a": template])), old = try #require(LegacyTemplateSet(sources: ["a": template]))
        for _ in 0..<200 {
            var root = big()
            if case .object(var o) = root {
                o["items"] = .list((0..<Int.random(in: 0...5, using: &g)).map { _ in
                    guard case .object(var item) = big() else { return [:] }
                    item["inner"] = big()
                    return .object(item)
                })
                root = .object(o)
            }
            #expect(set.render("a", root) == old.render("a", root))
        }
    }

    /// A page larger than the buffer it is rendered into (16 KiB at first) moves to memory of its own and comes
    /// back whole; the next page, into the same array, replaces it.
    @Test func largePagesAndReusedBuffers() throws {
        let set = try #require(TemplateSet(sources: ["a": "{{#l}}<p title=\"{{t}}\">{{t}}</p>\n{{/l}}", "b": "{{t}}"]))
        let old = try #require(LegacyTemplateSet(sources: ["a": "{{#l}}<p title=\"{{t}}\">{{t}}</p>\n{{/l}}", "b": "{{t}}"]))
        var out: [UInt8] = []
        for count in [0, 1, 100, 2_000, 10, 5_000, 0] {
            let context: TemplateValue = ["l": .list((0..<count).map { ["t": .text("baris \($0) <&> \"'")] })]
            #expect(set.render("a", context, into: &out))
            #expect(out == Array((old.render("a", context) ?? "-").utf8), "\(count)")
            #expect(set.render("b", ["t": "kecil"], into: &out) && out == Array("kecil".utf8))
        }
        #expect(try #require(set.renderBytes("a", ["l": .list((0..<3_000).map { _ in ["t": "x"] })])).count == 3_000 * 19)
    }

    /// Partials resolve by name when the set is made; one missing renders nothing, as before.
    @Test func partialsLinkByName() throws {
        let set = try #require(TemplateSet(sources: [
            "a": "1{{> b}}2{{> hilang}}3\n  {{> c}}\n", "b": "[b{{#l}}{{> c}}{{/l}}]", "c": "<{{.}}>\nx\n",
        ]))
        #expect(set.render("a", ["l": ["u", "v"]]) == "1[b<u>\nx\n<v>\nx\n]23\n  <[&quot;l&quot;: [&quot;u&quot;, &quot;v&quot;]]>\n  x\n")
        #expect(set.render("hilang", [:]) == nil)
        var out: [UInt8] = Array("lama".utf8)
        #expect(set.render("b", ["l": []], into: &out))
        #expect(out == Array("[b]".utf8))
        #expect(!set.render("hilang", [:], into: &out) && out.isEmpty)
    }

    /// Adjacent texts are merged, but not at the top level of a partial included with an indentation, where
    /// every line is indented; section bodies there are merged (they are never indented inside).
    @Test func indentedPartialsKeepTheirLines() throws {
        let sources = ["a": "x\n  {{> d}}\n{{> d}}|{{#t}}\n {{> d}}\n{{/t}}", "d": "l1\nl2\n{{#t}}s1\ns2\n{{/t}}l3\r\nl4\n",
                       "e": "{{> d}}\nm1\nm2\n"]
        let set = try #require(TemplateSet(sources: sources)), old = try #require(LegacyTemplateSet(sources: sources))
        #expect(set.render("a", ["t": true]) == "x\n  l1\n  l2\n  s1\ns2\n  l3\r\nl4\nl1\nl2\ns1\ns2\nl3\r\nl4\n|\n l1\n l2\n s1\ns2\n l3\r\nl4\n")
        for name in ["a", "d", "e"] {
            for t in [true, false] {
                #expect(set.render(name, ["t": .bool(t)]) == old.render(name, ["t": .bool(t)]), "\(name) \(t)")
            }
        }
        // "e" is never indented: its lines are one op; "d" keeps one op per line at its top level.
        let e = try #require(set.index["e"]), d = try #require(set.index["d"])
        #expect(set.entries[e].count == 2)
        #expect(set.entries[d].count == 6)
    }
}
