import Testing
@testable import StandarKit

/// One heading and what the matcher must say about it.
struct HeadingCase: Sendable, CustomTestStringConvertible {
    let heading: String
    let expected: HeadingMatch

    init(_ heading: String, _ component: ComponentID, inline: String? = nil) {
        self.heading = heading
        self.expected = HeadingMatch(kind: .component(component), inlineValue: inline, suggestion: nil)
    }

    init(_ heading: String, group: Void, inline: String? = nil) {
        self.heading = heading
        self.expected = HeadingMatch(kind: .group, inlineValue: inline, suggestion: nil)
    }

    init(_ heading: String, other suggestion: ComponentID?, inline: String? = nil) {
        self.heading = heading
        self.expected = HeadingMatch(kind: .other, inlineValue: inline, suggestion: suggestion)
    }

    var testDescription: String { heading }
}

@Suite("HeadingMatcher")
struct HeadingMatcherTests {
    let matcher = HeadingMatcher()

    /// Short and long forms of every component.
    static let forms: [HeadingCase] = [
        // persyaratan
        HeadingCase("Persyaratan", .persyaratan),
        HeadingCase("Persyaratan Pelayanan", .persyaratan),
        HeadingCase("Persyaratan Layanan", .persyaratan),
        HeadingCase("Persyaratan Administrasi", .persyaratan),
        HeadingCase("Persyaratan Teknis", .persyaratan),
        HeadingCase("Syarat", .persyaratan),
        HeadingCase("Syarat-syarat", .persyaratan),
        HeadingCase("Persyaratan Administratif dan Teknis", .persyaratan),
        HeadingCase("Daftar Persyaratan", .persyaratan),
        // prosedur
        HeadingCase("Sistem, Mekanisme dan Prosedur", .prosedur),
        HeadingCase("Prosedur", .prosedur),
        HeadingCase("Alur Layanan", .prosedur),
        HeadingCase("Alur Pelayanan", .prosedur),
        HeadingCase("Prosedur/Mekanisme", .prosedur),
        HeadingCase("Mekanisme dan Prosedur", .prosedur),
        HeadingCase("Tata Cara", .prosedur),
        HeadingCase("Langkah-langkah", .prosedur),
        HeadingCase("Sistem, Mekanisme, dan Prosedur Pelayanan", .prosedur),
        // waktu
        HeadingCase("Jangka Waktu Penyelesaian", .waktu),
        HeadingCase("Jangka Waktu Pelayanan", .waktu),
        HeadingCase("Waktu Penyelesaian", .waktu),
        HeadingCase("Waktu Pelayanan", .waktu),
        HeadingCase("Lama Proses", .waktu),
        HeadingCase("Jangka Waktu", .waktu),
        HeadingCase("Standar Waktu Pelayanan", .waktu),
        // biaya
        HeadingCase("Biaya/Tarif", .biaya),
        HeadingCase("Biaya", .biaya),
        HeadingCase("Tarif", .biaya),
        HeadingCase("Biaya / tarif retribusi dan tata cara pembayaran", .biaya),
        HeadingCase("Retribusi", .biaya),
        HeadingCase("Rincian Biaya", .biaya),
        // produk
        HeadingCase("Produk Pelayanan", .produk),
        HeadingCase("Produk Layanan", .produk),
        HeadingCase("Spesifikasi Produk", .produk),
        HeadingCase("Hasil Pelayanan", .produk),
        HeadingCase("Produk", .produk),
        // pengaduan
        HeadingCase("Penanganan Pengaduan, Saran dan Masukan", .pengaduan),
        HeadingCase("Pengelolaan Pengaduan", .pengaduan),
        HeadingCase("Penanganan Pengaduan", .pengaduan),
        HeadingCase("Pengaduan", .pengaduan),
        HeadingCase("Saran dan Masukan", .pengaduan),
        HeadingCase("Layanan Pengaduan", .pengaduan),
        HeadingCase("Pengaduan, Saran dan Masukan", .pengaduan),
        // dasar hukum
        HeadingCase("Dasar Hukum", .dasarHukum),
        HeadingCase("Landasan Hukum", .dasarHukum),
        HeadingCase("Dasar Hukum Pelayanan", .dasarHukum),
        HeadingCase("Regulasi", .dasarHukum),
        // sarana
        HeadingCase("Sarana, Prasarana dan/atau Fasilitas", .sarana),
        HeadingCase("Sarana dan Prasarana", .sarana),
        HeadingCase("Sarana Prasarana", .sarana),
        HeadingCase("Fasilitas", .sarana),
        HeadingCase("Sarpras", .sarana),
        // kompetensi
        HeadingCase("Kompetensi Pelaksana", .kompetensi),
        HeadingCase("Kompetensi Petugas", .kompetensi),
        HeadingCase("Kompetensi", .kompetensi),
        // pengawasan
        HeadingCase("Pengawasan Internal", .pengawasan),
        HeadingCase("Pengawasan Intern", .pengawasan),
        HeadingCase("Pengawasan", .pengawasan),
        // jumlah pelaksana
        HeadingCase("Jumlah Pelaksana", .jumlahPelaksana),
        HeadingCase("Jumlah Petugas", .jumlahPelaksana),
        HeadingCase("Jumlah Personil", .jumlahPelaksana),
        // jaminan pelayanan
        HeadingCase("Jaminan Pelayanan", .jaminanPelayanan),
        HeadingCase("Jaminan Layanan", .jaminanPelayanan),
        // jaminan keamanan
        HeadingCase("Jaminan Keamanan dan Keselamatan Pelayanan", .jaminanKeamanan),
        HeadingCase("Jaminan Keamanan dan Keselamatan", .jaminanKeamanan),
        HeadingCase("Jaminan Keamanan", .jaminanKeamanan),
        HeadingCase("Keamanan dan Keselamatan", .jaminanKeamanan),
        // evaluasi
        HeadingCase("Evaluasi Kinerja Pelaksana", .evaluasi),
        HeadingCase("Evaluasi Kinerja", .evaluasi),
        HeadingCase("Evaluasi", .evaluasi),
    ]

