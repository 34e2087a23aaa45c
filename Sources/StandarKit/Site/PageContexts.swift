/// Builds the Mustache context of every page from the site model. Contexts are plain dictionaries and arrays
/// (cheap for the renderer, no reflection); every key is always present, so themes can be checked against the
/// keys (`vocabulary`). The names are the theme contract documented in themes/default/README.md.
public struct PageContexts: Sendable {
    public let model: SiteModel
    public let cssAsset: String
    public let jsAsset: String
    let renderer = HTMLRenderer(headingOffset: 1)

    public static let pageSize = 100

    public init(model: SiteModel, cssAsset: String, jsAsset: String) {
        self.model = model
        self.cssAsset = cssAsset
        self.jsAsset = jsAsset
    }

    /// swift-mustache treats "" as true in `{{#x}}`, so empty text is removed before rendering: a missing
    /// value then reads as false and `{{^x}}` fallbacks show. Contexts keep every key until then, so the theme
    /// check sees the whole vocabulary.
    public static func dropEmptyText(_ value: Any) -> Any? {
        switch value {
        case let s as String: return s.isEmpty ? nil : s
        case let d as [String: Any]: return d.compactMapValues { dropEmptyText($0) }
        case let a as [[String: Any]]: return a.compactMap { dropEmptyText($0) }
        case let a as [Any]: return a.compactMap { dropEmptyText($0) }
        default: return value
        }
    }

    // MARK: Common parts

    func common(title: String, description: String, path: String, akar: String,
                breadcrumbs: [(String, String)], search: Bool = false, jsonld: String = "") -> [String: Any] {
        let crumbs: [[String: Any]] = breadcrumbs.enumerated().map { i, crumb in
            ["judul": crumb.0, "url": i == breadcrumbs.count - 1 ? "" : akar + crumb.1]
        }
        return [
            "situs": [
                "judul": model.config.judul,
                "pemda": model.config.pemda ?? "",
                "jumlah_layanan": model.entries.count,
            ] as [String: Any],
            "halaman": [
                "judul": title,
                "deskripsi": description,
                "kanonik": model.absolute(path) ?? "",
            ],
            "akar": akar,
            "aset_css": cssAsset,
            "aset_js": jsAsset,
            "pakai_cari": search,
            "remah": crumbs,
            "jsonld": jsonld,
        ]
    }

    func summary(_ i: Int, akar: String) -> [String: Any] {
        let entry = model.entries[i]
        let s = entry.standard
        let opd = model.opds[entry.opdIndex]
        return [
            "judul": s.judul,
            "url": akar + entry.path,
            "ringkasan": s.ringkasan ?? "",
            "opd_nama": opd.nama,
            "opd_singkatan": opd.singkatan ?? "",
            "opd_url": akar + opd.slug + "/",
            "kategori": s.kategori ?? "",
            "biaya": entry.feeShort,
            "gratis": s.fee?.isFree == true && (s.fee?.max ?? 0) == 0,
            "waktu": entry.durationShort,
            "lengkap": entry.complete,
            "ditinjau": s.lastReviewed?.indonesian ?? "",
            "ditinjau_iso": s.lastReviewed?.description ?? "",
        ]
    }

    func opdObject(_ opd: OPD, akar: String) -> [String: Any] {
        [
            "nama": opd.nama,
            "singkatan": opd.singkatan ?? "",
            "alamat": opd.alamat ?? "",
            "telepon": opd.telepon ?? "",
            "telepon_url": opd.telepon.map { "tel:" + $0.filter { $0.isNumber || $0 == "+" } } ?? "",
            "email": opd.email ?? "",
            "email_url": opd.email.map { "mailto:" + $0 } ?? "",
            "situs": opd.situs ?? "",
            "jam_layanan": opd.jamLayanan ?? "",
            "profil": renderer.render(opd.body),
            "url": akar + opd.slug + "/",
        ]
    }

    var complianceSummary: [String: Any] {
        let total = model.entries.count
        let complete = model.entries.count { $0.complete }
        return [
            "total": total,
            "lengkap": complete,
            "belum_lengkap": total - complete,
            "persen": total == 0 ? "0" : String(complete * 100 / total),
        ]
    }

    // MARK: Pages

    public func home() -> [String: Any] {
        var c = common(title: "Beranda",
                       description: "Standar pelayanan publik \(model.config.pemda ?? model.config.judul): persyaratan, prosedur, biaya dan waktu setiap layanan.",
                       path: "", akar: "", breadcrumbs: [], search: true)
        c["pengantar"] = renderer.render(model.config.introduction)
        c["opd"] = model.opds.enumerated().map { o, opd -> [String: Any] in
            let entries = model.entriesByOPD[o]
            return ["nama": opd.nama, "singkatan": opd.singkatan ?? "", "url": opd.slug + "/",
                    "jumlah_layanan": entries.count,
                    "jumlah_lengkap": entries.count { model.entries[$0].complete }]
        }
        c["terbaru"] = model.recentlyReviewed(limit: 8).map { summary($0, akar: "") }
        c["kepatuhan"] = complianceSummary
        return c
    }

