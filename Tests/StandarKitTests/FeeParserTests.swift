import Foundation
import Testing
@testable import StandarKit

/// Expected reading of one fee text: free flag and the rupiah range; `min == nil` means unreadable.
struct FeeCase: Sendable, CustomTestStringConvertible {
    let text: String
    let isFree: Bool
    let min: Int?
    let max: Int?

    init(_ text: String, free: Bool, _ min: Int?, _ max: Int?) {
        self.text = text
        self.isFree = free
        self.min = min
        self.max = max
    }

    var testDescription: String { text }
}

@Suite("FeeParser")
struct FeeParserTests {
    static let freeCases: [FeeCase] = [
        FeeCase("Gratis", free: true, 0, 0),
        FeeCase("GRATIS", free: true, 0, 0),
        FeeCase("Tidak dipungut biaya", free: true, 0, 0),
        FeeCase("Tidak ada biaya / GRATIS", free: true, 0, 0),
        FeeCase("Rp. 0,-", free: true, 0, 0),
        FeeCase("Rp0", free: true, 0, 0),
        FeeCase("bebas biaya", free: true, 0, 0),
        FeeCase("Tidak dikenakan biaya", free: true, 0, 0),
        FeeCase("Tidak dikenakan retribusi", free: true, 0, 0),
        FeeCase("tanpa biaya", free: true, 0, 0),
        FeeCase("Biaya: Rp 0 (nol rupiah)", free: true, 0, 0),
        FeeCase("Tidak ada", free: true, 0, 0),
        FeeCase("Nihil", free: true, 0, 0),
        FeeCase("Pelayanan ini tidak dipungut biaya (gratis).", free: true, 0, 0),
        FeeCase("Layanan diberikan secara cuma-cuma", free: true, 0, 0),
        FeeCase("Free", free: true, 0, 0),
        FeeCase("Gratis sesuai Peraturan Daerah Nomor 5 Tahun 2023", free: true, 0, 0),
        FeeCase("\u{00A0}Gratis\u{200B}", free: true, 0, 0),
        FeeCase("Rp 0,00 (nol rupiah)", free: true, 0, 0),
        FeeCase("Tidak dipungut retribusi sesuai PP 24/2013", free: true, 0, 0),
    ]

    static let paidCases: [FeeCase] = [
        FeeCase("Rp 25.000", free: false, 25_000, 25_000),
        FeeCase("Rp. 15.000,-", free: false, 15_000, 15_000),
        FeeCase("Rp15.000,00", free: false, 15_000, 15_000),
        FeeCase("Rp 1.500.000", free: false, 1_500_000, 1_500_000),
        FeeCase("Rp 45 ribu", free: false, 45_000, 45_000),
        FeeCase("Rp 2,5 juta", free: false, 2_500_000, 2_500_000),
        FeeCase("25.000 rupiah", free: false, 25_000, 25_000),
        FeeCase("IDR 50,000", free: false, 50_000, 50_000),
        FeeCase("Rp 10.000.-", free: false, 10_000, 10_000),
        FeeCase("Biaya pendaftaran sebesar Rp 25.000.", free: false, 25_000, 25_000),
        FeeCase("Kelas I: Rp 150.000; Kelas II: Rp 100.000", free: false, 100_000, 150_000),
        FeeCase("| Kelas | Tarif |\n| I | Rp 150.000 |\n| II | Rp 100.000 |\n| III | Rp 50.000 |",
                free: false, 50_000, 150_000),
        FeeCase("Rp 10.000 - Rp 50.000", free: false, 10_000, 50_000),
        FeeCase("Rp 10.000 - 50.000 tergantung luas bangunan", free: false, 10_000, 50_000),
        FeeCase("Rp 10.000 s.d. 50.000", free: false, 10_000, 50_000),
        FeeCase("Rp 10.000 sampai dengan Rp 75.000", free: false, 10_000, 75_000),
        FeeCase("Sesuai Perda Nomor 5 Tahun 2023 tentang Retribusi Jasa Umum sebesar Rp 5.000 per lembar",
                free: false, 5_000, 5_000),
        FeeCase("Rp 25.000 (dua puluh lima ribu rupiah)", free: false, 25_000, 25_000),
        FeeCase("dua puluh lima ribu rupiah", free: false, 25_000, 25_000),
        FeeCase("Rp 1,5 jt", free: false, 1_500_000, 1_500_000),
        FeeCase("Rp 1.500.000,00 per izin", free: false, 1_500_000, 1_500_000),
        FeeCase("2% dari nilai transaksi, minimal Rp 100.000", free: false, 100_000, 100_000),
        FeeCase("Tidak ada biaya tambahan selain Rp 10.000 untuk materai", free: false, 10_000, 10_000),
        FeeCase("Tidak gratis: Rp 5.000", free: false, 5_000, 5_000),
        FeeCase("RP 7.500", free: false, 7_500, 7_500),
        FeeCase("Rp.500", free: false, 500, 500),
    ]

    static let mixedCases: [FeeCase] = [
        FeeCase("Gratis untuk warga, Rp 10.000 untuk legalisir tambahan", free: false, 0, 10_000),
        FeeCase("Pendaftaran gratis; cetak ulang Rp 5.000,- dan legalisir Rp 2.000,-", free: false, 0, 5_000),
        FeeCase("Rp 0 untuk warga miskin, Rp 50.000 untuk umum", free: false, 0, 50_000),
    ]

    static let unreadableCases: [String] = [
        "sesuai Perda Nomor 5 Tahun 2023 tentang Retribusi Jasa Umum",
        "Sesuai PP 24/2013 dan Perbup No. 12 Tahun 2020",
        "2% dari nilai jual objek pajak",
        "Sesuai ketentuan yang berlaku",
        "Dihitung berdasarkan luas bangunan x indeks x 1.000",
        "Lihat lampiran",
        "",
    ]

    @Test("free fees", arguments: freeCases)
    func free(_ c: FeeCase) {
        let fee = FeeParser.parse(c.text)
        #expect(fee.isFree == c.isFree)
        #expect(fee.min == c.min)
        #expect(fee.max == c.max)
        #expect(fee.readable)
    }

    @Test("paid fees", arguments: paidCases)
    func paid(_ c: FeeCase) {
        let fee = FeeParser.parse(c.text)
        #expect(fee.isFree == c.isFree)
        #expect(fee.min == c.min)
        #expect(fee.max == c.max)
        #expect(fee.readable)
    }

    @Test("free and paid together", arguments: mixedCases)
    func mixed(_ c: FeeCase) {
        let fee = FeeParser.parse(c.text)
        #expect(fee.isFree == c.isFree)
        #expect(fee.min == c.min)
        #expect(fee.max == c.max)
    }

    @Test("unreadable fees", arguments: unreadableCases)
    func unreadable(_ text: String) {
        let fee = FeeParser.parse(text)
        #expect(!fee.readable)
        #expect(!fee.isFree)
        #expect(fee.min == nil)
        #expect(fee.max == nil)
    }

    @Test func keepsTrimmedAuthorText() {
        #expect(FeeParser.parse("  Rp. 15.000,- / lembar \n").text == "Rp. 15.000,- / lembar")
    }

    @Test func codableRoundTrip() throws {
        let fee = FeeParser.parse("Rp 10.000 - Rp 50.000")
        let data = try JSONEncoder().encode(fee)
        #expect(try JSONDecoder().decode(Fee.self, from: data) == fee)
    }
}
