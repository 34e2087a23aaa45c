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

/// How a fee text should read.
enum FeeReading: Equatable, Sendable, CustomStringConvertible {
    case gratis
    case nominal(Int, Int)
    /// Free for some, charged for others; the highest amount when one is named.
    case bersyarat(Int?)
    case unreadable
    case malformed

    init(_ fee: Fee) {
        if fee.malformedAmount != nil {
            self = .malformed
            return
        }
        switch fee.state {
        case .gratis: self = .gratis
        case .berbayar: self = .nominal(fee.min ?? -1, fee.max ?? -1)
        case .bersyarat: self = .bersyarat(fee.max)
        case .takTerbaca: self = .unreadable
        }
    }

    var description: String {
        switch self {
        case .gratis: "gratis"
        case .nominal(let a, let b): "Rp \(a)–\(b)"
        case .bersyarat(let max): "bersyarat \(max.map(String.init) ?? "-")"
        case .unreadable: "tak terbaca"
        case .malformed: "nominal rusak"
        }
    }
}

struct WildFee: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: FeeReading
    init(_ text: String, _ expected: FeeReading) {
        self.text = text
        self.expected = expected
    }
    var testDescription: String { text }
}

/// Fees as real Indonesian standards write them (issue 13 part 4), with the expected reading.
@Suite("FeeParser on fees as written in the wild")
struct WildFeeTests {
    static let cases: [WildFee] = [
        // Free
        WildFee("Gratis", .gratis),
        WildFee("GRATIS", .gratis),
        WildFee("Tidak dipungut biaya", .gratis),
        WildFee("Tidak dipungut biaya / Gratis", .gratis),
        WildFee("Rp. 0,- (Nol Rupiah)", .gratis),
        WildFee("Tidak ada biaya (GRATIS)", .gratis),
        WildFee("Pelayanan tidak dipungut biaya", .gratis),
        WildFee("Tidak dikenakan biaya/gratis", .gratis),
        WildFee("Bebas biaya", .gratis),
        WildFee("Biaya : Gratis", .gratis),
        WildFee("Gratis, sesuai Peraturan Daerah Kota Sukamaju Nomor 3 Tahun 2019", .gratis),
        WildFee("Tidak dipungut biaya (Gratis) sesuai Perda Nomor 5 Tahun 2020 tentang Retribusi Jasa Umum", .gratis),
        WildFee("Rp. 0,-", .gratis),
        WildFee("Tidak dipungut biaya apapun", .gratis),
        WildFee("Gratis / tidak dipungut biaya", .gratis),
        WildFee("Tanpa biaya", .gratis),
        WildFee("Nihil", .gratis),
        WildFee("Tidak dikenakan retribusi", .gratis),
        WildFee("Layanan ini gratis", .gratis),
        WildFee("Gratis (tidak dipungut biaya), untuk umum", .gratis),
        WildFee("Tidak dipungut biaya bagi masyarakat umum", .gratis),
        WildFee("Gratis (dibiayai APBD)", .gratis),
        WildFee("Tidak ada", .gratis),
        WildFee("Tidak dipungut biaya.\nDasar: Perda Nomor 3 Tahun 2019", .gratis),
        // Amounts
        WildFee("Rp 25.000", .nominal(25_000, 25_000)),
        WildFee("Rp. 15.000,-", .nominal(15_000, 15_000)),
        WildFee("Rp 50.000,- (lima puluh ribu rupiah)", .nominal(50_000, 50_000)),
        WildFee("Rp. 100.000,- per izin", .nominal(100_000, 100_000)),
        WildFee("Rp 7.500 per lembar", .nominal(7_500, 7_500)),
        WildFee("Sebesar Rp. 10.000,-/lembar", .nominal(10_000, 10_000)),
        WildFee("Rp 2.500.000", .nominal(2_500_000, 2_500_000)),
        WildFee("Rp 45 ribu", .nominal(45_000, 45_000)),
        WildFee("Rp. 1,5 juta", .nominal(1_500_000, 1_500_000)),
        WildFee("Retribusi sebesar Rp 5.000 sesuai Perda Nomor 2 Tahun 2012", .nominal(5_000, 5_000)),
        WildFee("Kelas I Rp. 150.000; Kelas II Rp. 100.000; Kelas III Rp. 50.000", .nominal(50_000, 150_000)),
        WildFee("Rp 10.000 s.d. Rp 50.000", .nominal(10_000, 50_000)),
        WildFee("Rp 10.000 -- Rp 25.000", .nominal(10_000, 25_000)),
        WildFee("Rp 5.000 sampai Rp 15.000", .nominal(5_000, 15_000)),
        WildFee("Rp 20.000 hingga Rp 40.000", .nominal(20_000, 40_000)),
        WildFee("IDR 75,000", .nominal(75_000, 75_000)),
        WildFee("Rp150.000", .nominal(150_000, 150_000)),
        WildFee("Rp 3.000/orang", .nominal(3_000, 3_000)),
        WildFee("Tarif Rp. 25.000,00 per sampel", .nominal(25_000, 25_000)),
        WildFee("Biaya cetak Rp 2.000 per lembar; pendaftaran Rp 10.000", .nominal(2_000, 10_000)),
        WildFee("Rp. 500,- per lembar", .nominal(500, 500)),
        WildFee("Rp 12.500 (dua belas ribu lima ratus rupiah)", .nominal(12_500, 12_500)),
        WildFee("Rp. 25.000,- (Dua Puluh Lima Ribu Rupiah)", .nominal(25_000, 25_000)),
        WildFee("Rp 5.000,- 2 lembar", .nominal(5_000, 5_000)),
        WildFee("Gratis untuk 3 lembar pertama, selanjutnya Rp 1.000 per lembar", .bersyarat(1_000)),
        WildFee("Rp. 5.000/m2 sesuai Perda Nomor 1 Tahun 2024", .nominal(5_000, 5_000)),
        WildFee("0 (nol) rupiah", .gratis),
        WildFee("JKN/KIS: Gratis; Umum: sesuai Perda", .bersyarat(nil)),
        WildFee("Gratis/Tidak dipungut biaya (Perda No. 11 Tahun 2011 tentang Retribusi Pelayanan Kesehatan)", .gratis),
        // Free for some, charged for others
        WildFee("Pasien JKN tidak dikenakan biaya; pasien umum sesuai Perda Nomor 5 Tahun 2023 tentang Retribusi Jasa Umum", .bersyarat(nil)),
        WildFee("Peserta BPJS Kesehatan gratis, pasien umum sesuai tarif Perda", .bersyarat(nil)),
        WildFee("Gratis bagi warga Kota Sukamaju; pemohon dari luar daerah dikenakan retribusi sesuai ketentuan", .bersyarat(nil)),
        WildFee("Tidak dipungut biaya kecuali untuk legalisir sesuai ketentuan", .bersyarat(nil)),
        WildFee("Gratis untuk warga, Rp 10.000 untuk legalisir tambahan", .bersyarat(10_000)),
        WildFee("Rp 0 untuk warga miskin, Rp 50.000 untuk umum", .bersyarat(50_000)),
        WildFee("Pasien JKN: Gratis. Pasien Umum: Rp 35.000", .bersyarat(35_000)),
        WildFee("Tidak dipungut biaya bagi pemegang KIS; selebihnya sesuai Perda Nomor 4 Tahun 2021", .bersyarat(nil)),
        WildFee("Gratis, sedangkan penggantian blanko yang hilang sesuai ketentuan", .bersyarat(nil)),
        // Nothing readable, and never "Gratis" when the text does not say free
        WildFee("Sesuai Perda Nomor 5 Tahun 2023 tentang Retribusi Jasa Umum", .unreadable),
        WildFee("Sesuai ketentuan yang berlaku", .unreadable),
        WildFee("Dihitung berdasarkan luas bangunan", .unreadable),
        WildFee("Lihat tabel tarif pada lampiran", .unreadable),
        WildFee("Tidak gratis", .unreadable),
        WildFee("Bukan layanan gratis; tarif sesuai Perda", .unreadable),
        WildFee("Biaya administrasi", .unreadable),
        WildFee("Dikenakan biaya sesuai tarif", .unreadable),
        WildFee("Tidak dipungut biaya tambahan", .unreadable),
        WildFee("Rp -", .unreadable),
        // Template text left in
        WildFee("Contoh: Rp 25.000", .unreadable),
        WildFee("[Contoh: Rp 10.000]", .unreadable),
        WildFee("Isi dengan nominal. Contoh: Gratis", .unreadable),
        WildFee("Rp 25.000 (contoh: Rp 10.000 untuk pelajar)", .nominal(25_000, 25_000)),
        WildFee("Misal: Rp 5.000\nRp 15.000 per berkas", .nominal(15_000, 15_000)),
        // Malformed amounts are not guessed
        WildFee("Rp. 7.50 0,-", .malformed),
        WildFee("Rp 7.50", .malformed),
        WildFee("Rp 15. 000", .malformed),
        WildFee("Rp 2,5", .malformed),
    ]

