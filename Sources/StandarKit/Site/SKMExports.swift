/// `data/skm.json` and `data/skm.csv`: every OPD's maklumat, survey results, follow-up and self-assessment.
enum SKMExports {
    static func files(_ model: SiteModel) -> [(String, String)] {
        [("data/skm.json", json(model)), ("data/skm.csv", csv(model))]
    }

    static func q(_ s: String?) -> String { DataExports.optional(s) }

    static func surveyJSON(_ s: SKMSurvey) -> String {
        let elements = (0..<SKMElement.count).map { e in
            "{\"kode\": \(q(SKMElement.code(e))), \"nama\": \(q(SKMElement.names[e])), \"jumlah_nilai\": \(s.totals[e]), "
                + "\"nrr\": \(Decimal2.dot(s.nrrHundredths(e))), \"nrr_tertimbang\": \(Decimal2.dot(s.weightedTenThousandths(e), places: 4)), "
                + "\"konversi\": \(Decimal2.dot(s.convertedHundredths(e))), \"mutu\": \(q(s.band(e).rawValue)), \"rendah\": \(s.band(e).isLow)}"
        }
        let followUps = s.followUps.map { f in
            "{\"unsur\": \(q(SKMElement.code(f.element))), \"tindakan\": \(q(f.action)), \"tanggal\": \(q(f.date.description))}"
        }
        return "{\"periode\": \(q(s.period.slug)), \"periode_nama\": \(q(s.period.label)), \"berakhir\": \(q(s.period.end.description)), "
            + "\"responden\": \(s.respondents), \"ikm\": \(Decimal2.dot(s.ikmHundredths)), \"mutu\": \(q(s.band.rawValue)), "
            + "\"mutu_keterangan\": \(q(s.band.label)), "
            + "\"unsur_terendah\": [\(s.lowestElements.map { q(SKMElement.code($0)) }.joined(separator: ", "))], "
            + "\"unsur_rendah\": [\(s.lowElements.map { q(SKMElement.code($0)) }.joined(separator: ", "))], "
            + "\"unsur\": [\(elements.joined(separator: ", "))], \"tindak_lanjut\": [\(followUps.joined(separator: ", "))]}"
    }

    static func json(_ model: SiteModel) -> String {
        let contexts = PekpppContexts(model: model)
        var rows: [String] = []
        for (o, opd) in model.opds.enumerated() {
            let m = opd.pekppp.maklumat
            let maklumat = m.map { m in
                "{\"penandatangan\": \(q(m.penandatangan)), \"jabatan\": \(q(m.jabatan)), \"tanggal\": \(q(m.tanggal?.description)), "
                    + "\"nomor\": \(q(m.nomor)), \"teks\": \(q(MarkdownBlock.plainText(m.body)))}"
            } ?? "null"
            let assessment = contexts.assess(o).map { indicator, a in
                "{\"indikator\": \(q(indicator.label)), \"bobot\": \(indicator.weight), \"terpenuhi\": \(a.met), \"kurang\": \(q(a.missing.isEmpty ? nil : a.missing))}"
            }
            rows.append("\n    {\"opd\": \(q(opd.slug)), \"opd_nama\": \(q(opd.nama)), \"maklumat\": \(maklumat), "
                + "\"skm\": [\(opd.pekppp.surveys.reversed().map(surveyJSON).joined(separator: ", "))], "
                + "\"penilaian_mandiri\": {\"keterangan\": \"penilaian mandiri, bukan nilai resmi\", \"indikator\": [\(assessment.joined(separator: ", "))]}}")
        }
        return "{\n  \"situs\": \(q(model.config.judul)),\n  \"opd\": [" + rows.joined(separator: ",") + (rows.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
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
