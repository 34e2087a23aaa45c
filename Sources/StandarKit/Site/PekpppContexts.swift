/// Page contexts of the PEKPPP material: the maklumat (OPD page, service pages, printable poster), the SKM/IKM
/// results (OPD page, `/skm/`), and the self-assessment on `/kepatuhan/`. Every key is always present, like the
/// other contexts, so themes can be checked against them.
public struct PekpppContexts: Sendable {
    let model: SiteModel
    /// The day of the build, for what depends on it (the self-assessment); nil when unknown.
    let today: SimpleDate?
    let renderer = HTMLRenderer(headingOffset: 1)

    public init(model: SiteModel, today: SimpleDate?) {
        self.model = model
        self.today = today
    }

    static func t(_ s: String?) -> TemplateValue { .text(s ?? "") }

    public static func maklumatPath(_ opd: OPD) -> String { opd.slug + "/maklumat/" }
    public static let skmPath = "skm/"
    public static let changesPath = "perubahan/"

    /// Pages the PEKPPP step adds: one maklumat page per OPD that has one, `/skm/` and `/perubahan/`.
    public static func pageCount(_ model: SiteModel) -> Int { model.opds.count { $0.pekppp.maklumat != nil } + 2 }
    /// `/perubahan/` lists this many changes at most.
    public static let recentChangesLimit = 100

    static func changeItems(_ c: GitHistory.Change) -> TemplateValue {
        ["tanggal": .text(c.date.indonesian), "tanggal_iso": .text(c.date.description),
         "perubahan": .list(c.items.map { ["teks": .text($0)] })]
    }

    /// "Riwayat perubahan" of one service page.
    public func history(_ file: String) -> TemplateValue { Self.history(model.history[file] ?? []) }

    /// `history` of the changes given: a service page calls it without making a `PekpppContexts` (a copy of the
    /// model's members and its release, 850 instructions a page, callgrind), and every page without a change
    /// shares one value.
    static func history(_ changes: [GitHistory.Change]) -> TemplateValue {
        changes.isEmpty ? noHistory : ["ada": true, "daftar": .list(changes.map(changeItems))]
    }

    static let noHistory: TemplateValue = ["ada": false, "daftar": []]

    /// The newest changes of all published services.
    public func recentChanges(akar: String) -> TemplateValue {
        .list(model.serviceChanges().prefix(Self.recentChangesLimit).map { c, i in
            var item = Self.changeItems(c)
            if case .object(var o) = item {
                o["judul"] = .text(model.services[i].judul)
                o["url"] = .text(akar + model.services[i].path)
                o["opd_nama"] = .text(model.opd(of: i).nama)
                item = .object(o)
            }
            return item
        })
    }

    /// OPDs that have a maklumat page.
    func opdsWithMaklumat() -> [Int] { model.opds.indices.filter { model.opds[$0].pekppp.maklumat != nil } }

    // MARK: Maklumat

    public func maklumat(_ opd: OPD, akar: String) -> TemplateValue {
        guard let m = opd.pekppp.maklumat else {
            return ["ada": false, "teks": "", "penandatangan": "", "jabatan": "", "tanggal": "", "tanggal_iso": "",
                    "nomor": "", "url": ""]
        }
        return [
            "ada": true,
            "teks": .text(renderer.render(m.body)),
            "penandatangan": Self.t(m.penandatangan),
            "jabatan": Self.t(m.jabatan),
            "tanggal": Self.t(m.tanggal?.indonesian),
            "tanggal_iso": Self.t(m.tanggal?.description),
            "nomor": Self.t(m.nomor),
            "url": .text(akar + Self.maklumatPath(opd)),
        ]
    }

    // MARK: SKM

    static func followUps(_ survey: SKMSurvey, element: Int?) -> TemplateValue {
        .list(survey.followUps.filter { element == nil || $0.element == element }.map { f in
            ["unsur_kode": .text(SKMElement.code(f.element)), "unsur_nama": .text(SKMElement.names[f.element]),
             "tindakan": .text(f.action), "tanggal": .text(f.date.indonesian), "tanggal_iso": .text(f.date.description)]
        })
    }

