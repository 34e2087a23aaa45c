import Foundation

/// Machine-readable outputs: /data/layanan.json, /data/layanan.csv, /cari/indeks.json, sitemap.xml, robots.txt
/// and the Atom feed. All are deterministic: fixed order, no build time.
enum DataExports {
    // MARK: layanan.json (streamed: head, one fragment per service, tail)

    static func servicesJSONHead(_ config: SiteConfig) -> String {
        JSONWriter.recordsHead([("versi", .int(1)), ("situs", .string(config.judul))], arrayKey: "layanan")
    }

    static func servicesJSONTail(count: Int) -> String { JSONWriter.recordsTail(rows: count) + "\n" }

    /// One service's row (the writer puts "," between rows).
    static func serviceJSON(_ s: ServiceStandard, _ summary: ServiceSummary, opd: OPD) -> [UInt8] {
        var f: [(String, JSONValue)] = [
            ("opd", .string(s.opd)),
            ("opd_nama", .string(opd.nama)),
            ("slug", .string(s.slug)),
            ("judul", .string(s.judul)),
            ("url", .string("/" + summary.path)),
            ("ringkasan", JSONValue(s.ringkasan)),
            ("kategori", JSONValue(s.kategori)),
            ("nomor_sk", JSONValue(s.nomorSK)),
            ("ditetapkan", JSONValue(s.ditetapkan?.description)),
            ("ditinjau", JSONValue(s.ditinjau?.description)),
            ("kata_kunci", .array(s.kataKunci.map(JSONValue.string))),
            ("lokasi", JSONValue(s.lokasi ?? opd.alamat)),
            ("jam_layanan", JSONValue(s.jamLayanan ?? opd.jamLayanan)),
            ("daring", JSONValue(s.daring)),
        ]
        if let fee = s.fee {
            f.append(("biaya", .object([("teks", .string(fee.text)), ("gratis", .bool(fee.isFree)),
                                        ("bersyarat", .bool(fee.state == .bersyarat)),
                                        ("min", JSONValue(fee.min)), ("maks", JSONValue(fee.max))])))
        } else {
            f.append(("biaya", .null))
        }
        if let d = s.duration {
            f.append(("waktu", .object([("teks", .string(d.text)), ("nilai", JSONValue(d.value)),
                                        ("nilai_maks", JSONValue(d.maxValue)), ("satuan", JSONValue(d.unit?.rawValue))])))
        } else {
            f.append(("waktu", .null))
        }
        f.append(("lengkap", .bool(summary.complete)))
        f.append(("kekurangan", .array(summary.gaps.map { .string($0.id) })))
        let components = ComponentID.allCases.map { id -> (String, JSONValue) in
            (id.id, JSONValue(s.component(id).flatMap { $0.isEmpty ? nil : $0.plainText }))
        }
        f.append(("komponen", .object(components)))
        return JSONWriter.recordRowBytes(.object(f))
    }

    /// A number as the data files write it: whole numbers without a fraction.
    static func double(_ v: Double) -> String { JSONWriter.string(.number(v), layout: .compact) }

    // MARK: layanan.csv

    static let csvColumns = ["opd", "opd_nama", "slug", "judul", "url", "kategori", "ringkasan", "nomor_sk",
                             "ditetapkan", "ditinjau", "biaya_teks", "biaya_gratis", "biaya_min", "biaya_maks",
                             "waktu_teks", "waktu_nilai", "waktu_nilai_maks", "waktu_satuan", "lengkap", "kekurangan",
                             "lokasi", "jam_layanan", "daring"]
        + ComponentID.allCases.map(\.id)

    /// UTF-8 with a byte-order mark and CRLF rows (how spreadsheet programs recognise UTF-8 CSV).
    static var servicesCSVHead: String { "\u{FEFF}" + csvColumns.joined(separator: ",") + "\r\n" }

    static func serviceCSV(_ s: ServiceStandard, _ summary: ServiceSummary, opd: OPD, model: SiteModel) -> [UInt8] {
        var row: [String] = [
            s.opd, opd.nama, s.slug, s.judul, model.absolute(summary.path) ?? "/" + summary.path,
            s.kategori ?? "", s.ringkasan ?? "", s.nomorSK ?? "", s.ditetapkan?.description ?? "",
            s.ditinjau?.description ?? "", s.fee?.text ?? "", s.fee.map { $0.isFree ? "ya" : "tidak" } ?? "",
            s.fee?.min.map(String.init) ?? "", s.fee?.max.map(String.init) ?? "", s.duration?.text ?? "",
            s.duration?.value.map { double($0) } ?? "", s.duration?.maxValue.map { double($0) } ?? "",
            s.duration?.unit?.rawValue ?? "", summary.complete ? "ya" : "tidak",
            summary.gaps.map(\.id).joined(separator: " "),
            s.lokasi ?? opd.alamat ?? "", s.jamLayanan ?? opd.jamLayanan ?? "", s.daring ?? "",
        ]
        row += ComponentID.allCases.map { id in s.component(id).flatMap { $0.isEmpty ? nil : $0.plainText } ?? "" }
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        for (i, field) in row.enumerated() {
            if i > 0 { out.append(0x2C) }
            appendCSVField(field, to: &out)
        }
        out += [0x0D, 0x0A]
        return out
    }

