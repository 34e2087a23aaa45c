/// Machine-readable outputs: /data/layanan.json, /data/layanan.csv, /cari/indeks.json, sitemap.xml, robots.txt
/// and the Atom feed. All are deterministic: fixed order, no build time.
enum DataExports {
    // MARK: layanan.json

    static func servicesJSON(_ model: SiteModel) -> String {
        var out = "{\n  \"versi\": 1,\n  \"situs\": \(JSONText.quote(model.config.judul)),\n  \"layanan\": ["
        for (n, entry) in model.entries.enumerated() {
            let s = entry.standard
            let opd = model.opds[entry.opdIndex]
            out += n == 0 ? "\n    {" : ",\n    {"
            var f: [String] = []
            f.append("\"opd\": \(JSONText.quote(s.opd))")
            f.append("\"opd_nama\": \(JSONText.quote(opd.nama))")
            f.append("\"slug\": \(JSONText.quote(s.slug))")
            f.append("\"judul\": \(JSONText.quote(s.judul))")
            f.append("\"url\": \(JSONText.quote("/" + entry.path))")
            f.append("\"ringkasan\": \(optional(s.ringkasan))")
            f.append("\"kategori\": \(optional(s.kategori))")
            f.append("\"nomor_sk\": \(optional(s.nomorSK))")
            f.append("\"ditetapkan\": \(optional(s.ditetapkan?.description))")
            f.append("\"ditinjau\": \(optional(s.ditinjau?.description))")
            f.append("\"kata_kunci\": [\(s.kataKunci.map(JSONText.quote).joined(separator: ", "))]")
            if let fee = s.fee {
                f.append("\"biaya\": {\"teks\": \(JSONText.quote(fee.text)), \"gratis\": \(fee.isFree), \"min\": \(int(fee.min)), \"maks\": \(int(fee.max))}")
            } else {
                f.append("\"biaya\": null")
            }
            if let d = s.duration {
                f.append("\"waktu\": {\"teks\": \(JSONText.quote(d.text)), \"nilai\": \(double(d.value)), \"nilai_maks\": \(double(d.maxValue)), \"satuan\": \(optional(d.unit?.rawValue))}")
            } else {
                f.append("\"waktu\": null")
            }
            f.append("\"lengkap\": \(entry.complete)")
            f.append("\"kekurangan\": [\(entry.gaps.map { JSONText.quote($0.id) }.joined(separator: ", "))]")
            let components = ComponentID.allCases.map { id -> String in
                let text = s.component(id).flatMap { $0.isEmpty ? nil : $0.plainText }
                return "\(JSONText.quote(id.id)): \(optional(text))"
            }
            f.append("\"komponen\": {\(components.joined(separator: ", "))}")
            out += f.joined(separator: ", ") + "}"
        }
        out += model.entries.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    static func optional(_ s: String?) -> String { s.map(JSONText.quote) ?? "null" }
    static func int(_ v: Int?) -> String { v.map(String.init) ?? "null" }
    static func double(_ v: Double?) -> String {
        guard let v else { return "null" }
        return v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }

    // MARK: layanan.csv

    static let csvColumns = ["opd", "opd_nama", "slug", "judul", "url", "kategori", "ringkasan", "nomor_sk",
                             "ditetapkan", "ditinjau", "biaya_teks", "biaya_gratis", "biaya_min", "biaya_maks",
                             "waktu_teks", "waktu_nilai", "waktu_nilai_maks", "waktu_satuan", "lengkap", "kekurangan"]
        + ComponentID.allCases.map(\.id)

    /// UTF-8 with a byte-order mark and CRLF rows (how spreadsheet programs recognise UTF-8 CSV).
    static func servicesCSV(_ model: SiteModel) -> String {
        var out = "\u{FEFF}" + csvColumns.joined(separator: ",") + "\r\n"
        for entry in model.entries {
            let s = entry.standard
            var row: [String] = [
                s.opd, model.opds[entry.opdIndex].nama, s.slug, s.judul, model.absolute(entry.path) ?? "/" + entry.path,
                s.kategori ?? "", s.ringkasan ?? "", s.nomorSK ?? "", s.ditetapkan?.description ?? "",
                s.ditinjau?.description ?? "", s.fee?.text ?? "", s.fee.map { $0.isFree ? "ya" : "tidak" } ?? "",
                s.fee?.min.map(String.init) ?? "", s.fee?.max.map(String.init) ?? "", s.duration?.text ?? "",
                s.duration?.value.map { double($0) } ?? "", s.duration?.maxValue.map { double($0) } ?? "",
                s.duration?.unit?.rawValue ?? "", entry.complete ? "ya" : "tidak",
                entry.gaps.map(\.id).joined(separator: " "),
            ]
            row += ComponentID.allCases.map { id in s.component(id).flatMap { $0.isEmpty ? nil : $0.plainText } ?? "" }
            out += row.map(csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// Quotes a field; a leading =, +, -, @ gets a "'" so a spreadsheet never runs it as a formula.
    static func csvField(_ value: String) -> String {
        var v = value
        if let first = v.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { v = "'" + v }
        let needsQuotes = v.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }
        return needsQuotes ? "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : v
    }

    // MARK: Search index

    static func searchIndex(_ model: SiteModel) -> String {
        var out = "{\"v\":1,\"opd\":["
        out += model.opds.map { "[\(JSONText.quote($0.slug)),\(JSONText.quote($0.nama)),\(JSONText.quote($0.singkatan ?? ""))]" }
            .joined(separator: ",")
        out += "],\"l\":["
        var first = true
        for entry in model.entries {
            let s = entry.standard
            let opd = model.opds[entry.opdIndex]
            var words = [s.judul, s.ringkasan ?? "", s.kategori ?? "", opd.nama, opd.singkatan ?? ""] + s.kataKunci
            if let produk = s.component(.produk), !produk.isEmpty { words.append(Excerpt.of(produk.plainText, limit: 120)) }
            let text = searchText(words.joined(separator: " "))
            let free = s.fee?.isFree == true && (s.fee?.max ?? 0) == 0
            out += first ? "\n" : ",\n"
            first = false
            out += "[\(JSONText.quote(s.judul)),\(JSONText.quote(entry.path)),\(entry.opdIndex),\(JSONText.quote(entry.feeShort)),\(JSONText.quote(entry.durationShort)),\(free ? 1 : 0),\(JSONText.quote(text))]"
        }
        out += "]}\n"
        return out
    }

    /// Lowercase, without diacritics and punctuation, each word once.
    static func searchText(_ text: String) -> String {
        let folded = TextNormalizer.fold(text)
        var seen: Set<Substring> = []
        var words: [Substring] = []
        let cleaned = String(folded.unicodeScalars.map { scalar -> Character in
            CharacterSet.alphanumerics.contains(scalar) ? Character(scalar) : " "
        })
        for word in cleaned.split(separator: " ") where seen.insert(word).inserted {
            words.append(word)
        }
        return words.joined(separator: " ")
    }

    // MARK: sitemap, robots, feed

    static func sitemap(_ model: SiteModel, pages: [(path: String, date: SimpleDate?)]) -> String? {
        guard model.baseURL != nil else { return nil }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages {
            guard let url = model.absolute(page.path) else { continue }
            out += "  <url><loc>\(HTMLEscaper.text(url))</loc>"
            if let date = page.date { out += "<lastmod>\(date)</lastmod>" }
            out += "</url>\n"
        }
        out += "</urlset>\n"
        return out
    }

    static func robots(_ model: SiteModel) -> String {
        var out = "User-agent: *\nAllow: /\n"
        if let sitemap = model.absolute("sitemap.xml") { out += "Sitemap: \(sitemap)\n" }
        return out
    }

    /// Atom feed of standards by the date they were set or last reviewed, newest first (at most 50).
    static func feed(_ model: SiteModel) -> String {
        let recent = model.recentlyReviewed(limit: 50)
        let updated = recent.first.flatMap { model.entries[$0].standard.lastReviewed }
        func atomDate(_ d: SimpleDate?) -> String { "\(d ?? SimpleDate(dayNumber: 0))T00:00:00+07:00" }
        let selfURL = model.absolute("feed.xml")
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"id\">\n"
        out += "  <title>\(HTMLEscaper.text(model.config.judul))</title>\n"
        out += "  <id>\(HTMLEscaper.text(model.absolute("") ?? "urn:standar:\(Slug.suggest(model.config.judul))"))</id>\n"
        out += "  <updated>\(atomDate(updated))</updated>\n"
        if let selfURL { out += "  <link rel=\"self\" href=\"\(HTMLEscaper.attribute(selfURL))\"/>\n" }
        if let home = model.absolute("") { out += "  <link href=\"\(HTMLEscaper.attribute(home))\"/>\n" }
        out += "  <author><name>\(HTMLEscaper.text(model.config.pemda ?? model.config.judul))</name></author>\n"
        for i in recent {
            let entry = model.entries[i]
            let s = entry.standard
            let opd = model.opds[entry.opdIndex]
            let status = s.ditinjau != nil ? "Ditinjau" : "Ditetapkan"
            out += "  <entry>\n"
            out += "    <title>\(HTMLEscaper.text(s.judul)) — \(HTMLEscaper.text(opd.singkatan ?? opd.nama))</title>\n"
            out += "    <id>\(HTMLEscaper.text(model.absolute(entry.path) ?? "urn:standar:\(s.opd):\(s.slug)"))</id>\n"
            if let url = model.absolute(entry.path) { out += "    <link href=\"\(HTMLEscaper.attribute(url))\"/>\n" }
            out += "    <updated>\(atomDate(s.lastReviewed))</updated>\n"
            out += "    <summary>\(HTMLEscaper.text("\(status) \(s.lastReviewed?.indonesian ?? ""). Biaya: \(entry.feeShort). Waktu: \(entry.durationShort)."))</summary>\n"
            out += "  </entry>\n"
        }
        out += "</feed>\n"
        return out
    }
}

import Foundation
