import Testing
@testable import StandarKit

/// The fee recognizer's fast paths (words as `FeeWord`s, clauses cut from the bytes, amounts and template keys
/// found on the bytes) against the code they replaced, kept here as the reference.
@Suite struct FeeFastPathTests {
    /// Pieces of fee texts: the words the rules look for in several letter cases, amounts, separators, template
    /// keys and non-ASCII text.
    static let pieces: [String] = FeeWord.allCases.map(\.rawValue) + [
        "GRATIS", "Tidak", "Dipungut", "Kecuali", "Sesuai", "Perda", "pemohon", "APBD", "kota", "x", "tentang",
        "Rp", "Rp.", "rp", "IDR", "Rp0", "0", "5", "10.000", "2,5", "7.50", "1.500.000", "2023", "50,000", "15.000,-",
        "ribu", "juta", "s.d.", "s/d", "-", "sampai", "dengan", "dua", "puluh", "lima", "nol", "lembar",
        ";", ",", ".", "/", "(", ")", ":", " ", "\n", "contoh:", "(Misal: Rp 5.000)", "Example",
        "é", "–", "\u{A0}", "½", "Ｒｐ", "\u{200B}",
    ]

    static func randomText(_ generator: inout TemplateProgramTests.Seeded) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...14, using: &generator) {
            text += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            if Int.random(in: 0..<3, using: &generator) > 0 { text += " " }
        }
        return text
    }

    @Test func feesReadAsByTheReference() {
        var generator = TestSeed.generator(0xFEE5_0F20)
        var texts = WildFeeTests.cases.map(\.text) + FeeParserTests.unreadableCases
        texts += (FeeParserTests.freeCases + FeeParserTests.paidCases + FeeParserTests.mixedCases).map(\.text)
        for _ in 0..<6_000 { texts.append(Self.randomText(&generator)) }
        // Clauses made only of the words the rules know, to reach every branch of the free and conditional rules.
        let known = FeeWord.allCases.map(\.rawValue) + ["x", "Tidak", "Umum"]
        let separators = [" ", " ", " ", ", ", "; ", ". ", " (", ") ", " / "]
        for _ in 0..<6_000 {
            texts.append((0..<Int.random(in: 1...10, using: &generator)).map { _ in
                known[Int.random(in: 0..<known.count, using: &generator)]
                    + separators[Int.random(in: 0..<separators.count, using: &generator)]
            }.joined())
        }
        var ascii = 0
        var conditional = 0
        var free = 0
        for text in texts {
            let fee = FeeParser.parse(text)
            #expect(fee == FeeParserReference.parse(text), "\(text.debugDescription)")
            if FeeWords(TextNormalizer.fold(TemplateExample.strip(text))).clauses != nil { ascii += 1 }
            if fee.state == .bersyarat, fee.max == nil { conditional += 1 }
            if fee.isFree { free += 1 }
        }
        // Both paths, and every outcome of the free and conditional rules, are exercised.
        #expect(ascii > 1_000 && ascii < texts.count - 200)
        #expect(conditional > 500)
        #expect(free > 1_000)
    }

    @Test func amountsAreFoundAsByTheReference() {
        var generator = TestSeed.generator(0xA3_0F11)
        var texts = ["", "rp", "rp 5", "rp5", "idr 50,000", "rpx 5", "xrp 5", "é rp 5", "rp. 7.50 0,-", "25.000 rupiah",
                     "rp 10.000 s.d. 50.000", "rpé 5", "\u{0}rp 5"]
        for _ in 0..<6_000 { texts.append(TextNormalizer.fold(Self.randomText(&generator))) }
        var found = 0
        for text in texts {
            let bytes = Array(text.utf8)
            var fast = AmountScan()
            var reference = AmountScan()
            let amounts = fast.markedAmounts(bytes)
            #expect(amounts == reference.referenceMarkedAmounts(bytes), "\(text.debugDescription)")
            #expect(fast.malformed == reference.malformed, "\(text.debugDescription)")
            if !amounts.isEmpty { found += 1 }
        }
        #expect(found > 500)
    }

    @Test func feeWordsAreFoundByTheirLetters() {
        for word in FeeWord.allCases {
            #expect(FeeWord(word.rawValue.utf8) == word, "\(word)")
        }
        for other in ["", "Gratis", "gratis2", "gratiss", "gratı", "tidakada", "berdasarkannya", "abcdefghijklm", "a", "é", "rp"] {
            #expect(FeeWord(other.utf8) == .other, "\(other)")
        }
    }

    /// The byte scan of ASCII text gives the words and the character split's clauses.
    @Test func asciiWordsAndClausesMatchTheCharacterSplit() throws {
        var generator = TestSeed.generator(0x326AF79D)
        let alphabet = Array("ab ;,./()x\r\n".unicodeScalars)
        var texts = ["", ";", "gratis", "gratis, kecuali pasien umum.", "a;;b", "(a)(b)", "rp. 5.000/lembar", "tarif: -",
                     " ; ", "tidak dipungut biaya (gratis). laporkan", "x9;Y", "\u{0}tarif\u{7F}"]
        for _ in 0..<2000 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...16, using: &generator) {
                s.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)])
            }
            texts.append(String(s))
            texts.append(TextNormalizer.fold(Self.randomText(&generator)))
        }
        var scanned = 0
        for text in texts {
            guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
                #expect(FeeWords.ascii(text) == nil, "\(text.debugDescription)")
                continue
            }
            let words = try #require(FeeWords.ascii(text))
            #expect(words.all == TextNormalizer.words(text).map { FeeWord($0.utf8) }, "\(text.debugDescription)")
            #expect(words.clauses == FeeClauses(characterClausesOf: text), "\(text.debugDescription)")
            scanned += 1
        }
        #expect(scanned > 2_000)
        #expect(ConditionalFee.clauses("gratis; kecuali é") == ["gratis", " kecuali é"])
        #expect(FeeWords("gratis; kecuali é").clauses == nil)
    }

    @Test func templateKeysAreFoundInOnePass() {
        func reference(_ text: String) -> Bool {
            func contains(_ word: String) -> Bool {
                let bytes = Array(text.utf8)
                let needle = Array(word.utf8)
                guard bytes.count >= needle.count else { return false }
                return (0...(bytes.count - needle.count)).contains { i in
                    needle.indices.allSatisfy { bytes[i + $0] | 0x20 == needle[$0] }
                }
            }
            return contains("contoh") || contains("misal") || contains("example")
        }
        var generator = TestSeed.generator(0x7E3F_A11C)
        let pieces = ["contoh", "CONTOH", "Contoh", "conto", "ontoh", "misal", "MiSaL", "misa", "example", "EXAMPL",
                      "c", "m", "e", "C", "#", "\u{3}", "é", ":", " ", "x"]
        var texts = ["", "c", "contoh", "CONTOH", "Contoh:", "conto", "misa", "MISAL", "exampl", "EXAMPLE", "xcontoh",
                     "#ONTOH", "\u{3}ontoh", "contoh".uppercased() + "é", "é misal", "examplE"]
        for _ in 0..<5_000 {
            texts.append((0..<Int.random(in: 0...5, using: &generator)).map { _ in
                pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }.joined())
        }
        var found = 0
        for text in texts {
            let fast = Array(text.utf8).withUnsafeBufferPointer(TemplateExample.mayHoldKey)
            #expect(fast == reference(text), "\(text.debugDescription)")
            if fast { found += 1 }
        }
        #expect(found > 50 && found < texts.count - 50)
    }

    /// `strip` looks for a key word only in a text with a colon: the same text out as when every text holding a key
    /// word was cut into lines and stripped (the reference), including key words with no colon after them.
    @Test func examplesAreStrippedOnlyWhenAColonFollows() {
        func reference(_ text: String) -> String {
            Array(text.utf8).withUnsafeBufferPointer(TemplateExample.mayHoldKey) ? TemplateExample.stripLines(text) : text
        }
        var generator = TestSeed.generator(0x57_81B3)
        let pieces = ["contoh", "Contoh", "misalnya", "MISAL", "example", ":", " :", "(", ")", "[", "]", "\n", " ",
                      "Rp 10.000", "08:00", "gratis", "é", "jam", "x"]
        var texts = ["", ":", "contoh", "contoh:", "contoh :", "(contoh: Rp 5.000)", "misal\n:", ":\ncontoh",
                     "[Example: 3 hari] 5 hari", "08:00 contoh", "é contoh: é"]
        for _ in 0..<5_000 {
            texts.append((0..<Int.random(in: 0...8, using: &generator)).map { _ in
                pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }.joined(separator: Bool.random(using: &generator) ? " " : ""))
        }
        var keyWithoutColon = 0
        var changed = 0
        for text in texts {
            let stripped = TemplateExample.strip(text)
            #expect(Array(stripped.utf8) == Array(reference(text).utf8), "\(text.debugDescription)")
            let bytes = Array(text.utf8)
            if !bytes.contains(0x3A), bytes.withUnsafeBufferPointer(TemplateExample.mayHoldKey) { keyWithoutColon += 1 }
            if stripped != text { changed += 1 }
        }
        // The colon check skips texts the key-word scan would have taken, and examples are still removed.
        #expect(keyWithoutColon > 200)
        #expect(changed > 200)
    }
}

