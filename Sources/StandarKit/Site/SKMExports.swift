/// `data/skm.json` and `data/skm.csv`: every OPD's maklumat, survey results, follow-up and self-assessment.
enum SKMExports {
    static func files(_ model: SiteModel, today: SimpleDate?) -> [(String, String)] {
        [("data/skm.json", json(model, today: today)), ("data/skm.csv", csv(model))]
    }

    static func surveyJSON(_ s: SKMSurvey) -> JSONValue {
        let elements: [JSONValue] = (0..<SKMElement.count).map { e in
            .object([("kode", .string(SKMElement.code(e))), ("nama", .string(SKMElement.names[e])),
                     ("jumlah_nilai", .int(s.totals[e])), ("nrr", .decimal(s.nrrHundredths(e), places: 2)),
                     ("nrr_tertimbang", .decimal(s.weightedTenThousandths(e), places: 4)),
                     ("konversi", .decimal(s.convertedHundredths(e), places: 2)),
                     ("mutu", .string(s.band(e).rawValue)), ("rendah", .bool(s.band(e).isLow))])
        }
        let followUps: [JSONValue] = s.followUps.map { f in
            .object([("unsur", .string(SKMElement.code(f.element))), ("tindakan", .string(f.action)),
                     ("tanggal", .string(f.date.description))])
        }
        return .object([
            ("periode", .string(s.period.slug)), ("periode_nama", .string(s.period.label)),
            ("berakhir", .string(s.period.end.description)), ("responden", .int(s.respondents)),
            ("ikm", .decimal(s.ikmHundredths, places: 2)), ("mutu", .string(s.band.rawValue)),
            ("mutu_keterangan", .string(s.band.label)),
            ("unsur_terendah", .array(s.lowestElements.map { .string(SKMElement.code($0)) })),
            ("unsur_rendah", .array(s.lowElements.map { .string(SKMElement.code($0)) })),
            ("unsur", .array(elements)), ("tindak_lanjut", .array(followUps)),
        ])
    }

    static func json(_ model: SiteModel, today: SimpleDate?) -> String {
        let contexts = PekpppContexts(model: model, today: today)
        let rows: [JSONValue] = model.opds.enumerated().map { o, opd in
            let maklumat = opd.pekppp.maklumat.map { m -> JSONValue in
                .object([("penandatangan", JSONValue(m.penandatangan)), ("jabatan", JSONValue(m.jabatan)),
                         ("tanggal", JSONValue(m.tanggal?.description)), ("nomor", JSONValue(m.nomor)),
                         ("teks", .string(MarkdownBlock.plainText(m.body)))])
            } ?? .null
            let assessment: [JSONValue] = contexts.assess(o).map { indicator, a in
                .object([("indikator", .string(indicator.label)), ("bobot", .int(indicator.weight)),
                         ("terpenuhi", .bool(a.met)), ("kurang", JSONValue(a.missing.isEmpty ? nil : a.missing))])
            }
            return .object([
                ("opd", .string(opd.slug)), ("opd_nama", .string(opd.nama)), ("maklumat", maklumat),
                ("skm", .array(opd.pekppp.surveys.reversed().map(surveyJSON))),
                ("penilaian_mandiri", .object([("keterangan", .string("penilaian mandiri, bukan nilai resmi")),
                                               ("indikator", .array(assessment))])),
            ])
        }
        let file = JSONValue.object([("situs", .string(model.config.judul)), ("opd", .array(rows))])
        return JSONWriter.string(file, layout: .records) + "\n"
    }

    static let csvColumns = ["opd", "opd_nama", "periode", "berakhir", "responden"]
        + (1...SKMElement.count).map { "nrr_u\($0)" } + ["ikm", "mutu", "unsur_rendah", "tindak_lanjut"]

    static func csv(_ model: SiteModel) -> String {
        var out = "\u{FEFF}" + csvColumns.joined(separator: ",") + "\r\n"
        for opd in model.opds {
            for s in opd.pekppp.surveys.reversed() {
                let fields = [opd.slug, opd.nama, s.period.slug, s.period.end.description, String(s.respondents)]
                    + (0..<SKMElement.count).map { Decimal2.dot(s.nrrHundredths($0)) }
                    + [Decimal2.dot(s.ikmHundredths), s.band.rawValue, s.lowElements.map(SKMElement.code).joined(separator: " "),
                       String(s.followUps.count)]
                out += fields.map(DataExports.csvField).joined(separator: ",") + "\r\n"
            }
        }
        return out
    }
}
