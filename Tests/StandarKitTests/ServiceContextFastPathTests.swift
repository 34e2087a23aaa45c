import Testing
@testable import StandarKit

/// The per-service contexts built from parts computed once (per site, per OPD, per service) and strings built at
/// their final size, against the code they replace (kept here as the reference): the dates written out, the joined
/// strings, the service page, its poster and the poster's page, and the sitemaps.
@Suite struct ServiceContextFastPathTests {
    typealias Seeded = TemplateProgramTests.Seeded

    static let pieces = ["", "a", "Dinas", " — ", "é", "日本", "😀", "<&>", "layanan/", "123456789012345",
                         "1234567890123456", "Pelayanan Kartu Tanda Penduduk", "/"]

    static func randomPiece(_ g: inout Seeded) -> String {
        Int.random(in: 0..<3, using: &g) == 0 ? TemplateProgramTests.randomText(&g, maxLength: 20)
            : pieces.randomElement(using: &g) ?? ""
    }

    // MARK: Dates

    @Test func indonesianDateMatchesInterpolation() {
        var g = TestSeed.generator(0x21_01)
        var fast = 0
        // Every day of 1899-2201 would be 110,000 dates: a seeded sample, plus the edges of each month.
        var days = (0..<5_000).map { _ in Int.random(in: -719_468 ... 2_932_896, using: &g) }
        for year in [0, 9, 10, 99, 100, 999, 1000, 1900, 2026, 2200, 9999] {
            for month in 1...12 {
                for day in [1, 9, 10, 28, SimpleDate.daysIn(month: month, year: year)] {
                    days.append(Self.dayNumber(year: year, month: month, day: day))
                }
            }
        }
        days += [Self.dayNumber(year: 10_000, month: 1, day: 1), Self.dayNumber(year: -1, month: 12, day: 31)]
        for n in days {
            let date = SimpleDate(dayNumber: n)
            if (0...9999).contains(date.year) { fast += 1 }
            #expect(date.indonesian == date.indonesianReference, "\(n)")
        }
        #expect(SimpleDate(year: 2026, month: 3, day: 15)?.indonesian == "15 Maret 2026")
        #expect(SimpleDate(year: 2026, month: 9, day: 1)?.indonesian == "1 September 2026")
        // Most dates take the fast path; years outside 0...9999 the interpolation.
        #expect(fast > days.count * 9 / 10)
        #expect(SimpleDate(dayNumber: Self.dayNumber(year: 10_000, month: 1, day: 1)).indonesian == "1 Januari 10000")
    }

    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        // `SimpleDate.dayNumber` without the range check of `init(year:month:day:)`.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468
    }

    // MARK: Joined strings

    @Test func concatMatchesPlus() {
        var g = TestSeed.generator(0x21_02)
        for _ in 0..<3_000 {
            let p = (0..<5).map { _ in Self.randomPiece(&g) }
            let joined = PageContexts.concat(p[0], p[1], p[2], p[3], p[4])
            #expect(joined == p[0] + p[1] + p[2] + p[3] + p[4])
            #expect(Array(joined.utf8) == Array((p[0] + p[1] + p[2] + p[3] + p[4]).utf8))
            #expect(PageContexts.concat(p[0], p[1]) == p[0] + p[1])
        }
        #expect(PageContexts.concat("", "") == "")
        // Around the 15 bytes of a small string.
        #expect(PageContexts.concat("12345678", "1234567") == "123456781234567")
        #expect(PageContexts.concat("12345678", "12345678").utf8.count == 16)
        // A Substring-backed and a bridged-like (non-native) piece: a String made from a Substring.
        let s = String("xx Layanan yy".dropFirst(3).dropLast(3))
        #expect(PageContexts.concat(s, "/", s) == "Layanan/Layanan")
    }

    @Test func joinedMatchesConcat() {
        var g = TestSeed.generator(0x23_03)
        for _ in 0..<3_000 {
            let p = (0..<5).map { _ in Self.randomPiece(&g) }
            let joined = PageContexts.joined(p[0], p[1], p[2], p[3], p[4])
            guard case .utf8(let bytes) = joined else { Issue.record("not UTF-8 bytes"); continue }
            #expect(bytes == Array(PageContexts.concat(p[0], p[1], p[2], p[3], p[4]).utf8))
            #expect(Self.dump(PageContexts.joined(p[0], p[1])) == Self.dump(.text(p[0] + p[1])))
        }
        #expect(Self.dump(PageContexts.joined("", "")) == Self.dump(.text("")))
        // A long piece (beyond a stack buffer), non-ASCII and a String made from a Substring.
        let long = String(repeating: "Layanan é 日本 ", count: 400)
        #expect(Self.dump(PageContexts.joined(long, "/", long)) == Self.dump(.text(long + "/" + long)))
        let s = String("xx Layanan yy".dropFirst(3).dropLast(3))
        #expect(Self.dump(PageContexts.joined(s, "/", s)) == Self.dump(.text("Layanan/Layanan")))
    }

    // MARK: Service page and posters

    static func opd(_ g: inout Seeded) -> OPD {
        let short: String? = Bool.random(using: &g) ? nil : randomPiece(&g)
        return OPD(slug: Bool.random(using: &g) ? "dinas" : "dinas-" + randomPiece(&g), file: "", hasIndex: true,
                   nama: randomPiece(&g), singkatan: short,
                   alamat: Bool.random(using: &g) ? nil : "Jalan 1", telepon: Bool.random(using: &g) ? nil : "(0299) 1",
                   email: nil, situs: nil, jamLayanan: nil, body: [])
    }

    static func standard(_ g: inout Seeded, opd: OPD) -> ServiceStandard {
        func date() -> SimpleDate? {
            Bool.random(using: &g) ? nil : SimpleDate(dayNumber: Int.random(in: -25_000...84_000, using: &g))
        }
        return ServiceStandard(
            file: "", opd: opd.slug, slug: "layanan-" + randomPiece(&g), judul: randomPiece(&g),
            ringkasan: Bool.random(using: &g) ? nil : randomPiece(&g), kategori: nil, nomorSK: "1",
            ditetapkan: date(), ditinjau: date(), kataKunci: ["k"], draft: false, components: [], extraSections: [],
            preamble: [], fee: nil, duration: nil, fieldLines: [:], bodyLineOffset: 0, lastLine: 1)
    }

    /// The value written out with its keys in order, to compare contexts. Text as a `String` and as UTF-8 bytes
    /// are written alike: to themes they are the same.
    static func dump(_ value: TemplateValue) -> String {
        switch value {
        case .text(let s): return "t" + s.debugDescription
        case .utf8(let b): return "t" + String(decoding: b, as: UTF8.self).debugDescription
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .list(let l): return "[" + l.map(dump).joined(separator: ",") + "]"
        case .object(let o): return "{" + o.members.map { $0.0 + ":" + dump($0.1) }.joined(separator: ",") + "}"
        }
    }

    @Test func serviceContextsMatchTheReference() {
        var g = TestSeed.generator(0x21_03)
        for round in 0..<300 {
            let opd = Self.opd(&g)
            let other = Self.opd(&g)
            let s = Self.standard(&g, opd: opd)
            let summary = ServiceSummary(s, required: ComponentID.allCases)
            let base: String? = round % 3 == 0 ? nil : "https://standar.contoh.go.id" + (round % 3 == 1 ? "" : "/sub")
            let model = SiteModel(config: SiteConfig(file: "", judul: "Situs", pemda: round % 2 == 0 ? nil : "Kab"),
                                  opds: round % 5 == 0 ? [] : [opd, other], services: [summary], baseURL: base)
            let contexts = PageContexts(model: model, cssAsset: "a.css", jsAsset: "a.js")
            let facts = contexts.facts(s, summary: summary, opd: opd)
            #expect(facts.path == summary.path)
            for shared in [nil, facts] {
                #expect(Self.dump(contexts.service(s, summary: summary, opd: opd, facts: shared))
                        == Self.dump(contexts.serviceReference(s, summary: summary, opd: opd)))
                #expect(Self.dump(contexts.posterContent(s, summary: summary, opd: opd, facts: shared))
                        == Self.dump(contexts.posterContentReference(s, summary: summary, opd: opd)))
                #expect(Self.dump(contexts.poster(s, summary: summary, opd: opd, content: [0x61], facts: shared))
                        == Self.dump(contexts.posterReference(s, summary: summary, opd: opd, content: [0x61])))
            }
        }
    }

    @Test func historyMatchesTheReference() {
        var g = TestSeed.generator(0x23_04)
        let opd = Self.opd(&g)
        for round in 0..<100 {
            let s = Self.standard(&g, opd: opd)
            let summary = ServiceSummary(s, required: ComponentID.allCases)
            var model = SiteModel(config: SiteConfig(file: "", judul: "Situs"), opds: [opd], services: [summary],
                                  baseURL: nil)
            let changes = (0..<[0, 1, Int.random(in: 2...5, using: &g)][round % 3]).map { _ in
                GitHistory.Change(file: s.file, date: SimpleDate(dayNumber: Int.random(in: 0...30_000, using: &g)),
                                  commit: "c", items: (0..<Int.random(in: 0...3, using: &g)).map { _ in Self.randomPiece(&g) })
            }
            if round % 4 != 0 { model.history = [s.file: changes, "lain.md": changes] }
            let contexts = PageContexts(model: model, cssAsset: "", jsAsset: "")
            let reference: TemplateValue = ["ada": .bool(!(model.history[s.file] ?? []).isEmpty),
                                            "daftar": .list((model.history[s.file] ?? []).map(PekpppContexts.changeItems))]
            #expect(Self.dump(contexts.pekppp.history(s.file)) == Self.dump(reference))
            #expect(Self.dump(contexts.service(s, summary: summary, opd: opd)["riwayat"] ?? "") == Self.dump(reference))
        }
    }

    // MARK: Sitemaps

    @Test func urlsetMatchesTheReference() {
        var g = TestSeed.generator(0x21_04)
        let opd = OPD(slug: "dinas", file: "", hasIndex: true, nama: "Dinas", singkatan: nil, alamat: nil, telepon: nil,
                      email: nil, situs: nil, jamLayanan: nil, body: [])
        for round in 0..<200 {
            let base: String? = round % 4 == 0 ? nil : "https://a.go.id" + (round % 4 == 1 ? "" : "/x&y")
            let model = SiteModel(config: SiteConfig(file: "", judul: "X"), opds: [opd], services: [], baseURL: base)
            let pages: [Sitemaps.Page] = (0..<Int.random(in: 0...12, using: &g)).map { _ in
                (Self.randomPiece(&g) + "/", Bool.random(using: &g) ? nil
                    : SimpleDate(dayNumber: Int.random(in: -25_000...84_000, using: &g)))
            }
            #expect(Sitemaps.urlset(model, pages[...]) == Self.urlsetReference(model, pages[...]))
        }
    }

    /// `Sitemaps.urlset` as it was: String appends.
    static func urlsetReference(_ model: SiteModel, _ pages: ArraySlice<Sitemaps.Page>) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages {
            guard let url = model.absolute(page.path) else { continue }
            out += "<url><loc>" + HTMLEscaper.text(url) + "</loc>"
            if let date = page.date { out += "<lastmod>\(date)</lastmod>" }
            out += "</url>\n"
        }
        return out + "</urlset>\n"
    }
}

