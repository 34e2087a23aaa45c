/// Builds the Mustache context of every page. Contexts are typed `TemplateValue`s; every key is always present
/// (empty text for a missing value, which templates read as false), so a theme can be checked against the keys
/// (`vocabulary`). The names are the theme contract documented in themes/default/README.md.
public struct PageContexts: Sendable {
    public let model: SiteModel
    public let cssAsset: String
    public let jsAsset: String
    /// Profiles and the introduction: their "##" sits under the page's h2 sections.
    let renderer = HTMLRenderer(headingOffset: 1)
    /// Component and extra sections: their "###" (also the kept sub-headings of merged components) sits
    /// right under the section's h2.
    let sectionRenderer = HTMLRenderer(headingOffset: 0)

    public static let pageSize = 100

    /// Every category, sorted (computed once: every list page shows them).
    let categories: [String]

    /// What every service page and poster of an OPD repeats, built once per OPD (slugs are unique in a site):
    /// the OPD object and the maklumat, whose profile and text are rendered from Markdown (1% of a build when
    /// built per page, perf). A class: `place` and every service's `ServiceFacts` take it from the dictionary,
    /// which copied the struct's dozen members and destroyed the copy (about 1,100 instructions a service,
    /// callgrind); a reference is retained.
    final class OPDParts: Sendable {
        /// `opdObject` at a service page's depth ("../../") and in a poster (no root).
        let servicePage: TemplateValue
        let poster: TemplateValue
        /// `maklumat` at a service page's depth.
        let serviceMaklumat: TemplateValue
        let teleponURL: String?
        /// " — <singkatan or nama>", the end of a service page's and a poster's title.
        let titleSuffix: String
        /// The breadcrumbs "Beranda" and the OPD, at a service page's depth and at a poster's: the first of each
        /// page's crumbs, put in its list literal (a list joined with `+` was allocated twice).
        let serviceCrumbs: (home: TemplateValue, opd: TemplateValue)
        let posterCrumbs: (home: TemplateValue, opd: TemplateValue)
        /// `cetak_url` at a poster's depth.
        let posterPrintURL: String
        /// The OPD's members of a service page's JSON-LD (`JSONLD.provider`).
        let jsonldProvider: String

        init(servicePage: TemplateValue, poster: TemplateValue, serviceMaklumat: TemplateValue, teleponURL: String?,
             titleSuffix: String, serviceCrumbs: (home: TemplateValue, opd: TemplateValue),
             posterCrumbs: (home: TemplateValue, opd: TemplateValue), posterPrintURL: String, jsonldProvider: String) {
            self.servicePage = servicePage
            self.poster = poster
            self.serviceMaklumat = serviceMaklumat
            self.teleponURL = teleponURL
            self.titleSuffix = titleSuffix
            self.serviceCrumbs = serviceCrumbs
            self.posterCrumbs = posterCrumbs
            self.posterPrintURL = posterPrintURL
            self.jsonldProvider = jsonldProvider
        }
    }
    private var opdParts: [String: OPDParts] = [:]
    static let serviceAkar = "../../"
    /// The poster sits beside its service's page.
    static let posterAkar = serviceAkar
    /// `situs` of every page and of every poster: the same for the whole site.
    let situs: TemplateValue
    let posterSitus: TemplateValue

    public init(model: SiteModel, cssAsset: String, jsAsset: String) {
        self.model = model
        self.cssAsset = cssAsset
        self.jsAsset = jsAsset
        self.categories = Set(model.services.compactMap(\.kategori)).sorted()
        situs = ["judul": .text(model.config.judul), "pemda": Self.t(model.config.pemda),
                 "jumlah_layanan": .int(model.services.count)]
        posterSitus = ["judul": .text(model.config.judul), "pemda": Self.t(model.config.pemda)]
        var parts: [String: OPDParts] = [:]
        for opd in model.opds where parts[opd.slug] == nil {
            parts[opd.slug] = makeParts(opd)
        }
        opdParts = parts
    }

    /// The parts of `opd` built once: an OPD is its slug within a site (its folder under `content/`); built
    /// anew for an OPD the model does not hold.
    func parts(of opd: OPD) -> OPDParts { opdParts[opd.slug] ?? makeParts(opd) }

    private func makeParts(_ opd: OPD) -> OPDParts {
        let short = opd.singkatan ?? opd.nama
        func crumbs(_ akar: String) -> (home: TemplateValue, opd: TemplateValue) {
            (["judul": "Beranda", "url": .text(akar)], ["judul": .text(short), "url": .text(akar + opd.slug + "/")])
        }
        return OPDParts(servicePage: opdObject(opd, akar: Self.serviceAkar), poster: opdObject(opd, akar: ""),
                        serviceMaklumat: pekppp.maklumat(opd, akar: Self.serviceAkar), teleponURL: Self.teleponURL(opd),
                        titleSuffix: " — " + short, serviceCrumbs: crumbs(Self.serviceAkar),
                        posterCrumbs: crumbs(Self.posterAkar), posterPrintURL: Self.posterAkar + Self.printPath(opd),
                        jsonldProvider: JSONLD.provider(opd, model: model))
    }

    /// The pieces one after another, in one string of its final size: a chain of `+` or an interpolation grows
    /// the string at each piece (about 400 instructions a piece on the service pages and posters, callgrind).
    static func concat(_ a: String, _ b: String, _ c: String = "", _ d: String = "", _ e: String = "") -> String {
        String(unsafeUninitializedCapacity: utf8Count(a, b, c, d, e)) { write(a, b, c, d, e, into: $0) }
    }

