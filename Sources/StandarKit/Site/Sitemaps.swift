/// The sitemaps: `/sitemap.xml` is always a `<sitemapindex>` (robots.txt points to it) of bounded child sitemaps,
/// so no file grows with the site:
/// - `/sitemap-umum.xml`: the site's own pages (home, the all-services list, the index hub and its letter and
///   category pages, compliance, SKM, recent changes);
/// - `/<opd>/sitemap.xml`: one OPD's page, its maklumat and its services (with the date last reviewed as
///   `lastmod`). A sitemap may only list addresses below its own folder, which these do.
/// Every file holds at most `limit` addresses; past it, the next ones go to `sitemap-umum-2.xml`,
/// `<opd>/sitemap-2.xml`, ... Per OPD rather than fixed chunks of the whole list: a service's sitemap does not
/// change when a service of another OPD is added or removed, so an incremental build rewrites only its OPD's.
/// Nothing without a base URL (sitemaps need absolute addresses).
enum Sitemaps {
    /// Most addresses in one child sitemap (the protocol allows 50,000 and 50 MB).
    static let limit = 10_000
    static let indexName = "sitemap.xml"

    typealias Page = (path: String, date: SimpleDate?)

    /// The site's own pages, in the order of the general sitemap.
    static func generalPages(_ model: SiteModel, index: ServiceIndex, listPageCount: Int) -> [Page] {
        var pages: [Page] = [("", nil)]
        pages += (1...listPageCount).map { (PageContexts.listPath($0), nil) }
        pages.append((PageContexts.indexPath, nil))
        pages += index.pagePaths.map { ($0, nil) }
        pages.append(("kepatuhan/", nil))
        pages += model.opds.map { (PageContexts.compliancePath($0), nil) }
        pages += [(PekpppContexts.skmPath, nil), (PekpppContexts.changesPath, nil)]
        return pages
    }

    /// The pages below OPD `o`'s folder.
    static func opdPages(_ model: SiteModel, opd o: Int) -> [Page] {
        let opd = model.opds[o]
        var pages: [Page] = [(opd.slug + "/", nil)]
        if opd.pekppp.maklumat != nil { pages.append((PekpppContexts.maklumatPath(opd), nil)) }
        pages += model.servicesByOPD[o].map { (model.services[$0].path, model.services[$0].lastReviewed) }
        return pages
    }

    /// The child sitemaps of a list of pages: `<base>.xml`, `<base>-2.xml`, ...
    static func chunkNames(_ base: String, count: Int) -> [String] {
        (0..<max(1, (count + limit - 1) / limit)).map { $0 == 0 ? base + ".xml" : base + "-\($0 + 1).xml" }
    }

    static func urlset(_ model: SiteModel, _ pages: ArraySlice<Page>) -> String {
        // Into one byte buffer, turned into a String once: appending each piece to a String grew it piece by
        // piece (about 500 instructions a piece, 9 pieces a service, callgrind).
        var out: [UInt8] = []
        out.reserveCapacity(128 + pages.count * 128)
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n".utf8
        if let base = model.baseURL {
            for page in pages {
                // `model.absolute(page.path)`, escaped piece by piece (escaping is byte by byte).
                out += "<url><loc>".utf8
                HTMLEscaper.appendText(base, to: &out)
                out.append(0x2F)
                HTMLEscaper.appendText(page.path, to: &out)
                out += "</loc>".utf8
                if let date = page.date {
                    out += "<lastmod>".utf8
                    out += date.description.utf8
                    out += "</lastmod>".utf8
                }
                out += "</url>\n".utf8
            }
        }
        out += "</urlset>\n".utf8
        return String(decoding: out, as: UTF8.self)
    }

    /// Every sitemap file (path below the output, text); only the OPD sitemaps of OPDs for which `includeOPD`
    /// holds (an incremental build keeps the others), but the index always lists them all.
    static func files(_ model: SiteModel, index: ServiceIndex, listPageCount: Int,
                      includeOPD: (Int) -> Bool = { _ in true }) -> [(String, String)] {
        guard model.baseURL != nil else { return [] }
        var files: [(String, String)] = []
        var children: [String] = []
        func add(_ base: String, count: Int, pages: (() -> [Page])?) {
            let names = chunkNames(base, count: count)
            children += names
            guard let pages = pages?() else { return }
            for (n, name) in names.enumerated() {
                files.append((name, urlset(model, pages[min(pages.count, n * limit)..<min(pages.count, (n + 1) * limit)])))
            }
        }
        let general = generalPages(model, index: index, listPageCount: listPageCount)
        add("sitemap-umum", count: general.count, pages: { general })
        for o in model.opds.indices {
            let count = 1 + (model.opds[o].pekppp.maklumat != nil ? 1 : 0) + model.servicesByOPD[o].count
            add(model.opds[o].slug + "/sitemap", count: count, pages: includeOPD(o) ? { opdPages(model, opd: o) } : nil)
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for name in children {
            out += "<sitemap><loc>" + HTMLEscaper.text(model.absolute(name) ?? name) + "</loc></sitemap>\n"
        }
        files.append((indexName, out + "</sitemapindex>\n"))
        return files
    }
}
