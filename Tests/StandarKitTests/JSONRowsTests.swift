import Foundation
import Testing
@testable import StandarKit

/// The data-file rows and the JSON-LD are written member by member; these tests compare them with the
/// `JSONValue` trees they replaced (kept here as the reference), on the demo's standards and on variants with
/// fields missing or hostile.
struct JSONRowsTests {
    static func referenceRow(_ s: ServiceStandard, _ summary: ServiceSummary, opd: OPD) -> [UInt8] {
        var f: [(String, JSONValue)] = [
            ("opd", .string(s.opd)), ("opd_nama", .string(opd.nama)), ("slug", .string(s.slug)),
            ("judul", .string(s.judul)), ("url", .string("/" + summary.path)), ("ringkasan", JSONValue(s.ringkasan)),
            ("kategori", JSONValue(s.kategori)), ("nomor_sk", JSONValue(s.nomorSK)),
            ("ditetapkan", JSONValue(s.ditetapkan?.description)), ("ditinjau", JSONValue(s.ditinjau?.description)),
            ("kata_kunci", .array(s.kataKunci.map(JSONValue.string))), ("lokasi", JSONValue(s.lokasi ?? opd.alamat)),
            ("jam_layanan", JSONValue(s.jamLayanan ?? opd.jamLayanan)), ("daring", JSONValue(s.daring)),
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
        f.append(("komponen", .object(ComponentID.allCases.map { id in
            (id.id, JSONValue(s.component(id).flatMap { $0.isEmpty ? nil : $0.plainText }))
        })))
        return JSONWriter.recordRowBytes(.object(f))
    }

    static func referenceCSV(_ s: ServiceStandard, _ summary: ServiceSummary, opd: OPD, model: SiteModel) -> [UInt8] {
        var row: [String] = [
            s.opd, opd.nama, s.slug, s.judul, model.absolute(summary.path) ?? "/" + summary.path,
            s.kategori ?? "", s.ringkasan ?? "", s.nomorSK ?? "", s.ditetapkan?.description ?? "",
            s.ditinjau?.description ?? "", s.fee?.text ?? "", s.fee.map { $0.isFree ? "ya" : "tidak" } ?? "",
            s.fee?.min.map(String.init) ?? "", s.fee?.max.map(String.init) ?? "", s.duration?.text ?? "",
            s.duration?.value.map { DataExports.double($0) } ?? "", s.duration?.maxValue.map { DataExports.double($0) } ?? "",
            s.duration?.unit?.rawValue ?? "", summary.complete ? "ya" : "tidak",
            summary.gaps.map(\.id).joined(separator: " "),
            s.lokasi ?? opd.alamat ?? "", s.jamLayanan ?? opd.jamLayanan ?? "", s.daring ?? "",
        ]
        row += ComponentID.allCases.map { id in s.component(id).flatMap { $0.isEmpty ? nil : $0.plainText } ?? "" }
        return Array((row.map(DataExports.csvField).joined(separator: ",") + "\r\n").utf8)
    }

    static func referenceJSONLD(_ s: ServiceStandard, summary: ServiceSummary, opd: OPD, model: SiteModel) -> String {
        let url = model.absolute(summary.path)
        var fields: [(String, JSONValue)] = [("@context", .string("https://schema.org")),
                                             ("@type", .string("GovernmentService")), ("name", .string(s.judul))]
        if let r = s.ringkasan { fields.append(("description", .string(r))) }
        if let url { fields.append(("url", .string(url))) }
        if let k = s.kategori { fields.append(("serviceType", .string(k))) }
        var provider: [(String, JSONValue)] = [("@type", .string("GovernmentOrganization")), ("name", .string(opd.nama))]
        if let a = opd.alamat { provider.append(("address", .string(a))) }
        if let t = opd.telepon { provider.append(("telephone", .string(t))) }
        if let e = opd.email { provider.append(("email", .string(e))) }
        if let u = opd.situs { provider.append(("url", .string(u))) }
        fields.append(("provider", .object(provider)))
        if let pemda = model.config.pemda {
            fields.append(("areaServed", .object([("@type", .string("AdministrativeArea")), ("name", .string(pemda))])))
        }
        var channel: [(String, JSONValue)] = [("@type", .string("ServiceChannel"))]
        if let t = opd.telepon {
            channel.append(("servicePhone", .object([("@type", .string("ContactPoint")), ("telephone", .string(t))])))
        }
        if let a = s.lokasi ?? opd.alamat {
            channel.append(("serviceLocation", .object([("@type", .string("Place")), ("address", .string(a))])))
        }
        if let online = s.daring ?? url { channel.append(("serviceUrl", .string(online))) }
        fields.append(("availableChannel", .object(channel)))
        if let hours = s.jamLayanan ?? opd.jamLayanan {
            fields.append(("hoursAvailable", .object([("@type", .string("OpeningHoursSpecification")),
                                                      ("description", .string(hours))])))
        }
        if let fee = s.fee, fee.readable {
            var offer: [(String, JSONValue)] = [("@type", .string("Offer")), ("priceCurrency", .string("IDR"))]
            if fee.state != .bersyarat || fee.max != nil { offer.append(("price", .int(summary.free ? 0 : (fee.min ?? 0)))) }
            if let max = fee.max, let min = fee.min, max != min {
                offer.append(("priceSpecification", .object([("@type", .string("PriceSpecification")), ("minPrice", .int(min)),
                                                             ("maxPrice", .int(max)), ("priceCurrency", .string("IDR"))])))
            }
            offer.append(("description", .string(Excerpt.of(fee.text, limit: 200))))
            fields.append(("offers", .object(offer)))
        }
        if let produk = s.component(.produk), !produk.isEmpty {
            fields.append(("produces", .object([("@type", .string("Thing")),
                                                ("name", .string(Excerpt.of(produk.plainText, limit: 200)))])))
        }
        return JSONWriter.string(.object(fields), layout: .compact)
    }

    /// The demo's standards, each also with its optional facts removed, with hostile text, and without components.
    static func variants() throws -> (SiteConfig, [(ServiceStandard, OPD)]) {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let site = Checker.run(root: repo, today: Fixtures.today, useCache: false).site
        var out: [(ServiceStandard, OPD)] = []
        for s in site.services {
            guard var opd = site.opds.first(where: { $0.slug == s.opd }) else { continue }
            out.append((s, opd))
            var bare = s
            bare.facts.ringkasan = nil
            bare.facts.kategori = nil
            bare.facts.nomorSK = nil
            bare.facts.ditetapkan = nil
            bare.facts.kataKunci = []
            bare.facts.fee = nil
            bare.facts.duration = nil
            bare.components.removeAll { $0.id == .produk || $0.id == .biaya }
            var bareOPD = opd
            bareOPD.alamat = nil
            bareOPD.telepon = nil
            bareOPD.email = nil
            bareOPD.situs = nil
            bareOPD.jamLayanan = nil
            out.append((bare, bareOPD))
            var hostile = s
            hostile.facts.judul = "</script><script>alert(1)</script> \"kutip\" \\ \u{2028}\u{1}"
            hostile.facts.ringkasan = "a & b < c > d\n\té — ü 日本 🇮🇩"
            hostile.facts.kataKunci = ["<b>", "\"", "", "x\u{2029}y"]
            hostile.facts.nomorSK = "=HYPERLINK(\"x\"), 1; 2\r\n3"
            opd.nama = "Dinas & <Kantor>"
            out.append((hostile, opd))
        }
        return (site.config, out)
    }

    @Test func rowsMatchTheValueTrees() throws {
        let (config, all) = try Self.variants()
        #expect(all.count >= 60)
        for (s, opd) in all {
            let summary = ServiceSummary(s, required: config.requiredComponents)
            #expect(DataExports.serviceJSON(s, summary, opd: opd) == Self.referenceRow(s, summary, opd: opd), "\(s.file)")
            for base in ["https://contoh.go.id/", nil] {
                let model = SiteModel(config: config, opds: [opd], services: [summary], baseURL: base)
                #expect(DataExports.serviceCSV(s, summary, opd: opd, model: model)
                        == Self.referenceCSV(s, summary, opd: opd, model: model), "\(s.file)")
            }
        }
    }

