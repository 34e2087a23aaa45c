import Foundation

/// How numbers, fees and durations are written on the site (Indonesian conventions: "Rp 25.000", "1,5 jam").
public enum Formatting {
    /// 1500000 -> "1.500.000".
    public static func thousands(_ value: Int) -> String { grouped(value, prefix: "") }

    public static func rupiah(_ value: Int) -> String { grouped(value, prefix: "Rp ") }

    /// `prefix`, "-" when `value` is negative, then its digits in groups of three separated by ".", written
    /// from the last digit into a string of its final size: the version by Characters counted the digits' string
    /// at every digit (about 750 instructions a fee, callgrind).
    static func grouped(_ value: Int, prefix: StaticString) -> String {
        var digits = 1
        var rest = value.magnitude
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        let start = prefix.utf8CodeUnitCount + (value < 0 ? 1 : 0)
        let count = start + digits + (digits - 1) / 3
        return String(unsafeUninitializedCapacity: count) { out in
            for k in 0..<prefix.utf8CodeUnitCount { out[k] = prefix.utf8Start[k] }
            if value < 0 { out[start - 1] = 0x2D }
            var v = value.magnitude
            var at = count - 1
            var written = 0
            while true {
                out[at] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
                v /= 10
                written += 1
                at -= 1
                if v == 0 { break }
                if written % 3 == 0 {
                    out[at] = 0x2E
                    at -= 1
                }
            }
            return count
        }
    }

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

    /// One item of an author's list shown on its own (the product in the facts box): without the list's
    /// trailing ";", ",", ":" or "." and a trailing "dan"/"atau" ("Kutipan akta kelahiran; dan" -> "Kutipan
    /// akta kelahiran"). An ellipsis or a lone word is kept as written.
    public static func listItem(_ text: String) -> String {
        listItemASCII(text) ?? listItemCharacters(text)
    }

    /// `listItem` for ASCII text, on the bytes of its end: the Character version counted and lowercased the
    /// whole item on every pass (0.66% of a build, perf). Nil when the text is not all ASCII.
    static func listItemASCII(_ text: String) -> String? {
        var bytes = text
        let kept = bytes.withUTF8 { u -> Int? in
            for b in u where b >= 0x80 { return nil }
            func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
            /// Whether `u[..<end]` ends with a space, ";" or "," and then `word` in any case.
            func endsWithWord(_ word: StaticString, _ end: Int) -> Bool {
                let n = word.utf8CodeUnitCount
                guard end > n else { return false }
                let before = u[end - n - 1]
                guard before == 0x20 || before == 0x3B || before == 0x2C else { return false }
                let w = UnsafeBufferPointer(start: word.utf8Start, count: n)
                for k in 0..<n where u[end - n + k] | 0x20 != w[k] { return false }
                return true
            }
            var end = u.count
            while true {
                let before = end
                while end > 0, isSpace(u[end - 1]) { end -= 1 }
                if end > 0 {
                    let last = u[end - 1]
                    if last == 0x3B || last == 0x2C || last == 0x3A { end -= 1 }
                    else if last == 0x2E, !(end >= 2 && u[end - 2] == 0x2E) { end -= 1 }
                }
                if endsWithWord("dan", end) { end -= 3 }
                if endsWithWord("atau", end) { end -= 4 }
                if end == before || end == 0 { break }
            }
            return end
        }
        guard let kept else { return nil }
        if kept == 0 { return text }
        return kept == text.utf8.count ? text : String(decoding: text.utf8.prefix(kept), as: UTF8.self)
    }

    /// `listItem` by Characters, for any text.
    static func listItemCharacters(_ text: String) -> String {
        var s = Substring(text)
        while true {
            let before = s.count
            while let last = s.last, last.isWhitespace { s.removeLast() }
            if let last = s.last, ";,:".contains(last) || (last == "." && !s.hasSuffix("..")) { s.removeLast() }
            for word in ["dan", "atau"] {
                let lower = s.lowercased()
                if lower.hasSuffix(" " + word) || lower.hasSuffix(";" + word) || lower.hasSuffix("," + word) {
                    s.removeLast(word.count)
                }
            }
            if s.count == before || s.isEmpty { break }
        }
        return s.isEmpty ? text : String(s)
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
