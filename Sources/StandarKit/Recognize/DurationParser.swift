/// Reads the first duration expression of a Jangka Waktu text.
///
/// Understood: digits or Indonesian number words ("5", "lima", "dua puluh lima", "seratus", "setengah"),
/// an optional spelled-out repeat in parentheses ("5 (lima)"), a product ("1x24 jam", "2 x 24 jam" -> 24 / 48
/// jam), a range ("3-5", "3 – 5", "2 s.d. 4", "2 s/d 4", "2 sampai (dengan) 4", "2 hingga 4", "3 atau 4",
/// and "3 hari - 5 hari"), then a unit. Numbers of regulation references ("Perda Nomor 5 Tahun 2023") are
/// skipped. Words before the number ("Maksimal", "paling lambat", "±") and after the
/// unit ("sejak berkas dinyatakan lengkap", "per pemohon", "dengan catatan ...") are ignored.
///
/// Units: menit/mnt; jam ("jam kerja" is jam); hari/hr, "hari kalender" -> hari; "hari kerja", "HK" ->
/// hari kerja; minggu/pekan; bulan/bln. Decisions for units outside `DurationUnit`: "detik" is converted to
/// fractional minutes (30 detik -> 0.5 menit) and "tahun" to months (1 tahun -> 12 bulan); "1 jam 30 menit"
/// reads as 1.5 jam. "sehari", "sejam", "seminggu", "sebulan" read as 1 of their unit.
///
/// Clock times ("08.00", "15:30") are never numbers of a duration, so office hours such as
/// "Senin-Kamis 08.00 - 15.00 WIB" are unreadable.
public enum DurationParser {
    public static func parse(_ text: String) -> ServiceDuration {
        let trimmed = TextNormalizer.trimVisible(Substring(text))
        let tokens = DurationTokenizer.tokens(TextNormalizer.fold(TemplateExample.strip(text)))
        let reader = DurationReader(tokens: tokens)
        for start in tokens.indices {
            if let found = reader.expression(at: start) {
                return ServiceDuration(text: trimmed, value: found.value, maxValue: found.maxValue, unit: found.unit)
            }
        }
        return ServiceDuration(text: trimmed)
    }
}

// MARK: - Tokens

/// A token of a folded time text: a number, a clock time, a word or another symbol (spaces are dropped).
enum DurationToken: Equatable {
    case number(Double)
    /// A clock time ("08.00", "15:30"); never a duration number.
    case time
    case word(String)
    case symbol(Unicode.Scalar)
}

/// Cuts a folded time text into `DurationToken`s.
enum DurationTokenizer {
    /// The tokens of a folded text, read from its UTF-8 bytes in place: an array of its scalars cost about 4,000
    /// instructions a time text (counting and decoding them, callgrind), and a word is cut from the bytes as it is.
    static func tokens(_ folded: String) -> [DurationToken] {
        var folded = folded
        return folded.withUTF8(tokens(of:))
    }

