#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
/// - Conditional ("bersyarat"): a free phrase next to a clause that charges someone without naming an amount
///   ("Pasien JKN tidak dikenakan biaya; pasien umum sesuai Perda ...", "Gratis, kecuali bagi pemohon dari luar
///   daerah"): `isFree` false, `min` 0, `max` nil. A free phrase whose clause only gives its legal basis
///   ("Gratis sesuai Peraturan Daerah Nomor 5 Tahun 2023") stays free.
/// - Malformed amounts are not guessed: digits split by a space ("Rp. 7.50 0,-"), or a fraction of a rupiah
///   without "ribu"/"juta" ("Rp 7.50", "Rp 7,5") make the fee unreadable, with `malformedAmount` set.
/// - Template text left in the section is ignored: from "Contoh:" / "Misal:" to the end of its line or bracket
///   ("Rp 25.000 (contoh: Rp 10.000)"), and a whole text that is only such an example.
public enum FeeParser {
    public static func parse(_ text: String) -> Fee {
        let trimmed = TextNormalizer.trimVisible(Substring(text))
        let folded = TextNormalizer.fold(TemplateExample.strip(text))
        let words = FeeWords(folded)
        var scan = AmountScan()
        var amounts = scan.markedAmounts(Array(folded.utf8))
        // An amount in words ends with "rupiah": only then are the words needed as strings.
        if words.all.contains(.rupiah) { amounts += spelledAmounts(TextNormalizer.words(folded)) }
        if let bad = scan.malformed {
            return Fee(text: trimmed, isFree: false, min: nil, max: nil, malformedAmount: bad)
        }

        let free = statesFree(words.all[...]) || amounts.contains(0)
        let positives = amounts.filter { $0 > 0 }
        if let low = positives.min(), let high = positives.max() {
            return Fee(text: trimmed, isFree: false, min: free ? 0 : low, max: high)
        }
        if free {
            if ConditionalFee.chargesSomeone(folded, words: words) { return Fee(text: trimmed, isFree: false, min: 0, max: nil) }
            return Fee(text: trimmed, isFree: true, min: 0, max: 0)
        }
        return Fee(text: trimmed, isFree: false, min: nil, max: nil)
    }

    // MARK: - Free phrases

    static let freePhrases: [[FeeWord]] = [
        [.gratis], [.free], [.cuma, .cuma], [.percuma], [.nol, .rupiah],
        [.tidak, .dipungut], [.tidak, .ada, .biaya], [.tidak, .ada, .pungutan], [.tidak, .ada, .tarif],
        [.tidak, .ada, .retribusi], [.tanpa, .biaya], [.tanpa, .pungutan], [.tanpa, .dipungut],
        [.bebas, .biaya], [.bebas, .retribusi], [.bebas, .pungutan], [.bebas, .tarif],
        [.tidak, .dikenakan, .biaya], [.tidak, .dikenakan, .retribusi], [.tidak, .dikenakan, .tarif],
        [.tidak, .dikenakan, .pungutan], [.tidak, .dikenakan, .apapun], [.tidak, .dikenai, .biaya],
        [.tidak, .dikenai, .retribusi], [.tidak, .berbayar], [.tidak, .memerlukan, .biaya],
        [.tidak, .perlu, .membayar], [.tidak, .membayar], [.tidak, .dipungut, .biaya],
        [.biaya, .nol],
    ]

    /// `freePhrases` by their first word, in their order: `freePhraseGroups[i]` are the phrases that start with
    /// `freePhraseFirstWords[i]`. Nine first words: scanned, they cost less than the hashed lookup per word of a text
    /// in a `[FeeWord: [[FeeWord]]]` (`statesFree` spent 1.7 M instructions of a 1,000-service build on those).
    private static let freePhraseFirstWords: [FeeWord] = freePhrases.reduce(into: []) { firsts, phrase in
        if !firsts.contains(phrase[0]) { firsts.append(phrase[0]) }
    }
    private static let freePhraseGroups: [[[FeeWord]]] = freePhraseFirstWords.map { first in
        freePhrases.filter { $0[0] == first }
    }

    /// Whether `words` are a whole text that states "no fee" in a fee component: "tidak ada", "nihil", "nol",
    /// "tidak dikenakan", "tidak dikenai".
    private static func isFreeWholeText(_ words: ArraySlice<FeeWord>) -> Bool {
        switch words.count {
        case 1: words.first == .nihil || words.first == .nol
        case 2: words.first == .tidak && (words.last == .ada || words.last == .dikenakan || words.last == .dikenai)
        default: false
        }
    }

