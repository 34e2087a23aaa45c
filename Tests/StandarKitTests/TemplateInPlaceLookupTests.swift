import Testing
@testable import StandarKit

/// The renderer reads the context in place (pointers to the root, to members' values and to list items instead of
/// copies): on nested lists, lists of objects, names found in outer frames, shadowed and repeated keys, dotted names
/// and `.`, it renders exactly as the renderer before it (`LegacyTemplateSet`, which copies every value).
@Suite struct TemplateInPlaceLookupTests {
    /// Keys shared by every level, so names are found in the item, in an outer frame or not at all.
    static let keys = ["a", "b", "l", "o", "k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "panjang-sekali-kunci"]

    struct Generator {
        var g: TemplateProgramTests.Seeded

        mutating func key() -> String { TemplateInPlaceLookupTests.keys.randomElement(using: &g) ?? "a" }

        mutating func scalar() -> TemplateValue {
            switch Int.random(in: 0..<6, using: &g) {
            case 0: return .text(TemplateProgramTests.randomText(&g))
            case 1: return .utf8(Array(TemplateProgramTests.randomText(&g).utf8))
            case 2: return .int(Int.random(in: -5...500, using: &g))
            case 3: return .bool(Bool.random(using: &g))
            case 4: return .text("")
            default: return .text(String(repeating: "panjang ", count: Int.random(in: 2...5, using: &g)))
            }
        }

        /// An object of 0 to 16 members (objects of 9 or more go through the memo), sometimes with a repeated key.
        mutating func object(depth: Int) -> TemplateValue {
            var members: [TemplateObject.Member] = []
            for _ in 0..<Int.random(in: 0...16, using: &g) {
                members.append((key(), value(depth: depth + 1)))
            }
            return .object(TemplateObject(members: members))
        }

        mutating func value(depth: Int) -> TemplateValue {
            guard depth < 4 else { return scalar() }
            switch Int.random(in: 0..<8, using: &g) {
            case 0, 1: return object(depth: depth)
            case 2:
                return .list((0..<Int.random(in: 0...3, using: &g)).map { _ in value(depth: depth + 1) })
            default: return scalar()
            }
        }

        mutating func name() -> String {
            switch Int.random(in: 0..<6, using: &g) {
            case 0: return "."
            case 1: return key() + "." + key()
            case 2: return key() + "." + key() + "." + key()
            default: return key()
            }
        }

        mutating func body(depth: Int) -> String {
            var s = ""
            for _ in 0..<Int.random(in: 1...6, using: &g) {
                switch Int.random(in: 0..<7, using: &g) {
                case 0: s += "|"
                case 1, 2: s += Bool.random(using: &g) ? "{{\(name())}}" : "{{{\(name())}}}"
                default:
                    guard depth < 5 else { s += "{{\(name())}}"; continue }
                    let n = name()
                    let inverted = Int.random(in: 0..<4, using: &g) == 0
                    s += "{{\(inverted ? "^" : "#")\(n)}}(" + body(depth: depth + 1) + "){{/\(n)}}"
                }
            }
            return s
        }
    }

    @Test func inPlaceLookupsRenderAsCopies() throws {
        var generator = Generator(g: TestSeed.generator(2020))
        var rendered = 0, nonEmpty = 0
        for _ in 0..<1_500 {
            let sources = ["a": generator.body(depth: 0) + "{{> p}}", "p": "{{#l}}[{{> q}}]{{/l}}",
                           "q": generator.body(depth: 2)]
            guard let set = TemplateSet(sources: sources), let old = LegacyTemplateSet(sources: sources) else {
                Issue.record("\(sources)")
                continue
            }
            let context = generator.object(depth: 0)
            let ours = set.render("a", context), theirs = old.render("a", context)
            #expect(ours == theirs, "\(sources) \(context)")
            rendered += 1
            if let ours, ours.contains(where: { $0 != "|" && $0 != "(" && $0 != ")" }) { nonEmpty += 1 }
        }
        #expect(rendered == 1_500)
        // Most pages show values found in place (not only the template's own text).
        #expect(nonEmpty > 500)
    }

    /// Hand-picked: a list of lists read with `.`, names found two frames out, a repeated key (its last value) in
    /// a small and a large object, and an empty root.
    @Test func edgeCases() throws {
        let big = TemplateObject(members: (0..<12).map { ("k\($0 % 10)", TemplateValue.int($0)) })
        let context: TemplateValue = [
            "a": "luar", "ll": [["x", "y"], [], ["z"]],
            "o": ["a": "dalam", "l": [["b": 1], ["a": "item"]]],
            "r": .object(TemplateObject(members: [("k", 1), ("k", 2)])),
            "big": .object(big), "kosong": [:],
        ]
        let cases: [(String, String)] = [
            ("{{#ll}}<{{#.}}{{.}}{{/.}}>{{/ll}}", "<xy><><z>"),
            ("{{#o}}{{#l}}{{a}}{{b}};{{/l}}{{/o}}", "dalam1;item;"),
            ("{{#o.l}}{{a}}{{/o.l}}", "luaritem"),
            ("{{r.k}}{{#r}}{{k}}{{/r}}", "22"),
            ("{{big.k0}} {{big.k1}} {{#big}}{{k2}}{{k9}}{{k3}}{{/big}}", "10 11 293"),
            ("{{#kosong}}{{a}}{{/kosong}}{{kosong.a}}", "luar"),
        ]
        for (source, expected) in cases {
            let set = try #require(TemplateSet(sources: ["a": source]))
            let old = try #require(LegacyTemplateSet(sources: ["a": source]))
            #expect(set.render("a", context) == expected, "\(source)")
            #expect(old.render("a", context) == expected, "\(source)")
        }
        let set = try #require(TemplateSet(sources: ["a": "{{a}}{{.}}"]))
        #expect(set.render("a", [:]) == "[:]")
        #expect(set.render("a", "teks") == "teks")
    }

    /// Names are resolved again after entering an object (which may hold them), as they were before it after
    /// leaving it, and not again after entering a text, a list item that is not an object or a true value
    /// (`Renderer.resolved`); more names than the cache has entries share its entries.
    @Test func resolvedNamesFollowTheObjectsEntered() throws {
        let many = (0..<150).map { "{{n\($0)}}{{#n\($0)}}{{n\($0)}}{{/n\($0)}}" }.joined()
        let manyContext = TemplateValue.object(TemplateObject(members: (0..<150).map { ("n\($0)", .int($0)) }))
        let context: TemplateValue = [
            "x": "luar", "t": "teks", "b": true, "n": ["p": "np"],
            "o": ["x": "dalam", "n": ["p": "op"]], "p": ["x": "pe"], "kosong": [:],
            "items": [["x": "satu"], [:], ["x": "tiga", "n": ["p": "ip"]], "bukan", ["n": 1]],
            "teks": ["a", "b"],
        ]
        let cases: [(String, String)] = [
            ("{{x}}{{#o}}{{x}}{{/o}}{{x}}", "luardalamluar"),
            ("{{#o}}{{x}}{{/o}}{{#p}}{{x}}{{/p}}{{x}}{{#o}}{{x}}{{/o}}", "dalampeluardalam"),
            ("{{#o}}{{x}}{{#p}}{{x}}{{/p}}{{x}}{{#kosong}}{{x}}{{/kosong}}{{/o}}", "dalampedalamdalam"),
            ("{{#x}}{{x}}{{/x}}{{^x}}-{{/x}}{{x}}", "luarluar"),
            ("{{#t}}{{x}}{{.}}{{/t}}{{#b}}{{x}}{{/b}}{{x}}", "luarteksluarluar"),
            ("{{#items}}[{{x}}|{{n.p}}]{{/items}}{{x}}{{n.p}}", "[satu|np][luar|np][tiga|ip][luar|np][luar|]luarnp"),
            ("{{n.p}}{{#o}}{{n.p}}{{#kosong}}{{n.p}}{{/kosong}}{{n.p}}{{/o}}{{n.p}}", "npopopopnp"),
            ("{{#teks}}{{x}}{{.}}{{/teks}}{{#o}}{{> q}}{{/o}}{{> q}}", "luaraluarbdalamluar"),
        ]
        for (source, expected) in cases {
            let sources = ["a": source, "q": "{{x}}"]
            let set = try #require(TemplateSet(sources: sources))
            let old = try #require(LegacyTemplateSet(sources: sources))
            #expect(set.render("a", context) == expected, "\(source)")
            #expect(old.render("a", context) == expected, "\(source)")
        }
        let set = try #require(TemplateSet(sources: ["a": many + many]))
        let old = try #require(LegacyTemplateSet(sources: ["a": many + many]))
        #expect(set.render("a", manyContext) == old.render("a", manyContext))
        #expect(set.render("a", manyContext)?.hasPrefix("00112233") == true)
    }

    /// The frames are held in memory of a fixed size (`Renderer.maxFrames`): the deepest page parsed templates allow
    /// (sections nested as deep as the parser lets them, in the page and in partials nested as deep as the
    /// renderer lets them) opens exactly that many, and renders as before; one partial more is too deep, as before.
    @Test func deepestNestingRendersAsCopies() throws {
        let nesting = CompiledTemplate.maxNesting, partials = TemplateSet.maxPartialDepth
        func sources(_ count: Int) -> [String: String] {
            var sources: [String: String] = [:]
            for t in 0...count {
                let next = t < count ? "{{> t\(t + 1)}}" : ""
                sources["t\(t)"] = String(repeating: "{{#o}}", count: nesting) + "{{v}}\(t)" + next
                    + String(repeating: "{{/o}}", count: nesting)
            }
            return sources
        }
        #expect(TemplateSet.Renderer.maxFrames == 1 + nesting * (partials + 1))
        let context: TemplateValue = ["o": ["v": "x"], "v": "akar"]
        let deepest = try #require(TemplateSet(sources: sources(partials)))
        let deepestOld = try #require(LegacyTemplateSet(sources: sources(partials)))
        let page = deepest.render("t0", context)
        #expect(page == (0...partials).map { "x\($0)" }.joined())
        #expect(page == deepestOld.render("t0", context))
        let tooDeep = try #require(TemplateSet(sources: sources(partials + 1)))
        let tooDeepOld = try #require(LegacyTemplateSet(sources: sources(partials + 1)))
        #expect(tooDeep.render("t0", context) == nil)
        #expect(tooDeepOld.render("t0", context) == nil)
    }

    /// Texts longer than a small string (15 bytes) are written from where the context stores them
    /// (`Renderer.storedUTF8`), shorter ones from the words of the `String` read in place (`Renderer.smallText`,
    /// checked against the copy of their bytes made before, `referenceSmallUTF8`): every
    /// length around that bound, ASCII and not, special bytes at the ends, as `.text` and `.utf8`, escaped and raw,
    /// a short text stored outside the `String` value, and seeded random texts render as with the renderer that
    /// copies values.
    @Test func textsWrittenInPlaceAsCopies() throws {
        var texts: [String] = []
        for n in 0...40 {
            texts.append(String(repeating: "a", count: n))
            texts.append(String(repeating: "é", count: n / 2))
            texts.append("<" + String(repeating: "b", count: max(0, n - 2)) + "&")
            texts.append(String(repeating: "x", count: n) + "\"'")
        }
        var g = TestSeed.generator(2022)
        for _ in 0..<300 { texts.append(TemplateProgramTests.randomText(&g, maxLength: 40)) }
        var wide = String()
        wide.reserveCapacity(64)   // a short text in storage of its own (not a small string)
        wide += "<pendek>"
        texts.append(wide)
        let source = "[{{t}}|{{{t}}}|{{u}}|{{{u}}}|{{#l}}{{.}}{{{.}}}{{/l}}]"
        let set = try #require(TemplateSet(sources: ["a": source]))
        let old = try #require(LegacyTemplateSet(sources: ["a": source]))
        var inPlace = 0, copied = 0, wordsRead = 0
        for text in texts {
            let context: TemplateValue = ["t": .text(text), "u": .utf8(Array(text.utf8)), "l": [.text(text)]]
            #expect(set.render("a", context) == old.render("a", context), "\(text)")
            let value = TemplateValue.text(text)
            let stored = withUnsafePointer(to: value) { TemplateSet.Renderer.storedUTF8(of: $0).map(Array.init) }
            if let stored {
                #expect(stored == Array(text.utf8))
                inPlace += 1
            }
            #expect((stored != nil) == (text.utf8.count > 15), "\(text)")
            var scratch: (UInt64, UInt64) = (0, 0)
            let small = withUnsafePointer(to: value) { value in
                withUnsafeMutableBytes(of: &scratch) { scratch in
                    Self.referenceSmallUTF8(of: value, into: scratch).map { Array(scratch[..<$0]) }
                }
            }
            if text.utf8.count <= 16 {
                #expect(small == Array(text.utf8), "\(text)")
                copied += 1
            } else {
                #expect(small == nil, "\(text)")
            }
            // The words read in place hold the same bytes as the copy, for every small string (never for others).
            let words = withUnsafePointer(to: value) { TemplateSet.Renderer.smallText(of: $0) }
            if let words {
                let bytes = withUnsafeBytes(of: words.words) { Array($0[..<words.count]) }
                #expect(bytes == small, "\(text)")
                #expect(words.count <= 15 && words.count == text.utf8.count, "\(text)")
                #expect(withUnsafeBytes(of: words.words) { $0[words.count...].allSatisfy { $0 == 0 } }, "\(text)")
                wordsRead += 1
            } else {
                #expect(stored != nil || text.utf8.count > 15 || text == wide, "\(text)")
            }
        }
        #expect(wordsRead > 100)
        // Two words stored per text, past the end of the capacity too: the buffer grows and keeps only the bytes.
        var buffer = PageBuffer(capacity: 1)
        var expected: [UInt8] = []
        for text in texts {
            guard let words = withUnsafePointer(to: TemplateValue.text(text), { TemplateSet.Renderer.smallText(of: $0) })
            else { continue }
            buffer.append(words: words.words, count: words.count)
            expected += text.utf8
        }
        #expect(Array(buffer.bytes) == expected)
        #expect(withUnsafePointer(to: TemplateValue.text(wide)) { TemplateSet.Renderer.smallText(of: $0) } == nil)
        #expect(inPlace > 100)
        #expect(copied > 100)
        let bytes = TemplateValue.utf8(Array("ß<".utf8)), number = TemplateValue.int(7)
        #expect(withUnsafePointer(to: bytes) { TemplateSet.Renderer.storedUTF8(of: $0).map(Array.init) } == Array("ß<".utf8))
        #expect(withUnsafePointer(to: number) { TemplateSet.Renderer.storedUTF8(of: $0) } == nil)
        var scratch: (UInt64, UInt64) = (0, 0)
        for other in [bytes, number, TemplateValue.bool(true), ["t": "x"], [.text("x")]] {
            #expect(withUnsafePointer(to: other) { value in
                withUnsafeMutableBytes(of: &scratch) { Self.referenceSmallUTF8(of: value, into: $0) }
            } == nil)
            #expect(withUnsafePointer(to: other) { TemplateSet.Renderer.smallText(of: $0) } == nil)
        }
    }

    /// The copy of a short text's bytes the renderer made before it read them as words in place
    /// (`Renderer.smallText`): the UTF-8 bytes of a `.text` of at most 16 bytes copied into `scratch`, and their number.
    static func referenceSmallUTF8(of value: UnsafePointer<TemplateValue>, into scratch: UnsafeMutableRawBufferPointer)
        -> Int? {
        guard case .text(let s) = value.pointee else { return nil }
        return s.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard bytes.count <= scratch.count else { return nil }
            scratch.copyMemory(from: UnsafeRawBufferPointer(bytes))
            return bytes.count
        } ?? nil
    }

    /// Pages rendered at the same time from one context (as the build does) read it in place without changing it.
    @Test func concurrentRendersOfOneContext() async throws {
        var generator = Generator(g: TestSeed.generator(2021))
        let source = "{{#l}}{{#.}}{{a}}{{k1}}{{o.a}}{{/.}}{{/l}}" + generator.body(depth: 0)
        let set = try #require(TemplateSet(sources: ["a": source]))
        let context = generator.object(depth: 0)
        let expected = set.render("a", context)
        let pages = await withTaskGroup(of: String?.self) { group in
            for _ in 0..<8 { group.addTask { set.render("a", context) } }
            var pages: [String?] = []
            for await page in group { pages.append(page) }
            return pages
        }
        #expect(pages.allSatisfy { $0 == expected })
    }
}
