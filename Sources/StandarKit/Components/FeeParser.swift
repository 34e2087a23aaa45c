/// The fee read from the Biaya/Tarif component.
public struct Fee: Sendable, Equatable, Codable {
    /// The author's text, trimmed.
    public var text: String
    /// True when the service is free.
    public var isFree: Bool
    /// Rupiah; 0 for a free service, and 0 when a free case is stated next to paid ones.
    public var min: Int?
    /// Rupiah; equals `min` when a single amount.
    public var max: Int?
    public var readable: Bool { isFree || min != nil }

    public init(text: String, isFree: Bool, min: Int?, max: Int?) {
        self.text = text
        self.isFree = isFree
        self.min = min
        self.max = max
    }
}

/// Reads a fee from the plain text of the Biaya/Tarif component.
///
/// Rules:
/// - Only amounts marked as money count: "Rp"/"Rp."/"IDR" before the number ("Rp 25.000", "Rp. 15.000,-",
///   "Rp15.000,00", "IDR 50,000"), or "rupiah"/"IDR" after it ("25.000 rupiah", "dua puluh lima ribu rupiah",
///   "nol rupiah"). "ribu"/"rb" and "juta"/"jt" right after the number multiply it ("Rp 45 ribu",
///   "Rp 2,5 juta"). A bare second number of a range after a marked amount counts too ("Rp 10.000 - 50.000",
///   "Rp 10.000 s.d. 50.000"). Other numbers — regulation numbers ("Perda Nomor 5 Tahun 2023",
///   "PP 24/2013"), counts, percentages ("2% dari nilai ...") — are never fees.
/// - Number format: "." groups thousands and "," marks decimals (Indonesian); a group separator is recognised
///   by its groups of exactly three digits, so "IDR 50,000" and "Rp 1,500,000" read as thousands too. When
///   both appear, the last one is the decimal mark ("Rp 15.000,00", "Rp 1,500.00").
/// - Free is stated by phrases ("Gratis", "Tidak dipungut biaya", "Bebas biaya", "Tanpa biaya",
///   "Tidak dikenakan retribusi", "cuma-cuma", "nol rupiah", ...), by an amount of 0 ("Rp. 0,-"), or by a
///   text that is only "Tidak ada" / "Nihil" / "Nol" (in a fee component "Tidak ada" means no fee).
///   "tidak gratis" / "bukan gratis" and "tidak ada biaya tambahan/lain" do not state a free service.
/// - Mixed free and paid ("Gratis untuk warga, Rp 10.000 untuk legalisir"): `isFree` is false (the service
///   can cost money), `min` is 0 (some applicants pay nothing) and `max` the highest amount.
/// - Several amounts (per class, per condition, a flattened table): `min` is the lowest, `max` the highest.
/// - Nothing readable ("sesuai Perda Nomor 5 Tahun 2023 tentang Retribusi ..."): `isFree` false, `min` and
///   `max` nil, so `readable` is false.
public enum FeeParser {
    public static func parse(_ text: String) -> Fee {
        let trimmed = TextNormalizer.trimVisible(Substring(text))
        let folded = TextNormalizer.fold(text)
        let words = TextNormalizer.words(folded)
        var amounts = markedAmounts(Array(folded.utf8))
        amounts += spelledAmounts(words)

        let free = statesFree(words) || amounts.contains(0)
        let positives = amounts.filter { $0 > 0 }
        if let low = positives.min(), let high = positives.max() {
            return Fee(text: trimmed, isFree: false, min: free ? 0 : low, max: high)
        }
        if free { return Fee(text: trimmed, isFree: true, min: 0, max: 0) }
        return Fee(text: trimmed, isFree: false, min: nil, max: nil)
    }

    // MARK: - Free phrases

