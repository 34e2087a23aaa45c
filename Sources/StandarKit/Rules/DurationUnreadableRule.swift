import Foundation

/// `duration-unreadable`: the time component holds no readable duration (often office hours instead).
public struct DurationUnreadableRule: StandardRule {
    public static let description = RuleDescription("duration-unreadable", .warning, "Jangka waktu tidak dapat dibaca sebagai lama waktu.")
    public init() {}

    public func check(_ standard: ServiceStandard, context: RuleContext) -> [Diagnostic] {
        guard let duration = standard.duration, !duration.readable,
              let component = standard.component(.waktu) else { return [] }
        let looksLikeHours = duration.text.contains("WIB") || duration.text.contains("Senin")
            || duration.text.range(of: #"\d{1,2}[.:]\d{2}"#, options: .regularExpression) != nil
        return [finding(standard, line: component.line, component: .waktu,
                        "jangka waktu \"\(Excerpt.of(duration.text))\" tidak dapat dibaca sebagai lama penyelesaian",
                        hint: looksLikeHours
                            ? "bagian ini tampaknya berisi jam layanan; tulis lama penyelesaiannya, misalnya \"3 (tiga) hari kerja sejak berkas lengkap\", dan pindahkan jam layanan ke kolom jam_layanan OPD"
                            : "tulis angka dan satuannya, misalnya \"60 menit\", \"3 (tiga) hari kerja\" atau \"1x24 jam\"")]
    }
}