    /// `concat` for a context: the pieces' UTF-8 bytes one after another, as `.utf8` (to themes the same text).
    /// A `String` of them is validated as UTF-8 again and copied out of a scratch buffer (about 900 instructions
    /// a title, callgrind); the pieces are valid Strings, so their bytes need no check, and an array copied from
    /// a temporary buffer is made by the specialized copy (about 300).
    static func joined(_ a: String, _ b: String, _ c: String = "", _ d: String = "", _ e: String = "") -> TemplateValue {
        .utf8(withUnsafeTemporaryAllocation(of: UInt8.self, capacity: utf8Count(a, b, c, d, e)) { out in
            [UInt8](UnsafeBufferPointer(rebasing: out[..<write(a, b, c, d, e, into: out)]))
        })
    }

    /// The UTF-8 bytes of the pieces of `concat` and `joined`.
    @inline(__always)
    private static func utf8Count(_ a: String, _ b: String, _ c: String, _ d: String, _ e: String) -> Int {
        a.utf8.count + b.utf8.count + c.utf8.count + d.utf8.count + e.utf8.count
    }

    /// Writes the pieces' UTF-8 bytes one after another at the start of `out` (room for all of them); their count.
    @inline(__always)
    private static func write(_ a: String, _ b: String, _ c: String, _ d: String, _ e: String,
                              into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var i = 0
        func put(_ piece: String) {
            i += UnsafeMutableBufferPointer(rebasing: out[i...]).initialize(fromContentsOf: piece.utf8)
        }
        put(a)
        put(b)
        put(c)
        put(d)
        put(e)
        return i
    }

    /// Page numbers for the pagination of page `current` of `count`: the first two, the last two and three
    /// on either side of the current one; 0 marks a gap. Bounded, so no list page grows with the site.
    static func pageWindow(current: Int, count: Int) -> [Int] {
        let wanted = Set([1, 2, count - 1, count] + Array((current - 3)...(current + 3))).filter { $0 >= 1 && $0 <= count }
        var out: [Int] = []
        for n in wanted.sorted() {
            if let last = out.last, n > last + 1 { out.append(0) }
            out.append(n)
        }
        return out
    }

    static func t(_ s: String?) -> TemplateValue { .text(s ?? "") }

    // MARK: Common parts

    func common(title: String, description: String, path: String, akar: String,
                breadcrumbs: [(String, String)], search: Bool = false, jsonld: [UInt8] = []) -> TemplateObject {
        let crumbs: [TemplateValue] = breadcrumbs.enumerated().map { i, crumb in
            ["judul": .text(crumb.0), "url": .text(i == breadcrumbs.count - 1 ? "" : akar + crumb.1)]
        }
        return common(title: .text(title), description: .text(description), canonical: Self.t(model.absolute(path)),
                      akar: akar, crumbs: crumbs, search: search, jsonld: jsonld)
    }

    /// `common` with the page's title, description and absolute address as context texts (empty: none) and its
    /// breadcrumb objects already built (a service page and its poster share them, and take the first crumbs
    /// from their OPD's parts).
    func common(title: TemplateValue, description: TemplateValue, canonical: TemplateValue, akar: String,
                crumbs: [TemplateValue], search: Bool = false, jsonld: [UInt8] = []) -> TemplateObject {
        TemplateObject(members: commonMembers(title: title, description: description, canonical: canonical,
                                              akar: akar, crumbs: crumbs, search: search, jsonld: jsonld, more: 0))
    }

    /// The members of `common`, in an array with room for `more` members after them: a service page and a
    /// poster's page append their own keys, none of them a key of `common`, so they need no search (set one by
    /// one through the subscript, each key searched the object's keys and the array grew twice: about 330
    /// instructions a key, callgrind).
    func commonMembers(title: TemplateValue, description: TemplateValue, canonical: TemplateValue, akar: String,
                       crumbs: [TemplateValue], search: Bool = false, jsonld: [UInt8] = [],
                       more: Int) -> [TemplateObject.Member] {
        var members: [TemplateObject.Member] = []
        members.reserveCapacity(8 + more)
        members.append(("situs", situs))
        members.append(("halaman", ["judul": title, "deskripsi": description, "kanonik": canonical]))
        members.append(("akar", .text(akar)))
        members.append(("aset_css", .text(cssAsset)))
        members.append(("aset_js", .text(jsAsset)))
        members.append(("pakai_cari", .bool(search)))
        members.append(("remah", .list(crumbs)))
        members.append(("jsonld", .utf8(jsonld)))
        return members
    }

    /// One service in a listing (OPD pages, list pages, the home page's newest), its links below `akar`. The
    /// formatted parts come from `model.lines`, made once per service; the OPD's fields are read in place (a copy
    /// of the OPD per entry cost more than the entry's own strings, callgrind).
    func summary(_ i: Int, akar: String) -> TemplateValue {
        let s = model.services[i]
        let line = model.lines[i]
        let o = model.opdOf[i]
        return [
            "judul": .text(s.judul),
            "url": .text(akar + line.path),
            "ringkasan": Self.t(s.ringkasan),
            "opd_nama": .text(model.opds[o].nama),
            "opd_singkatan": Self.t(model.opds[o].singkatan),
            "opd_url": .text(akar + model.opdFolders[o]),
            "kategori": Self.t(s.kategori),
            "biaya": .text(line.fee),
            "gratis": .bool(s.free),
            "waktu": .text(line.duration),
            "lengkap": .bool(s.complete),
            "ditinjau": .text(line.reviewed),
            "ditinjau_iso": .text(line.reviewedISO),
        ]
    }

    func opdObject(_ opd: OPD, akar: String) -> TemplateValue {
        [
            "nama": .text(opd.nama),
            "singkatan": Self.t(opd.singkatan),
            "alamat": Self.t(opd.alamat),
            "telepon": Self.t(opd.telepon),
            "telepon_url": Self.t(Self.teleponURL(opd)),
            "email": Self.t(opd.email),
            "email_url": Self.t(opd.email.map { "mailto:" + $0 }),
            "situs": Self.t(opd.situs),
            "jam_layanan": Self.t(opd.jamLayanan),
            "profil": .text(renderer.render(opd.body)),
            "url": .text(akar + opd.slug + "/"),
        ]
    }