    /// Whether `words` (of a whole text or of one clause) state a free service.
    static func statesFree(_ words: ArraySlice<FeeWord>) -> Bool {
        if isFreeWholeText(words) { return true }
        let firstWords = freePhraseFirstWords
        for start in words.indices where words[start] != .other {
            guard let group = firstWords.firstIndex(of: words[start]) else { continue }
            for phrase in freePhraseGroups[group] {
                let end = start + phrase.count
                guard end <= words.endIndex, words[start..<end].elementsEqual(phrase) else { continue }
                if phrase == [.gratis] || phrase == [.free] {
                    // "tidak gratis", "bukan layanan gratis"
                    let negations: [FeeWord] = [.tidak, .bukan, .belum]
                    if start > words.startIndex, negations.contains(words[start - 1]) { continue }
                    if start > words.startIndex + 1, [.layanan, .pelayanan, .secara, .lagi].contains(words[start - 1]),
                       negations.contains(words[start - 2]) { continue }
                }
                // "tidak ada biaya tambahan", "tidak dipungut biaya lain": other charges may remain.
                let extras: [FeeWord] = [.tambahan, .lain, .lainnya]
                if phrase.last == .biaya || phrase.last == .pungutan || phrase.last == .tarif {
                    if end < words.endIndex, extras.contains(words[end]) { continue }
                } else if end + 1 < words.endIndex, [.biaya, .pungutan, .tarif, .retribusi].contains(words[end]),
                          extras.contains(words[end + 1]) {
                    continue
                }
                return true
            }
        }
        return false
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

/// Reads the amounts in digits of a folded fee text; an amount that cannot be read without guessing is recorded
/// in `malformed`.
struct AmountScan {
    var malformed: String?

    func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }
    func isLetter(_ b: UInt8) -> Bool { (0x61...0x7A).contains(b) || b >= 0x80 }

    func word(_ bytes: [UInt8], at i: Int) -> (word: String, end: Int)? {
        var end = i
        while end < bytes.count, isLetter(bytes[end]) { end += 1 }
        guard end > i else { return nil }
        return (String(decoding: bytes[i..<end], as: UTF8.self), end)
    }

    /// Whether `bytes[range]` is `word`.
    func spells(_ bytes: [UInt8], _ range: Range<Int>, _ word: StaticString) -> Bool {
        range.count == word.utf8CodeUnitCount
            && bytes[range].elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
    }

    func skipSpaces(_ bytes: [UInt8], _ i: Int) -> Int {
        var j = i
        while j < bytes.count, bytes[j] == 0x20 { j += 1 }
        return j
    }

    mutating func markedAmounts(_ bytes: [UInt8]) -> [Int] {
        var result: [Int] = []
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if isLetter(b) {
                // Compared on the bytes: a string for every word of the text cost more than the rest of the scan.
                let start = i
                var end = i
                while end < bytes.count, isLetter(bytes[end]) { end += 1 }
                i = end
                guard spells(bytes, start..<end, "rp") || spells(bytes, start..<end, "idr") else { continue }
                var j = end
                while j < bytes.count, bytes[j] == 0x2E || bytes[j] == 0x20 || bytes[j] == 0x3A { j += 1 }
                guard j < bytes.count, isDigit(bytes[j]), let amount = readAmount(bytes, j) else { continue }
                if malformed == nil, let bad = malformation(bytes, start: start, amount: amount) {
                    malformed = bad
                }
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
                    if malformed == nil, amount.fraction { malformed = String(decoding: bytes[i..<amount.end], as: UTF8.self) }
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
    func rangeTail(_ bytes: [UInt8], _ i: Int) -> (value: Int, end: Int, fraction: Bool)? {
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
    func readAmount(_ bytes: [UInt8], _ i: Int) -> (value: Int, end: Int, fraction: Bool)? {
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
        var multiplied = false
        if let (w, wEnd) = word(bytes, at: j) {
            switch w {
            case "ribu", "rb", "rbu": value *= 1_000; end = wEnd; multiplied = true
            case "juta", "jt": value *= 1_000_000; end = wEnd; multiplied = true
            case "miliar", "milyar": value *= 1_000_000_000; end = wEnd; multiplied = true
            default: break
            }
        }
        guard value < 1e15 else { return nil }
        let fraction = !multiplied && value != value.rounded(.down)
        return (Int(value.rounded()), end, fraction)
    }

    /// Interprets digits with "." and "," separators (see the type's documentation).
    func number(_ raw: [UInt8]) -> Double? {
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
    func isGrouped(_ raw: [UInt8], by separator: UInt8) -> Bool {
        let groups = raw.split(separator: separator, omittingEmptySubsequences: false)
        guard groups.count >= 2, let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(isDigit) }
    }

    /// The amount as written when it cannot be read without guessing: a fraction of a rupiah without
    /// "ribu"/"juta" ("Rp 7.50", "Rp 7,5"), or digits that go on after a space ("Rp. 7.50 0,-", "Rp 15. 000").
    func malformation(_ bytes: [UInt8], start: Int, amount: (value: Int, end: Int, fraction: Bool)) -> String? {
        var end = amount.end
        var bad = amount.fraction
        // "7.50 0": a space, then more digits that are not a count ("Rp 5.000 2 lembar" is left alone).
        var k = end
        while k < bytes.count, bytes[k] == 0x20 { k += 1 }
        if k > end, k < bytes.count, isDigit(bytes[k]) {
            var m = k
            while m < bytes.count, isDigit(bytes[m]) || bytes[m] == 0x2E || bytes[m] == 0x2C || bytes[m] == 0x2D { m += 1 }
            let nextWord = word(bytes, at: skipSpaces(bytes, m))?.word
            let countWords: Set<String> = ["lembar", "kali", "orang", "buah", "set", "eksemplar", "hari", "bulan", "tahun",
                                           "x", "berkas", "dokumen", "unit", "jam", "menit", "m", "meter", "ribu", "juta"]
            if nextWord.map({ !countWords.contains($0) }) ?? true {
                bad = true
                end = m
            }
        }
        guard bad, start < end else { return nil }
        var text = String(decoding: bytes[start..<Swift.min(end, bytes.count)], as: UTF8.self)
        while text.last == " " { text.removeLast() }
        return text
    }
}

/// Example text left from a template ("Contoh: Rp 10.000", "(misal: Gratis)"), which is not the value.
enum TemplateExample {
    private static let keys = ["contoh", "misalnya", "misal", "example"]

    /// `text` without every example: from the key word and its colon to the end of the line, or to the closing
    /// bracket when the example stands in brackets.
    static func strip(_ text: String) -> String {
        let found = text.utf8.withContiguousStorageIfAvailable(mayHoldExample)
            ?? Array(text.utf8).withUnsafeBufferPointer(mayHoldExample)
        guard found else { return text }
        return stripLines(text)
    }

    /// `strip` for a text that may hold an example: every line without its examples.
    static func stripLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { stripLine(String($0)) }
            .joined(separator: "\n")
    }

    /// Whether `bytes` may hold an example: a colon (an example's key word is followed by one; memchr finds it,
    /// and most fee and time texts have none, where `mayHoldKey` looked at every byte) and a key word.
    static func mayHoldExample(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, memchr(base, 0x3A, bytes.count) != nil else { return false }
        return mayHoldKey(bytes)
    }

    /// Whether `bytes` hold "contoh", "misal" or "example" in any letter case, in one pass over the bytes: this runs
    /// on every fee and time text (Foundation's case-insensitive `range(of:)` took 1.7% of a whole `check`, and a
    /// search of the whole text for each word about 2,000 instructions a text).
    static func mayHoldKey(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in bytes.indices {
            // `| 0x20` lowercases an ASCII letter; the key words are matched the same way.
            switch bytes[i] | 0x20 {
            case UInt8(ascii: "c"): if hasASCII(bytes, at: i, "contoh") { return true }
            case UInt8(ascii: "m"): if hasASCII(bytes, at: i, "misal") { return true }
            case UInt8(ascii: "e"): if hasASCII(bytes, at: i, "example") { return true }
            default: break
            }
        }
        return false
    }

    /// Whether `word` (lowercase ASCII) stands at `i` in `bytes`, in any letter case.
    static func hasASCII(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ word: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard bytes.count - i >= needle.count else { return false }
        for k in needle.indices where bytes[i + k] | 0x20 != needle[k] { return false }
        return true
    }

    private static func stripLine(_ line: String) -> String {
        var result = line
        var searchStart = result.startIndex
        while let found = firstKey(in: result, from: searchStart) {
            // The key must be followed by spaces and a colon.
            var after = found.upperBound
            while after < result.endIndex, result[after] == " " { after = result.index(after: after) }
            guard after < result.endIndex, result[after] == ":" else {
                searchStart = found.upperBound
                continue
            }
            // Within brackets: remove the bracketed part; otherwise to the end of the line.
            var start = found.lowerBound
            var before = start
            while before > result.startIndex {
                let previous = result.index(before: before)
                if result[previous] == " " { before = previous; continue }
                break
            }
            var closing: Character?
            if before > result.startIndex {
                let previous = result.index(before: before)
                if result[previous] == "(" { closing = ")"; start = previous }
                if result[previous] == "[" { closing = "]"; start = previous }
            }
            var end = result.endIndex
            if let closing, let close = result[after...].firstIndex(of: closing) { end = result.index(after: close) }
            result.replaceSubrange(start..<end, with: " ")
            searchStart = result.index(start, offsetBy: 1, limitedBy: result.endIndex) ?? result.endIndex
            if searchStart >= result.endIndex { break }
        }
        return result
    }

    private static func firstKey(in line: String, from start: String.Index) -> Range<String.Index>? {
        var best: Range<String.Index>?
        for key in keys {
            guard let r = line.range(of: key, options: .caseInsensitive, range: start..<line.endIndex) else { continue }
            // A whole word: not preceded by a letter.
            if r.lowerBound > line.startIndex, line[line.index(before: r.lowerBound)].isLetter { continue }
            if let current = best, current.lowerBound < r.lowerBound || (current.lowerBound == r.lowerBound && current.upperBound >= r.upperBound) {
                continue
            }
            best = r
        }
        return best
    }
}

/// Tells a conditional fee ("free for some, charged for others") from a free one.
enum ConditionalFee {
    /// The clauses of a text: the non-empty parts between ; , . / ( and ), split by characters (ASCII text is cut
    /// on its bytes by `FeeWords`).
    static func clauses(_ text: String) -> [String] {
        text.split { $0 == ";" || $0 == "," || $0 == "." || $0 == "/" || $0 == "(" || $0 == ")" }.map(String.init)
    }

    /// True when a text that states "free" also charges someone: a contrast ("kecuali", "selain", "sedangkan")
    /// or another clause that charges without a free phrase of its own ("pasien umum sesuai Perda ...").
    /// - Parameter words: `FeeWords(folded)`.
    static func chargesSomeone(_ folded: String, words: FeeWords) -> Bool {
        if words.all.contains(where: \.isContrast) { return true }
        let clauses = words.clauses ?? FeeClauses(characterClausesOf: folded)
        guard clauses.ranges.count > 1 else { return false }
        for range in clauses.ranges {
            // The title of a regulation ("... tentang Retribusi Jasa Umum") says nothing about who pays.
            var w = clauses.words[range]
            if let about = w.firstIndex(of: .tentang) { w = w[..<about] }
            guard !w.isEmpty, !FeeParser.statesFree(w) else { continue }
            var charges = false
            for i in w.indices where w[i].charges {
                let previous = w[Swift.max(w.startIndex, i - 2)..<i]
                // "untuk umum", "masyarakat umum", "jasa umum" name everyone, not a paying group.
                if w[i] == .umum, let before = previous.last, before.namesEveryone {
                    continue
                }
                if !previous.contains(where: \.negates) { charges = true }
            }
            if !charges, w.contains(where: \.namesGroup), w.contains(where: \.namesRule) {
                charges = true
            }
            if charges { return true }
        }
        return false
    }
}

/// The words that the free phrases and `ConditionalFee` look for; any other word is `.other`. The rules compare
/// these instead of strings: `chargesSomeone` cost 24,000 instructions a fee text with a string array per clause
/// and a `Set<String>` lookup (a hash) per word and class (callgrind).
enum FeeWord: String, CaseIterable {
    case other = ""
    // Free phrases
    case gratis, free, cuma, percuma, nol, rupiah, tidak, dipungut, ada, biaya, pungutan, tarif, retribusi, tanpa
    case bebas, dikenakan, dikenai, apapun, berbayar, memerlukan, perlu, membayar, nihil
    // Around a free phrase
    case bukan, belum, layanan, pelayanan, secara, lagi, tambahan, lain, lainnya
    // Conditional fees
    case untuk, bagi, masyarakat, kepentingan, jasa, kecuali, selain, sedangkan, namun, tetapi, terkecuali
    case bayar, dibayar, umum, non, pasien, peserta, pemohon, warga, penduduk, luar, selebihnya
    case sesuai, perda, peraturan, perbup, perwali, pergub, qanun, ketentuan, berdasarkan, tentang

    /// The word spelled by `bytes` (the UTF-8 of one word of a folded text).
    init<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        var key = Key()
        for byte in bytes { key.append(byte) }
        self = key.word
    }

    /// A word's key, built byte by byte: its letters packed five bits each (a = 1 ... z = 26), so that every word of
    /// up to 12 letters has its own key. A longer word, or one with anything but a–z, is none of these words.
    struct Key {
        private var value: UInt64 = 0
        /// The letters so far; -1 once the word cannot be one of these words.
        private var count = 0

        mutating func append(_ byte: UInt8) {
            guard count >= 0 else { return }
            if byte >= 0x61, byte <= 0x7A, count < 12 {
                value = value << 5 | UInt64(byte - 0x60)
                count += 1
            } else {
                count = -1
            }
        }

        /// The word of the bytes appended.
        var word: FeeWord { count > 0 ? FeeWord.word(key: value) : .other }

        /// The packed letters of a word that may be one of these words (1 to 12 letters a–z), else nil.
        var letters: UInt64? { count > 0 ? value : nil }

        /// The key of a word of these, from its raw value.
        static func of(_ word: FeeWord) -> UInt64 {
            var key = Key()
            for byte in word.rawValue.utf8 { key.append(byte) }
            return key.value
        }
    }

    /// Every word but `.other`, sorted by key.
    private static let byKey: [(key: UInt64, word: FeeWord)] = allCases.filter { $0 != .other }
        .map { (Key.of($0), $0) }.sorted { $0.key < $1.key }

    /// The word of `key` (binary search), or `.other`. The reference for `KeyTable`.
    static func word(key: UInt64) -> FeeWord {
        let table = byKey
        var low = 0
        var high = table.count
        while low < high {
            let middle = (low + high) / 2
            if table[middle].key < key { low = middle + 1 } else { high = middle }
        }
        return low < table.count && table[low].key == key ? table[low].word : .other
    }

    /// The words by key in an open-addressing table: a multiply picks the slot, and a word is found in one or two
    /// probes, where the binary search over `byKey` took seven steps a word (`FeeWords.ascii` reads ten words of
    /// every fee text).
    struct KeyTable: Sendable {
        /// 256 slots, more than three times the words; an empty slot has key 0, which no word has (letters are 1-26).
        private let keys: [UInt64]
        private let words: [FeeWord]

        init() {
            var keys = [UInt64](repeating: 0, count: 256)
            var words = [FeeWord](repeating: .other, count: 256)
            for (key, word) in FeeWord.byKey {
                var slot = Self.slot(key)
                while keys[slot] != 0 { slot = (slot + 1) & 255 }
                keys[slot] = key
                words[slot] = word
            }
            self.keys = keys
            self.words = words
        }

        /// The table of every word, built once.
        static let shared = KeyTable()

        private static func slot(_ key: UInt64) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 56)
        }

        /// The word of the bytes appended to `key`, or `.other`.
        func word(_ key: Key) -> FeeWord {
            guard let value = key.letters else { return .other }
            var slot = Self.slot(value)
            while true {
                let stored = keys[slot]
                if stored == value { return words[slot] }
                if stored == 0 { return .other }
                slot = (slot + 1) & 255
            }
        }
    }