    /// One survey: the IKM, band, per-element table rows, chart and follow-up.
    public func survey(_ s: SKMSurvey, opd: OPD) -> TemplateValue {
        let lowest = Set(s.lowestElements)
        let low = Set(s.lowElements)
        let rows: [TemplateValue] = (0..<SKMElement.count).map { e in
            [
                "kode": .text(SKMElement.code(e)),
                "nama": .text(SKMElement.names[e]),
                "jumlah_nilai": .int(s.totals[e]),
                "nrr": .text(Decimal2.text(s.nrrHundredths(e))),
                "nrr_tertimbang": .text(Decimal2.text(s.weightedTenThousandths(e), places: 4)),
                "konversi": .text(Decimal2.text(s.convertedHundredths(e))),
                "mutu": .text(s.band(e).rawValue),
                "mutu_keterangan": .text(s.band(e).label),
                "rendah": .bool(low.contains(e)),
                "terendah": .bool(lowest.contains(e)),
                "tindak_lanjut": Self.followUps(s, element: e),
            ]
        }
        let names = { (list: [Int]) in list.map { "\(SKMElement.code($0)) \(SKMElement.names[$0].lowercased())" }.joined(separator: ", ") }
        return [
            "periode": .text(s.period.label),
            "periode_slug": .text(s.period.slug),
            "berakhir": .text(s.period.end.indonesian),
            "berakhir_iso": .text(s.period.end.description),
            "responden": .int(s.respondents),
            "ikm": .text(Decimal2.text(s.ikmHundredths)),
            "mutu": .text(s.band.rawValue),
            "mutu_keterangan": .text(s.band.label),
            "unsur": .list(rows),
            "terendah": .text(names(s.lowestElements)),
            "rendah": .text(names(s.lowElements)),
            "ada_rendah": .bool(!s.lowElements.isEmpty),
            "belum_ditindaklanjuti": .text(names(s.lowWithoutFollowUp)),
            "tindak_lanjut": Self.followUps(s, element: nil),
            "ada_tindak_lanjut": .bool(!s.followUps.isEmpty),
            "grafik": .text(Self.elementChart(s, id: "grafik-skm-\(opd.slug)-\(s.period.slug)")),
        ]
    }

    /// The SKM block of an OPD page: the latest survey and the earlier ones.
    public func skm(_ opd: OPD) -> TemplateValue {
        guard let latest = opd.pekppp.latest else { return ["ada": false, "terbaru": .object([:]), "riwayat": [], "ada_riwayat": false] }
        return [
            "ada": true,
            "terbaru": survey(latest, opd: opd),
            "ada_riwayat": .bool(opd.pekppp.surveys.count > 1),
            "riwayat": .list(opd.pekppp.surveys.reversed().map { s in
                ["periode": .text(s.period.label), "responden": .int(s.respondents),
                 "ikm": .text(Decimal2.text(s.ikmHundredths)), "mutu": .text(s.band.rawValue),
                 "mutu_keterangan": .text(s.band.label)]
            }),
        ]
    }

    /// A horizontal bar chart of the nine NRR values (scale 1–4). Decorative for screen readers beside the table
    /// that holds the same figures, but still titled and described.
    static func elementChart(_ s: SKMSurvey, id: String) -> String {
        let rowHeight = 26, top = 8, labelWidth = 44, barMax = 300
        let height = top * 2 + rowHeight * SKMElement.count
        var svg = "<svg class=\"grafik-skm\" viewBox=\"0 0 420 \(height)\" role=\"img\" aria-labelledby=\"\(id)-judul \(id)-ket\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"\(id)-judul\">Nilai rata-rata (NRR) per unsur SKM \(HTMLEscaper.text(s.period.label))</title>"
        let desc = (0..<SKMElement.count).map { "\(SKMElement.code($0)) \(Decimal2.text(s.nrrHundredths($0)))" }.joined(separator: ", ")
        svg += "<desc id=\"\(id)-ket\">Skala 1 sampai 4: \(desc).</desc>"
        for e in 0..<SKMElement.count {
            let y = top + e * rowHeight
            let width = max(1, barMax * s.nrrHundredths(e) / 400)
            let cls = s.band(e).isLow ? "batang batang-rendah" : "batang"
            svg += "<text x=\"0\" y=\"\(y + 17)\" class=\"label\">\(SKMElement.code(e))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"\(rowHeight - 8)\" class=\"\(cls)\"/>"
            svg += "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 17)\" class=\"nilai\">\(Decimal2.text(s.nrrHundredths(e)))</text>"
        }
        return svg + "</svg>"
    }

