import Foundation
import Testing
@testable import StandarKit

/// Expected reading of one duration text.
struct DurationCase: Sendable, CustomTestStringConvertible {
    let text: String
    let value: Double
    let maxValue: Double?
    let unit: DurationUnit

    init(_ text: String, _ value: Double, _ unit: DurationUnit, max: Double? = nil) {
        self.text = text
        self.value = value
        self.maxValue = max
        self.unit = unit
    }

    var testDescription: String { text }
}

@Suite("DurationParser")
struct DurationParserTests {
    static let readableCases: [DurationCase] = [
        DurationCase("5 (lima) hari kerja", 5, .hariKerja),
        DurationCase("1 hari", 1, .hari),
        DurationCase("14 Hari", 14, .hari),
        DurationCase("1x24 jam", 24, .jam),
        DurationCase("1 x 24 jam", 24, .jam),
        DurationCase("2 × 24 Jam", 48, .jam),
        DurationCase("60 (enam puluh) menit", 60, .menit),
        DurationCase("± 15 Menit", 15, .menit),
        DurationCase("3-5 menit", 3, .menit, max: 5),
        DurationCase("3 – 5 menit", 3, .menit, max: 5),
        DurationCase("1 – 6 bulan", 1, .bulan, max: 6),
        DurationCase("2-4 minggu", 2, .minggu, max: 4),
        DurationCase("2 s.d. 4 minggu", 2, .minggu, max: 4),
        DurationCase("2 s/d 4 minggu", 2, .minggu, max: 4),
        DurationCase("2 sampai 4 minggu", 2, .minggu, max: 4),
        DurationCase("2 sampai dengan 4 minggu", 2, .minggu, max: 4),
        DurationCase("Maksimal 7 hari kerja", 7, .hariKerja),
        DurationCase("paling lambat 3 (tiga) hari", 3, .hari),
        DurationCase("selambat-lambatnya 1 (satu) hari kerja", 1, .hariKerja),
        DurationCase("3 hari kerja sejak berkas dinyatakan lengkap dan benar", 3, .hariKerja),
        DurationCase("satu hari kerja", 1, .hariKerja),
        DurationCase("tiga puluh menit", 30, .menit),
        DurationCase("empat puluh lima menit", 45, .menit),
        DurationCase("sembilan puluh hari kalender", 90, .hari),
        DurationCase("seratus dua puluh menit", 120, .menit),
        DurationCase("dua belas hari kerja", 12, .hariKerja),
        DurationCase("30 menit per pemohon", 30, .menit),
        DurationCase("7 hari kerja dengan catatan persyaratan lengkap", 7, .hariKerja),
        DurationCase("14 hari kalender", 14, .hari),
        DurationCase("10 HK", 10, .hariKerja),
        DurationCase("5 HK sejak berkas diterima", 5, .hariKerja),
        DurationCase("1 (satu) s.d. 3 (tiga) hari kerja", 1, .hariKerja, max: 3),
        DurationCase("3 hari - 5 hari", 3, .hari, max: 5),
        DurationCase("setengah jam", 0.5, .jam),
        DurationCase("1,5 jam", 1.5, .jam),
        DurationCase("1 jam 30 menit", 1.5, .jam),
        DurationCase("30 detik", 0.5, .menit),
        DurationCase("1 tahun", 12, .bulan),
        DurationCase("sehari", 1, .hari),
        DurationCase("Seminggu", 1, .minggu),
        DurationCase("Pelayanan selesai dalam waktu 2 (dua) jam", 2, .jam),
        DurationCase("Jika berkas lengkap, 3 hari kerja; jika tidak, 7 hari kerja", 3, .hariKerja),
        DurationCase("Senin-Jumat, selesai 60 menit", 60, .menit),
        DurationCase("lima (5) hari kerja", 5, .hariKerja),
        DurationCase("2 (dua) minggu", 2, .minggu),
        DurationCase("15 s.d 30 menit", 15, .menit, max: 30),
        DurationCase("Kurang lebih 10 menit", 10, .menit),
        DurationCase("3 atau 4 hari", 3, .hari, max: 4),
        DurationCase("Sesuai Perda No. 5 Tahun 2023: 5 hari kerja", 5, .hariKerja),
        DurationCase("Paling lama 14 (empat belas) hari kerja", 14, .hariKerja),
        DurationCase("Selesai di tempat (±10 menit)", 10, .menit),
        DurationCase("Pelayanan pukul 07.30, selesai dalam 30 menit", 30, .menit),
        DurationCase("3 sd 5 hari", 3, .hari, max: 5),
    ]