/// The service page, poster and poster page contexts as they were built before `ServiceFacts`, OPD crumbs and
/// `concat` (every string and object built where it is used).
extension PageContexts {
    func serviceReference(_ s: ServiceStandard, summary: ServiceSummary, opd: OPD) -> TemplateValue {
        let akar = "../../"
        var c = common(title: "\(s.judul) — \(opd.singkatan ?? opd.nama)",
                       description: s.ringkasan ?? "Standar pelayanan \(s.judul) di \(opd.nama).",
                       path: summary.path, akar: akar,
                       breadcrumbs: [("Beranda", ""), (opd.singkatan ?? opd.nama, opd.slug + "/"), (s.judul, "")],
                       jsonld: JSONLD.governmentService(s, summary: summary, opd: opd, model: model))
        c["situs"] = ["judul": .text(model.config.judul), "pemda": Self.t(model.config.pemda),
                      "jumlah_layanan": .int(model.services.count)]
        c["layanan"] = [
            "judul": .text(s.judul),
            "ringkasan": Self.t(s.ringkasan),
            "kategori": Self.t(s.kategori),
            "nomor_sk": Self.t(s.nomorSK),
            "ditetapkan": Self.t(s.ditetapkan?.indonesianReference),
            "ditetapkan_iso": Self.t(s.ditetapkan?.description),
            "ditinjau": Self.t(s.ditinjau?.indonesianReference),
            "ditinjau_iso": Self.t(s.ditinjau?.description),
            "kata_kunci": .list(s.kataKunci.map { .text($0) }),
            "lengkap": .bool(summary.complete),
            "kekurangan": .list(summary.gaps.map { ["judul": .text($0.canonicalHeading)] }),
            "biaya": .text(summary.feeShort),
            "gratis": .bool(summary.free),
            "waktu": .text(summary.durationShort),
            "produk": .text(Formatting.listItem(summary.produk)),
            "papan_url": .text(akar + Self.posterPath(summary)),
        ]
        c["tempat"] = place(s, opd: opd)
        c["opd"] = opdObject(opd, akar: akar)
        c["pelayanan"] = serviceDelivery(s)
        c["pengelolaan"] = components(s, ComponentID.allCases[6...])
        c["maklumat"] = pekppp.maklumat(opd, akar: akar)
        c["riwayat"] = pekppp.history(s.file)
        c["tambahan"] = .list([])
        return .object(c)
    }