    @Test("reads the fee as expected", arguments: cases)
    func reads(_ c: WildFee) {
        #expect(FeeReading(FeeParser.parse(c.text)) == c.expected)
    }

    @Test func neverGratisWithoutAFreePhrase() {
        for c in Self.cases where c.expected != .gratis {
            let fee = FeeParser.parse(c.text)
            #expect(!fee.isFree, "\(c.text)")
            #expect(Formatting.fee(fee) != "Gratis", "\(c.text)")
        }
    }

    @Test func shareReadRight() {
        let right = Self.cases.count { FeeReading(FeeParser.parse($0.text)) == $0.expected }
        let share = Double(right) / Double(Self.cases.count)
        print("FeeParser: \(right) of \(Self.cases.count) wild fee texts read right (\(Int((share * 100).rounded()))%)")
        #expect(Self.cases.count >= 60)
        #expect(share >= 0.95)
    }

    @Test func conditionalFeeIsShownWithItsText() {
        let fee = FeeParser.parse("Pasien JKN tidak dikenakan biaya; pasien umum sesuai Perda Nomor 5 Tahun 2023")
        #expect(fee.state == .bersyarat)
        #expect(fee.readable)
        #expect(Formatting.fee(fee) == "Bersyarat: Pasien JKN tidak dikenakan biaya; pasien umum sesu…")
        #expect(Formatting.fee(FeeParser.parse("Gratis untuk warga, Rp 10.000 untuk legalisir")) == "Gratis–Rp 10.000")
    }