    /// Numbering, capitals, spacing and punctuation as found in published documents.
    static let layout: [HeadingCase] = [
        HeadingCase("1. Persyaratan", .persyaratan),
        HeadingCase("1 Persyaratan", .persyaratan),
        HeadingCase("A. Persyaratan Pelayanan", .persyaratan),
        HeadingCase("a) Prosedur", .prosedur),
        HeadingCase("4) Biaya/Tarif", .biaya),
        HeadingCase("B. Jangka Waktu Penyelesaian", .waktu),
        HeadingCase("I. Dasar Hukum", .dasarHukum),
        HeadingCase("IV. Sarana, Prasarana dan/atau Fasilitas", .sarana),
        HeadingCase("XIV. Evaluasi Kinerja Pelaksana", .evaluasi),
        HeadingCase("(2) Sistem, Mekanisme dan Prosedur", .prosedur),
        HeadingCase("1.1 Persyaratan Administrasi", .persyaratan),
        HeadingCase("2.3. Persyaratan Teknis", .persyaratan),
        HeadingCase("10. Pengawasan Internal", .pengawasan),
        HeadingCase("Persyaratan :", .persyaratan),
        HeadingCase("Persyaratan:", .persyaratan),
        HeadingCase("Produk Pelayanan *)", .produk),
        HeadingCase("Kompetensi Pelaksana*", .kompetensi),
        HeadingCase("PERSYARATAN PELAYANAN", .persyaratan),
        HeadingCase("JANGKA WAKTU PENYELESAIAN", .waktu),
        HeadingCase("PENANGANAN PENGADUAN, SARAN DAN MASUKAN", .pengaduan),
        HeadingCase("Biaya/ tarif", .biaya),
        HeadingCase("Biaya /Tarif", .biaya),
        HeadingCase("Sistem, mekanisme,dan prosedur", .prosedur),
        HeadingCase("Sistem,Mekanisme, dan Prosedur", .prosedur),
        HeadingCase("Sarana,Prasarana,dan/atau Fasilitas", .sarana),
        HeadingCase("Jangka  Waktu   Penyelesaian", .waktu),
        HeadingCase("DasarHukum", .dasarHukum),
        HeadingCase("- Persyaratan", .persyaratan),
        HeadingCase("Komponen 4: Biaya/Tarif", .biaya),
        HeadingCase("1: Persyaratan", .persyaratan),
    ]

    /// Unicode look-alikes pasted from Word and PDF.
    static let lookAlikes: [HeadingCase] = [
        HeadingCase("Jangka\u{00A0}Waktu\u{00A0}Penyelesaian", .waktu),
        HeadingCase("Per\u{200B}syaratan", .persyaratan),
        HeadingCase("\u{FEFF}Biaya/Tarif", .biaya),
        HeadingCase("Biaya\u{FF0F}Tarif", .biaya),
        HeadingCase("Kompetensi\u{200D} Pelaksana", .kompetensi),
        HeadingCase("“Dasar Hukum”", .dasarHukum),
        HeadingCase("Sarana – Prasarana", .sarana),
        HeadingCase("Jaminan Keamanan — Keselamatan", .jaminanKeamanan),
        HeadingCase("Syarat\u{2011}syarat", .persyaratan),
        HeadingCase("ＰＥＲＳＹＡＲＡＴＡＮ", .persyaratan),
        HeadingCase("Evaluasi\u{2003}Kinerja", .evaluasi),
        HeadingCase("Biaya/Tarif\u{FF1A} Gratis", .biaya, inline: "Gratis"),
    ]

