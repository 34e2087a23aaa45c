import Testing
@testable import StandarKit

/// `FeeWord.KeyTable` (a hashed table of the words' letter keys) against the binary search it replaced, and
/// `FeeParser.statesFree` (free phrases found by a scan of their first words) against the hashed lookup it replaced.
@Suite struct FeeWordLookupTests {
    /// The key of `text`'s bytes, as `FeeWords.ascii` builds it.
    static func key(_ text: some Sequence<UInt8>) -> FeeWord.Key {
        var key = FeeWord.Key()
        for byte in text { key.append(byte) }
        return key
    }

    /// The word of a key as before: the binary search over the sorted keys.
    static func reference(_ key: FeeWord.Key) -> FeeWord { key.word }

    @Test func everyWordIsFoundInTheTable() {
        let table = FeeWord.KeyTable.shared
        for word in FeeWord.allCases {
            let key = Self.key(word.rawValue.utf8)
            #expect(table.word(key) == word, "\(word)")
            #expect(table.word(key) == Self.reference(key), "\(word)")
        }
    }

    @Test func seededWordsAreFoundAsByTheBinarySearch() {
        var generator = TestSeed.generator(0xFEE_7AB1E)
        let table = FeeWord.KeyTable.shared
        var texts = ["", "a", "z", "abcdefghijkl", "abcdefghijklm", "zzzzzzzzzzzz", "gratis2", "Gratis", "gratiss", "é",
                     "tidak", "tida", "tidakk", "berdasarkan", "berdasarkann", "terkecuali", "9", "_"]
        // Each word of the table with one letter changed, dropped or added: keys next to the stored ones.
        for word in FeeWord.allCases where word != .other {
            let bytes = Array(word.rawValue.utf8)
            for position in bytes.indices {
                var changed = bytes
                changed[position] = changed[position] == 0x7A ? 0x61 : changed[position] + 1
                texts.append(String(decoding: changed, as: UTF8.self))
                var dropped = bytes
                dropped.remove(at: position)
                texts.append(String(decoding: dropped, as: UTF8.self))
            }
            texts.append(word.rawValue + "a")
            texts.append(word.rawValue)
        }
        for _ in 0..<20_000 {
            let length = Int.random(in: 1...13, using: &generator)
            // Mostly the letters of the words, to land near them.
            let letters = Array("aeiourtnkgblpdsm".utf8)
            texts.append(String(decoding: (0..<length).map { _ in letters[Int.random(in: 0..<letters.count, using: &generator)] },
                                as: UTF8.self))
        }
        var found = 0
        for text in texts {
            let key = Self.key(text.utf8)
            let word = table.word(key)
            #expect(word == Self.reference(key), "\(text.debugDescription)")
            if word != .other { found += 1 }
        }
        // Hits as well as misses: every word was found.
        #expect(found >= FeeWord.allCases.count - 1)
    }

    /// `statesFree` as it was: the phrases of a word found in a `[FeeWord: [[FeeWord]]]`.
    static func referenceStatesFree(_ words: ArraySlice<FeeWord>) -> Bool {
        let byFirstWord = Dictionary(grouping: FeeParser.freePhrases, by: { $0[0] })
        switch words.count {
        case 1: if words.first == .nihil || words.first == .nol { return true }
        case 2: if words.first == .tidak && (words.last == .ada || words.last == .dikenakan || words.last == .dikenai) { return true }
        default: break
        }
        for start in words.indices where words[start] != .other {
            guard let candidates = byFirstWord[words[start]] else { continue }
            for phrase in candidates {
                let end = start + phrase.count
                guard end <= words.endIndex, words[start..<end].elementsEqual(phrase) else { continue }
                if phrase == [.gratis] || phrase == [.free] {
                    let negations: [FeeWord] = [.tidak, .bukan, .belum]
                    if start > words.startIndex, negations.contains(words[start - 1]) { continue }
                    if start > words.startIndex + 1, [.layanan, .pelayanan, .secara, .lagi].contains(words[start - 1]),
                       negations.contains(words[start - 2]) { continue }
                }
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

    @Test func freePhrasesAreFoundAsByTheDictionary() {
        var generator = TestSeed.generator(0xF4EE_0F4E)
        // The words of the phrases and the words around them, often, so that phrases are completed.
        let common: [FeeWord] = [.tidak, .ada, .biaya, .dipungut, .gratis, .free, .bebas, .tanpa, .nol, .rupiah, .cuma,
                                 .dikenakan, .dikenai, .tambahan, .lain, .lainnya, .bukan, .layanan, .other, .pungutan,
                                 .tarif, .retribusi, .nihil]
        var slices: [ArraySlice<FeeWord>] = [[], [.nihil], [.tidak, .ada], [.gratis], [.tidak, .gratis],
                                            [.bukan, .layanan, .gratis], [.tidak, .ada, .biaya, .tambahan]]
        slices += FeeParser.freePhrases.map { ArraySlice($0) }
        for _ in 0..<20_000 {
            let words: [FeeWord] = (0..<Int.random(in: 0...9, using: &generator)).map { _ in
                Bool.random(using: &generator) ? common[Int.random(in: 0..<common.count, using: &generator)]
                    : FeeWord.allCases[Int.random(in: 0..<FeeWord.allCases.count, using: &generator)]
            }
            // Slices that do not start at 0, as the clauses of `chargesSomeone` are.
            let start = Int.random(in: 0...words.count, using: &generator)
            slices.append(words[start...])
            slices.append(words[...])
        }
        var free = 0
        for slice in slices {
            let fast = FeeParser.statesFree(slice)
            #expect(fast == Self.referenceStatesFree(slice), "\(Array(slice))")
            if fast { free += 1 }
        }
        #expect(free > 2_000 && free < slices.count - 2_000)
    }
}
