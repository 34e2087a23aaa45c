import Testing
@testable import StandarKit

/// The content rules, called directly on built standards: fee-unreadable, duration-unreadable, review-overdue,
/// missing-decree, invalid-field for dates (DateOrderRule) and raw-html.
@Suite struct ContentRuleTests {
    typealias F = RuleFixture

    @Test func feeUnreadable() throws {
        let text = Fixtures.standard(replace: [.biaya: "Sesuai ketentuan yang berlaku"])
        let found = F.check(FeeUnreadableRule(), text)
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.rule == "fee-unreadable" && d.severity == .warning && d.component == .biaya)
        #expect(d.line == F.line(of: F.heading(.biaya), in: text))
        #expect(d.message == "biaya \"Sesuai ketentuan yang berlaku\" tidak dapat dibaca sebagai gratis atau nominal rupiah")
        #expect(d.hint == "tulis \"Gratis\" atau \"Tidak dipungut biaya\" bila gratis, atau nominalnya seperti \"Rp 25.000\"; dasar Perda boleh ditulis sesudahnya")
        #expect(F.check(FeeUnreadableRule(), Fixtures.standard(replace: [.biaya: "Rp 25.000"])).isEmpty)
    }

    @Test func longFeeIsQuotedShort() throws {
        let long = String(repeating: "sesuai ", count: 20)
        let d = try #require(F.check(FeeUnreadableRule(), Fixtures.standard(replace: [.biaya: long])).first)
        #expect(d.message == "biaya \"\(String(long.prefix(60)))…\" tidak dapat dibaca sebagai gratis atau nominal rupiah")
    }

    @Test func durationThatLooksLikeOfficeHours() throws {
        let text = Fixtures.standard(replace: [.waktu: "Senin-Jumat 08.00-15.00 WIB"])
        let d = try #require(F.check(DurationUnreadableRule(), text).first)
        #expect(d.rule == "duration-unreadable" && d.severity == .warning && d.component == .waktu)
        #expect(d.line == F.line(of: F.heading(.waktu), in: text))
        #expect(d.message == "jangka waktu \"Senin-Jumat 08.00-15.00 WIB\" tidak dapat dibaca sebagai lama penyelesaian")
        #expect(d.hint == "bagian ini tampaknya berisi jam layanan; tulis lama penyelesaiannya, misalnya \"3 (tiga) hari kerja sejak berkas lengkap\", dan pindahkan jam layanan ke kolom jam_layanan OPD")
    }

    @Test func durationUnreadable() throws {
        let d = try #require(F.check(DurationUnreadableRule(), Fixtures.standard(replace: [.waktu: "secepatnya"])).first)
        #expect(d.message == "jangka waktu \"secepatnya\" tidak dapat dibaca sebagai lama penyelesaian")
        #expect(d.hint == "tulis angka dan satuannya, misalnya \"60 menit\", \"3 (tiga) hari kerja\" atau \"1x24 jam\"")
        #expect(F.check(DurationUnreadableRule(), Fixtures.standard()).isEmpty)
    }

    @Test func reviewOverdue() throws {
        let text = Fixtures.standard().replacingOccurrences(of: "ditinjau: 2026-06-01", with: "ditinjau: 2025-01-02")
            .replacingOccurrences(of: "ditetapkan: 2026-01-10", with: "ditetapkan: 2024-01-10")
        let d = try #require(F.check(ReviewOverdueRule(), text).first)
        #expect(d.rule == "review-overdue" && d.severity == .warning)
        #expect(d.line == F.line(of: "ditinjau:", in: text))
        let age = Fixtures.today.dayNumber - (SimpleDate("2025-01-02")?.dayNumber ?? 0)
        #expect(d.message == "standar terakhir ditinjau 2 Januari 2025, lebih dari setahun yang lalu (\(age) hari)")
        #expect(d.hint == "tinjau ulang standar ini bersama masyarakat, lalu perbarui kolom ditinjau dengan tanggal peninjauan")
    }

    @Test func reviewOverdueFallsBackToDitetapkan() throws {
        let text = Fixtures.standard().replacingOccurrences(of: "ditinjau: 2026-06-01\n", with: "")
            .replacingOccurrences(of: "ditetapkan: 2026-01-10", with: "ditetapkan: 2024-01-10")
        let d = try #require(F.check(ReviewOverdueRule(), text).first)
        #expect(d.line == F.line(of: "ditetapkan:", in: text))
        #expect(F.check(ReviewOverdueRule(), Fixtures.standard()).isEmpty)
    }

    @Test func missingDecree() throws {
        let text = Fixtures.standard().replacingOccurrences(of: "nomor_sk: 800/1/Disdukcapil/2026\n", with: "")
        let d = try #require(F.check(MissingDecreeRule(), text).first)
        #expect(d.rule == "missing-decree" && d.severity == .warning && d.line == 1)
        #expect(d.message == "standar belum mencantumkan nomor_sk (nomor dan tanggal SK penetapan)")
        #expect(d.hint == "tambahkan di front matter, misalnya nomor_sk: 800/123/Disdukcapil/2026 dan ditetapkan: 2026-03-15")
        let neither = text.replacingOccurrences(of: "ditetapkan: 2026-01-10\n", with: "")
        #expect(F.check(MissingDecreeRule(), neither).first?.message
                == "standar belum mencantumkan nomor_sk dan ditetapkan (nomor dan tanggal SK penetapan)")
    }

    @Test func brokenFrontMatterIsNotAMissingDecree() {
        let text = Fixtures.standard().replacingOccurrences(of: "judul: Penerbitan Akta Kelahiran", with: "judul: \"Akta\" lahir")
        #expect(F.check(MissingDecreeRule(), text).isEmpty)
    }

    @Test func reviewedBeforeSet() throws {
        let text = Fixtures.standard().replacingOccurrences(of: "ditinjau: 2026-06-01", with: "ditinjau: 2025-12-01")
        let found = F.check(DateOrderRule(), text)
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.rule == "invalid-field" && d.severity == .error)
        #expect(d.line == F.line(of: "ditinjau:", in: text))
        #expect(d.message == "tanggal ditinjau (1 Desember 2025) lebih awal dari tanggal ditetapkan (10 Januari 2026)")
        #expect(d.hint == "periksa kedua tanggal; tanggal peninjauan tidak boleh sebelum penetapan")
    }

    @Test func futureDatesAreWarnings() throws {
        let text = Fixtures.standard().replacingOccurrences(of: "ditinjau: 2026-06-01", with: "ditinjau: 2099-06-01")
            .replacingOccurrences(of: "ditetapkan: 2026-01-10", with: "ditetapkan: 2099-01-10")
        let found = F.check(DateOrderRule(), text)
        #expect(found.map(\.severity) == [.warning, .warning])
        #expect(found.map(\.line) == [F.line(of: "ditetapkan:", in: text), F.line(of: "ditinjau:", in: text)])
        #expect(found.first?.message == "tanggal ditetapkan (10 Januari 2099) berada di masa depan")
        #expect(found.first?.hint == "periksa penulisan tahun; gunakan format TTTT-BB-HH")
        #expect(F.check(DateOrderRule(), Fixtures.standard()).isEmpty)
    }

    @Test func rawHTML() throws {
        let text = Fixtures.standard(replace: [.produk: "<div>Akta</div>", .sarana: "<div>Ruang tunggu</div>"])
        let found = F.check(RawHTMLRule(), text)
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.rule == "raw-html" && d.severity == .warning)
        // The first place, in file lines.
        #expect(d.line == F.line(of: "<div>Akta</div>", in: text))
        #expect(d.message == "HTML mentah tidak ditampilkan di situs (dan 1 tempat lain)")
        #expect(d.hint == "tulis dengan Markdown biasa: daftar dengan \"- \", tebal dengan **teks**, tabel dengan | kolom |")
    }

    @Test func htmlCommentsAreAllowed() throws {
        #expect(F.check(RawHTMLRule(), Fixtures.standard(replace: [.produk: "Akta <!-- catatan -->"])).isEmpty)
        let one = try #require(F.check(RawHTMLRule(), Fixtures.standard(replace: [.produk: "<div>Akta</div>"])).first)
        #expect(one.message == "HTML mentah tidak ditampilkan di situs")
    }
}
