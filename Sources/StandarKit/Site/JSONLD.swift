/// schema.org GovernmentService JSON-LD for a service page, written compact by `JSONWriter`, which also escapes
/// "<", ">" and "&" in strings, so content cannot close the surrounding <script>.
enum JSONLD {
    /// Written member by member (the bytes `JSONWriter` writes for the same object in the `compact` layout):
    /// building the `JSONValue` tree of every service page first cost about 1% of a build's CPU.
    /// UTF-8 bytes, as the page context takes them (`TemplateValue.utf8`).
    /// - Parameter provider: `provider(opd, model: model)`, when already written for the OPD.
    static func governmentService(_ s: ServiceStandard, summary: ServiceSummary, opd: OPD, model: SiteModel,
                                  provider: String? = nil) -> [UInt8] {
        // About 1.5 KB: grown from empty, the buffer was copied eight times.
        var w = JSONWriter(layout: .compact, capacity: 2048)
        // The page's address (`model.absolute(summary.path)`), written once into a buffer of its own.
        let hasURL = model.baseURL != nil
        var url = OutputBytes(capacity: 128)
        if hasURL { model.appendAddress(of: summary, to: &url) }
        w.put("{")
        w.member("@context", "https://schema.org", first: true)
        w.member("@type", "GovernmentService")
        w.member("name", s.judul)
        if let r = s.ringkasan { w.member("description", r) }
        if hasURL {
            w.member("url")
            w.appendQuoted(url.bytes)
        }
        if let k = s.kategori { w.member("serviceType", k) }
        w.put(provider ?? Self.provider(opd, model: model))
        // The place of this service (a UPT, a Mal Pelayanan Publik counter) or the OPD's office.
        if let a = s.lokasi ?? opd.alamat {
            w.member("serviceLocation")
            w.put("{")
            w.member("@type", "Place", first: true)
            w.member("address", a)
            w.put("}")
        }
        if let online = s.daring {
            w.member("serviceUrl", online)
        } else if hasURL {
            w.member("serviceUrl")
            w.appendQuoted(url.bytes)
        }
        w.put("}")
        if let hours = s.jamLayanan ?? opd.jamLayanan {
            w.member("hoursAvailable")
            w.put("{")
            w.member("@type", "OpeningHoursSpecification", first: true)
            w.member("description", hours)
            w.put("}")
        }
        if let fee = s.fee, fee.readable {
            w.member("offers")
            w.put("{")
            w.member("@type", "Offer", first: true)
            w.member("priceCurrency", "IDR")
            if fee.state != .bersyarat || fee.max != nil {
                w.member("price", .int(summary.free ? 0 : (fee.min ?? 0)))
            }
            if let max = fee.max, let min = fee.min, max != min {
                w.member("priceSpecification")
                w.put("{")
                w.member("@type", "PriceSpecification", first: true)
                w.member("minPrice", .int(min))
                w.member("maxPrice", .int(max))
                w.member("priceCurrency", "IDR")
                w.put("}")
            }
            w.member("description", Excerpt.of(fee.text, limit: 200))
            w.put("}")
        }
        if let i = s.filledComponentIndex(.produk) {
            w.member("produces")
            w.put("{")
            w.member("@type", "Thing", first: true)
            w.member("name", Excerpt.of(s.components[i].plainText, limit: 200))
            w.put("}")
        }
        w.put("}")
        return w.bytes
    }

    /// The members of `governmentService` that depend only on the OPD and the site, written once per OPD
    /// (`PageContexts.OPDParts`): the provider, the area served, and the start of the channel with the OPD's
    /// phone, left open for the service's own place and address. From the "," before "provider"; about a sixth
    /// of the JSON-LD's cost written for every page (callgrind).
    static func provider(_ opd: OPD, model: SiteModel) -> String {
        var w = JSONWriter(layout: .compact, capacity: 512)
        w.member("provider")
        w.put("{")
        w.member("@type", "GovernmentOrganization", first: true)
        w.member("name", opd.nama)
        if let a = opd.alamat { w.member("address", a) }
        if let t = opd.telepon { w.member("telephone", t) }
        if let e = opd.email { w.member("email", e) }
        if let u = opd.situs { w.member("url", u) }
        w.put("}")
        if let pemda = model.config.pemda {
            w.member("areaServed")
            w.put("{")
            w.member("@type", "AdministrativeArea", first: true)
            w.member("name", pemda)
            w.put("}")
        }
        w.member("availableChannel")
        w.put("{")
        w.member("@type", "ServiceChannel", first: true)
        if let t = opd.telepon {
            w.member("servicePhone")
            w.put("{")
            w.member("@type", "ContactPoint", first: true)
            w.member("telephone", t)
            w.put("}")
        }
        return w.text
    }
}