    /// Misspellings that are still recognisable.
    static let typos: [HeadingCase] = [
        HeadingCase("Persyaratn", .persyaratan),
        HeadingCase("Prosedru", .prosedur),
        HeadingCase("Jangka Wakt Penyelesaian", .waktu),
        HeadingCase("Kompetnsi Pelaksana", .kompetensi),
        HeadingCase("Pengawsan Internal", .pengawasan),
        HeadingCase("Jaminann Pelayanan", .jaminanPelayanan),
        HeadingCase("Evalusi Kinerja", .evaluasi),
        HeadingCase("Persyaratan Pelayann", .persyaratan),
        HeadingCase("Penanganan Pengadun", .pengaduan),
        HeadingCase("Sistim, Mekanisme dan Prosedur", .prosedur),
        HeadingCase("Restribusi", .biaya),
        HeadingCase("Dasar Hukm", .dasarHukum),
        HeadingCase("Jaminan Kemanan dan Keselamatan", .jaminanKeamanan),
        HeadingCase("Tarip", .biaya),
        HeadingCase("Persyarat", .persyaratan),
        HeadingCase("Berkas Persyaratn", .persyaratan),
        HeadingCase("Pnanganan Pengaduan", .pengaduan),
        HeadingCase("Jumlh Pelaksana", .jumlahPelaksana),
        HeadingCase("Prosedure", .prosedur),
    ]

    /// Long descriptive headings that name the service.
    static let descriptive: [HeadingCase] = [
        HeadingCase("Persyaratan Penerbitan Akta Kelahiran", .persyaratan),
        HeadingCase("Prosedur Pelayanan Izin Usaha", .prosedur),
        HeadingCase("Biaya Pengurusan Kartu Keluarga", .biaya),
        HeadingCase("Jangka Waktu Penyelesaian Perizinan Bangunan Gedung", .waktu),
        HeadingCase("Produk Pelayanan Surat Keterangan Pindah", .produk),
        HeadingCase("Dasar Hukum Penerbitan Izin Praktik Dokter", .dasarHukum),
        HeadingCase("Persyaratan Permohonan Kartu Identitas Anak (KIA)", .persyaratan),
        HeadingCase("Alur Pelayanan Penerbitan KTP-el", .prosedur),
    ]

    /// Headings that carry another component's keyword: the head decides.
    static let crossKeyword: [HeadingCase] = [
        HeadingCase("Persyaratan Izin Usaha Produk Pangan", .persyaratan),
        HeadingCase("Prosedur Pengaduan Masyarakat", .prosedur),
        HeadingCase("Biaya Pelayanan Pengaduan", .biaya),
        HeadingCase("Waktu Pelayanan Persyaratan", .waktu),
        HeadingCase("Persyaratan Penanganan Pengaduan", .persyaratan),
        HeadingCase("Mekanisme Penanganan Pengaduan", .pengaduan),
        HeadingCase("Tata Cara Pengaduan, Saran dan Masukan", .pengaduan),
        HeadingCase("Mekanisme Pengaduan", .pengaduan),
        HeadingCase("Sarana Pengaduan", .pengaduan),
        HeadingCase("Sarana Pelayanan Pengaduan Masyarakat", .sarana),
        HeadingCase("Jaminan Keamanan", .jaminanKeamanan),
        HeadingCase("Jaminan Pelayanan", .jaminanPelayanan),
        HeadingCase("Jaminan Pelayanan Keamanan Pangan", .jaminanPelayanan),
        HeadingCase("Pengawasan Internal", .pengawasan),
        HeadingCase("Penanganan Pengaduan", .pengaduan),
        HeadingCase("Jumlah Pelaksana", .jumlahPelaksana),
        HeadingCase("Kompetensi Pelaksana", .kompetensi),
        HeadingCase("Evaluasi Kinerja Pelaksana", .evaluasi),
        HeadingCase("Spesifikasi Produk Pelayanan Izin Edar Pangan", .produk),
        HeadingCase("Evaluasi Pelayanan Pengaduan", .evaluasi),
        HeadingCase("Sarana dan Prasarana Pengaduan", .sarana),
        HeadingCase("Tata Cara Penanganan Pengaduan", .pengaduan),
        HeadingCase("Hasil Evaluasi Kinerja", .evaluasi),
        HeadingCase("Persyaratan dan Prosedur", .persyaratan),
        HeadingCase("Prosedur dan Persyaratan", .prosedur),
        HeadingCase("Kompetensi Pelaksanaan", .kompetensi),
        HeadingCase("Pengawas Internal", .pengawasan),
        HeadingCase("Alur Pengaduan Masyarakat", .prosedur),
        HeadingCase("Waktu dan Jam Pelayanan", other: nil),
    ]