    /// "kecuali", "selain", "sedangkan": another case follows, which may be charged.
    var isContrast: Bool {
        switch self {
        case .kecuali, .selain, .sedangkan, .namun, .tetapi, .terkecuali: true
        default: false
        }
    }

    /// A word that charges someone, unless a negation comes just before it.
    var charges: Bool {
        switch self {
        case .tarif, .retribusi, .dikenakan, .dikenai, .bayar, .membayar, .dibayar, .berbayar, .dipungut, .umum, .non: true
        default: false
        }
    }

    /// A word before "umum" that makes it mean everyone ("untuk umum", "jasa umum").
    var namesEveryone: Bool {
        switch self {
        case .untuk, .bagi, .masyarakat, .kepentingan, .jasa, .layanan: true
        default: false
        }
    }

    /// A word that names a group of applicants ("pasien", "bagi", "luar").
    var namesGroup: Bool {
        switch self {
        case .pasien, .peserta, .pemohon, .warga, .penduduk, .bagi, .untuk, .luar, .selebihnya, .lainnya: true
        default: false
        }
    }

    /// A word that points to a regulation ("sesuai", "perda").
    var namesRule: Bool {
        switch self {
        case .sesuai, .perda, .peraturan, .perbup, .perwali, .pergub, .qanun, .ketentuan, .berdasarkan: true
        default: false
        }
    }

