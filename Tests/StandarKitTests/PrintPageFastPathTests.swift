import Foundation
import Testing
@testable import StandarKit

/// The OPD print pages written into a buffer sized for their posters, and the component sections copied out of
/// their shared buffer, against the code they replace (kept here as the reference).
@Suite struct PrintPageFastPathTests {
    typealias Seeded = TemplateProgramTests.Seeded

    /// The default theme's templates.
    static let templates = Theme.load(root: "/nonexistent-standar-site", name: nil).0.compile().0

    /// Pages written, by path.
    final class MemorySink: PageSink, @unchecked Sendable {
        var pages: [String: [UInt8]] = [:]
        func write(_ relativePath: String, _ bytes: some Collection<UInt8>) throws { pages[relativePath] = Array(bytes) }
        func openDataStream(_ relativePath: String) throws -> DataStream { throw CocoaError(.fileWriteUnknown) }
    }

    static func opd(_ n: Int) -> OPD {
        OPD(slug: "dinas-\(n)", file: "", hasIndex: true, nama: "Dinas \(n) é", singkatan: n % 2 == 0 ? nil : "D\(n)",
            alamat: "Jalan 1", telepon: nil, email: nil, situs: nil, jamLayanan: nil, body: [])
    }

    /// A poster: random text (ASCII, non-ASCII, markup) of 0 to `maxLength` bytes or so.
    static func poster(_ g: inout Seeded, maxLength: Int) -> [UInt8] {
        let pieces = ["<div class=\"papan\">", "Persyaratan", " é ", "日本", "😀", "\n", "<p>Rp 25.000</p>", "&amp;"]
        var out: [UInt8] = []
        let length = Int.random(in: 0...maxLength, using: &g)
        while out.count < length { out += (pieces.randomElement(using: &g) ?? "").utf8 }
        return out
    }

    /// The pages of one run of the collector over `batches` (an OPD's slug and its posters, in consumption order).
    static func pages(_ batches: [(String, [[UInt8]])], opds: [OPD], contexts: PageContexts,
                      intoBuffer: Bool, capacities: inout [(given: Int, written: Int)]) throws -> [String: [UInt8]] {
        let sink = MemorySink()
        let collector: PrintCollector
        if intoBuffer {
            var seen: [(given: Int, written: Int)] = []
            collector = PrintCollector(opds: opds, contexts: contexts, render: { name, context, out in
                let given = out.capacity
                let done = templates.render(name, context, into: &out)
                seen.append((given, out.count))
                return done
            }, sink: sink, outputPath: "/nonexistent-standar-output", previous: nil)
            for (slug, posters) in batches {
                for (k, poster) in posters.enumerated() { try collector.add(opd: slug, path: "\(slug)/\(k)/", poster: poster) }
            }
            try collector.finish()
            capacities += seen
        } else {
            collector = PrintCollector(opds: opds, contexts: contexts, render: templates.renderBytes, sink: sink,
                                       outputPath: "/nonexistent-standar-output", previous: nil)
            for (slug, posters) in batches {
                for (k, poster) in posters.enumerated() { try collector.add(opd: slug, path: "\(slug)/\(k)/", poster: poster) }
            }
            try collector.finish()
        }
        return sink.pages
    }

