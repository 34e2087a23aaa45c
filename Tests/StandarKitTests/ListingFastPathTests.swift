import Testing
@testable import StandarKit

/// The listing pages' fast paths against the code they replace, kept here as the reference, over seeded random
/// models and paths.
struct ListingFastPathTests {
    static let pieces = ["a", "b", "z", "0", "9", " ", "-", "/", "é", "ß", "日", "😀", "Akta", "izin", "\u{0}", ""]

    static func text(_ g: inout TemplateProgramTests.Seeded, max: Int = 5) -> String {
        (0..<Int.random(in: 0...max, using: &g)).map { _ in pieces.randomElement(using: &g) ?? "" }.joined()
    }

    /// A model of random services over a few OPDs: optional fields missing or not, fees, times and dates of
    /// every kind, dates on few days (many ties for the newest).
    static func model(_ g: inout TemplateProgramTests.Seeded, services count: Int) -> SiteModel {
        let opds = (0..<Int.random(in: 1...4, using: &g)).map { o in
            OPD(slug: ["dinas-\(o)", "o", "ö\(o)", "x/\(o)"][o % 4], file: "", hasIndex: true,
                nama: "Dinas \(o) " + text(&g), singkatan: Bool.random(using: &g) ? "D\(o)" : nil, alamat: nil,
                telepon: nil, email: nil, situs: nil, jamLayanan: nil, body: [])
        }
        func date() -> SimpleDate? {
            Int.random(in: 0...3, using: &g) == 0 ? nil : SimpleDate(dayNumber: Int.random(in: 20_000...20_004, using: &g))
        }
        let services = (0..<count).map { i in
            let fee: Fee? = switch Int.random(in: 0...3, using: &g) {
            case 0: nil
            case 1: Fee(text: "Gratis", isFree: true, min: 0, max: 0)
            case 2: Fee(text: "Rp " + text(&g), isFree: false, min: 5_000, max: Int.random(in: 5_000...90_000, using: &g))
            default: Fee(text: text(&g), isFree: false, min: nil, max: nil)
            }
            let duration: ServiceDuration? = Bool.random(using: &g) ? nil
                : ServiceDuration(text: text(&g), value: Bool.random(using: &g) ? Double(Int.random(in: 1...30, using: &g)) : nil,
                                  maxValue: nil, unit: DurationUnit.allCases.randomElement(using: &g))
            return ServiceSummary(
                opd: opds[Int.random(in: 0..<opds.count, using: &g)].slug, slug: ["l\(i)", "a", "layanan-\(i % 3)"][i % 3],
                judul: text(&g, max: 8), ringkasan: Bool.random(using: &g) ? text(&g) : nil,
                kategori: Bool.random(using: &g) ? text(&g) : nil, nomorSK: nil, ditetapkan: date(), ditinjau: date(),
                kataKunci: [], fee: fee, duration: duration,
                gaps: Bool.random(using: &g) ? [] : [.persyaratan], level: 1, produk: "")
        }
        return SiteModel(config: SiteConfig(file: "", judul: "X"), opds: opds, services: services, baseURL: nil)
    }