    /// The tokens of valid UTF-8 text.
    static func tokens(of bytes: UnsafeBufferPointer<UInt8>) -> [DurationToken] {
        var result: [DurationToken] = []
        // A token takes a few bytes at least: one allocation for most texts instead of one per doubling.
        result.reserveCapacity(bytes.count / 4 + 2)
        var i = 0
        while i < bytes.count {
            let (s, width) = scalar(bytes, at: i)
            if isDigit(s) {
                // Each group of digits as its value and its count of digits (an array of scalars per group was
                // two allocations for every number of a time text). Digits and separators are ASCII: one byte each.
                var groups: [DigitGroup] = [DigitGroup()]
                var separators: [Unicode.Scalar] = []
                while i < bytes.count {
                    let b = bytes[i]
                    if isDigit(b) {
                        groups[groups.count - 1].append(b)
                        i += 1
                    } else if b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: ":"),
                              i + 1 < bytes.count, isDigit(bytes[i + 1]) {
                        separators.append(Unicode.Scalar(b))
                        groups.append(DigitGroup())
                        i += 1
                    } else {
                        break
                    }
                }
                result.append(number(groups: groups, separators: separators))
            } else if s == "\u{BD}" || s == "\u{BC}" || s == "\u{BE}" {
                // "½ jam", "1½ jam" (the byte before a scalar is a digit only when that scalar is one)
                let fraction: Double = s == "\u{BD}" ? 0.5 : s == "\u{BC}" ? 0.25 : 0.75
                if case .number(let whole)? = result.last, i > 0, isDigit(bytes[i - 1]) {
                    result[result.count - 1] = .number(whole + fraction)
                } else {
                    result.append(.number(fraction))
                }
                i += width
            } else if TextNormalizer.isWordScalar(s) {
                // The word as its bytes: no buffer to copy the scalars into.
                let start = i
                var (next, nextWidth) = (s, width)
                while TextNormalizer.isWordScalar(next), !isDigit(next) {
                    i += nextWidth
                    guard i < bytes.count else { break }
                    (next, nextWidth) = scalar(bytes, at: i)
                }
                result.append(.word(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)))
            } else {
                if s != " " { result.append(.symbol(s)) }
                i += width
            }
        }
        return result
    }

    /// The scalar that starts at byte `i` of valid UTF-8 and its length in bytes; ASCII without decoding.
    @inline(__always)
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[i]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var iterator = bytes[i...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let s) = decoder.decode(&iterator) else { return ("\u{FFFD}", 1) }
        return (s, UTF8.width(s))
    }

    private static func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { (0x30...0x39).contains(s.value) }

    /// A run of digits: its value, read digit by digit as a Double, and how many digits it has.
    struct DigitGroup {
        var value = 0.0
        var count = 0

        mutating func append(_ digit: UInt8) {
            value = value * 10 + Double(digit - 0x30)
            count += 1
        }
    }

    private static func integer(_ digits: DigitGroup) -> Double { digits.value }

    private static func number(groups: [DigitGroup], separators: [Unicode.Scalar]) -> DurationToken {
        guard let first = groups.first else { return .time }
        if separators.isEmpty { return .number(integer(first)) }
        if separators.count == 1, let last = groups.last {
            let sep = separators[0]
            if sep == ":" { return .time }
            if sep == ".", first.count <= 2, last.count == 2, integer(first) <= 24, integer(last) <= 59 {
                return .time
            }
            if sep == ".", last.count == 3 { return .number(integer(first) * 1000 + integer(last)) }
            // Decimal: "1,5 jam", "0.5 jam".
            var fraction = integer(last)
            for _ in 0..<last.count { fraction /= 10 }
            return .number(integer(first) + fraction)
        }
        // Several separators: thousands grouping ("1.000.000") or a clock time with seconds.
        if separators.allSatisfy({ $0 == "." }), groups.dropFirst().allSatisfy({ $0.count == 3 }) {
            return .number(groups.reduce(0) { $0 * 1000 + integer($1) })
        }
        return .time
    }
}

// MARK: - Number words

/// Indonesian number words: "satu" ... "sembilan", "sepuluh", "sebelas", "X belas", "X puluh", "seratus",
/// "X ratus", "seribu", "X ribu", "X juta", "setengah", "nol".
enum IndonesianNumerals {
    private static let units: [String: Double] = [
        "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
        "delapan": 8, "sembilan": 9,
    ]
    private static let whole: [String: Double] = [
        "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000, "sejuta": 1_000_000, "setengah": 0.5,
    ]
    private static let multipliers: Set<String> = ["belas", "puluh", "ratus", "ribu", "juta"]

    static func isNumberWord(_ word: String) -> Bool {
        units[word] != nil || whole[word] != nil || multipliers.contains(word)
    }

