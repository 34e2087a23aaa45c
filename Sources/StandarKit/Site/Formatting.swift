import Foundation

/// How numbers, fees and durations are written on the site (Indonesian conventions: "Rp 25.000", "1,5 jam").
public enum Formatting {
    /// 1500000 -> "1.500.000".
    public static func thousands(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += "." }
            out.append(ch)
        }
        return value < 0 ? "-" + out : out
    }

    public static func rupiah(_ value: Int) -> String { "Rp " + thousands(value) }

    /// 1.5 -> "1,5"; 3.0 -> "3".
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e12 { return String(Int(value)) }
        let scaled = (value * 100).rounded() / 100
        var s = String(scaled)
        if s.hasSuffix("0"), s.contains(".") { s.removeLast() }
        return s.replacingOccurrences(of: ".", with: ",")
    }

    /// Short fee for lists: "Gratis", "Rp 25.000", "Rp 100.000–Rp 150.000", "Bersyarat: <text>" (free for some,
    /// charged for others without an amount), or the author's text shortened.
    public static func fee(_ fee: Fee?) -> String {
        guard let fee else { return "Belum diisi" }
        if fee.isFree && (fee.max ?? 0) == 0 { return "Gratis" }
        if fee.state == .bersyarat, fee.max == nil { return "Bersyarat: " + Excerpt.of(fee.text, limit: 50) }
        if let min = fee.min, let max = fee.max {
            if min == max { return rupiah(min) }
            return min == 0 ? "Gratis–\(rupiah(max))" : "\(rupiah(min))–\(rupiah(max))"
        }
        if let min = fee.min { return rupiah(min) }
        return Excerpt.of(fee.text, limit: 60)
    }

    /// Short duration for lists: "3 hari kerja", "3–5 menit", or the author's text shortened.
    public static func duration(_ duration: ServiceDuration?) -> String {
        guard let duration else { return "Belum diisi" }
        guard let value = duration.value, let unit = duration.unit else { return Excerpt.of(duration.text, limit: 60) }
        if let max = duration.maxValue, max != value {
            return "\(number(value))–\(number(max)) \(unit.rawValue)"
        }
        return "\(number(value)) \(unit.rawValue)"
    }
}