    func posterContentReference(_ s: ServiceStandard, summary: ServiceSummary, opd: OPD) -> TemplateValue {
        let url = model.absolute(summary.path)
        return [
            "layanan": [
                "judul": .text(s.judul),
                "ringkasan": Self.t(s.ringkasan),
                "nomor_sk": Self.t(s.nomorSK),
                "ditetapkan": Self.t(s.ditetapkan?.indonesianReference),
                "ditetapkan_iso": Self.t(s.ditetapkan?.description),
                "ditinjau": Self.t(s.ditinjau?.indonesianReference),
                "ditinjau_iso": Self.t(s.ditinjau?.description),
                "alamat_halaman": .text(url ?? "/" + summary.path),
                "qr": .text(url.flatMap { QRCode.svg($0, label: "Kode QR menuju halaman layanan ini: \($0)") } ?? ""),
                "biaya": .text(summary.feeShort),
                "waktu": .text(summary.durationShort),
            ],
            "opd": opdObject(opd, akar: ""),
            "tempat": place(s, opd: opd),
            "pelayanan": serviceDelivery(s),
            "situs": ["judul": .text(model.config.judul), "pemda": Self.t(model.config.pemda)],
        ]
    }

    func posterReference(_ s: ServiceStandard, summary: ServiceSummary, opd: OPD, content: [UInt8]) -> TemplateValue {
        let akar = "../../"
        var c = common(title: "Papan standar: \(s.judul) — \(opd.singkatan ?? opd.nama)",
                       description: "Standar pelayanan \(s.judul) untuk dicetak dan dipasang di loket.",
                       path: Self.posterPath(summary), akar: akar,
                       breadcrumbs: [("Beranda", ""), (opd.singkatan ?? opd.nama, opd.slug + "/"), (s.judul, summary.path),
                                     ("Papan standar", "")])
        c["situs"] = ["judul": .text(model.config.judul), "pemda": Self.t(model.config.pemda),
                      "jumlah_layanan": .int(model.services.count)]
        c["papan"] = .utf8(Array(Self.posterStart.utf8) + content + Array(Self.posterEnd.utf8))
        c["layanan_url"] = .text(akar + summary.path)
        c["cetak_url"] = .text(akar + Self.printPath(opd))
        return .object(c)
    }
}

