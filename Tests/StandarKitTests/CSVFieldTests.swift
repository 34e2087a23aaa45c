import Testing
@testable import StandarKit

/// `DataExports.appendCSVField` scans sixteen, then eight bytes at a time; a byte-by-byte reference gives the same
/// field.
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
}
