/// `fee-unreadable`: the Biaya/Tarif text says neither "free" nor an amount in rupiah.
public struct FeeUnreadableRule: StandardRule {
    public static let description = RuleDescription("fee-unreadable", .warning, "Biaya tidak dapat dibaca sebagai gratis atau nominal rupiah.")
    public init() {}

    public func check(_ standard: ServiceStandard, context: RuleContext) -> [Diagnostic] {
        guard let fee = standard.fee, !fee.readable, let component = standard.component(.biaya) else { return [] }
        if let amount = fee.malformedAmount {
            return [finding(standard, line: component.line, component: .biaya,
                            "nominal \"\(Excerpt.of(amount))\" pada biaya tidak dapat dibaca dengan pasti (salah ketik?)",
                            hint: "tulis nominalnya utuh dengan titik pemisah ribuan, misalnya \"Rp 7.500\" atau \"Rp 75.000\"")]
        }
        return [finding(standard, line: component.line, component: .biaya,
                        "biaya \"\(Excerpt.of(fee.text))\" tidak dapat dibaca sebagai gratis atau nominal rupiah",
                        hint: "tulis \"Gratis\" atau \"Tidak dipungut biaya\" bila gratis, atau nominalnya seperti \"Rp 25.000\"; dasar Perda boleh ditulis sesudahnya")]
    }
}
