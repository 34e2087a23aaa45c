import Testing
@testable import StandarKit

/// The per-service pages' fast paths against the code they replace (kept here as the reference): the dates
/// written out and the sitemaps.
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
