import Testing
@testable import StandarKit

/// The fee recognizer's fast paths (amounts and template keys found on the bytes) against the code they replaced,
/// kept here as the reference.
@Suite struct FeeFastPathTests {
    /// Pieces of fee texts: the words the rules look for in several letter cases, amounts, separators, template
    /// keys and non-ASCII text.
    static let pieces: [String] = [
        "gratis", "free", "cuma", "nol", "rupiah", "tidak", "dipungut", "ada", "biaya", "bebas", "tarif", "retribusi",
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
}

// MARK: - Reference: AmountScan before the fast path (main 0eb99d9)

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