    var complianceSummary: TemplateValue { Self.complianceSummary(model.services) }

    // MARK: Pages

    public func home() -> TemplateValue {
        var c = common(title: "Beranda",
                       description: "Standar pelayanan publik \(model.config.pemda ?? model.config.judul): persyaratan, prosedur, biaya dan waktu setiap layanan.",
                       path: "", akar: "", breadcrumbs: [], search: true)
        c["pengantar"] = .text(renderer.render(model.config.introduction))
        c["opd"] = .list(model.opds.enumerated().map { o, opd in
            let indices = model.servicesByOPD[o]
            return ["nama": .text(opd.nama), "singkatan": Self.t(opd.singkatan), "url": .text(opd.slug + "/"),
                    "jumlah_layanan": .int(indices.count),
                    "jumlah_lengkap": .int(indices.count { model.services[$0].complete })]
        })
        c["terbaru"] = .list(model.recentlyReviewed(limit: 8).map { summary($0, akar: "") })
        c["kepatuhan"] = complianceSummary
        c["indeks_url"] = .text(Self.indexPath)
        return .object(c)
    }

    public func opd(_ o: Int) -> TemplateValue {
        let opd = model.opds[o]
        let akar = "../"
        var c = common(title: opd.nama,
                       description: "Standar pelayanan \(opd.nama): \(model.servicesByOPD[o].count) layanan.",
                       path: opd.slug + "/", akar: akar, breadcrumbs: [("Beranda", ""), (opd.singkatan ?? opd.nama, "")])
        c["opd"] = opdObject(opd, akar: akar)
        c["layanan"] = .list(model.servicesByOPD[o].map { summary($0, akar: akar) })
        c["jumlah_layanan"] = .int(model.servicesByOPD[o].count)
        c["cetak_url"] = .text(akar + Self.printPath(opd))
        c["maklumat"] = pekppp.maklumat(opd, akar: akar)
        c["skm"] = pekppp.skm(opd)
        return .object(c)
    }

    /// The page of one service. It needs the whole standard (component content), which only exists while its
    /// file is being processed; `summary` carries the derived facts.
    /// `pelayanan`: the service-delivery components, when already rendered for the poster.
    /// `tempat`: the place object, when already built for the poster.
    /// `facts`: what the page shares with the poster, when already built for it.
    public func service(_ s: ServiceStandard, summary: ServiceSummary, opd: OPD, pelayanan: TemplateValue? = nil,
                        tempat: TemplateValue? = nil, facts: ServiceFacts? = nil) -> TemplateValue {
        let akar = Self.serviceAkar
        let f = facts ?? self.facts(s, summary: summary, opd: opd)
        var c = commonMembers(title: Self.joined(s.judul, f.opd.titleSuffix),
                              description: s.ringkasan.map { .text($0) }
                                  ?? Self.joined("Standar pelayanan ", s.judul, " di ", opd.nama, "."),
                              canonical: Self.t(f.url), akar: akar,
                              crumbs: [f.opd.serviceCrumbs.home, f.opd.serviceCrumbs.opd, ["judul": .text(s.judul), "url": ""]],
                              jsonld: JSONLD.governmentService(s, summary: summary, opd: opd, model: model,
                                                               provider: f.opd.jsonldProvider),
                              more: 8)
        c.append(("layanan", [
            "judul": .text(s.judul),
            "ringkasan": Self.t(s.ringkasan),
            "kategori": Self.t(s.kategori),
            "nomor_sk": Self.t(s.nomorSK),
            "ditetapkan": f.ditetapkan,
            "ditetapkan_iso": f.ditetapkanISO,
            "ditinjau": f.ditinjau,
            "ditinjau_iso": f.ditinjauISO,
            "kata_kunci": .list(s.kataKunci.map { .text($0) }),
            "lengkap": .bool(summary.complete),
            "kekurangan": .list(summary.gaps.map { ["judul": .text($0.canonicalHeading)] }),
            "biaya": f.biaya,
            "gratis": .bool(summary.free),
            "waktu": f.waktu,
            "produk": .text(Formatting.listItem(summary.produk)),
            "papan_url": Self.joined(akar, f.path, Self.posterFile),
        ]))
        c.append(("tempat", tempat ?? place(s, opd: opd)))
        c.append(("opd", f.opd.servicePage))
        c.append(("pelayanan", pelayanan ?? serviceDelivery(s)))
        c.append(("pengelolaan", components(s, ComponentID.allCases[6...])))
        c.append(("maklumat", f.opd.serviceMaklumat))
        c.append(("riwayat", PekpppContexts.history(model.history[s.file] ?? [])))
        var extras: [TemplateValue] = []
        if !s.preamble.isEmpty {
            extras.append(["judul": "Keterangan", "isi": .text(sectionRenderer.render(s.preamble))])
        }
        for section in s.extraSections where !section.blocks.isEmpty {
            extras.append(["judul": .text(section.heading), "isi": .text(sectionRenderer.render(section.blocks))])
        }
        c.append(("tambahan", .list(extras)))
        return .object(TemplateObject(members: c))
    }

    /// Where and when the service is given: the standard's own `lokasi`/`jam_layanan`/`daring` (a UPT, a Mal
    /// Pelayanan Publik counter), else the OPD's address and hours; the OPD's phone and website.
    func place(_ s: ServiceStandard, opd: OPD) -> TemplateValue {
        let lokasi = s.lokasi ?? opd.alamat
        let jam = s.jamLayanan ?? opd.jamLayanan
        return [
            "ada": .bool(lokasi != nil || jam != nil || opd.telepon != nil || s.daring != nil || opd.situs != nil),
            "lokasi": Self.t(lokasi),
            "lokasi_khusus": .bool(s.lokasi != nil),
            "jam": Self.t(jam),
            "telepon": Self.t(opd.telepon),
            "telepon_url": Self.t(parts(of: opd).teleponURL),
            "daring": Self.t(s.daring),
            "situs": Self.t(opd.situs),
        ]
    }

