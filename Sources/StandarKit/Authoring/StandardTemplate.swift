/// The files `standar new` writes: a standard with the 14 headings in canonical order, each with a guidance comment,
/// and an OPD `_index.md`.
///
/// A new standard starts as a draft (`draft: true`): it is not published, and while its sections hold only the
/// guidance comments `standar check` reports them as `empty-component` warnings instead of errors, so an
/// unfinished standard never fails CI. Removing `draft: true` makes every gap an error again.
public enum StandardTemplate {
    /// What belongs under each component heading, in plain Bahasa Indonesia (from PermenPAN-RB 15/2014).
    public static func guidance(_ id: ComponentID) -> String {
        switch id {
        case .persyaratan:
            "Dokumen, barang atau syarat yang harus dibawa atau dipenuhi pemohon, baik administrasi maupun teknis. "
                + "Tulis satu per baris diawali \"- \", misalnya: - Kartu Keluarga (KK) asli."
        case .prosedur:
            "Langkah yang dilalui pemohon dan petugas, dari datang ke loket (atau mendaftar daring) sampai produk "
                + "diterima. Tulis berurutan: 1. ..., 2. ..., 3. ..."
        case .waktu:
            "Lama penyelesaian seluruh proses, dihitung sejak berkas lengkap, misalnya: 3 (tiga) hari kerja sejak "
                + "berkas dinyatakan lengkap dan benar. Jam buka loket tidak ditulis di sini."
        case .biaya:
            "Tulis Gratis atau Tidak dipungut biaya bila tanpa biaya. Bila berbayar, tulis nominal dalam rupiah "
                + "(misalnya Rp 25.000) dan peraturan daerah tentang retribusinya."
        case .produk:
            "Apa yang diterima pemohon di akhir layanan, misalnya kartu, akta, izin atau surat keterangan."
        case .pengaduan:
            "Cara menyampaikan pengaduan, saran dan masukan beserta salurannya: SP4N-LAPOR!, telepon, WhatsApp, "
                + "surel, kotak atau meja pengaduan."
        case .dasarHukum:
            "Peraturan yang menjadi dasar layanan ini, dari undang-undang sampai peraturan daerah atau peraturan "
                + "kepala daerah. Satu peraturan per baris."
        case .sarana:
            "Sarana, prasarana dan fasilitas yang dipakai untuk melayani, termasuk fasilitas bagi penyandang "
                + "disabilitas, lansia, ibu hamil dan anak."
        case .kompetensi:
            "Pengetahuan, keahlian, keterampilan dan pengalaman yang harus dimiliki petugas pelaksana."
        case .pengawasan:
            "Siapa yang mengawasi pelaksanaan layanan di dalam instansi, misalnya atasan langsung, kepala dinas "
                + "atau inspektorat."
        case .jumlahPelaksana:
            "Jumlah petugas yang melayani, misalnya: 4 (empat) orang, terdiri atas 2 petugas loket dan 2 operator."
        case .jaminanPelayanan:
            "Pernyataan bahwa layanan diberikan sesuai standar ini, misalnya dengan merujuk pada maklumat pelayanan."
        case .jaminanKeamanan:
            "Komitmen memberi rasa aman dan bebas dari bahaya dan risiko, termasuk menjaga kerahasiaan data pemohon."
        case .evaluasi:
            "Cara dan jadwal menilai kinerja petugas terhadap standar ini, misalnya evaluasi bulanan dan Survei "
                + "Kepuasan Masyarakat setiap tahun."
        }
    }

    /// A new, empty standard with `judul` and every component heading.
    public static func service(judul: String) -> String {
        var text = """
        ---
        # Kolom di bawah ini dibaca oleh Standar. Kolom yang belum diketahui boleh dibiarkan kosong dulu.
        judul: \(YAMLText.quoted(judul))
        ringkasan:      # satu kalimat untuk warga tentang layanan ini
        kategori:       # misalnya: Kependudukan, Perizinan, Kesehatan
        nomor_sk:       # nomor keputusan yang menetapkan standar ini, misalnya: 800/016/Disdukcapil/2026
        ditetapkan:     # tanggal keputusan itu, format TTTT-BB-HH, misalnya: 2026-03-15
        ditinjau:       # tanggal terakhir standar ditinjau, format TTTT-BB-HH
        kata_kunci:     # kata yang mungkin dicari warga, satu per baris di bawah baris ini, diawali tanda -
        # Selama draft: true, standar ini tidak diterbitkan dan bagian yang kosong hanya menjadi peringatan.
        # Hapus baris draft di bawah ini bila semua bagian sudah terisi dan standar siap diterbitkan.
        draft: true
        ---

        <!-- Tulis isi setiap komponen di bawah judulnya. Komentar seperti ini tidak tampil di situs dan tidak
        dihitung sebagai isi: hapus komentarnya setelah bagian itu diisi. Jangan mengubah urutan atau menghapus
        judul bagian. Bentuk tabel seperti lampiran PermenPAN-RB 15/2014 juga diterima sebagai ganti judul-judul
        ini: | No | Komponen | Uraian |, satu baris per komponen (lihat docs/panduan-penulisan.md). -->

        """
        for id in ComponentID.allCases {
            text += "\n## \(id.canonicalHeading)\n\n<!-- \(guidance(id)) -->\n"
        }
        return text
    }

    /// A new OPD's `_index.md`.
    /// `content/<opd>/maklumat.md`: the maklumat pelayanan. With `penandatangan` and `today` it is complete
    /// (`standar init`); without, the signatory and date are left for the OPD to fill in.
    public static func maklumat(penandatangan: String? = nil, today: SimpleDate? = nil) -> String {
        """
        ---
        penandatangan: \(penandatangan.map(YAMLText.quoted) ?? "")   # nama pejabat yang menandatangani
        jabatan: "Kepala Dinas"
        tanggal: \(today?.description ?? "")   # tanggal maklumat ditetapkan, TTTT-BB-HH
        ---

        Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah \
        ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan \
        perundang-undangan yang berlaku.

        """
    }

    public static func opd(nama: String) -> String {
        """
        ---
        nama: \(YAMLText.quoted(nama))
        singkatan:      # misalnya: Disdukcapil
        alamat:         # alamat kantor tempat layanan diberikan
        telepon:        # nomor telepon layanan
        email:          # alamat surel layanan, misalnya: layanan@contoh.go.id
        situs:          # alamat situs OPD, diawali https://
        jam_layanan:    # misalnya: Senin–Jumat 08.00–15.00 WIB
        ---

        <!-- Tulis di sini profil singkat OPD untuk warga: tugasnya, tempat layanannya, dan maklumat pelayanan. -->

        """
    }

    /// A readable title from a slug: "kartu-keluarga" -> "Kartu Keluarga".
    public static func title(fromSlug slug: String) -> String {
        slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}

/// YAML text values written by the templates.
enum YAMLText {
    /// A double-quoted YAML scalar holding exactly `s` (one line: line breaks become spaces).
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