    private static let freePhrases: [[String]] = [
        ["gratis"], ["free"], ["cuma", "cuma"], ["percuma"], ["nol", "rupiah"],
        ["tidak", "dipungut"], ["tidak", "ada", "biaya"], ["tidak", "ada", "pungutan"], ["tidak", "ada", "tarif"],
        ["tidak", "ada", "retribusi"], ["tanpa", "biaya"], ["tanpa", "pungutan"], ["tanpa", "dipungut"],
        ["bebas", "biaya"], ["bebas", "retribusi"], ["bebas", "pungutan"], ["bebas", "tarif"],
        ["tidak", "dikenakan", "biaya"], ["tidak", "dikenakan", "retribusi"], ["tidak", "dikenakan", "tarif"],
        ["tidak", "dikenakan", "pungutan"], ["tidak", "dikenakan", "apapun"], ["tidak", "dikenai", "biaya"],
        ["tidak", "dikenai", "retribusi"], ["tidak", "berbayar"], ["tidak", "memerlukan", "biaya"],
        ["tidak", "perlu", "membayar"], ["tidak", "membayar"], ["tidak", "dipungut", "biaya"],
        ["biaya", "nol"],
    ]

    /// Whole texts that state "no fee" in a fee component.
    private static let freeWholeTexts: [[String]] = [
        ["tidak", "ada"], ["nihil"], ["nol"], ["tidak", "dikenakan"], ["tidak", "dikenai"],
    ]

    private static func statesFree(_ words: [String]) -> Bool {
        if freeWholeTexts.contains(words) { return true }
        for start in words.indices {
            for phrase in freePhrases where phrase[0] == words[start] {
                let end = start + phrase.count
                guard end <= words.count, Array(words[start..<end]) == phrase else { continue }
                if phrase == ["gratis"] || phrase == ["free"] {
                    if start > 0, ["tidak", "bukan", "belum"].contains(words[start - 1]) { continue }
                }
                if phrase.last == "biaya" || phrase.last == "pungutan" || phrase.last == "tarif" {
                    if end < words.count, ["tambahan", "lain", "lainnya"].contains(words[end]) { continue }
                }
                return true
            }
        }
        return false
    }

    // MARK: - Amounts in digits