    /// The IKM of every OPD's latest survey as bars (scale 25–100), for `/skm/`.
    static func ikmChart(_ rows: [(name: String, survey: SKMSurvey)]) -> String {
        let rowHeight = 30, top = 8, labelWidth = 170, barMax = 190
        let height = top * 2 + rowHeight * max(1, rows.count)
        var svg = "<svg class=\"grafik-skm\" viewBox=\"0 0 420 \(height)\" role=\"img\" aria-labelledby=\"grafik-ikm-judul grafik-ikm-ket\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"grafik-ikm-judul\">Indeks kepuasan masyarakat (IKM) terbaru per perangkat daerah</title>"
        let desc = rows.map { "\(HTMLEscaper.text($0.name)) \(Decimal2.text($0.survey.ikmHundredths))" }.joined(separator: ", ")
        svg += "<desc id=\"grafik-ikm-ket\">Skala 25 sampai 100: \(desc).</desc>"
        for (i, row) in rows.enumerated() {
            let y = top + i * rowHeight
            let width = max(1, barMax * row.survey.ikmHundredths / 10_000)
            let name = row.name.count > 24 ? String(row.name.prefix(23)) + "…" : row.name
            svg += "<text x=\"0\" y=\"\(y + 19)\" class=\"label\">\(HTMLEscaper.text(name))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 5)\" width=\"\(width)\" height=\"\(rowHeight - 10)\" class=\"batang\"/>"
            svg += "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 19)\" class=\"nilai\">\(Decimal2.text(row.survey.ikmHundredths))</text>"
        }
        return svg + "</svg>"
    }

    // MARK: Self-assessment

    /// Weights of the PEKPPP "Kebijakan Pelayanan" indicators the content can show, in percent.
    public enum Indicator: CaseIterable {
        case standard, review, maklumat, survey, published, followUpShare, followUpSpeed

        public var weight: Int {
            switch self {
            case .standard: 17
            case .review: 14
            case .maklumat: 10
            case .survey: 17
            case .published, .followUpShare, .followUpSpeed: 7
            }
        }

        public var label: String {
            switch self {
            case .standard: "Standar pelayanan tersedia sesuai ketentuan (14 komponen)"
            case .review: "Standar pelayanan ditinjau secara berkala (dalam setahun terakhir)"
            case .maklumat: "Maklumat pelayanan tersedia, ditetapkan dan dipublikasikan"
            case .survey: "SKM dilakukan sesuai PermenPAN-RB 14/2017 (dalam setahun terakhir)"
            case .published: "Hasil SKM dipublikasikan"
            case .followUpShare: "Unsur SKM bermutu rendah ditindaklanjuti"
            case .followUpSpeed: "Tindak lanjut dilakukan cepat (paling lambat 90 hari setelah periode survei)"
            }
        }
    }

    /// The days within which a follow-up counts as fast: Standar's own yardstick, not the regulation's.
    public static let fastFollowUpDays = 90

    /// One indicator of one OPD: met, and what is missing when not.
    public struct Assessment: Sendable, Equatable {
        public var met: Bool
        public var missing: String
    }

