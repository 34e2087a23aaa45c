import Testing
@testable import StandarKit

/// `TextNormalizer.foldASCII`, eight bytes at a time where it can, against the byte-by-byte fold it replaced.
@Suite struct FoldWordTests {
    /// The byte-by-byte `foldASCII` before `printableWord` (the reference).
    static func reference(_ s: String) -> String? {
        var bytes: [UInt8] = []
        var pendingSpace = false
        for byte in s.utf8 {
            switch byte {
            case 0x80...:
                return nil
            case 0x09...0x0D, 0x20:
                pendingSpace = true
                continue
            case 0x00...0x08, 0x0E...0x1F, 0x7F:
                continue
            default:
                break
            }
            if pendingSpace, !bytes.isEmpty { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Seeded random texts of pieces that take both paths (printable words, single and double spaces, tabs and
    /// newlines, control characters, every printable byte, non-ASCII at any position), of lengths around the
    /// eight-byte blocks, fold as the reference folds them; many blocks take the eight-byte path.
    @Test func foldsAsTheByteByByteFold() {
        let pieces = ["a", "Z", "@", "[", "`", "{", "~", " ", "  ", "\t", "\n", "\r\n", "\u{1}", "\u{1F}", "\u{7F}",
                      "Biaya", "LAYANAN", "Rp 10.000,-", "3 (Tiga) Hari Kerja.", "ABCDEFGH", "abcdefgh", " x y z w ",
                      "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", "é", "日本"]
        var generator = TestSeed.generator(0xF01D_8B17)
        var fast = 0
        var texts = ["", " ", "        ", "ABCDEFGH", "ABCDEFG ", " ABCDEFG", "ABCDEFGH ", "A B C D E F G H I",
                     "ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{", "abcdefg\u{7F}", "abcdefgé", "é"]
        for _ in 0..<3000 {
            texts.append((0..<Int.random(in: 0...12, using: &generator)).map { _ in
                pieces.randomElement(using: &generator) ?? "a"
            }.joined())
            // Every byte value below 0x80, at random.
            texts.append(String(decoding: (0..<Int.random(in: 0...33, using: &generator)).map { _ in
                UInt8.random(in: 0..<0x80, using: &generator)
            }, as: UTF8.self))
        }
        for text in texts {
            #expect(TextNormalizer.foldASCII(text) == Self.reference(text), "\(text.debugDescription)")
            let utf8 = Array(text.utf8)
            var i = 0
            while i + 8 <= utf8.count {
                let w = utf8[i..<i + 8].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
                if TextNormalizer.printableWord(w, afterSpace: false) != nil { fast += 1 }
                i += 8
            }
        }
        #expect(fast > 3000)
    }

    /// Each byte value in each of the eight positions: a block is taken whole only when every byte is printable
    /// ASCII, and then lowercased as byte by byte.
    @Test func printableWordTakesOnlyPrintableBytes() {
        for value in 0...255 {
            for position in 0..<8 {
                var bytes = Array("AbCdEfGh".utf8)
                bytes[position] = UInt8(value)
                let w = bytes.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
                let lowered = TextNormalizer.printableWord(w, afterSpace: false)
                let printable = (0x20...0x7E).contains(value)
                #expect((lowered != nil) == printable, "\(value) at \(position)")
                if let lowered {
                    let expected = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
                    #expect((0..<8).map { UInt8(truncatingIfNeeded: lowered >> (8 * $0)) } == expected)
                }
            }
        }
        // A space first after a space, and two spaces in a row, are left to the byte-by-byte fold.
        let spaceFirst = Array(" abcdefg".utf8).reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        #expect(TextNormalizer.printableWord(spaceFirst, afterSpace: true) == nil)
        #expect(TextNormalizer.printableWord(spaceFirst, afterSpace: false) != nil)
        let twoSpaces = Array("abc  def".utf8).reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        #expect(TextNormalizer.printableWord(twoSpaces, afterSpace: false) == nil)
    }
}