    /// The value of the longest run of number words starting at `start`, and the index after it.
    static func read(_ words: [String], from start: Int) -> (value: Double, end: Int)? {
        var end = start
        while end < words.count, isNumberWord(words[end]) { end += 1 }
        guard end > start else { return nil }
        // A run made only of multipliers ("ribu") is not a number.
        guard words[start..<end].contains(where: { units[$0] != nil || whole[$0] != nil }) else { return nil }
        var total = 0.0      // completed thousands/millions groups
        var group = 0.0      // the current group below one thousand
        var pending = 0.0    // the last unit word, waiting for its multiplier
        for word in words[start..<end] {
            if let u = units[word] {
                group += pending
                pending = u
            } else if let w = whole[word] {
                group += pending
                pending = 0
                if w >= 1000 { total += w } else { group += w }
            } else {
                switch word {
                case "belas": group += 10 + pending
                case "puluh": group += pending * 10
                case "ratus": group += pending * 100
                case "ribu": total += (group + pending) * 1000; group = 0
                case "juta": total += (group + pending) * 1_000_000; group = 0
                default: break
                }
                pending = 0
            }
        }
        return (total + group + pending, end)
    }
}

// MARK: - Reader

private struct DurationReader {
    let tokens: [DurationToken]

    struct Found {
        var value: Double
        var maxValue: Double?
        var unit: DurationUnit
    }

    private func word(at i: Int) -> String? {
        guard i < tokens.count, case .word(let w) = tokens[i] else { return nil }
        return w
    }

    private func isSymbol(_ i: Int, _ s: Unicode.Scalar) -> Bool {
        guard i < tokens.count, case .symbol(let t) = tokens[i] else { return false }
        return t == s
    }

    private static let singleUnits: [String: (DurationUnit, Double)] = [
        "sehari": (.hari, 1), "sejam": (.jam, 1), "seminggu": (.minggu, 1), "sepekan": (.minggu, 1),
        "sebulan": (.bulan, 1), "setahun": (.bulan, 12), "semenit": (.menit, 1),
    ]

    func expression(at start: Int) -> Found? {
        if let w = word(at: start), let (unit, value) = Self.singleUnits[w] {
            if unit == .hari, word(at: start + 1) == "kerja" { return Found(value: value, unit: .hariKerja) }
            return Found(value: value, unit: unit)
        }
        guard !followsRegulationWord(start), let first = number(at: start) else { return nil }
        var value = first.value
        var j = skipParenthesis(first.end)
        if let product = multiplication(at: j) {
            value *= product.value
            j = product.end
        }
        var maxValue: Double?
        if let afterConnector = rangeConnector(at: j), let second = number(at: afterConnector) {
            var upper = second.value
            var k = skipParenthesis(second.end)
            if let product = multiplication(at: k) {
                upper *= product.value
                k = product.end
            }
            maxValue = upper
            j = k
        }
        guard let unit = unit(at: j) else { return nil }
        var result = Found(value: value * unit.factor, maxValue: maxValue.map { $0 * unit.factor }, unit: unit.unit)
        if maxValue == nil, let afterConnector = rangeConnector(at: unit.end),
           let second = number(at: afterConnector),
           let secondUnit = self.unit(at: skipParenthesis(second.end)),
           let ratio = Self.ratio(from: secondUnit.unit, to: unit.unit) {
            // "3 hari - 5 hari", "35 Menit -- 65 Menit", "40 menit - 1 jam" (-> 40-60 menit)
            result.maxValue = second.value * secondUnit.factor * ratio
        } else if maxValue == nil, unit.unit == .jam, let minutes = number(at: unit.end),
                  let minuteUnit = self.unit(at: skipParenthesis(minutes.end)), minuteUnit.unit == .menit {
            // "1 jam 30 menit" -> 1.5 jam
            result.value += minutes.value * minuteUnit.factor / 60
        }
        return result
    }

    /// How many `to` units one `from` unit is, for the upper end of a range written in another unit.
    static func ratio(from: DurationUnit, to: DurationUnit) -> Double? {
        if from == to { return 1 }
        switch (from, to) {
        case (.jam, .menit): return 60
        case (.minggu, .hari): return 7
        case (.bulan, .minggu): return 4
        case (.bulan, .hari): return 30
        default: return nil
        }
    }

    private static let regulationWords: Set<String> = [
        "no", "nomor", "nomer", "pasal", "ayat", "uu", "pp", "perda", "perbup", "perwali", "pergub", "permen",
        "perpres", "kepmen", "sk", "huruf", "angka", "tahun",
    ]