    /// The `tel:` link of the OPD's phone number (digits and "+"), built once per OPD in `OPDParts`: the filter by
    /// Character was most of the cost of `place` (callgrind).
    static func teleponURL(_ opd: OPD) -> String? {
        opd.telepon.map { "tel:" + $0.filter { $0.isNumber || $0 == "+" } }
    }

    /// What a service's page, its poster and the poster's page all show, built once per service: its path, the
    /// dates written out, fee and time, the page's absolute address and the OPD's parts (each was built two to
    /// four times, callgrind). A class: passed to three contexts, it is shared, not copied member by member.
    public final class ServiceFacts: Sendable {
        /// `summary.path` ("<opd>/<layanan>/").
        public let path: String
        /// The service page's absolute address; nil without a base URL.
        let url: String?
        let ditetapkan: TemplateValue
        let ditetapkanISO: TemplateValue
        let ditinjau: TemplateValue
        let ditinjauISO: TemplateValue
        let biaya: TemplateValue
        let waktu: TemplateValue
        let opd: OPDParts

        init(_ s: ServiceStandard, summary: ServiceSummary, model: SiteModel, opd: OPDParts) {
            let path = summary.path
            self.path = path
            url = model.absolute(path)
            ditetapkan = PageContexts.t(s.ditetapkan?.indonesian)
            ditetapkanISO = PageContexts.t(s.ditetapkan?.description)
            ditinjau = PageContexts.t(s.ditinjau?.indonesian)
            ditinjauISO = PageContexts.t(s.ditinjau?.description)
            biaya = .text(summary.feeShort)
            waktu = .text(summary.durationShort)
            self.opd = opd
        }
    }

    public func facts(_ s: ServiceStandard, summary: ServiceSummary, opd: OPD) -> ServiceFacts {
        ServiceFacts(s, summary: summary, model: model, opd: parts(of: opd))
    }

    // MARK: Printed posters

    public static func posterPath(_ summary: ServiceSummary) -> String { summary.path + posterFile }
    /// The poster's file beside its service's page: `papan.html`, not `papan/index.html`, so a build makes one
    /// folder per service, not two (a folder is the costliest thing a build asks of the file system: ~6 µs of
    /// kernel time each on tmpfs, 5% of a 10,000-service build's CPU for 20,600 of them).
    static let posterFile = "papan.html"
    public static func printPath(_ opd: OPD) -> String { opd.slug + "/cetak/" }

    /// The last crumb of every poster's page.
    static let posterCrumb: TemplateValue = ["judul": "Papan standar", "url": ""]

    /// Marks the poster inside its page, so a later incremental build can reuse it for the OPD's print.
    public static let posterStart = "<!--papan-->"
    public static let posterEnd = "<!--/papan-->"

    /// The context of the `papan-isi` partial: the counter poster of one standard (service-delivery part, place
    /// and hours, complaint channels, SK and dates, and a QR code of the page's address). Without a base URL
    /// there is no address to encode: no QR code, and the poster prints the page's path instead.
    public func posterContent(_ s: ServiceStandard, summary: ServiceSummary, opd: OPD,
                              pelayanan: TemplateValue? = nil, tempat: TemplateValue? = nil,
                              facts: ServiceFacts? = nil) -> TemplateValue {
        let f = facts ?? self.facts(s, summary: summary, opd: opd)
        let url = f.url
        return [
            "layanan": [
                "judul": .text(s.judul),
                "ringkasan": Self.t(s.ringkasan),
                "nomor_sk": Self.t(s.nomorSK),
                "ditetapkan": f.ditetapkan,
                "ditetapkan_iso": f.ditetapkanISO,
                "ditinjau": f.ditinjau,
                "ditinjau_iso": f.ditinjauISO,
                "alamat_halaman": .text(url ?? "/" + f.path),
                "qr": .text(url.flatMap { QRCode.svg($0, label: Self.concat("Kode QR menuju halaman layanan ini: ", $0)) } ?? ""),
                "biaya": f.biaya,
                "waktu": f.waktu,
            ],
            "opd": f.opd.poster,
            "tempat": tempat ?? place(s, opd: opd),
            "pelayanan": pelayanan ?? serviceDelivery(s),
            "situs": posterSitus,
        ]
    }

    /// `/<opd>/<layanan>/papan.html`: the poster of one standard, to print on one or two A4 pages.
    public func poster(_ s: ServiceStandard, summary: ServiceSummary, opd: OPD, content: [UInt8],
                       facts: ServiceFacts? = nil) -> TemplateValue {
        let akar = Self.posterAkar
        let f = facts ?? self.facts(s, summary: summary, opd: opd)
        let serviceURL = Self.joined(akar, f.path)
        var c = commonMembers(title: Self.joined("Papan standar: ", s.judul, f.opd.titleSuffix),
                              description: Self.joined("Standar pelayanan ", s.judul, " untuk dicetak dan dipasang di loket."),
                              canonical: f.url.map { Self.joined($0, Self.posterFile) } ?? "", akar: akar,
                              crumbs: [f.opd.posterCrumbs.home, f.opd.posterCrumbs.opd,
                                       ["judul": .text(s.judul), "url": serviceURL], Self.posterCrumb],
                              more: 3)
        // One copy of the poster (a chained `+` copied it twice).
        var papan: [UInt8] = []
        papan.reserveCapacity(Self.posterStart.utf8.count + content.count + Self.posterEnd.utf8.count)
        papan += Self.posterStart.utf8
        papan += content
        papan += Self.posterEnd.utf8
        c.append(("papan", .utf8(papan)))
        c.append(("layanan_url", serviceURL))
        c.append(("cetak_url", .text(f.opd.posterPrintURL)))
        return .object(TemplateObject(members: c))
    }