    @Test func checkWarnsAboutAMalformedAmountAndConditionalFeesAreNotGratis() throws {
        let site = try Fixtures.site([
            "salah-ketik": Fixtures.standard(judul: "Salah Ketik", replace: [.biaya: "Rp. 7.50 0,- per lembar"]),
            "bersyarat": Fixtures.standard(judul: "Bersyarat", replace: [.biaya: "Pasien JKN tidak dikenakan biaya; pasien umum sesuai Perda Nomor 5 Tahun 2023"]),
        ])
        let result = Fixtures.check(site)
        let warnings = result.rules("fee-unreadable")
        #expect(warnings.count == 1)
        #expect(warnings.first?.file.hasSuffix("salah-ketik.md") == true)
        #expect(warnings.first?.message.contains("\"rp. 7.50 0,-\"") == true)
        #expect(warnings.first?.message.contains("salah ketik") == true)
        let conditional = try #require(result.site.services.first { $0.slug == "bersyarat" })
        #expect(conditional.fee?.state == .bersyarat)
        #expect(ServiceSummary(conditional, required: ComponentID.allCases).free == false)
    }

    @Test func malformedAmountIsQuoted() {
        let fee = FeeParser.parse("Rp. 7.50 0,- per lembar")
        #expect(!fee.readable)
        #expect(fee.malformedAmount == "rp. 7.50 0,-")
    }
}
