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
            w.member("description")
            appendExcerpt(fee.text, limit: 200, to: &w)
            w.put("}")
        }
        if let i = s.filledComponentIndex(.produk) {
            w.member("produces")
            w.put("{")
            w.member("@type", "Thing", first: true)
            w.member("name")
            appendExcerpt(s.components[i].plainText, limit: 200, to: &w)
            w.put("}")
        }
        w.put("}")
        return w.bytes
    }

    /// Appends the literal of `Excerpt.of(text, limit: limit)`. An ASCII text (nearly every fee and product) is cut
    /// into a buffer on the stack, as `Excerpt.asciiLines` cuts it, and written from there: `Excerpt.of` read it
    /// twice byte by byte through the String's views and made an array and a String of a text on several lines
    /// (about 2,400 instructions a call, callgrind). Other texts take `Excerpt.of`. Whether the text was cut on the
    /// stack (false: by `Excerpt.of`).
    @discardableResult
    static func appendExcerpt(_ text: String, limit: Int, to w: inout JSONWriter) -> Bool {
        let written: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard limit >= 0 else { return false }
            // At most `limit + 1` bytes are kept (the one past the cut only tells that there is a cut), then the
            // three bytes of "…" after the first `limit`.
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: limit + 4) { buffer in
                guard let out = buffer.baseAddress else { return false }
                var n = 0
                var pendingSpace = false
                for b in bytes {
                    guard b < 0x80 else { return false }
                    if b >= 0x0A && b <= 0x0D {
                        pendingSpace = n > 0
                        continue
                    }
                    if n > limit { break }
                    if pendingSpace {
                        out[n] = 0x20
                        n += 1
                        pendingSpace = false
                        if n > limit { break }
                    }
                    out[n] = b
                    n += 1
                }
                if n > limit {
                    out[limit] = 0xE2
                    out[limit + 1] = 0x80
                    out[limit + 2] = 0xA6
                    n = limit + 3
                }
                w.appendQuoted(UnsafeBufferPointer(start: out, count: n))
                return true
            }
        }
        guard written == true else {
            w.appendQuoted(Excerpt.of(text, limit: limit))
            return false
        }
        return true
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