    static let unreadableCases: [String] = [
        "Sesuai antrian",
        "Senin-Kamis 08.00-15.00",
        "08.00 - 15.00 WIB",
        "Senin - Jumat pukul 08:00 s.d. 16:00 WIB",
        "Hari kerja",
        "Tergantung kelengkapan berkas",
        "Segera",
        "",
        "2 (dua) lembar",
        "Senin s.d. Kamis: 07.30 - 16.00; Jumat: 07.30 - 11.00",
        "Sesuai UU Nomor 25 Tahun 2009",
        "Langsung jadi",
    ]

    @Test("readable durations", arguments: readableCases)
    func readable(_ c: DurationCase) throws {
        let d = DurationParser.parse(c.text)
        #expect(d.readable)
        #expect(d.unit == c.unit)
        let value = try #require(d.value)
        #expect(abs(value - c.value) < 0.0001)
        if let expectedMax = c.maxValue {
            let maxValue = try #require(d.maxValue)
            #expect(abs(maxValue - expectedMax) < 0.0001)
        } else {
            #expect(d.maxValue == nil)
        }
    }

    @Test("unreadable durations", arguments: unreadableCases)
    func unreadable(_ text: String) {
        let d = DurationParser.parse(text)
        #expect(!d.readable)
        #expect(d.value == nil)
        #expect(d.unit == nil)
    }

    @Test func keepsTrimmedAuthorText() {
        #expect(DurationParser.parse("\u{00A0} 5 (lima) hari kerja \n").text == "5 (lima) hari kerja")
    }

    @Test func takesTheFirstExpression() {
        let d = DurationParser.parse("Pendaftaran 15 menit, penerbitan 3 hari kerja")
        #expect(d.value == 15)
        #expect(d.unit == .menit)
    }

    @Test func unitRawValues() {
        #expect(DurationUnit.hariKerja.rawValue == "hari kerja")
        #expect(DurationUnit.allCases.count == 6)
    }

    @Test func codableRoundTrip() throws {
        let d = DurationParser.parse("3-5 menit")
        let data = try JSONEncoder().encode(d)
        #expect(try JSONDecoder().decode(ServiceDuration.self, from: data) == d)
    }
}

/// How a duration text should read: nil for unreadable.
struct WildDuration: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: (value: Double, max: Double?, unit: DurationUnit)?
    init(_ text: String, _ value: Double, _ unit: DurationUnit, max: Double? = nil) {
        self.text = text
        self.expected = (value, max, unit)
    }
    init(unreadable text: String) {
        self.text = text
        self.expected = nil
    }
    var testDescription: String { text }

    func matches(_ d: ServiceDuration) -> Bool {
        guard let e = expected else { return !d.readable }
        guard let value = d.value, d.unit == e.unit, abs(value - e.value) < 0.0001 else { return false }
        switch (d.maxValue, e.max) {
        case (nil, nil): return true
        case (let a?, let b?): return abs(a - b) < 0.0001
        default: return false
        }
    }
}