    /// The page's address is written in pieces (base, OPD, slug): an OPD and a slug with bytes to escape or quote
    /// give the bytes of the address joined first, in the data row, the CSV row and the JSON-LD.
    @Test func addressesWrittenInPiecesMatchTheJoinedAddress() throws {
        let (config, all) = try Self.variants()
        for (s, opd) in all.prefix(8) {
            var summary = ServiceSummary(s, required: config.requiredComponents)
            for (odd, slug) in [("=a&b", "c,d<e>\"f\"\u{2028}"), ("dinas", "é;日本\n"), ("", "")] {
                summary.opd = odd
                summary.slug = slug
                #expect(DataExports.serviceJSON(s, summary, opd: opd) == Self.referenceRow(s, summary, opd: opd))
                for base in ["https://contoh.go.id/", "", nil] {
                    let model = SiteModel(config: config, opds: [opd], services: [summary], baseURL: base)
                    #expect(DataExports.serviceCSV(s, summary, opd: opd, model: model)
                            == Self.referenceCSV(s, summary, opd: opd, model: model))
                    #expect(String(decoding: JSONLD.governmentService(s, summary: summary, opd: opd, model: model), as: UTF8.self)
                            == Self.referenceJSONLD(s, summary: summary, opd: opd, model: model))
                }
            }
        }
    }

    @Test func jsonLDMatchesTheValueTrees() throws {
        let (siteConfig, all) = try Self.variants()
        for base in ["https://contoh.go.id/", nil] {
            for (s, opd) in all {
                let summary = ServiceSummary(s, required: siteConfig.requiredComponents)
                var config = siteConfig
                config.pemda = base == nil ? nil : "Pemerintah Kota Contoh"
                let model = SiteModel(config: config, opds: [opd], services: [summary], baseURL: base)
                let reference = Self.referenceJSONLD(s, summary: summary, opd: opd, model: model)
                #expect(String(decoding: JSONLD.governmentService(s, summary: summary, opd: opd, model: model), as: UTF8.self)
                        == reference, "\(s.file)")
                // With the OPD's members written once for the OPD, as the service page takes them.
                let provider = PageContexts(model: model, cssAsset: "", jsAsset: "").parts(of: opd).jsonldProvider
                #expect(provider == JSONLD.provider(opd, model: model))
                #expect(String(decoding: JSONLD.governmentService(s, summary: summary, opd: opd, model: model,
                                                                  provider: provider), as: UTF8.self)
                        == reference, "\(s.file)")
            }
        }
    }

    /// Keys of any text (`member(quoting:)`), escaped where they need it, equal the object written whole.
    @Test func membersMatchTheWholeObjectForAnyKey() {
        for layout in [JSONWriter.Layout.compact, .line] {
            for scriptSafe in [true, false] {
                let keys = ["judul", "a\"b", "<x>", "tab\tkey", "é", "", "persyaratan"]
                var w = JSONWriter(layout: layout, scriptSafe: scriptSafe)
                w.put("{")
                for (n, key) in keys.enumerated() { w.member(quoting: key, "v\(n)", first: n == 0) }
                w.put("}")
                let whole = JSONWriter.bytes(.object(keys.enumerated().map { ($1, .string("v\($0)")) }), layout: layout,
                                             scriptSafe: scriptSafe)
                #expect(w.bytes == whole, "\(layout) \(scriptSafe)")
            }
        }
    }

    /// The search index as it was written before rows were written piece by piece and keyword phrases reused:
    /// each row a `JSONValue` array, each keyword's search text worked out where it appears.
    static func referenceSearchIndex(_ model: SiteModel, searchTexts: [String]) -> [UInt8] {
        let opds = JSONValue.array(model.opds.map { .array([.string($0.slug), .string($0.nama), .string($0.singkatan ?? "")]) })
        var out: [UInt8] = []
        out.append(contentsOf: "{\"v\":1,\"opd\":".utf8)
        out.append(contentsOf: JSONWriter.bytes(opds, layout: .compact))
        out.append(contentsOf: ",\"l\":[".utf8)
        for (i, s) in model.services.enumerated() {
            let text = i < searchTexts.count ? searchTexts[i] : ""
            out.append(contentsOf: (i == 0 ? "\n" : ",\n").utf8)
            let phrases = s.kataKunci.map { DataExports.searchText($0) }.filter { !$0.isEmpty }.joined(separator: ",")
            out.append(contentsOf: JSONWriter.bytes(.array([
                .string(s.judul), .string(s.path), .int(model.opdOf[i]), .string(s.feeShort), .string(s.durationShort),
                .int(s.free ? 1 : 0), .string(text), .string(phrases),
            ]), layout: .compact))
        }
        out.append(contentsOf: "]}\n".utf8)
        return out
    }

    /// The demo's standards and their variants (hostile text, no keywords) in one index, then again with
    /// keywords drawn at random, repeated across services (the phrases reused), empty, hostile or not ASCII.
    @Test func searchIndexMatchesTheValueTrees() throws {
        let (config, all) = try Self.variants()
        var opds: [OPD] = []
        for (_, opd) in all where !opds.contains(where: { $0.slug == opd.slug }) { opds.append(opd) }
        var summaries = all.map { ServiceSummary($0.0, required: config.requiredComponents) }
        var g = TestSeed.generator(0x1DE5)
        let words = ["akta", "Akta Kelahiran", "", "  ", "<b>", "\"kutip\"", "café", "x\u{2029}y", "日本", "KTP-el",
                     "a a b", "\\", "Surat Keputusan", "akta"]
        for round in 0..<3 {
            let texts = summaries.map { _ in words.randomElement(using: &g) ?? "" }
            for base in ["https://contoh.go.id/", nil] {
                let model = SiteModel(config: config, opds: opds, services: summaries, baseURL: base)
                #expect(DataExports.searchIndex(model, searchTexts: texts)
                        == Self.referenceSearchIndex(model, searchTexts: texts), "round \(round)")
                // Fewer search texts than services: the rest are empty.
                let short = Array(texts.prefix(3))
                #expect(DataExports.searchIndex(model, searchTexts: short) == Self.referenceSearchIndex(model, searchTexts: short))
            }
            for i in summaries.indices {
                summaries[i].facts.kataKunci = (0..<Int.random(in: 0...5, using: &g)).map { _ in words.randomElement(using: &g) ?? "" }
            }
        }
        let empty = SiteModel(config: config, opds: opds, services: [], baseURL: nil)
        #expect(DataExports.searchIndex(empty, searchTexts: []) == Self.referenceSearchIndex(empty, searchTexts: []))
    }
}
