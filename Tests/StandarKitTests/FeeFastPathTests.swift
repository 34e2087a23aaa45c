import Testing
@testable import StandarKit

/// The fee recognizer's fast paths (template keys found in one pass over the bytes) against the code they
/// replaced, kept here as the reference.
@Suite struct FeeFastPathTests {
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