// MARK: - Reference: FeeParser before the fast paths (main 0eb99d9)

/// `FeeParser.parse` as it was: words as strings, clauses split into strings, `Set<String>` lookups.
enum FeeParserReference {
    static func parse(_ text: String) -> Fee {
        let trimmed = TextNormalizer.trimVisible(Substring(text))
        let folded = TextNormalizer.fold(TemplateExample.strip(text))
        let words = TextNormalizer.words(folded)
        var scan = AmountScan()
        var amounts = scan.referenceMarkedAmounts(Array(folded.utf8))
        amounts += spelledAmounts(words)
        if let bad = scan.malformed {
            return Fee(text: trimmed, isFree: false, min: nil, max: nil, malformedAmount: bad)
        }

        let free = statesFree(words) || amounts.contains(0)
        let positives = amounts.filter { $0 > 0 }
        if let low = positives.min(), let high = positives.max() {
            return Fee(text: trimmed, isFree: false, min: free ? 0 : low, max: high)
        }
        if free {
            if chargesSomeone(folded, words: words) { return Fee(text: trimmed, isFree: false, min: 0, max: nil) }
            return Fee(text: trimmed, isFree: true, min: 0, max: 0)
        }
        return Fee(text: trimmed, isFree: false, min: nil, max: nil)
    }

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