    @Test func listingEntriesMatchTheEntriesFormattedEachTime() {
        var g = TestSeed.generator(0x11_57)
        for round in 0..<60 {
            let model = Self.model(&g, services: round % 7 == 0 ? 0 : Int.random(in: 1...40, using: &g))
            #expect(model.lines.count == model.services.count)
            let contexts = PageContexts(model: model, cssAsset: "", jsAsset: "")
            for i in model.services.indices {
                for akar in ["", "../", "../../", "../../../", "/é/"] {
                    #expect(String(describing: contexts.summary(i, akar: akar))
                        == String(describing: contexts.summaryReference(i, akar: akar)))
                    let term: String? = Bool.random(using: &g) ? Self.text(&g) : nil
                    #expect(String(describing: contexts.indexEntry(i, term: term, id: "awal-1", akar: akar))
                        == String(describing: contexts.indexEntryReference(i, term: term, id: "awal-1", akar: akar)))
                }
            }
        }
    }

    @Test func newestStandardsMatchTheSortedList() {
        var g = TestSeed.generator(0x11_58)
        for round in 0..<200 {
            let model = Self.model(&g, services: round % 9 == 0 ? 0 : Int.random(in: 1...80, using: &g))
            for limit in [0, 1, 2, 8, 50, 200] {
                #expect(model.recentlyReviewed(limit: limit) == model.recentlyReviewedReference(limit: limit))
            }
        }
    }

    @Test func letterLinksMatchRelativeLinks() {
        var g = TestSeed.generator(0x11_59)
        let slugs = ["a", "b", "s", "z", "0-9", "lain", "2", "é", "", "x/y"]
        var fast = 0
        for _ in 0..<5_000 {
            let here: String = switch Int.random(in: 0...5, using: &g) {
            case 0: ServiceIndex.hubPath
            case 1, 2: ServiceIndex.letterPath(slugs.randomElement(using: &g) ?? "a", page: Int.random(in: 1...12, using: &g))
            case 3: ServiceIndex.hubPath + (0..<Int.random(in: 0...3, using: &g)).map { _ in
                    ["a", "", "2", "é", "lain"].randomElement(using: &g) ?? "" }.joined(separator: "/")
            case 4: ServiceIndex.categoryPath(slugs.randomElement(using: &g) ?? "a", page: Int.random(in: 1...3, using: &g))
            default: "layanan/" + Self.text(&g)
            }
            let links = PageContexts.LetterLinks(from: here)
            if links.below != nil { fast += 1 }
            for slug in slugs {
                #expect(links.link(to: slug) == PageContexts.relativeLink(from: here, to: ServiceIndex.letterPath(slug)),
                        "\(here.debugDescription) \(slug.debugDescription)")
            }
        }
        #expect(fast > 2_000)
    }

    @Test func sharedBytesMatchTheWalkOverTheUTF8Views() {
        var g = TestSeed.generator(0x11_5A)
        // Around the 15 bytes of a small string and the 8 of a word.
        let fixed = ["", "a", "ab", String(repeating: "x", count: 15), String(repeating: "x", count: 16),
                     String(repeating: "x", count: 8), String(repeating: "x", count: 7) + "é", "é", "e\u{301}"]
        for a in fixed {
            for b in fixed { #expect(ServiceIndex.sharedBytes(a, b) == Self.sharedBytesByIndex(a, b)) }
        }
        for _ in 0..<20_000 {
            let common = Self.text(&g, max: 12)
            let a = common + Self.text(&g, max: 4), b = common + Self.text(&g, max: 4)
            #expect(ServiceIndex.sharedBytes(a, b) == Self.sharedBytesByIndex(a, b), "\(a.debugDescription) \(b.debugDescription)")
        }
    }

    @Test func indexSortOnBytesMatchesTheStableSortByKeyAndService() {
        var g = TestSeed.generator(0x11_5B)
        // ASCII only (the keys `sortedOnBytes` is used for), around the 8 bytes of its words and the 15 of a small
        // string, with NUL (the padding of a short key) and long shared starts.
        let pieces = ["a", "b", "z", "0", " ", "-", "(", "\u{0}", "\u{7F}", "pelayanan ", "izin", "surat k", ""]
        let stems = ["", "a", "ab", "abcdefg", "abcdefgh", "abcdefghi", String(repeating: "x", count: 15),
                     String(repeating: "x", count: 16), String(repeating: "x", count: 17), "pendampingan pendirian "]
        var compared = 0
        for round in 0..<400 {
            let count = round % 50 == 0 ? Int.random(in: 0...1, using: &g) : Int.random(in: 2...120, using: &g)
            let terms = (0..<count).map { _ in
                let key = (stems.randomElement(using: &g) ?? "")
                    + (0..<Int.random(in: 0...4, using: &g)).map { _ in pieces.randomElement(using: &g) ?? "" }.joined()
                return ServiceIndex.Entry(key: key, term: Bool.random(using: &g) ? key : nil,
                                          service: Int.random(in: 0...5, using: &g))
            }
            let fast = ServiceIndex.sortedOnBytes(terms)
            // The reference: the stable sort by (key, service) it replaces, on String's order.
            let reference = terms.enumerated().sorted { a, b in
                ServiceIndex.precedes(a.element, b.element)
                    || !ServiceIndex.precedes(b.element, a.element) && a.offset < b.offset
            }.map(\.element)
            #expect(fast.map(\.key) == reference.map(\.key))
            #expect(fast.map(\.service) == reference.map(\.service))
            #expect(fast.map(\.term) == reference.map(\.term))
            compared += count
        }
        #expect(compared > 10_000)
    }

    @Test func serviceChangesMatchTheWalkWithInterpolatedFileNames() {
        var g = TestSeed.generator(0x11_5C)
        var found = 0
        for round in 0..<80 {
            var model = Self.model(&g, services: round % 9 == 0 ? 0 : Int.random(in: 1...30, using: &g))
            // Histories of some services' files (non-ASCII OPD slugs among them), of files no service has, or none.
            if round % 5 != 0 {
                var files = model.services.map { "content/\($0.opd)/\($0.slug).md" }.filter { _ in Bool.random(using: &g) }
                files += ["content/x.md", "content/o/a.mdx", ""]
                for file in files {
                    model.history[file] = (0..<Int.random(in: 1...3, using: &g)).map { n in
                        GitHistory.Change(file: file, date: SimpleDate(dayNumber: Int.random(in: 20_000...20_003, using: &g)),
                                          commit: "c\(n)", items: [Self.text(&g)])
                    }
                }
            }
            let fast = model.serviceChanges()
            let reference = model.serviceChangesReference()
            #expect(fast.map(\.0) == reference.map(\.0))
            #expect(fast.map(\.1) == reference.map(\.1))
            found += fast.count
        }
        #expect(found > 200)
    }

    /// The shared prefix as `ServiceIndex.starts` computed it before `sharedBytes`.
    static func sharedBytesByIndex(_ a: String, _ b: String) -> Int {
        let a = a.utf8, b = b.utf8
        var i = a.startIndex, j = b.startIndex, n = 0
        while i != a.endIndex, j != b.endIndex, a[i] == b[j] {
            n += 1
            a.formIndex(after: &i)
            b.formIndex(after: &j)
        }
        return i == a.endIndex && j == b.endIndex ? Int.max : n
    }
}

