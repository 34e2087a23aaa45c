/// schema.org GovernmentService JSON-LD for a service page. Every string goes through `JSONText.quote`, which
/// also escapes "<", ">" and "&", so content cannot close the surrounding <script>.
enum JSONLD {
    static func governmentService(_ s: ServiceStandard, summary: ServiceSummary, opd: OPD, model: SiteModel) -> String {
        let url = model.absolute(summary.path)
        var fields: [(String, String)] = [
            ("@context", JSONText.quote("https://schema.org")),
            ("@type", JSONText.quote("GovernmentService")),
            ("name", JSONText.quote(s.judul)),
        ]
        if let r = s.ringkasan { fields.append(("description", JSONText.quote(r))) }
        if let url { fields.append(("url", JSONText.quote(url))) }
        if let k = s.kategori { fields.append(("serviceType", JSONText.quote(k))) }
        var provider: [(String, String)] = [("@type", JSONText.quote("GovernmentOrganization")),
                                            ("name", JSONText.quote(opd.nama))]
        if let a = opd.alamat { provider.append(("address", JSONText.quote(a))) }
        if let t = opd.telepon { provider.append(("telephone", JSONText.quote(t))) }
        if let e = opd.email { provider.append(("email", JSONText.quote(e))) }
        if let u = opd.situs { provider.append(("url", JSONText.quote(u))) }
        fields.append(("provider", object(provider)))
        if let pemda = model.config.pemda {
            fields.append(("areaServed", object([("@type", JSONText.quote("AdministrativeArea")),
                                                 ("name", JSONText.quote(pemda))])))
        }
        var channel: [(String, String)] = [("@type", JSONText.quote("ServiceChannel"))]
        if let t = opd.telepon {
            channel.append(("servicePhone", object([("@type", JSONText.quote("ContactPoint")), ("telephone", JSONText.quote(t))])))
        }
        if let a = opd.alamat {
            channel.append(("serviceLocation", object([("@type", JSONText.quote("Place")), ("address", JSONText.quote(a))])))
        }
        if let url { channel.append(("serviceUrl", JSONText.quote(url))) }
        fields.append(("availableChannel", object(channel)))
        if let fee = s.fee, fee.readable {
            var offer: [(String, String)] = [("@type", JSONText.quote("Offer")), ("priceCurrency", JSONText.quote("IDR"))]
            if fee.state != .bersyarat || fee.max != nil {
                offer.append(("price", String(summary.free ? 0 : (fee.min ?? 0))))
            }
            if let max = fee.max, let min = fee.min, max != min {
                offer.append(("priceSpecification", object([
                    ("@type", JSONText.quote("PriceSpecification")), ("minPrice", String(min)),
                    ("maxPrice", String(max)), ("priceCurrency", JSONText.quote("IDR"))])))
            }
            offer.append(("description", JSONText.quote(Excerpt.of(fee.text, limit: 200))))
            fields.append(("offers", object(offer)))
        }
        if let produk = s.component(.produk), !produk.isEmpty {
            fields.append(("produces", object([("@type", JSONText.quote("Thing")),
                                               ("name", JSONText.quote(Excerpt.of(produk.plainText, limit: 200)))])))
        }
        return object(fields)
    }

    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { JSONText.quote($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}
