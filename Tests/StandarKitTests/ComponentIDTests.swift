import Testing
@testable import StandarKit

struct ComponentIDTests {
    /// `order` (a switch, also what == and hashing use) is the declaration order, and every case is equal only to
    /// itself, also as a dictionary key.
    @Test func orderEqualityAndHashingFollowTheCases() {
        var byID: [ComponentID: Int] = [:]
        for (i, id) in ComponentID.allCases.enumerated() {
            #expect(id.order == i, "\(id)")
            byID[id] = i
            for other in ComponentID.allCases {
                #expect((id == other) == (id.rawValue == other.rawValue))
                #expect((id < other) == (i < (ComponentID.allCases.firstIndex(of: other) ?? -1)))
            }
        }
        #expect(byID.count == 14)
        for (i, id) in ComponentID.allCases.enumerated() { #expect(byID[id] == i) }
        #expect(Set(ComponentID.allCases).count == 14)
    }

    /// `init(id:)` compares only the names of the key's length; `init(rawValue:)` is the reference, on every name,
    /// the other front-matter keys, near misses (prefixes, case, one byte changed) and seeded random keys.
    @Test func idLookupMatchesRawValue() {
        var keys = ["", "judul", "ringkasan", "kategori", "nomor_sk", "ditetapkan", "ditinjau", "kata_kunci", "draft",
                    "lokasi", "jam_layanan", "daring", "dasar hukum", "dasarHukum", "Biaya", "biaya ", "waktu\u{0}",
                    "jaminan_pelayanan_", "jaminan_keamanaN", "persyaratán", "évaluasi", "日本"]
        for id in ComponentID.allCases {
            let name = id.rawValue
            keys += [name, name.uppercased(), String(name.dropLast()), String(name.dropFirst()), name + "s"]
            // One byte changed at each position, the length kept.
            for i in name.utf8.indices {
                var bytes = Array(name.utf8)
                bytes[name.utf8.distance(from: name.utf8.startIndex, to: i)] ^= 0x01
                keys.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        var g = TestSeed.generator(0xC0_1D)
        let letters = Array("abdeijklmnoprstuwy_é".unicodeScalars)
        for _ in 0..<3_000 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...18, using: &g) { s.append(letters[Int.random(in: 0..<letters.count, using: &g)]) }
            keys.append(String(s))
        }
        var found = 0
        for key in keys {
            #expect(ComponentID(id: key) == ComponentID(rawValue: key), "\(key.debugDescription)")
            if ComponentID(id: key) != nil { found += 1 }
        }
        #expect(found >= 14)
    }
}