/// Fees written for the service pages, posters and lists: the digit groups against the code they replace.
@Suite struct FormattingFastPathTests {
    @Test func thousandsMatchTheCharacterVersion() {
        var g = TestSeed.generator(0x21_05)
        var values = [0, 1, -1, 9, 10, 99, 100, 999, 1000, -1000, 9999, 10_000, 99_999, 100_000, 999_999, 1_000_000,
                      25_000, 1_500_000, Int.max, Int.min + 1]
        for digits in 1...18 {
            let top = Int(Self.pow10(digits))
            values += [top - 1, top, -top, -(top - 1)]
        }
        values += (0..<3_000).map { _ in
            let magnitude = Int.random(in: 0...18, using: &g)
            return Int.random(in: -Int(Self.pow10(magnitude))...Int(Self.pow10(magnitude)), using: &g)
        }
        for v in values {
            #expect(Formatting.thousands(v) == Self.thousandsReference(v), "\(v)")
            #expect(Formatting.rupiah(v) == "Rp " + Self.thousandsReference(v), "\(v)")
        }
        #expect(Formatting.rupiah(25_000) == "Rp 25.000")
        // No trap where `abs` trapped.
        #expect(Formatting.thousands(Int.min) == "-9.223.372.036.854.775.808")
    }

    static func pow10(_ n: Int) -> Int64 { (0..<n).reduce(Int64(1)) { a, _ in a * 10 } }

    /// `Formatting.thousands` as it was, by Characters.
    static func thousandsReference(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += "." }
            out.append(ch)
        }
        return value < 0 ? "-" + out : out
    }
}