    /// Values written into the heading.
    static let inline: [HeadingCase] = [
        HeadingCase("Biaya/Tarif : GRATIS", .biaya, inline: "GRATIS"),
        HeadingCase("Jangka Waktu Penyelesaian: 3 hari kerja", .waktu, inline: "3 hari kerja"),
        HeadingCase("Jangka Waktu: 14 hari kerja", .waktu, inline: "14 hari kerja"),
        HeadingCase("4. Biaya : Rp. 15.000,-", .biaya, inline: "Rp. 15.000,-"),
        HeadingCase("Biaya/Tarif :", .biaya),
        HeadingCase("Biaya/Tarif : *)", .biaya),
        HeadingCase("Biaya - Gratis", .biaya, inline: "Gratis"),
        HeadingCase("Jangka Waktu – 14 hari", .waktu, inline: "14 hari"),
        HeadingCase("Persyaratan - Akta Kelahiran", .persyaratan),
        HeadingCase("Waktu Pelayanan: Senin - Jumat 08.00 - 16.00", .waktu, inline: "Senin - Jumat 08.00 - 16.00"),
        HeadingCase("Produk Pelayanan: Akta Kelahiran", .produk, inline: "Akta Kelahiran"),
        HeadingCase("Catatan: lihat lampiran", other: nil, inline: "lihat lampiran"),
        HeadingCase("Jam Pelayanan: 08.00 - 15.00", other: nil, inline: "08.00 - 15.00"),
        HeadingCase("BIAYA/TARIF : Tidak dipungut biaya", .biaya, inline: "Tidak dipungut biaya"),
    ]

    /// Grouping headings.
    static let groups: [HeadingCase] = [
        HeadingCase("SERVICE DELIVERY", group: ()),
        HeadingCase("Service Delivery", group: ()),
        HeadingCase("A. Komponen Standar Pelayanan yang terkait dengan proses penyampaian pelayanan (Service Delivery)",
                    group: ()),
        HeadingCase("MANUFAKTURING", group: ()),
        HeadingCase("MANUFACTURING", group: ()),
        HeadingCase("B. Komponen Standar Pelayanan yang terkait dengan proses pengelolaan pelayanan di internal organisasi (Manufacturing)",
                    group: ()),
        HeadingCase("Komponen Pengelolaan Pelayanan", group: ()),
        HeadingCase("Komponen Manufacturing", group: ()),
        HeadingCase("Standar Pelayanan", group: ()),
        HeadingCase("I. SERVICE DELIVERY", group: ()),
        HeadingCase("Komponen Standar Pelayanan", group: ()),
    ]

    /// Other sections: never a component, no suggestion.
    static let others: [HeadingCase] = [
        HeadingCase("Deskripsi", other: nil),
        HeadingCase("Kata Kunci", other: nil),
        HeadingCase("Catatan", other: nil),
        HeadingCase("Keterangan", other: nil),
        HeadingCase("Maklumat Pelayanan", other: nil),
        HeadingCase("Pendahuluan", other: nil),
        HeadingCase("Lampiran", other: nil),
        HeadingCase("Informasi Tambahan", other: nil),
        HeadingCase("Jam Pelayanan", other: nil),
        HeadingCase("Jam Layanan", other: nil),
        HeadingCase("Jadwal Pelayanan", other: nil),
        HeadingCase("Waktu Operasional", other: nil),
        HeadingCase("Hari dan Jam Pelayanan", other: nil),
        HeadingCase("Pelaksana", other: nil),
        HeadingCase("Pengadaan Barang", other: nil),
        HeadingCase("Evakuasi", other: nil),
        HeadingCase("Visi dan Misi", other: nil),
        HeadingCase("", other: nil),
        HeadingCase("1.", other: nil),
        HeadingCase("Keterangan Biaya", other: nil),
        HeadingCase("Kunjungan Tahanan", other: nil),
        HeadingCase("Pengakuan Anak", other: nil),
        HeadingCase("Fasilitasi Penanaman Modal", other: nil),
        HeadingCase("Pengadilan Agama", other: nil),
        HeadingCase("Dinas Kesehatan Kabupaten Langkat", other: nil),
        HeadingCase("Lampiran 1. Alur Pelayanan", other: nil),
    ]