    /// `csvField(value)` appended as UTF-8 bytes.
    static func appendCSVField(_ value: String, to out: inout [UInt8]) {
        var value = value
        value.withUTF8 { bytes in
            guard let first = bytes.first else { return }
            let formula = first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 || first == 0x0D
            var needsQuotes = false
            var hasQuote = false
            for b in bytes {
                if b == 0x2C || b == 0x0A || b == 0x0D || b == 0x3B { needsQuotes = true }
                if b == 0x22 { needsQuotes = true; hasQuote = true; break }
            }
            if needsQuotes { out.append(0x22) }
            if formula { out.append(0x27) }
            if hasQuote {
                for b in bytes {
                    out.append(b)
                    if b == 0x22 { out.append(0x22) }
                }
            } else {
                out.append(contentsOf: bytes)
            }
            if needsQuotes { out.append(0x22) }
        }
    }

    /// Quotes a field; a leading =, +, -, @ gets a "'" so a spreadsheet never runs it as a formula.
    static func csvField(_ value: String) -> String {
        var out: [UInt8] = []
        appendCSVField(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Search index

    /// The words a service is found by.
    static func searchText(for s: ServiceSummary, opd: OPD) -> String {
        searchText(([s.judul, s.ringkasan ?? "", s.kategori ?? "", opd.nama, opd.singkatan ?? "", s.produk] + s.kataKunci)
            .joined(separator: " "))
    }

    static func searchIndex(_ model: SiteModel, searchTexts: [String]) -> String {
        let opds = JSONValue.array(model.opds.map { .array([.string($0.slug), .string($0.nama), .string($0.singkatan ?? "")]) })
        var out = "{\"v\":1,\"opd\":" + JSONWriter.string(opds, layout: .compact) + ",\"l\":["
        for (i, s) in model.services.enumerated() {
            let text = i < searchTexts.count ? searchTexts[i] : ""
            out += i == 0 ? "\n" : ",\n"
            // The keywords as phrases too: a query that is one of them is what its authors expect citizens to type.
            let phrases = s.kataKunci.map { searchText($0) }.filter { !$0.isEmpty }.joined(separator: ",")
            out += JSONWriter.string(.array([
                .string(s.judul), .string(s.path), .int(model.opdOf[i]), .string(s.feeShort), .string(s.durationShort),
                .int(s.free ? 1 : 0), .string(text), .string(phrases),
            ]), layout: .compact)
        }
        out += "]}\n"
        return out
    }

    /// Lowercase, without diacritics and punctuation, each word once.
    static func searchText(_ text: String) -> String {
        // ASCII text (most of it): lowercase and split by bytes.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var seen: Set<ArraySlice<UInt8>> = []
            var out: [UInt8] = []
            let bytes = Array(text.utf8).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            var start = 0
            func flush(_ end: Int) {
                if end > start, seen.insert(bytes[start..<end]).inserted {
                    if !out.isEmpty { out.append(0x20) }
                    out.append(contentsOf: bytes[start..<end])
                }
            }
            for (i, b) in bytes.enumerated() where !((b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)) {
                flush(i)
                start = i + 1
            }
            flush(bytes.count)
            return String(decoding: out, as: UTF8.self)
        }
        var seen: Set<String> = []
        var out = ""
        var word = String.UnicodeScalarView()
        func flush() {
            guard !word.isEmpty else { return }
            let w = String(word)
            if seen.insert(w).inserted {
                if !out.isEmpty { out += " " }
                out += w
            }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in TextNormalizer.fold(text).unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    // MARK: robots, feed (sitemaps: Sitemaps.swift)

    static func robots(_ model: SiteModel) -> String {
        var out = "User-agent: *\nAllow: /\n"
        if let sitemap = model.absolute("sitemap.xml") { out += "Sitemap: \(sitemap)\n" }
        return out
    }

    /// Atom feed of standards by the date they were set or last reviewed, newest first (at most 50).
    static func feed(_ model: SiteModel) -> String {
        let recent = model.recentlyReviewed(limit: 50)
        let updated = recent.first.flatMap { model.services[$0].lastReviewed }
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
            let s = model.services[i]
            let opd = model.opd(of: i)
            let status = s.ditinjau != nil ? "Ditinjau" : "Ditetapkan"
            out += "  <entry>\n"
            out += "    <title>\(HTMLEscaper.text(s.judul)) — \(HTMLEscaper.text(opd.singkatan ?? opd.nama))</title>\n"
            out += "    <id>\(HTMLEscaper.text(model.absolute(s.path) ?? "urn:standar:\(s.opd):\(s.slug)"))</id>\n"
            if let url = model.absolute(s.path) { out += "    <link href=\"\(HTMLEscaper.attribute(url))\"/>\n" }
            out += "    <updated>\(atomDate(s.lastReviewed))</updated>\n"
            out += "    <summary>\(HTMLEscaper.text("\(status) \(s.lastReviewed?.indonesian ?? ""). Biaya: \(s.feeShort). Waktu: \(s.durationShort)."))</summary>\n"
            out += "  </entry>\n"
        }
        out += GitHistory.feedEntries(model, atomDate: atomDate)
        out += "</feed>\n"
        return out
    }
}