extension PageContexts {
    /// `summary` as it was before `SiteModel.lines`: each part formatted on each call.
    func summaryReference(_ i: Int, akar: String) -> TemplateValue {
        let s = model.services[i]
        let opd = model.opd(of: i)
        return [
            "judul": .text(s.judul),
            "url": .text(akar + s.path),
            "ringkasan": Self.t(s.ringkasan),
            "opd_nama": .text(opd.nama),
            "opd_singkatan": Self.t(opd.singkatan),
            "opd_url": .text(akar + opd.slug + "/"),
            "kategori": Self.t(s.kategori),
            "biaya": .text(s.feeShort),
            "gratis": .bool(s.free),
            "waktu": .text(s.durationShort),
            "lengkap": .bool(s.complete),
            "ditinjau": Self.t(s.lastReviewed?.indonesian),
            "ditinjau_iso": Self.t(s.lastReviewed?.description),
        ]
    }

    /// `indexEntry` as it was before `SiteModel.lines`.
    func indexEntryReference(_ i: Int, term: String?, id: String = "", akar: String) -> TemplateValue {
        let s = model.services[i]
        let opd = model.opd(of: i)
        return ["id": .text(id), "istilah": Self.t(term), "judul": .text(s.judul), "url": .text(akar + s.path),
                "opd_singkatan": .text(opd.singkatan ?? opd.nama)]
    }
}

extension SiteModel {
    /// `recentlyReviewed` as it was: every reviewed standard sorted, then the first `limit`.
    func recentlyReviewedReference(limit: Int) -> [Int] {
        services.indices.filter { services[$0].lastReviewed != nil }
            .sorted {
                let a = services[$0], b = services[$1]
                let da = a.lastReviewed?.dayNumber ?? 0, db = b.lastReviewed?.dayNumber ?? 0
                return da != db ? da > db : (a.opd, a.slug) < (b.opd, b.slug)
            }
            .prefix(limit).map { $0 }
    }
}

extension SiteModel {
    /// `serviceChanges` as the recent-changes page and the feed each walked it before: every service's file name
    /// interpolated, also without history.
    func serviceChangesReference() -> [(GitHistory.Change, Int)] {
        var all: [(GitHistory.Change, Int)] = []
        for (i, s) in services.enumerated() {
            let file = "content/\(s.opd)/\(s.slug).md"
            for c in history[file] ?? [] { all.append((c, i)) }
        }
        all.sort { a, b in a.0.date != b.0.date ? a.0.date > b.0.date : a.1 < b.1 }
        return all
    }
}