    /// Near misses: `.other` with a "maksud Anda ...?" suggestion.
    static let suggestions: [HeadingCase] = [
        HeadingCase("Biya", other: .biaya),
        HeadingCase("Jaminan", other: .jaminanPelayanan),
        HeadingCase("Jumlah", other: .jumlahPelaksana),
        HeadingCase("Dasar", other: .dasarHukum),
        HeadingCase("Jangka", other: .waktu),
        HeadingCase("Spesifikasi", other: .produk),
        HeadingCase("Syrat", other: .persyaratan),
        HeadingCase("Prodak", other: .produk),
        HeadingCase("Biya Pengurusan KTP", other: .biaya),
        HeadingCase("Jumlah Pelaksanaan", other: .jumlahPelaksana),
        HeadingCase("Kunjungan Persyaratn", other: .persyaratan),
        HeadingCase("Informasi Biya", other: .biaya),
    ]

    func check(_ c: HeadingCase) {
        let result = matcher.match(c.heading)
        #expect(result.kind == c.expected.kind)
        #expect(result.inlineValue == c.expected.inlineValue)
        #expect(result.suggestion == c.expected.suggestion)
    }

    @Test("short and long forms", arguments: forms)
    func form(_ c: HeadingCase) { check(c) }

    @Test("numbering, capitals and spacing", arguments: layout)
    func layoutVariant(_ c: HeadingCase) { check(c) }

    @Test("Unicode look-alikes", arguments: lookAlikes)
    func lookAlike(_ c: HeadingCase) { check(c) }

    @Test("typos", arguments: typos)
    func typo(_ c: HeadingCase) { check(c) }

    @Test("descriptive headings", arguments: descriptive)
    func descriptiveHeading(_ c: HeadingCase) { check(c) }

    @Test("another component's keyword inside", arguments: crossKeyword)
    func crossKeywordHeading(_ c: HeadingCase) { check(c) }

    @Test("inline values", arguments: inline)
    func inlineValue(_ c: HeadingCase) { check(c) }

    @Test("group headings", arguments: groups)
    func group(_ c: HeadingCase) { check(c) }

    @Test("other sections", arguments: others)
    func other(_ c: HeadingCase) { check(c) }

    @Test("suggestions", arguments: suggestions)
    func suggestion(_ c: HeadingCase) { check(c) }

    @Test func everyCanonicalHeadingMatchesItsComponent() {
        for id in ComponentID.allCases {
            #expect(matcher.match(id.canonicalHeading).kind == .component(id), "\(id.canonicalHeading)")
            #expect(matcher.match(id.canonicalHeading.uppercased()).kind == .component(id))
        }
    }

    @Test func survivesGarbage() {
        let inputs = ["\u{0301}\u{0301}", "🙂🙂", ":::", " - - - ", "((((", "1.2.3.4.5.6", "ⅣⅤ", "x",
                      String(repeating: "persyaratan ", count: 200), "é", "\u{200B}", ":", "Biaya :: : Gratis"]
        // Garbage is an ordinary section; only the two inputs that name a component are taken for one.
        let components: [String: ComponentID] = [String(repeating: "persyaratan ", count: 200): .persyaratan,
                                                 "Biaya :: : Gratis": .biaya]
        for input in inputs {
            let result = matcher.match(input)
            if let id = components[input] {
                #expect(result.kind == .component(id), "\(input.prefix(20))")
            } else {
                #expect(result.kind == .other, "\(input)")
                #expect(result.component == nil && result.suggestion == nil, "\(input)")
            }
        }
        #expect(matcher.match("Biaya :: : Gratis").inlineValue == "Gratis")
    }

    @Test func foldNormalisesLookAlikes() {
        #expect(TextNormalizer.fold("  Biaya\u{00A0}／ TARIF\u{200B}  ") == "biaya / tarif")
        #expect(TextNormalizer.fold("“Pengaduan” – Saran…") == "\"pengaduan\" - saran...")
        #expect(TextNormalizer.fold("Évaluasi\tKinerja\n") == "evaluasi kinerja")
        #expect(TextNormalizer.fold("1×24 Jam") == "1x24 jam")
        #expect(TextNormalizer.fold("") == "")
    }
}
