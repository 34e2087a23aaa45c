import Testing
@testable import StandarKit

/// The time tokenizer on UTF-8 bytes against the array-of-scalars tokenizer it replaced, kept here as the reference.
@Suite struct DurationTokenizerTests {
    @Test func tokensAsByTheScalarArray() {
        var generator = TestSeed.generator(0xD0_2A71)
        let pieces = ["1x24", "jam", "5", "(lima)", "hari", "kerja", "3-5", "menit", "08.00", "15:30", "1.000.000", "1,5",
                      "0.5", "12.345", "s.d.", "s/d", "sampai", "dengan", "±", "½", "¼", "¾", "1½", "–", "Perda", "Nomor",
                      "Tahun", "2023", "sehari", ".", ",", ":", "(", ")", "-", "~", "*", "x", "é", "hk", "\u{7}", "9.",
                      ".9", "²", "日本", "𝟗", "e\u{301}", "٣", "ß", "😀"]
        var texts = ["", " ", "1", "1.", "1.2", "12:3", "a", "1x24 jam", "½", "é1", "1½", "½½", "é½", "a²b", "9²",
                     "ﬁ", "1.000.000,5", "1:2:3", "00.00.00"]
        for _ in 0..<5_000 {
            texts.append((0..<Int.random(in: 0...10, using: &generator)).map { _ in
                pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }.joined(separator: Bool.random(using: &generator) ? " " : ""))
        }
        var nonASCII = 0
        for text in texts + texts.map(TextNormalizer.fold) {
            #expect(DurationTokenizer.tokens(text) == DurationTokenizerReference.tokens(text), "\(text.debugDescription)")
            if !text.utf8.allSatisfy({ $0 < 0x80 }) { nonASCII += 1 }
        }
        // Texts with and without multi-byte scalars are both drawn.
        #expect(nonASCII > 1_000 && nonASCII < texts.count * 2 - 1_000)
    }
}

/// `DurationTokenizer.tokens` as it was (main 0eb99d9): an array of the text's scalars, each word copied into a
/// buffer.
enum DurationTokenizerReference {
    static func tokens(_ folded: String) -> [DurationToken] {
        let scalars = Array(folded.unicodeScalars)
        var result: [DurationToken] = []
        var word: [UInt8] = []
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if isDigit(s) {
                var groups: [(value: Double, count: Int)] = [(0, 0)]
                var separators: [Unicode.Scalar] = []
                while i < scalars.count {
                    if isDigit(scalars[i]) {
                        groups[groups.count - 1].value = groups[groups.count - 1].value * 10 + Double(scalars[i].value - 0x30)
                        groups[groups.count - 1].count += 1
                        i += 1
                    } else if scalars[i] == "." || scalars[i] == "," || scalars[i] == ":",
                              i + 1 < scalars.count, isDigit(scalars[i + 1]) {
                        separators.append(scalars[i])
                        groups.append((0, 0))
                        i += 1
                    } else {
                        break
                    }
                }
                result.append(number(groups: groups, separators: separators))
            } else if s == "\u{BD}" || s == "\u{BC}" || s == "\u{BE}" {
                let fraction: Double = s == "\u{BD}" ? 0.5 : s == "\u{BC}" ? 0.25 : 0.75
                if case .number(let whole)? = result.last, i > 0, isDigit(scalars[i - 1]) {
                    result[result.count - 1] = .number(whole + fraction)
                } else {
                    result.append(.number(fraction))
                }
                i += 1
            } else if TextNormalizer.isWordScalar(s) {
                word.removeAll(keepingCapacity: true)
                while i < scalars.count, TextNormalizer.isWordScalar(scalars[i]), !isDigit(scalars[i]) {
                    let v = scalars[i].value
                    if v < 0x80 { word.append(UInt8(truncatingIfNeeded: v)) } else { word.append(contentsOf: scalars[i].utf8) }
                    i += 1
                }
                result.append(.word(String(decoding: word, as: UTF8.self)))
            } else {
                if s != " " { result.append(.symbol(s)) }
                i += 1
            }
        }
        return result
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { (0x30...0x39).contains(s.value) }

    private static func number(groups: [(value: Double, count: Int)], separators: [Unicode.Scalar]) -> DurationToken {
        guard let first = groups.first else { return .time }
        if separators.isEmpty { return .number(first.value) }
        if separators.count == 1, let last = groups.last {
            let sep = separators[0]
            if sep == ":" { return .time }
            if sep == ".", first.count <= 2, last.count == 2, first.value <= 24, last.value <= 59 {
                return .time
            }
            if sep == ".", last.count == 3 { return .number(first.value * 1000 + last.value) }
            var fraction = last.value
            for _ in 0..<last.count { fraction /= 10 }
            return .number(first.value + fraction)
        }
        if separators.allSatisfy({ $0 == "." }), groups.dropFirst().allSatisfy({ $0.count == 3 }) {
            return .number(groups.reduce(0) { $0 * 1000 + $1.value })
        }
        return .time
    }
}