    public func opd(_ o: Int) -> [String: Any] {
        let opd = model.opds[o]
        let akar = "../"
        var c = common(title: opd.nama,
                       description: "Standar pelayanan \(opd.nama): \(model.entriesByOPD[o].count) layanan.",
                       path: opd.slug + "/", akar: akar, breadcrumbs: [("Beranda", ""), (opd.singkatan ?? opd.nama, "")])
        c["opd"] = opdObject(opd, akar: akar)
        c["layanan"] = model.entriesByOPD[o].map { summary($0, akar: akar) }
        c["jumlah_layanan"] = model.entriesByOPD[o].count
        return c
    }

    public func service(_ i: Int) -> [String: Any] {
        let entry = model.entries[i]
        let s = entry.standard
        let opd = model.opds[entry.opdIndex]
        let akar = "../../"
        var c = common(title: "\(s.judul) — \(opd.singkatan ?? opd.nama)",
                       description: s.ringkasan ?? "Standar pelayanan \(s.judul) di \(opd.nama).",
                       path: entry.path, akar: akar,
                       breadcrumbs: [("Beranda", ""), (opd.singkatan ?? opd.nama, opd.slug + "/"), (s.judul, "")],
                       jsonld: JSONLD.governmentService(entry, opd: opd, model: model))
        c["layanan"] = [
            "judul": s.judul,
            "ringkasan": s.ringkasan ?? "",
            "kategori": s.kategori ?? "",
            "nomor_sk": s.nomorSK ?? "",
            "ditetapkan": s.ditetapkan?.indonesian ?? "",
            "ditetapkan_iso": s.ditetapkan?.description ?? "",
            "ditinjau": s.ditinjau?.indonesian ?? "",
            "ditinjau_iso": s.ditinjau?.description ?? "",
            "kata_kunci": s.kataKunci,
            "lengkap": entry.complete,
            "kekurangan": entry.gaps.map { ["judul": $0.canonicalHeading] },
            "biaya": entry.feeShort,
            "gratis": s.fee?.isFree == true && (s.fee?.max ?? 0) == 0,
            "waktu": entry.durationShort,
            // The product in one line for the facts box: the first line of the component, when short.
            "produk": s.component(.produk).flatMap { c -> String? in
                guard !c.isEmpty, let first = c.plainText.split(separator: "\n").first else { return nil }
                return first.count <= 120 ? String(first) : nil
            } ?? "",
        ] as [String: Any]
        c["opd"] = opdObject(opd, akar: akar)
        func components(_ ids: ArraySlice<ComponentID>) -> [[String: Any]] {
            ids.map { id in
                let component = s.component(id)
                let present = component.map { !$0.isEmpty } ?? false
                var html = ""
                if let component, present {
                    for value in component.inlineValues { html += "<p>" + HTMLEscaper.text(value) + "</p>\n" }
                    html += renderer.render(component.blocks)
                }
                return ["id": id.id, "judul": id.canonicalHeading, "isi": html, "ada": present]
            }
        }
        c["pelayanan"] = components(ComponentID.allCases[0..<6])
        c["pengelolaan"] = components(ComponentID.allCases[6...])
        var extras: [[String: Any]] = []
        if !s.preamble.isEmpty {
            extras.append(["judul": "Keterangan", "isi": renderer.render(s.preamble)])
        }
        for section in s.extraSections where !section.blocks.isEmpty {
            extras.append(["judul": section.heading, "isi": renderer.render(section.blocks)])
        }
        c["tambahan"] = extras
        return c
    }

    public var listPageCount: Int { max(1, (model.entries.count + Self.pageSize - 1) / Self.pageSize) }

    public static func listPath(_ page: Int) -> String { page == 1 ? "layanan/" : "layanan/\(page)/" }