    @Test func printPagesMatchTheReference() throws {
        var g = TestSeed.generator(0x23_01)
        var capacities: [(given: Int, written: Int)] = []
        var large = 0
        for round in 0..<40 {
            let opds = (0..<Int.random(in: 1...4, using: &g)).map(Self.opd)
            let model = SiteModel(config: SiteConfig(file: "", judul: "Situs"), opds: opds, services: [],
                                  baseURL: round % 2 == 0 ? nil : "https://a.go.id")
            let contexts = PageContexts(model: model, cssAsset: "a.css", jsAsset: "a.js")
            // Some OPDs without a poster; counts around 0, 1 and many; now and then a poster larger than the margin.
            var batches: [(String, [[UInt8]])] = []
            for opd in opds where Bool.random(using: &g) || opd.slug == opds[0].slug {
                let count = [0, 1, 2, Int.random(in: 3...60, using: &g)].randomElement(using: &g) ?? 1
                var posters = (0..<count).map { _ in Self.poster(&g, maxLength: 9_000) }
                if round % 7 == 3 {
                    posters.append(Self.poster(&g, maxLength: 0) + Array(repeating: UInt8(ascii: "x"), count: 200_000))
                    large += 1
                }
                batches.append((opd.slug, posters))
            }
            let fast = try Self.pages(batches, opds: opds, contexts: contexts, intoBuffer: true, capacities: &capacities)
            let old = try Self.pages(batches, opds: opds, contexts: contexts, intoBuffer: false, capacities: &capacities)
            #expect(fast == old)
            // Every OPD has its page: the reference renders it from the whole list of its posters.
            #expect(fast.count == opds.count)
            for opd in opds {
                let posters = batches.first { $0.0 == opd.slug }?.1 ?? []
                let reference = try #require(Self.templates.renderBytes("cetak", contexts.print(opd: opd, posters: posters)))
                #expect(fast[PageContexts.printPath(opd) + "index.html"] == reference)
            }
        }
        #expect(large > 0)
        // The fast path: each page is given room for all of it up front (the theme's frame fits the margin).
        #expect(capacities.count > 40)
        for c in capacities { #expect(c.written <= c.given) }
    }

    @Test func markersAreFoundAsTheFirstOccurrenceOfTheirBytes() {
        var g = TestSeed.generator(0x9A_9A)
        let marker = PageContexts.posterStart, needle = Array(marker.utf8)
        // The first index at or after `from` where `needle` starts, by comparing slices.
        func reference(_ bytes: [UInt8], from: Int) -> Int? {
            guard from >= 0, from <= bytes.count, needle.count <= bytes.count - from else { return nil }
            return (from...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle }
        }
        let pieces: [[UInt8]] = [needle, Array(needle.dropLast()), Array(needle.dropFirst()), [0x3C], [0x3C, 0x21],
                                 Array("é<".utf8), Array("x".utf8), []]
        var found = 0
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...6, using: &g) { bytes += pieces.randomElement(using: &g) ?? [] }
            for from in [0, 1, bytes.count / 2, max(bytes.count - needle.count, 0), bytes.count, bytes.count + 1] {
                let fast = bytes.withUnsafeBufferPointer { PrintCollector.find(marker, in: $0, from: from) }
                #expect(fast == reference(bytes, from: from), "\(bytes) from \(from)")
                if fast != nil { found += 1 }
            }
        }
        #expect(found > 1_000)
    }

    @Test func pageCapacityCoversThePosters() {
        #expect(PrintCollector.pageCapacity([]) == 64 * 1024)
        #expect(PrintCollector.pageCapacity([[], [1, 2, 3]]) == 64 * 1024 + 2 * 256 + 3)
    }

    // MARK: Component sections

    @Test func componentsMatchTheReference() {
        var g = TestSeed.generator(0x23_02)
        let texts = ["", "a", "Rp 25.000", "- satu\n- dua é", "1. 日本\n2. 😀", "<b>&</b>",
                     String(repeating: "Persyaratan panjang sekali. ", count: 600)]
        let opd = Self.opd(1)
        let model = SiteModel(config: SiteConfig(file: "", judul: "Situs"), opds: [opd], services: [], baseURL: nil)
        let contexts = PageContexts(model: model, cssAsset: "", jsAsset: "")
        var nonEmpty = 0
        for _ in 0..<60 {
            var replace: [ComponentID: String] = [:]
            var omit: Set<ComponentID> = []
            for id in ComponentID.allCases {
                switch Int.random(in: 0..<4, using: &g) {
                case 0: omit.insert(id)
                case 1: replace[id] = texts.randomElement(using: &g) ?? ""
                case 2: replace[id] = TemplateProgramTests.randomText(&g, maxLength: 200)
                default: break
                }
            }
            let s = RuleFixture.standard(Fixtures.standard(omit: omit, replace: replace)).0
            for ids in [ComponentID.allCases[0..<6], ComponentID.allCases[6...]] {
                let fast = contexts.components(s, ids)
                #expect(ServiceContextFastPathTests.dump(fast)
                        == ServiceContextFastPathTests.dump(contexts.componentsReference(s, ids)))
                // Each section holds a buffer of its own size, not the shared one.
                guard case .list(let sections) = fast else { Issue.record("not a list"); continue }
                for case .object(let section) in sections {
                    guard case .utf8(let isi) = section["isi"] else { Issue.record("no isi"); continue }
                    if !isi.isEmpty { nonEmpty += 1 }
                    #expect(isi.capacity <= isi.count + isi.count / 4 + 64)
                }
            }
        }
        #expect(nonEmpty > 100)
    }
}

extension PageContexts {
    /// `components` as it was: each section copied out with `exactCopy`.
    func componentsReference(_ s: ServiceStandard, _ ids: ArraySlice<ComponentID>) -> TemplateValue {
        var html: [UInt8] = []
        return .list(ids.map { id in
            html.removeAll(keepingCapacity: true)
            var present = false
            if let i = s.filledComponentIndex(id) {
                present = true
                for value in s.components[i].inlineValues {
                    HTMLRenderer.append("<p>", to: &html)
                    HTMLEscaper.appendText(value, to: &html)
                    HTMLRenderer.append("</p>\n", to: &html)
                }
                var page = PageBuffer(capacity: 256)
                sectionRenderer.render(s.components[i].blocks, into: &page, tight: false)
                html.append(contentsOf: page.bytes)
            }
            return ["id": .text(id.id), "judul": .text(id.canonicalHeading), "isi": .utf8(html.exactCopy()),
                    "ada": .bool(present)]
        })
    }
}