    /// A word that takes back a charging word right after it ("tidak dikenakan", "bebas retribusi").
    var negates: Bool {
        switch self {
        case .tidak, .tanpa, .bebas, .bukan, .gratis, .nol, .belum: true
        default: false
        }
    }
}

/// The words of a folded fee text as `FeeWord`s and, for ASCII text, its clauses, both from one pass over the bytes
/// (the text was split into strings once for the whole and once more for every clause).
struct FeeWords: Equatable {
    /// Every word of the text (`TextNormalizer.words`), in order.
    var all: [FeeWord]
    /// The clauses of ASCII text; nil for other text, whose clauses are split by characters when needed.
    var clauses: FeeClauses?

    init(_ folded: String) {
        if let ascii = Self.ascii(folded) {
            self = ascii
        } else {
            self.init(all: TextNormalizer.words(folded).map { FeeWord($0.utf8) }, clauses: nil)
        }
    }

    init(all: [FeeWord], clauses: FeeClauses?) {
        self.all = all
        self.clauses = clauses
    }

    /// The words and clauses of ASCII text from its bytes; nil at the first non-ASCII byte. A word is a run of
    /// ASCII letters and digits, as in `TextNormalizer.asciiWords`, and no word spans a clause separator, so the
    /// words of a clause are a range of the text's words.
    static func ascii(_ folded: String) -> FeeWords? {
        func isWordByte(_ b: UInt8) -> Bool { (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) }
        func separates(_ b: UInt8) -> Bool { b == 0x3B || b == 0x2C || b == 0x2E || b == 0x2F || b == 0x28 || b == 0x29 }
        return folded.utf8.withContiguousStorageIfAvailable { bytes -> FeeWords? in
            var words: [FeeWord] = []
            // At most one word in two bytes: the array is never grown.
            words.reserveCapacity((bytes.count + 1) / 2)
            var ranges: [Range<Int>] = []
            ranges.reserveCapacity(bytes.count / 16 + 4)
            let table = FeeWord.KeyTable.shared
            var clauseStart = 0
            var clauseFirstWord = 0
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte >= 0x80 { return nil }
                if isWordByte(byte) {
                    // The whole word at once; the byte after it is looked at by the next turn.
                    var key = FeeWord.Key()
                    repeat {
                        key.append(bytes[i])
                        i += 1
                    } while i < bytes.count && isWordByte(bytes[i])
                    words.append(table.word(key))
                    continue
                }
                if separates(byte) {
                    if i > clauseStart { ranges.append(clauseFirstWord..<words.count) }
                    clauseStart = i + 1
                    clauseFirstWord = words.count
                }
                i += 1
            }
            if bytes.count > clauseStart { ranges.append(clauseFirstWord..<words.count) }
            return FeeWords(all: words, clauses: FeeClauses(words: words, ranges: ranges))
        } ?? nil
    }
}

/// The clauses of a text (`ConditionalFee.clauses`), each as the range of its words in `words`.
struct FeeClauses: Equatable {
    var words: [FeeWord]
    var ranges: [Range<Int>]

    init(words: [FeeWord], ranges: [Range<Int>]) {
        self.words = words
        self.ranges = ranges
    }

    /// The clauses split by characters, for any text.
    init(characterClausesOf folded: String) {
        words = []
        ranges = []
        for clause in ConditionalFee.clauses(folded) {
            let start = words.count
            words += TextNormalizer.words(clause).map { FeeWord($0.utf8) }
            ranges.append(start..<words.count)
        }
    }
}