    public func assess(_ o: Int) -> [(Indicator, Assessment)] {
        let opd = model.opds[o]
        let services = model.servicesByOPD[o].map { model.services[$0] }
        var out: [(Indicator, Assessment)] = []
        let incomplete = services.filter { !$0.complete }
        out.append((.standard, services.isEmpty ? Assessment(met: false, missing: "belum ada standar pelayanan yang terbit")
                    : Assessment(met: incomplete.isEmpty, missing: incomplete.isEmpty ? "" : "\(incomplete.count) dari \(services.count) standar belum lengkap")))
        let stale = services.filter { s in
            guard let last = s.lastReviewed, let today else { return true }
            return today.dayNumber - last.dayNumber > ReviewOverdueRule.maxDays
        }
        out.append((.review, services.isEmpty ? Assessment(met: false, missing: "belum ada standar pelayanan yang terbit")
                    : Assessment(met: stale.isEmpty, missing: stale.isEmpty ? "" : "\(stale.count) standar belum ditinjau dalam setahun terakhir")))
        let m = opd.pekppp.maklumat
        out.append((.maklumat, m == nil ? Assessment(met: false, missing: "belum ada maklumat.md")
                    : Assessment(met: m?.complete ?? false, missing: (m?.complete ?? false) ? "" : "maklumat belum lengkap (teks, penandatangan atau tanggal)")))
        guard let latest = opd.pekppp.latest else {
            out.append((.survey, Assessment(met: false, missing: "belum ada hasil SKM di folder skm/")))
            out.append((.published, Assessment(met: false, missing: "belum ada hasil SKM untuk dipublikasikan")))
            out.append((.followUpShare, Assessment(met: false, missing: "belum ada hasil SKM")))
            out.append((.followUpSpeed, Assessment(met: false, missing: "belum ada hasil SKM")))
            return out
        }
        let age = today.map { $0.dayNumber - latest.period.end.dayNumber } ?? 0
        out.append((.survey, Assessment(met: age <= SKMOutdatedRule.maxDays,
                                        missing: age <= SKMOutdatedRule.maxDays ? "" : "SKM terakhir (\(latest.period.label)) lebih dari setahun yang lalu")))
        out.append((.published, Assessment(met: true, missing: "")))
        let low = latest.lowElements
        let open = latest.lowWithoutFollowUp
        out.append((.followUpShare, Assessment(met: open.isEmpty, missing: open.isEmpty ? ""
            : "\(open.count) dari \(low.count) unsur rendah belum ditindaklanjuti: " + open.map(SKMElement.code).joined(separator: ", "))))
        let slow = low.filter { e in
            guard let first = latest.followUps.filter({ $0.element == e }).map(\.date).min() else { return true }
            return first.dayNumber - latest.period.end.dayNumber > Self.fastFollowUpDays
        }
        out.append((.followUpSpeed, Assessment(met: slow.isEmpty, missing: slow.isEmpty ? ""
            : "unsur " + slow.map(SKMElement.code).joined(separator: ", ") + " belum ditindaklanjuti dalam 90 hari")))
        return out
    }

    public static let assessableWeight = Indicator.allCases.reduce(0) { $0 + $1.weight }

    public func selfAssessment(_ o: Int, akar: String) -> TemplateValue {
        let opd = model.opds[o]
        let rows = assess(o)
        let score = rows.reduce(0) { $0 + ($1.1.met ? $1.0.weight : 0) }
        return [
            "nama": .text(opd.nama),
            "url": .text(akar + opd.slug + "/"),
            "nilai": .int(score),
            "nilai_maks": .int(Self.assessableWeight),
            "indikator": .list(rows.map { indicator, a in
                ["judul": .text(indicator.label), "bobot": .int(indicator.weight), "terpenuhi": .bool(a.met),
                 "kurang": .text(a.missing)]
            }),
        ]
    }

    /// The self-assessment block of `/kepatuhan/` (all OPDs) or `/kepatuhan/<opd>/` (one).
    public func selfAssessments(_ opds: [Int], akar: String) -> TemplateValue {
        ["opd": .list(opds.map { selfAssessment($0, akar: akar) }), "nilai_maks": .int(Self.assessableWeight)]
    }

    // MARK: Pages

    /// The printable maklumat poster, `/<opd>/maklumat/`.
    public func maklumatPage(_ o: Int, common: TemplateObject) -> TemplateValue {
        let opd = model.opds[o]
        var c = common
        c["opd"] = ["nama": .text(opd.nama), "singkatan": Self.t(opd.singkatan), "url": "../",
                    "alamat": Self.t(opd.alamat), "telepon": Self.t(opd.telepon)]
        c["maklumat"] = maklumat(opd, akar: "../../")
        return .object(c)
    }

    /// `/skm/`: every OPD's latest IKM.
    public func skmPage(common: TemplateObject) -> TemplateValue {
        var c = common
        let withSurvey = model.opds.filter { $0.pekppp.latest != nil }
        c["opd"] = .list(model.opds.map { opd in
            guard let s = opd.pekppp.latest else {
                return ["nama": .text(opd.nama), "url": .text("../" + opd.slug + "/"), "ada": false, "periode": "",
                        "responden": 0, "ikm": "", "mutu": "", "mutu_keterangan": "", "terendah": "", "rendah": "",
                        "jumlah_tindak_lanjut": 0]
            }
            return ["nama": .text(opd.nama), "url": .text("../" + opd.slug + "/"), "ada": true,
                    "periode": .text(s.period.label), "responden": .int(s.respondents),
                    "ikm": .text(Decimal2.text(s.ikmHundredths)), "mutu": .text(s.band.rawValue),
                    "mutu_keterangan": .text(s.band.label),
                    "terendah": .text(s.lowestElements.map { "\(SKMElement.code($0)) \(SKMElement.names[$0].lowercased())" }.joined(separator: ", ")),
                    "rendah": .text(s.lowElements.map(SKMElement.code).joined(separator: ", ")),
                    "jumlah_tindak_lanjut": .int(s.followUps.count)]
        })
        c["jumlah_survei"] = .int(withSurvey.count)
        c["grafik"] = .text(withSurvey.isEmpty ? "" : Self.ikmChart(withSurvey.compactMap { opd in
            opd.pekppp.latest.map { (opd.singkatan ?? opd.nama, $0) }
        }))
        c["unsur"] = .list((0..<SKMElement.count).map { ["kode": .text(SKMElement.code($0)), "nama": .text(SKMElement.names[$0])] })
        return .object(c)
    }
}