    /// Page `page` (1-based) of the all-services list.
    public func list(page: Int) -> [String: Any] {
        let akar = page == 1 ? "../" : "../../"
        let count = listPageCount
        var c = common(title: page == 1 ? "Semua layanan" : "Semua layanan — halaman \(page)",
                       description: "Daftar \(model.entries.count) layanan beserta OPD, biaya dan waktu penyelesaiannya.",
                       path: Self.listPath(page), akar: akar, breadcrumbs: [("Beranda", ""), ("Semua layanan", "")],
                       search: true)
        let start = (page - 1) * Self.pageSize
        let end = min(model.entries.count, start + Self.pageSize)
        c["layanan"] = (start..<max(start, end)).map { summary($0, akar: akar) }
        c["halaman_ke"] = page
        c["jumlah_halaman"] = count
        c["sebelumnya"] = page > 1 ? akar + Self.listPath(page - 1) : ""
        c["berikutnya"] = page < count ? akar + Self.listPath(page + 1) : ""
        c["nomor_halaman"] = (1...count).map { n -> [String: Any] in
            ["nomor": n, "url": akar + Self.listPath(n), "aktif": n == page]
        }
        c["opd"] = model.opds.enumerated().map { o, opd -> [String: Any] in
            ["nama": opd.nama, "url": akar + opd.slug + "/", "jumlah_layanan": model.entriesByOPD[o].count]
        }
        let categories = Set(model.entries.compactMap(\.standard.kategori)).sorted()
        c["kategori"] = categories.map { ["nama": $0] }
        return c
    }

    public func compliance() -> [String: Any] {
        let akar = "../"
        var c = common(title: "Kepatuhan standar pelayanan",
                       description: "Kelengkapan 14 komponen standar pelayanan setiap OPD.",
                       path: "kepatuhan/", akar: akar, breadcrumbs: [("Beranda", ""), ("Kepatuhan", "")])
        c["ringkasan"] = complianceSummary
        c["opd"] = model.opds.enumerated().map { o, opd -> [String: Any] in
            let indices = model.entriesByOPD[o]
            let complete = indices.count { model.entries[$0].complete }
            return [
                "nama": opd.nama, "url": akar + opd.slug + "/", "total": indices.count, "lengkap": complete,
                "belum_lengkap": indices.count - complete,
                "standar": indices.map { i -> [String: Any] in
                    let e = model.entries[i]
                    return ["judul": e.standard.judul, "url": akar + e.path, "lengkap": e.complete,
                            "kurang": e.gaps.map(\.canonicalHeading).joined(separator: ", "),
                            "tingkat": String(e.level),
                            "tingkat_keterangan": SiteModel.levelDescriptions[e.level] ?? ""]
                },
            ]
        }
        return c
    }

    public func notFound() -> [String: Any] {
        // 404.html is served for any missing path, so its links are root-based.
        var akar = "/"
        if let base = model.baseURL, let schemeEnd = base.range(of: "://") {
            let afterHost = base[schemeEnd.upperBound...].drop { $0 != "/" }
            akar = afterHost.isEmpty ? "/" : String(afterHost) + "/"
        }
        return common(title: "Halaman tidak ditemukan", description: "Halaman yang Anda cari tidak ada.",
                      path: "404.html", akar: akar, breadcrumbs: [])
    }

    /// Every key any context can hold, gathered from sample contexts (themes are checked against it).
    public func vocabulary() -> Set<String> {
        var keys: Set<String> = []
        func collect(_ value: Any) {
            if let dict = value as? [String: Any] {
                for (k, v) in dict { keys.insert(k); collect(v) }
            } else if let array = value as? [Any] {
                for v in array { collect(v) }
            }
        }
        var samples: [[String: Any]] = [home(), list(page: 1), compliance(), notFound()]
        if !model.opds.isEmpty { samples.append(opd(0)) }
        if !model.entries.isEmpty { samples.append(service(0)) } else { samples.append(PageContexts.placeholderService) }
        samples.forEach(collect)
        // Keys of list items that an empty site has no sample of.
        keys.formUnion(PageContexts.itemKeys)
        return keys
    }

    static let itemKeys: Set<String> = [
        "judul", "url", "ringkasan", "opd_nama", "opd_singkatan", "opd_url", "kategori", "biaya", "gratis", "waktu",
        "lengkap", "ditinjau", "ditinjau_iso", "nama", "singkatan", "jumlah_layanan", "jumlah_lengkap", "id", "isi",
        "ada", "nomor", "aktif", "total", "belum_lengkap", "standar", "kurang", "tingkat", "tingkat_keterangan",
    ]

    static var placeholderService: [String: Any] { [
        "layanan": ["nomor_sk": "", "produk": "", "ditetapkan": "", "ditetapkan_iso": "", "ditinjau": "", "ditinjau_iso": "",
                    "kata_kunci": [String](), "kekurangan": [[String: Any]]()] as [String: Any],
        "opd": ["alamat": "", "telepon": "", "telepon_url": "", "email": "", "email_url": "", "situs": "",
                "jam_layanan": "", "profil": ""] as [String: Any],
        "pelayanan": [[String: Any]](), "pengelolaan": [[String: Any]](), "tambahan": [[String: Any]](),
    ] }
}