/// Processing times as real Indonesian standards write them (issue 13 part 4), with the expected reading.
@Suite("DurationParser on times as written in the wild")
struct WildDurationTests {
    static let cases: [WildDuration] = [
        WildDuration("5 (lima) hari kerja", 5, .hariKerja),
        WildDuration("1 (satu) hari kerja", 1, .hariKerja),
        WildDuration("14 (empat belas) hari kerja sejak berkas diterima lengkap dan benar", 14, .hariKerja),
        WildDuration("3 Hari Kerja", 3, .hariKerja),
        WildDuration("1 x 24 jam", 24, .jam),
        WildDuration("2 x 24 Jam", 48, .jam),
        WildDuration("± 15 menit", 15, .menit),
        WildDuration("± 30 Menit / pemohon", 30, .menit),
        WildDuration("Lebih kurang 10 menit", 10, .menit),
        WildDuration("lebih kurang 2 (dua) jam", 2, .jam),
        WildDuration("Kurang lebih 1 jam", 1, .jam),
        WildDuration("Maks. 3 hari kerja", 3, .hariKerja),
        WildDuration("Maksimal 7 (tujuh) hari kerja", 7, .hariKerja),
        WildDuration("Paling lama 14 (empat belas) hari kerja", 14, .hariKerja),
        WildDuration("paling lama 60 menit", 60, .menit),
        WildDuration("Paling lambat 3 (tiga) hari kerja setelah berkas lengkap", 3, .hariKerja),
        WildDuration("Selambat-lambatnya 5 (lima) hari kerja", 5, .hariKerja),
        WildDuration("35 Menit -- 65 Menit", 35, .menit, max: 65),
        WildDuration("10 menit - 15 menit", 10, .menit, max: 15),
        WildDuration("3 s.d. 5 hari kerja", 3, .hariKerja, max: 5),
        WildDuration("3 s.d 5 hari kerja", 3, .hariKerja, max: 5),
        WildDuration("1 sampai 3 hari kerja", 1, .hariKerja, max: 3),
        WildDuration("2 hingga 4 minggu", 2, .minggu, max: 4),
        WildDuration("15 (lima belas) menit sampai dengan 30 (tiga puluh) menit", 15, .menit, max: 30),
        WildDuration("1-2 hari", 1, .hari, max: 2),
        WildDuration("1 -- 2 hari kerja", 1, .hariKerja, max: 2),
        WildDuration("7--14 hari kalender", 7, .hari, max: 14),
        WildDuration("30 menit s/d 1 jam", 30, .menit, max: 60),
        WildDuration("40 Menit - 1 Jam", 40, .menit, max: 60),
        WildDuration("1 (satu) minggu", 1, .minggu),
        WildDuration("2 (dua) bulan", 2, .bulan),
        WildDuration("60 (enam puluh) hari kalender", 60, .hari),
        WildDuration("30 hari", 30, .hari),
        WildDuration("5 HK", 5, .hariKerja),
        WildDuration("10 (sepuluh) menit per pemohon", 10, .menit),
        WildDuration("1 jam 30 menit", 1.5, .jam),
        WildDuration("Setengah hari", 0.5, .hari),
        WildDuration("Satu hari kerja", 1, .hariKerja),
        WildDuration("Tiga puluh menit", 30, .menit),
        WildDuration("Dua minggu", 2, .minggu),
        WildDuration("1x24 jam hari kerja", 24, .jam),
        WildDuration("Waktu penyelesaian 3 hari kerja", 3, .hariKerja),
        WildDuration("Selesai dalam 1 (satu) hari", 1, .hari),
        WildDuration("Pelayanan diselesaikan paling lama 20 (dua puluh) hari kerja sejak permohonan diterima secara lengkap dan benar", 20, .hariKerja),
        WildDuration("3 (tiga) hari kerja, dengan catatan persyaratan lengkap", 3, .hariKerja),
        WildDuration("Sesuai Perda No. 5 Tahun 2023: 7 hari kerja", 7, .hariKerja),
        WildDuration("± 5 menit untuk pendaftaran", 5, .menit),
        WildDuration("Maks. 2 x 24 jam", 48, .jam),
        WildDuration("15 menit s.d. 30 menit", 15, .menit, max: 30),
        WildDuration("1 (satu) s.d. 3 (tiga) hari kerja", 1, .hariKerja, max: 3),
        WildDuration("1 (satu) bulan", 1, .bulan),
        WildDuration("6 bulan", 6, .bulan),
        WildDuration("3 - 5 menit", 3, .menit, max: 5),
        WildDuration("5 s/d 10 menit", 5, .menit, max: 10),
        WildDuration("paling lama 1 x 24 jam", 24, .jam),
        WildDuration("90 (sembilan puluh) hari", 90, .hari),
        WildDuration("12 hari kerja efektif", 12, .hariKerja),
        WildDuration("kurang dari 15 menit", 15, .menit),
        WildDuration("2 hari kerja (contoh: 1 hari untuk verifikasi)", 2, .hariKerja),
        WildDuration("1 minggu - 2 minggu", 1, .minggu, max: 2),
        WildDuration("2 - 3 minggu", 2, .minggu, max: 3),
        WildDuration("½ jam", 0.5, .jam),
        WildDuration("1½ jam", 1.5, .jam),
        WildDuration("Tiga (3) hari kerja", 3, .hariKerja),
        WildDuration("Dalam waktu 7 x 24 jam", 168, .jam),
        WildDuration("1 (satu) jam 15 (lima belas) menit", 1.25, .jam),
        // Nothing to read
        WildDuration(unreadable: "Contoh: 3 hari kerja"),
        WildDuration(unreadable: "[contoh: 5 hari kerja]"),
        WildDuration(unreadable: "Senin - Kamis 08.00 - 15.00 WIB"),
        WildDuration(unreadable: "Sesuai antrian"),
        WildDuration(unreadable: "Tergantung kelengkapan berkas"),
        WildDuration(unreadable: "Jam pelayanan 08.00 s.d. 14.00"),
    ]

    @Test("reads the time as expected", arguments: cases)
    func reads(_ c: WildDuration) {
        let d = DurationParser.parse(c.text)
        #expect(c.matches(d), "read \(String(describing: d.value))–\(String(describing: d.maxValue)) \(String(describing: d.unit))")
    }

    @Test func shareReadRight() {
        let right = Self.cases.count { $0.matches(DurationParser.parse($0.text)) }
        let share = Double(right) / Double(Self.cases.count)
        print("DurationParser: \(right) of \(Self.cases.count) wild duration texts read right (\(Int((share * 100).rounded()))%)")
        #expect(Self.cases.count >= 60)
        #expect(share >= 0.95)
    }
}