extension PageContexts {
    var pekppp: PekpppContexts { PekpppContexts(model: model, today: today) }

    /// `/<opd>/maklumat/`: the maklumat to print.
    public func maklumatPage(_ o: Int) -> TemplateValue {
        let opd = model.opds[o]
        let path = PekpppContexts.maklumatPath(opd)
        return pekppp.maklumatPage(o, common: common(
            title: "Maklumat pelayanan — \(opd.nama)", description: "Maklumat pelayanan \(opd.nama).",
            path: path, akar: "../../",
            breadcrumbs: [("Beranda", ""), (opd.singkatan ?? opd.nama, opd.slug + "/"), ("Maklumat pelayanan", "")]))
    }

    /// `/skm/`: the survey results of every OPD side by side.
    public func skmPage() -> TemplateValue {
        pekppp.skmPage(common: common(
            title: "Survei kepuasan masyarakat", description: "Indeks kepuasan masyarakat (IKM) terbaru setiap perangkat daerah.",
            path: PekpppContexts.skmPath, akar: "../", breadcrumbs: [("Beranda", ""), ("Survei kepuasan masyarakat", "")]))
    }

    /// `/perubahan/`: the newest changes that matter to citizens, from git.
    public func changesPage() -> TemplateValue {
        var c = common(title: "Perubahan terbaru", description: "Perubahan biaya, waktu, persyaratan dan produk layanan.",
                       path: PekpppContexts.changesPath, akar: "../", breadcrumbs: [("Beranda", ""), ("Perubahan terbaru", "")])
        let list = pekppp.recentChanges(akar: "../")
        c["perubahan_terbaru"] = list
        c["ada_perubahan"] = .bool(!list.isFalsy)
        return .object(c)
    }

    /// Sample contexts of the PEKPPP pages and blocks with every field filled, for `vocabulary`.
    static func pekpppVocabulary(config: SiteConfig) -> Set<String> {
        var opd = OPD(slug: "opd", file: "", hasIndex: true, nama: "OPD", singkatan: "O", alamat: "a", telepon: "1",
                      email: nil, situs: nil, jamLayanan: nil, body: [])
        let block = MarkdownBlock(kind: .thematicBreak, startLine: 1, endLine: 1)
        let period = SKMPeriod("2026-1") ?? SKMPeriod("2026")
        var survey = SKMSurvey(opd: "opd", file: "", period: period ?? SKMPeriod("2000")!, respondents: 1, totals: Array(repeating: 1, count: 9))
        survey.followUps = [SKMFollowUp(element: 0, action: "a", date: SimpleDate(dayNumber: 0), line: 2)]
        opd.pekppp = OPDPekppp(maklumat: Maklumat(file: "", penandatangan: "p", jabatan: "j", tanggal: SimpleDate(dayNumber: 0),
                                                  nomor: "n", body: [block]), surveys: [survey, survey])
        var model = SiteModel(config: config, opds: [opd], services: [], baseURL: nil)
        model.history = ["content/opd/layanan.md": [GitHistory.Change(file: "content/opd/layanan.md", date: SimpleDate(dayNumber: 0), commit: "c", items: ["x"])]]
        let contexts = PageContexts(model: model, cssAsset: "", jsAsset: "")
        var keys: Set<String> = []
        for value in [contexts.maklumatPage(0), contexts.skmPage(), contexts.opd(0), contexts.compliance(), contexts.changesPage(),
                      ["riwayat": contexts.pekppp.history("content/opd/layanan.md")]] {
            value.collectKeys(into: &keys)
        }
        return keys
    }
}
