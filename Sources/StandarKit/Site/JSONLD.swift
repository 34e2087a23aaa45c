/// schema.org GovernmentService JSON-LD for a service page, written compact by `JSONWriter`, which also escapes
/// "<", ">" and "&" in strings, so content cannot close the surrounding <script>.
enum JSONLD {
    static func governmentService(_ s: ServiceStandard, summary: ServiceSummary, opd: OPD, model: SiteModel) -> String {
        let url = model.absolute(summary.path)
        var fields: [(String, JSONValue)] = [
            ("@context", .string("https://schema.org")),
            ("@type", .string("GovernmentService")),
            ("name", .string(s.judul)),
        ]
        if let r = s.ringkasan { fields.append(("description", .string(r))) }
        if let url { fields.append(("url", .string(url))) }
        if let k = s.kategori { fields.append(("serviceType", .string(k))) }
        var provider: [(String, JSONValue)] = [("@type", .string("GovernmentOrganization")),
                                               ("name", .string(opd.nama))]
        if let a = opd.alamat { provider.append(("address", .string(a))) }
        if let t = opd.telepon { provider.append(("telephone", .string(t))) }
        if let e = opd.email { provider.append(("email", .string(e))) }
        if let u = opd.situs { provider.append(("url", .string(u))) }
        fields.append(("provider", .object(provider)))
        if let pemda = model.config.pemda {
            fields.append(("areaServed", .object([("@type", .string("AdministrativeArea")),
                                                  ("name", .string(pemda))])))
        }
        var channel: [(String, JSONValue)] = [("@type", .string("ServiceChannel"))]
        if let t = opd.telepon {
            channel.append(("servicePhone", .object([("@type", .string("ContactPoint")), ("telephone", .string(t))])))
        }
        if let a = opd.alamat {
            channel.append(("serviceLocation", .object([("@type", .string("Place")), ("address", .string(a))])))
        }
        if let url { channel.append(("serviceUrl", .string(url))) }
        fields.append(("availableChannel", .object(channel)))
        if let fee = s.fee, fee.readable {
            var offer: [(String, JSONValue)] = [("@type", .string("Offer")), ("priceCurrency", .string("IDR"))]
            if fee.state != .bersyarat || fee.max != nil {
                offer.append(("price", .int(summary.free ? 0 : (fee.min ?? 0))))
            }
            if let max = fee.max, let min = fee.min, max != min {
                offer.append(("priceSpecification", .object([
                    ("@type", .string("PriceSpecification")), ("minPrice", .int(min)),
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
}