    /// `/<opd>/cetak/`: the posters of all of an OPD's standards, one after another, each from a new page.
    public func print(opd: OPD, posters: [[UInt8]]) -> TemplateValue {
        let akar = "../../"
        var c = common(title: "Cetak semua standar: \(opd.nama)",
                       description: "Papan standar pelayanan \(opd.nama) untuk dicetak: \(posters.count) layanan.",
                       path: Self.printPath(opd), akar: akar,
                       breadcrumbs: [("Beranda", ""), (opd.singkatan ?? opd.nama, opd.slug + "/"), ("Cetak semua standar", "")])
        c["opd"] = opdObject(opd, akar: akar)
        c["papan"] = .list(posters.map { .utf8($0) })
        c["jumlah_layanan"] = .int(posters.count)
        return .object(c)
    }

    /// The six service-delivery components, rendered (the service page and its poster share them).
    public func serviceDelivery(_ s: ServiceStandard) -> TemplateValue { components(s, ComponentID.allCases[0..<6]) }

    /// Each component of `ids` in order: its id, heading, HTML (its inline values as paragraphs, then its blocks)
    /// and whether it is filled. Every section is written into one `PageBuffer` on the stack, emptied for the
    /// next, and copied out at its own size: written into an array and appended to another, a section cost about
    /// 300 instructions more (the array's generic append, and emptying it), callgrind.
    func components(_ s: ServiceStandard, _ ids: ArraySlice<ComponentID>) -> TemplateValue {
        // The most that is always allocated on the stack; the rare longer section moves the buffer to the heap,
        // where it stays for the sections after it.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1024) { memory in
            var html = PageBuffer(writingInto: memory)
            var out: [TemplateValue] = []
            out.reserveCapacity(ids.count)
            for id in ids {
                html.removeAll()
                var present = false
                if let i = s.filledComponentIndex(id) {
                    present = true
                    for value in s.components[i].inlineValues {
                        HTMLRenderer.append("<p>", to: &html)
                        html.appendEscaped(value, quotes: false)
                        HTMLRenderer.append("</p>\n", to: &html)
                    }
                    sectionRenderer.render(s.components[i].blocks, into: &html, tight: false)
                }
                // A copy of its own size, made from a buffer pointer: `init(unsafeUninitializedCapacity:)` is not
                // specialized and looks up the array's storage type at each call (540 instructions a section).
                out.append(["id": .text(id.id), "judul": .text(id.canonicalHeading),
                            "isi": .utf8([UInt8](html.bytes)), "ada": .bool(present)])
            }
            return .list(out)
        }
    }

    // MARK: Index without JavaScript

    public static let indexPath = ServiceIndex.hubPath

    /// The link from the page at `from` to the page at `to`, both folders below the root ("layanan/indeks/s/2/"
    /// -> "layanan/indeks/s/31/" is "../31/"): shorter than through `akar` on the index pages, which link
    /// mostly to each other.
    static func relativeLink(from: String, to: String) -> String {
        // ASCII paths (all that Standar makes) on their bytes: splitting and joining Strings cost about 9,000
        // instructions a link, and the index pages make several per page (cachegrind).
        let a = Array(from.utf8), b = Array(to.utf8)
        guard !a.contains(where: { $0 >= 0x80 }), !b.contains(where: { $0 >= 0x80 }) else {
            return relativeLinkCharacters(from: from, to: to)
        }
        /// The non-empty pieces between slashes, as ranges.
        func pieces(_ u: [UInt8]) -> [Range<Int>] {
            var out: [Range<Int>] = []
            var start = 0
            for i in 0...u.count where i == u.count || u[i] == 0x2F {
                if i > start { out.append(start..<i) }
                start = i + 1
            }
            return out
        }
        let pa = pieces(a), pb = pieces(b)
        var common = 0
        while common < pa.count, common < pb.count, a[pa[common]].elementsEqual(b[pb[common]]) { common += 1 }
        var link: [UInt8] = []
        for _ in common..<pa.count { link.append(contentsOf: "../".utf8) }
        for piece in pb[common...] {
            link.append(contentsOf: b[piece])
            link.append(0x2F)
        }
        return link.isEmpty ? "./" : String(decoding: link, as: UTF8.self)
    }

    /// `relativeLink` by Characters, for any path.
    static func relativeLinkCharacters(from: String, to: String) -> String {
        let a = from.split(separator: "/"), b = to.split(separator: "/")
        var common = 0
        while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
        let link = String(repeating: "../", count: a.count - common) + b[common...].map { $0 + "/" }.joined()
        return link.isEmpty ? "./" : link
    }

    /// Previous/next links and the page-number window of page `page` of `count` (at `path(page)`).
    func pagination(page: Int, count: Int, path: (Int) -> String) -> TemplateObject {
        let here = path(page)
        return [
            "halaman_ke": .int(page),
            "jumlah_halaman": .int(count),
            "banyak_halaman": .bool(count > 1),
            "sebelumnya": .text(page > 1 ? Self.relativeLink(from: here, to: path(page - 1)) : ""),
            "berikutnya": .text(page < count ? Self.relativeLink(from: here, to: path(page + 1)) : ""),
            "nomor_halaman": .list(Self.pageWindow(current: page, count: count).map { n in
                n == 0 ? ["nomor": .int(0), "url": "", "aktif": false, "jeda": true]
                    : ["nomor": .int(n), "url": .text(Self.relativeLink(from: here, to: path(n))), "aktif": .bool(n == page),
                       "jeda": false]
            }),
        ]
    }

    /// One line of a letter or category page: the keyword (empty for the title), the title, the OPD.
    func indexEntry(_ i: Int, term: String?, id: String = "", akar: String) -> TemplateValue {
        let o = model.opdOf[i]
        return ["id": .text(id), "istilah": Self.t(term), "judul": .text(model.services[i].judul),
                "url": .text(akar + model.lines[i].path),
                "opd_singkatan": .text(model.opds[o].singkatan ?? model.opds[o].nama)]
    }

    /// The letters A–Z (and "0–9", "Lainnya"), each with its entry count and a link to its first page when it
    /// has entries; `current` marks the letter being shown.
    func indexLetters(_ index: ServiceIndex, from here: String, current: Int? = nil) -> TemplateValue {
        let links = Self.LetterLinks(from: here)
        return .list(index.letters.enumerated().map { l, letter in
            ["huruf": .text(letter.label), "id": .text("huruf-" + letter.slug), "jumlah": .int(letter.entries.count),
             "url": .text(letter.entries.isEmpty ? "" : links.link(to: letter.slug)),
             "aktif": .bool(l == current)]
        })
    }

    /// `relativeLink(from: here, to: ServiceIndex.letterPath(slug))` for every letter of one page, the page's
    /// folders below the hub split once: each link through `relativeLink` cost about 7,000 instructions, 27 per
    /// letter page (callgrind). A page outside the hub, or a path beyond ASCII, takes `relativeLink` itself.
    struct LetterLinks {
        let here: String
        /// The non-empty folders of `here` below the hub; nil: not below it (or not ASCII).
        let below: [Substring]?
        /// "../" once per folder of `below`.
        let up: String

        init(from here: String) {
            self.here = here
            let hub = ServiceIndex.hubPath
            if here.utf8.allSatisfy({ $0 < 0x80 }), here.hasPrefix(hub) {
                let below = here.dropFirst(hub.count).split(separator: "/")
                self.below = below
                up = String(repeating: "../", count: below.count)
            } else {
                below = nil
                up = ""
            }
        }

        /// The link to the first page of the letter `slug` (one ASCII folder name).
        func link(to slug: String) -> String {
            guard let below, slug.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "/") }), !slug.isEmpty else {
                return PageContexts.relativeLink(from: here, to: ServiceIndex.letterPath(slug))
            }
            // Within the letter's own pages: only up to its folder.
            if below.first.map({ $0 == slug }) == true {
                return below.count == 1 ? "./" : String(repeating: "../", count: below.count - 1)
            }
            return up + slug + "/"
        }
    }

    /// `/layanan/indeks/`: the hub. Its size depends on the letters and categories only, never on the number of
    /// services: each letter and each category links to its own pages.
    func index(_ index: ServiceIndex) -> TemplateValue {
        let akar = "../../"
        var c = common(title: "Indeks layanan A–Z dan kategori",
                       description: "Semua \(model.services.count) layanan menurut abjad dan kategori.",
                       path: Self.indexPath, akar: akar,
                       breadcrumbs: [("Beranda", ""), ("Semua layanan", "layanan/"), ("Indeks A–Z", "")])
        c["huruf"] = indexLetters(index, from: Self.indexPath)
        c["kategori"] = .list(index.categories.enumerated().map { n, category in
            ["nama": .text(category.name), "id": .text("kategori-\(n + 1)"), "jumlah": .int(category.services.count),
             "url": .text(Self.relativeLink(from: Self.indexPath, to: ServiceIndex.categoryPath(category.slug)))]
        })
        return .object(c)
    }

    /// `/layanan/indeks/<huruf>/` and its further pages: the titles and keywords starting with one letter.
    func indexLetter(_ index: ServiceIndex, letter l: Int, page: Int) -> TemplateValue {
        let letter = index.letters[l]
        let here = ServiceIndex.letterPath(letter.slug, page: page)
        var c = indexPage(title: "Indeks layanan: \(letter.label)",
                          description: "Nama layanan dan kata kunci berawalan \(letter.label).", label: letter.label,
                          page: page, entries: letter.entries.count) { ServiceIndex.letterPath(letter.slug, page: $0) }
        let akar = page == 1 ? "../../../" : "../../../../"
        c["huruf"] = ["huruf": .text(letter.label), "jumlah": .int(letter.entries.count)]
        c["abjad"] = indexLetters(index, from: here, current: l)
        c["lompat"] = .list(letter.starts.map { start in
            let target = start.position / ServiceIndex.pageSize + 1
            let page = target == page ? "" : Self.relativeLink(from: here, to: ServiceIndex.letterPath(letter.slug, page: target))
            return ["awalan": .text(start.prefix.prefix(1).uppercased() + start.prefix.dropFirst()),
                    "url": .text(page + "#awal-\(start.position + 1)")]
        })
        let anchors = Set(letter.starts.map(\.position))
        let range = ServiceIndex.pageRange(page, count: letter.entries.count)
        c["layanan"] = .list(range.map { p in
            let e = letter.entries[p]
            return indexEntry(e.service, term: e.term, id: anchors.contains(p) ? "awal-\(p + 1)" : "", akar: akar)
        })
        return .object(c)
    }

    /// `/layanan/kategori/<slug>/` and its further pages: the services of one category, by title.
    func indexCategory(_ index: ServiceIndex, category k: Int, page: Int) -> TemplateValue {
        let category = index.categories[k]
        var c = indexPage(title: "Kategori: \(category.name)",
                          description: "\(category.services.count) layanan dalam kategori \(category.name).",
                          label: category.name, page: page, entries: category.services.count) {
            ServiceIndex.categoryPath(category.slug, page: $0)
        }
        let akar = page == 1 ? "../../../" : "../../../../"
        c["kategori"] = ["nama": .text(category.name), "jumlah": .int(category.services.count)]
        let range = ServiceIndex.pageRange(page, count: category.services.count)
        c["layanan"] = .list(range.map { indexEntry(category.services[$0], term: nil, akar: akar) })
        return .object(c)
    }

    /// What a letter page and a category page share: the page frame below the index, its page numbers, and the
    /// link back to the index. `path(n)` is page n's path.
    private func indexPage(title: String, description: String, label: String, page: Int, entries: Int,
                           path: (Int) -> String) -> TemplateObject {
        let count = ServiceIndex.pageCount(entries)
        let here = path(page)
        var c = common(title: title + (count > 1 ? " — halaman \(page) dari \(count)" : ""), description: description,
                       path: here, akar: page == 1 ? "../../../" : "../../../../",
                       breadcrumbs: [("Beranda", ""), ("Semua layanan", "layanan/"), ("Indeks A–Z", Self.indexPath),
                                     (label, "")])
        c.merge(pagination(page: page, count: count, path: path)) { a, _ in a }
        c["indeks_url"] = .text(Self.relativeLink(from: here, to: Self.indexPath))
        return c
    }

    /// Pages besides each service's page and poster: home, OPD pages and their print pages, all-services
    /// pages, the index, compliance (site and per OPD), 404.
    public var pageCount: Int { 4 + 3 * model.opds.count + listPageCount }

    public var listPageCount: Int { max(1, (model.services.count + Self.pageSize - 1) / Self.pageSize) }

    public static func listPath(_ page: Int) -> String { page == 1 ? "layanan/" : "layanan/\(page)/" }

    /// Page `page` (1-based) of the all-services list.
    public func list(page: Int) -> TemplateValue {
        let akar = page == 1 ? "../" : "../../"
        let count = listPageCount
        var c = common(title: page == 1 ? "Semua layanan" : "Semua layanan — halaman \(page)",
                       description: "Daftar \(model.services.count) layanan beserta OPD, biaya dan waktu penyelesaiannya.",
                       path: Self.listPath(page), akar: akar, breadcrumbs: [("Beranda", ""), ("Semua layanan", "")],
                       search: true)
        let start = (page - 1) * Self.pageSize
        let end = min(model.services.count, start + Self.pageSize)
        c["layanan"] = .list((start..<max(start, end)).map { summary($0, akar: akar) })
        c["halaman_ke"] = .int(page)
        c["jumlah_halaman"] = .int(count)
        c["sebelumnya"] = .text(page > 1 ? akar + Self.listPath(page - 1) : "")
        c["berikutnya"] = .text(page < count ? akar + Self.listPath(page + 1) : "")
        c["nomor_halaman"] = .list(Self.pageWindow(current: page, count: count).map { n in
            n == 0 ? ["nomor": .int(0), "url": "", "aktif": false, "jeda": true]
                : ["nomor": .int(n), "url": .text(akar + Self.listPath(n)), "aktif": .bool(n == page), "jeda": false]
        })
        c["opd"] = .list(model.opds.enumerated().map { o, opd in
            ["nama": .text(opd.nama), "url": .text(akar + model.opdFolders[o]), "jumlah_layanan": .int(model.servicesByOPD[o].count)]
        })
        c["kategori"] = .list(categories.map { ["nama": .text($0)] })
        c["indeks_url"] = .text(akar + Self.indexPath)
        return .object(c)
    }

    /// `/kepatuhan/` lists every standard only up to this many; beyond, each OPD has its own page.
    public static let complianceDetailLimit = 500

    /// The build's date, printed on the compliance pages as "per tanggal" (nil: not shown).
    public var today: SimpleDate?

    /// "Lengkap" on the compliance pages: every required component filled and set by decree (SK number and date).
    static func fullyComplete(_ s: ServiceSummary) -> Bool {
        s.complete && s.nomorSK != nil && s.ditetapkan != nil
    }

    /// What a standard still lacks before it is "Lengkap", in plain words.
    static func missing(_ s: ServiceSummary) -> [String] {
        var out: [String] = []
        if !s.gaps.isEmpty { out.append("belum diisi: " + s.gaps.map(\.canonicalHeading).joined(separator: ", ")) }
        if s.nomorSK == nil { out.append("belum ada nomor SK") }
        if s.ditetapkan == nil { out.append("belum ada tanggal penetapan SK") }
        return out
    }

    /// An OPD's level: 0 without any standard, else the lowest level of its standards.
    static func opdLevel(_ services: [ServiceSummary]) -> Int {
        services.map(\.level).min() ?? 0
    }

    /// Standards per level 1-3 and OPDs per level 0-3, for the table "Jumlah per tingkat".
    func levelCounts(_ opdIndices: [Int]) -> TemplateValue {
        var standards = [0, 0, 0, 0]
        var opds = [0, 0, 0, 0]
        for o in opdIndices {
            let services = model.servicesByOPD[o].map { model.services[$0] }
            for s in services where (1...3).contains(s.level) { standards[s.level] += 1 }
            opds[Self.opdLevel(services)] += 1
        }
        return .list((0...3).map { level in
            ["angka": .text(String(level)), "keterangan": .text(SiteModel.levelDescriptions[level] ?? ""),
             "standar": .text(level == 0 ? "–" : String(standards[level])), "opd": .int(opds[level])]
        })
    }

    /// The lines every compliance page prints at its top: date and pemda.
    func complianceHeader(_ c: inout TemplateObject, opdIndices: [Int]) {
        c["per_tanggal"] = .text(today?.indonesian ?? "")
        c["per_tingkat"] = levelCounts(opdIndices)
    }

    public static func compliancePath(_ opd: OPD) -> String { "kepatuhan/\(opd.slug)/" }

    func complianceRow(_ o: Int, akar: String, detail: Bool) -> TemplateValue {
        let opd = model.opds[o]
        let indices = model.servicesByOPD[o]
        let complete = indices.count { Self.fullyComplete(model.services[$0]) }
        var row: TemplateObject = [
            "nama": .text(opd.nama), "url": .text(akar + opd.slug + "/"),
            "rinci_url": .text(akar + Self.compliancePath(opd)), "total": .int(indices.count),
            "lengkap": .int(complete), "belum_lengkap": .int(indices.count - complete),
            "tingkat": .text(String(Self.opdLevel(indices.map { model.services[$0] }))),
            "ada_standar": .bool(!indices.isEmpty),
        ]
        if detail {
            row["standar"] = .list(indices.map { i in
                let s = model.services[i]
                return ["judul": .text(s.judul), "url": .text(akar + model.lines[i].path), "lengkap": .bool(Self.fullyComplete(s)),
                        "kurang": .text(Self.missing(s).joined(separator: "; ")),
                        "tingkat": .text(String(s.level)),
                        "tingkat_keterangan": .text(SiteModel.levelDescriptions[s.level] ?? "")]
            })
        }
        return .object(row)
    }

    /// - Parameter decree: count as complete only standards set by decree too (the compliance pages).
    static func complianceSummary(_ services: [ServiceSummary], decree: Bool = false) -> TemplateValue {
        let complete = services.count { decree ? fullyComplete($0) : $0.complete }
        return [
            "total": .int(services.count),
            "lengkap": .int(complete),
            "belum_lengkap": .int(services.count - complete),
            "persen": .text(services.isEmpty ? "0" : String(complete * 100 / services.count)),
        ]
    }

    /// `/kepatuhan/`: every OPD's figures; every standard too while the site is small.
    public func compliance() -> TemplateValue {
        let akar = "../"
        var c = common(title: "Kepatuhan standar pelayanan",
                       description: "Kelengkapan 14 komponen standar pelayanan setiap OPD.",
                       path: "kepatuhan/", akar: akar, breadcrumbs: [("Beranda", ""), ("Kepatuhan", "")])
        c["ringkasan"] = Self.complianceSummary(model.services, decree: true)
        complianceHeader(&c, opdIndices: Array(model.opds.indices))
        c["opd"] = .list(model.opds.indices.map { complianceRow($0, akar: akar, detail: false) })
        let detailed = model.services.count <= Self.complianceDetailLimit
        c["rinci"] = .list(detailed ? model.opds.indices.map { complianceRow($0, akar: akar, detail: true) } : [])
        c["penilaian_mandiri"] = pekppp.selfAssessments(Array(model.opds.indices), akar: akar)
        return .object(c)
    }

    /// `/kepatuhan/<opd>/`: one OPD's standards.
    public func compliance(opd o: Int) -> TemplateValue {
        let opd = model.opds[o]
        let akar = "../../"
        var c = common(title: "Kepatuhan standar pelayanan — \(opd.nama)",
                       description: "Kelengkapan 14 komponen standar pelayanan \(opd.nama).",
                       path: Self.compliancePath(opd), akar: akar,
                       breadcrumbs: [("Beranda", ""), ("Kepatuhan", "kepatuhan/"), (opd.singkatan ?? opd.nama, "")])
        c["ringkasan"] = Self.complianceSummary(model.servicesByOPD[o].map { model.services[$0] }, decree: true)
        complianceHeader(&c, opdIndices: [o])
        c["opd"] = .list([complianceRow(o, akar: akar, detail: false)])
        c["rinci"] = .list([complianceRow(o, akar: akar, detail: true)])
        c["penilaian_mandiri"] = pekppp.selfAssessments([o], akar: akar)
        return .object(c)
    }

    public func notFound() -> TemplateValue {
        // 404.html is served for any missing path, so its links are root-based.
        var akar = "/"
        if let base = model.baseURL, let schemeEnd = base.range(of: "://") {
            let afterHost = base[schemeEnd.upperBound...].drop { $0 != "/" }
            akar = afterHost.isEmpty ? "/" : String(afterHost) + "/"
        }
        return .object(common(title: "Halaman tidak ditemukan", description: "Halaman yang Anda cari tidak ada.",
                              path: "404.html", akar: akar, breadcrumbs: []))
    }

    /// Every key any context can hold, gathered from sample contexts of every page (themes are checked
    /// against it). A sample service with every field filled stands in for the real ones.
    public static func vocabulary(config: SiteConfig) -> Set<String> {
        let opd = OPD(slug: "opd", file: "", hasIndex: true, nama: "OPD", singkatan: "O", alamat: "a", telepon: "1",
                      email: "a@b.c", situs: "https://a", jamLayanan: "j", body: [])
        var standard = ServiceStandard(
            file: "", opd: "opd", slug: "layanan", judul: "L", ringkasan: "r", kategori: "k", nomorSK: "1",
            ditetapkan: SimpleDate(dayNumber: 0), ditinjau: SimpleDate(dayNumber: 0), kataKunci: ["k"], draft: false,
            components: [], extraSections: [ExtraSection(heading: "x", level: 2, line: 1, isGroup: false,
                                                         blocks: [MarkdownBlock(kind: .thematicBreak, startLine: 1, endLine: 1)])],
            preamble: [], fee: nil, duration: nil, fieldLines: [:], bodyLineOffset: 0, lastLine: 1)
        standard.components = []
        standard.lokasi = "l"
        standard.jamLayanan = "j"
        standard.daring = "https://a"
        let summary = ServiceSummary(standard, required: ComponentID.allCases)
        let model = SiteModel(config: config, opds: [opd], services: [summary], baseURL: "https://a")
        let contexts = PageContexts(model: model, cssAsset: "", jsAsset: "")
        var keys: Set<String> = []
        for value in [contexts.home(), contexts.opd(0), contexts.service(standard, summary: summary, opd: opd),
                      contexts.list(page: 1), contexts.compliance(), contexts.compliance(opd: 0), contexts.notFound(),
                      contexts.posterContent(standard, summary: summary, opd: opd),
                      contexts.poster(standard, summary: summary, opd: opd, content: []),
                      contexts.print(opd: opd, posters: [[]])] {
            value.collectKeys(into: &keys)
        }
        // The index pages, from a title of two letters or more (the letter pages' jump links).
        var titled = summary
        titled.judul = "Layanan"
        let indexModel = SiteModel(config: config, opds: [opd], services: [titled], baseURL: "https://a")
        let indexContexts = PageContexts(model: indexModel, cssAsset: "", jsAsset: "")
        let index = ServiceIndex(indexModel)
        for value in [indexContexts.index(index), indexContexts.indexLetter(index, letter: 11, page: 1),
                      indexContexts.indexCategory(index, category: 0, page: 1)] {
            value.collectKeys(into: &keys)
        }
        keys.formUnion(pekpppVocabulary(config: config))
        return keys
    }
}