    /// True when the number at `i` belongs to a regulation reference ("Nomor 5 Tahun 2023", "No. 5").
    private func followsRegulationWord(_ i: Int) -> Bool {
        var k = i - 1
        if k >= 0, isSymbol(k, ".") { k -= 1 }
        guard k >= 0, let w = word(at: k) else { return false }
        return Self.regulationWords.contains(w)
    }

    /// A number at `i`: digits (not a clock time) or a run of number words.
    private func number(at i: Int) -> (value: Double, end: Int)? {
        guard i < tokens.count else { return nil }
        switch tokens[i] {
        case .number(let v):
            return (v, i + 1)
        case .word:
            var words: [String] = []
            var k = i
            while let w = word(at: k), IndonesianNumerals.isNumberWord(w) {
                words.append(w)
                k += 1
            }
            guard let read = IndonesianNumerals.read(words, from: 0) else { return nil }
            return (read.value, i + read.end)
        default:
            return nil
        }
    }

    /// "x 24" / "× 24" after a number.
    private func multiplication(at i: Int) -> (value: Double, end: Int)? {
        guard word(at: i) == "x" || isSymbol(i, "*"), let factor = number(at: i + 1) else { return nil }
        return (factor.value, skipParenthesis(factor.end))
    }

    /// Skips a parenthesis that only repeats a number in words or digits: "(lima)", "(enam puluh)", "(30)".
    private func skipParenthesis(_ i: Int) -> Int {
        guard isSymbol(i, "(") else { return i }
        var k = i + 1
        while k < tokens.count, k <= i + 8 {
            if isSymbol(k, ")") { return k > i + 1 ? k + 1 : i }
            switch tokens[k] {
            case .number: break
            case .word(let w) where IndonesianNumerals.isNumberWord(w): break
            case .symbol("-"): break
            default: return i
            }
            k += 1
        }
        return i
    }

    /// The index after a range connector at `i`, or nil.
    private func rangeConnector(at i: Int) -> Int? {
        if isSymbol(i, "-") || isSymbol(i, "~") {
            // "35 Menit -- 65 Menit", "3 --- 5 hari"
            var k = i + 1
            while isSymbol(k, "-"), k < i + 4 { k += 1 }
            return k
        }
        guard let w = word(at: i) else { return nil }
        switch w {
        case "sampai":
            return word(at: i + 1) == "dengan" || word(at: i + 1) == "dgn" ? i + 2 : i + 1
        case "atau":
            return i + 1
        case "hingga", "sd", "sampe":
            return isSymbol(i + 1, ".") ? i + 2 : i + 1
        case "s":
            var k = i + 1
            if isSymbol(k, ".") || isSymbol(k, "/") { k += 1 }
            guard word(at: k) == "d" else { return nil }
            k += 1
            if isSymbol(k, ".") { k += 1 }
            return k
        default:
            return nil
        }
    }

    /// The unit at `i`: the unit, a conversion factor into it, and the index after it.
    private func unit(at i: Int) -> (unit: DurationUnit, factor: Double, end: Int)? {
        guard let w = word(at: i) else { return nil }
        switch w {
        case "menit", "mnt", "minute", "minutes":
            return (.menit, 1, i + 1)
        case "detik", "dtk":
            return (.menit, 1.0 / 60.0, i + 1)
        case "jam", "jm":
            return (.jam, 1, word(at: i + 1) == "kerja" ? i + 2 : i + 1)
        case "hari", "hr":
            let next = word(at: i + 1)
            if next == "kerja" || next == "krj" {
                return (.hariKerja, 1, word(at: i + 2) == "efektif" ? i + 3 : i + 2)
            }
            if next == "kalender" { return (.hari, 1, i + 2) }
            return (.hari, 1, i + 1)
        case "hk", "harikerja":
            return (.hariKerja, 1, i + 1)
        case "minggu", "pekan":
            return (.minggu, 1, i + 1)
        case "bulan", "bln":
            return (.bulan, 1, i + 1)
        case "tahun", "thn":
            // "5 Tahun 2023" is a regulation reference, not five years.
            if i + 1 < tokens.count, case .number(let year) = tokens[i + 1], year >= 1900 { return nil }
            return (.bulan, 12, i + 1)
        default:
            return nil
        }
    }
}