    private static let freeWholeTexts: [[String]] = [
        ["tidak", "ada"], ["nihil"], ["nol"], ["tidak", "dikenakan"], ["tidak", "dikenai"],
    ]

    private static let freePhrasesByFirstWord: [String: [[String]]] = Dictionary(grouping: freePhrases, by: { $0[0] })

    static func statesFree(_ words: [String]) -> Bool {
        if freeWholeTexts.contains(words) { return true }
        for start in words.indices {
            guard let candidates = freePhrasesByFirstWord[words[start]] else { continue }
            for phrase in candidates {
                let end = start + phrase.count
                guard end <= words.count, Array(words[start..<end]) == phrase else { continue }
                if phrase == ["gratis"] || phrase == ["free"] {
                    let negations = ["tidak", "bukan", "belum"]
                    if start > 0, negations.contains(words[start - 1]) { continue }
                    if start > 1, ["layanan", "pelayanan", "secara", "lagi"].contains(words[start - 1]),
                       negations.contains(words[start - 2]) { continue }
                }
                let extras = ["tambahan", "lain", "lainnya"]
                if phrase.last == "biaya" || phrase.last == "pungutan" || phrase.last == "tarif" {
                    if end < words.count, extras.contains(words[end]) { continue }
                } else if end + 1 < words.count, ["biaya", "pungutan", "tarif", "retribusi"].contains(words[end]),
                          extras.contains(words[end + 1]) {
                    continue
                }
                return true
            }
        }
        return false
    }

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

    private static let everyone: Set<String> = ["untuk", "bagi", "masyarakat", "kepentingan", "jasa", "layanan"]
    private static let contrast: Set<String> = ["kecuali", "selain", "sedangkan", "namun", "tetapi", "terkecuali"]
    private static let charging: Set<String> = ["tarif", "retribusi", "dikenakan", "dikenai", "bayar", "membayar",
                                                "dibayar", "berbayar", "dipungut", "umum", "non"]
    private static let groups: Set<String> = ["pasien", "peserta", "pemohon", "warga", "penduduk", "bagi", "untuk",
                                              "luar", "selebihnya", "lainnya"]
    private static let legal: Set<String> = ["sesuai", "perda", "peraturan", "perbup", "perwali", "pergub", "qanun",
                                             "ketentuan", "berdasarkan"]
    private static let negations: Set<String> = ["tidak", "tanpa", "bebas", "bukan", "gratis", "nol", "belum"]

    static func chargesSomeone(_ folded: String, words: [String]) -> Bool {
        if words.contains(where: { contrast.contains($0) }) { return true }
        let clauses = folded.split { $0 == ";" || $0 == "," || $0 == "." || $0 == "/" || $0 == "(" || $0 == ")" }.map(String.init)
        guard clauses.count > 1 else { return false }
        for clause in clauses {
            var w = TextNormalizer.words(clause)
            if let about = w.firstIndex(of: "tentang") { w = Array(w[..<about]) }
            guard !w.isEmpty, !statesFree(w) else { continue }
            var charges = false
            for (i, word) in w.enumerated() where charging.contains(word) {
                let previous = w[Swift.max(0, i - 2)..<i]
                if word == "umum", let before = previous.last, everyone.contains(before) {
                    continue
                }
                if !previous.contains(where: { negations.contains($0) }) { charges = true }
            }
            if !charges, w.contains(where: { groups.contains($0) }), w.contains(where: { legal.contains($0) }) {
                charges = true
            }
            if charges { return true }
        }
        return false
    }
}

extension AmountScan {
    /// `markedAmounts` as it was: a string for every word of the text.
    mutating func referenceMarkedAmounts(_ bytes: [UInt8]) -> [Int] {
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
                if malformed == nil, let bad = malformation(bytes, start: end - w.utf8.count, amount: amount) {
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
}
