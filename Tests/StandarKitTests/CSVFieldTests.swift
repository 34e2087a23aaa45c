import Testing
@testable import StandarKit

/// `DataExports.appendCSVField` scans sixteen bytes at a time (`csvSpecials`: a last block overlapping the one
/// before it, a short text in a block padded with zeros, only quotes after the first special); a byte-by-byte
/// reference gives the same field.
struct CSVFieldTests {
    static func reference(_ value: String) -> [UInt8] {
        let bytes = Array(value.utf8)
        guard let first = bytes.first else { return [] }
        let formula = first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 || first == 0x0D
        let needsQuotes = bytes.contains { $0 == 0x2C || $0 == 0x0A || $0 == 0x0D || $0 == 0x3B || $0 == 0x22 }
        var out: [UInt8] = []
        if needsQuotes { out.append(0x22) }
        if formula { out.append(0x27) }
        for b in bytes {
            out.append(b)
            if b == 0x22 { out.append(0x22) }
        }
        if needsQuotes { out.append(0x22) }
        return out
    }

    @Test(arguments: ["", "a", "Akta kelahiran", "a,b", "12345678,", "1234567;", "12345678\"x", "=SUM(A1)",
                      "-", "baris\nbaru", "tanpa koma di delapan byte pertama maupun sesudahnya",
                      "koma jauh di belakang sekali,", "koma, lalu kutip jauh di belakang sekali \"", "é,", "\r",
                      "abcdefgh\rabcdefgh", "abcdefghabcdefgh;", "\"abcdefghabcdefgh"])
    func knownFields(_ value: String) {
        var out: [UInt8] = []
        DataExports.appendCSVField(value, to: &out)
        #expect(out == Self.reference(value), "\(value.debugDescription)")
    }

    /// Specials at every offset of random texts, around and across the sixteen- and eight-byte steps.
    @Test func randomFieldsMatchTheReference() {
        let plain = ["a", "b", "Z", " ", "é", "–", "=", "-", "1234567", "\u{1}", "\u{7F}", "Akta kelahiran"]
        let specials = [",", ";", "\"", "\n", "\r"]
        var g = TemplateProgramTests.Seeded(state: 0xC5F)
        for _ in 0..<20_000 {
            let value = (0..<Int.random(in: 0...24, using: &g)).map { _ in
                (Int.random(in: 0..<10, using: &g) == 0 ? specials : plain).randomElement(using: &g) ?? ""
            }.joined()
            var out: [UInt8] = []
            DataExports.appendCSVField(value, to: &out)
            #expect(out == Self.reference(value), "\(value.debugDescription)")
        }
    }

    /// One special (or none) at every offset of texts of every length up to five blocks, with a quote or not
    /// further on: the padded short block, the overlapping last block and the switch to quotes only.
    @Test func specialsAtEveryOffsetOfEveryLength() {
        var g = TestSeed.generator(0xC5F2)
        let plain = Array("abcdefghijklmnopqrstuvwxyz ABC.é–0123456789".utf8)
        let specials: [UInt8] = [0x2C, 0x3B, 0x22, 0x0A, 0x0D]
        var checked = 0, quoted = 0
        for length in 0...80 {
            for offset in -1..<length {
                var bytes = (0..<length).map { _ in plain.randomElement(using: &g) ?? 0x61 }
                // Keep the text valid UTF-8: the specials replace ASCII bytes only.
                bytes = Array(String(decoding: bytes, as: UTF8.self).utf8.prefix(length))
                if offset >= 0, offset < bytes.count, bytes[offset] < 0x80 {
                    bytes[offset] = specials.randomElement(using: &g) ?? 0x2C
                    if Bool.random(using: &g), let later = (offset..<bytes.count).randomElement(using: &g),
                       bytes[later] < 0x80 { bytes[later] = 0x22 }
                }
                let value = String(decoding: bytes, as: UTF8.self)
                var out: [UInt8] = []
                DataExports.appendCSVField(value, to: &out)
                #expect(out == Self.reference(value), "\(value.debugDescription)")
                checked += 1
                if out.first == 0x22 { quoted += 1 }
            }
        }
        #expect(checked > 3_000)
        #expect(quoted > 1_000)
    }

    /// `csvSpecials` on its own, against the byte loop, including texts the fast path reads as whole blocks.
    @Test func specialsMatchAByteLoop() {
        var g = TestSeed.generator(0xC5F3)
        let alphabet = Array("ab ,;\"\n\r.xyz".utf8) + Array(repeating: UInt8(0x61), count: 40)
        for _ in 0..<5_000 {
            let bytes = (0..<Int.random(in: 0...70, using: &g)).map { _ in alphabet.randomElement(using: &g) ?? 0x61 }
            let expected = (bytes.contains { $0 == 0x2C || $0 == 0x3B || $0 == 0x0A || $0 == 0x0D || $0 == 0x22 },
                            bytes.contains(0x22))
            let found = bytes.withUnsafeBufferPointer { DataExports.csvSpecials($0) }
            #expect(found == expected, "\(bytes)")
        }
    }
}