    private static func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }
    private static func isLetter(_ b: UInt8) -> Bool { (0x61...0x7A).contains(b) || b >= 0x80 }

    private static func word(_ bytes: [UInt8], at i: Int) -> (word: String, end: Int)? {
        var end = i
        while end < bytes.count, isLetter(bytes[end]) { end += 1 }
        guard end > i else { return nil }
        return (String(decoding: bytes[i..<end], as: UTF8.self), end)
    }

    private static func skipSpaces(_ bytes: [UInt8], _ i: Int) -> Int {
        var j = i
        while j < bytes.count, bytes[j] == 0x20 { j += 1 }
        return j
    }

    private static func markedAmounts(_ bytes: [UInt8]) -> [Int] {
        var result: [Int] = []
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if isLetter(b) {
                guard let (w, end) = word(bytes, at: i) else { i += 1; continue }
                i = end
                guard w == "rp" || w == "idr" else { continue }
                var j = end
                while j < bytes.count, bytes[j] == 0x2E || bytes[j] == 0x20 || bytes[j] == 0x3A { j += 1 }
                guard j < bytes.count, isDigit(bytes[j]), let amount = readAmount(bytes, j) else { continue }
                result.append(amount.value)
                i = amount.end
                if let upper = rangeTail(bytes, amount.end), upper.value >= amount.value {
                    result.append(upper.value)
                    i = upper.end
                }
            } else if isDigit(b) {
                guard let amount = readAmount(bytes, i) else { i += 1; continue }
                let j = skipSpaces(bytes, amount.end)
                if let (w, _) = word(bytes, at: j), w == "rupiah" || w == "idr" {
                    result.append(amount.value)
                }
                i = Swift.max(amount.end, i + 1)
            } else {
                i += 1
            }
        }
        return result
    }

    /// The upper amount of a range right after a marked amount: "- 50.000", "s.d. 50.000", "sampai 50.000".
    /// A second "Rp" is left to the main loop.
    private static func rangeTail(_ bytes: [UInt8], _ i: Int) -> (value: Int, end: Int)? {
        var j = skipSpaces(bytes, i)
        guard j < bytes.count else { return nil }
        if bytes[j] == 0x2D || bytes[j] == 0x7E {
            j += 1
        } else if let (w, end) = word(bytes, at: j) {
            switch w {
            case "sampai", "hingga", "sd":
                j = end
                if bytes.count > j, bytes[j] == 0x2E { j += 1 }
                let k = skipSpaces(bytes, j)
                if let (next, nextEnd) = word(bytes, at: k), next == "dengan" { j = nextEnd }
            case "s":
                j = end
                if j < bytes.count, bytes[j] == 0x2E || bytes[j] == 0x2F { j += 1 }
                guard let (d, dEnd) = word(bytes, at: j), d == "d" else { return nil }
                j = dEnd
                if j < bytes.count, bytes[j] == 0x2E { j += 1 }
            default:
                return nil
            }
        } else {
            return nil
        }
        j = skipSpaces(bytes, j)
        guard j < bytes.count, isDigit(bytes[j]) else { return nil }
        return readAmount(bytes, j)
    }

    /// Reads "15.000", "15.000,-", "15.000,00", "2,5 juta", "45 ribu", "50,000" at `i`.
    private static func readAmount(_ bytes: [UInt8], _ i: Int) -> (value: Int, end: Int)? {
        var end = i
        while end < bytes.count, isDigit(bytes[end]) || bytes[end] == 0x2E || bytes[end] == 0x2C { end += 1 }
        var raw = Array(bytes[i..<end])
        // Trailing decoration: "15.000,-", "15.000.-", "25.000." at the end of a sentence.
        var decorated = false
        while let last = raw.last, last == 0x2E || last == 0x2C {
            raw.removeLast()
            decorated = true
        }
        if decorated {
            while end < bytes.count, bytes[end] == 0x2D { end += 1 }
        }
        guard var value = number(raw) else { return nil }

        let j = skipSpaces(bytes, end)
        if let (w, wEnd) = word(bytes, at: j) {
            switch w {
            case "ribu", "rb", "rbu": value *= 1_000; end = wEnd
            case "juta", "jt": value *= 1_000_000; end = wEnd
            case "miliar", "milyar": value *= 1_000_000_000; end = wEnd
            default: break
            }
        }
        guard value < 1e15 else { return nil }
        return (Int(value.rounded()), end)
    }

    /// Interprets digits with "." and "," separators (see the type's documentation).
    private static func number(_ raw: [UInt8]) -> Double? {
        guard !raw.isEmpty else { return nil }
        let dots = raw.filter { $0 == 0x2E }.count
        let commas = raw.filter { $0 == 0x2C }.count
        var decimalMark: UInt8?
        if dots > 0, commas > 0 {
            decimalMark = raw.last { $0 == 0x2E || $0 == 0x2C }
        } else if dots > 0 {
            decimalMark = isGrouped(raw, by: 0x2E) ? nil : (dots == 1 ? 0x2E : nil)
        } else if commas > 0 {
            decimalMark = isGrouped(raw, by: 0x2C) ? nil : (commas == 1 ? 0x2C : nil)
        }
        var integer = 0.0
        var fraction = 0.0
        var scale = 1.0
        var inFraction = false
        var lastMark = -1
        if let mark = decimalMark, let index = raw.lastIndex(of: mark) { lastMark = index }
        for (index, b) in raw.enumerated() {
            if index == lastMark { inFraction = true; continue }
            guard isDigit(b) else { continue }
            let digit = Double(b - 0x30)
            if inFraction {
                scale /= 10
                fraction += digit * scale
            } else {
                integer = integer * 10 + digit
            }
        }
        return integer + fraction
    }

    /// True when `raw` is "d{1,3}(sep d{3})+".
    private static func isGrouped(_ raw: [UInt8], by separator: UInt8) -> Bool {
        let groups = raw.split(separator: separator, omittingEmptySubsequences: false)
        guard groups.count >= 2, let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(isDigit) }
    }

    // MARK: - Amounts in words

    /// "nol rupiah", "dua puluh lima ribu rupiah".
    private static func spelledAmounts(_ words: [String]) -> [Int] {
        var result: [Int] = []
        for (index, word) in words.enumerated() where word == "rupiah" && index > 0 {
            var start = index
            while start > 0, IndonesianNumerals.isNumberWord(words[start - 1]) { start -= 1 }
            guard start < index, let read = IndonesianNumerals.read(words, from: start), read.end == index else {
                continue
            }
            result.append(Int(read.value.rounded()))
        }
        return result
    }
}
