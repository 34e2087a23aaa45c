/// The files of a new site (`standar init`): the site's `_index.md`, one OPD, one complete example standard,
/// `.gitignore`, a CI workflow example and a short README. The site passes `standar check --strict` and builds at
/// once: the example's dates are the day of `init`.
public enum SiteTemplate {
    /// The example OPD and standard.
    public static let exampleOPD = "disdukcapil"
    public static let exampleService = "akta-kelahiran"

    /// Site-relative path and text of every file, in the order they are written.
    public static func files(pemda pemdaInput: String?, today: SimpleDate) -> [(path: String, text: String)] {
        let daerah = region(pemdaInput)
        return [
            ("content/_index.md", siteIndex(daerah: daerah)),
            ("content/\(exampleOPD)/_index.md", opdIndex(daerah: daerah)),
            ("content/\(exampleOPD)/maklumat.md", StandardTemplate.maklumat(penandatangan: "Nama Kepala Dinas", today: today)),
            ("content/\(exampleOPD)/\(exampleService).md", exampleStandard(daerah: daerah, today: today)),
            (".gitignore", gitignore),
            (".github/workflows/periksa-standar.yml", workflow),
            ("README.md", readme(daerah: daerah)),
        ]
    }

    /// "Pemerintah Kota Sukamaju" or "kota sukamaju" -> "Kota Sukamaju"; nothing -> "Kota Contoh".
    static func region(_ input: String?) -> String {
        var text = (input ?? "").split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        for prefix in ["Pemerintah ", "pemerintah ", "PEMERINTAH ", "Pemda ", "pemda "] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
        }
        if text.isEmpty { return "Kota Contoh" }
        return text.split(separator: " ").map { word in
            word.first.map { $0.isLowercase ? $0.uppercased() + word.dropFirst() : String(word) } ?? String(word)
        }.joined(separator: " ")
    }

    static func siteIndex(daerah: String) -> String {
        """
        ---
        judul: \(YAMLText.quoted("Standar Pelayanan Publik " + daerah))
        pemda: \(YAMLText.quoted("Pemerintah " + daerah))
        # base_url: "https://standar.contoh.go.id"   # alamat situs setelah terbit; diperlukan untuk sitemap.xml dan kode QR pada papan standar
        ---

        Selamat datang di portal **Standar Pelayanan Publik \(daerah)**. Portal ini memuat standar pelayanan dari \
        perangkat daerah di lingkungan Pemerintah \(daerah), sebagaimana diwajibkan oleh Undang-Undang Nomor 25 \
        Tahun 2009 tentang Pelayanan Publik.

        ## Hak Anda sebagai pengguna layanan

        - Mengetahui isi standar pelayanan sebelum mengurus layanan.
        - Mendapatkan pelayanan sesuai standar, tanpa pungutan di luar biaya resmi yang tercantum.
        - Menyampaikan pengaduan apabila pelayanan tidak sesuai standar, antara lain melalui SP4N-LAPOR! di \
        [lapor.go.id](https://www.lapor.go.id).

        """
    }

    static func opdIndex(daerah: String) -> String {
        """
        ---
        nama: \(YAMLText.quoted("Dinas Kependudukan dan Pencatatan Sipil " + daerah))
        singkatan: "Disdukcapil"
        alamat: "Jalan Contoh Nomor 1"
        telepon: "(000) 000 000"
        email: "disdukcapil@contoh.go.id"
        jam_layanan: "Senin–Kamis 08.00–15.00 WIB, Jumat 08.00–11.30 WIB"
        ---

        <!-- Contoh: ganti alamat, telepon dan surel di atas dengan data OPD yang sebenarnya. -->

        Dinas Kependudukan dan Pencatatan Sipil menyelenggarakan pelayanan pendaftaran penduduk dan pencatatan \
        sipil. Seluruh pelayanan dokumen kependudukan tidak dipungut biaya.

        """
    }

    static func exampleStandard(daerah: String, today: SimpleDate) -> String {
        """
        ---
        judul: "Pelayanan Akta Kelahiran"
        ringkasan: "Pencatatan kelahiran dan penerbitan kutipan akta kelahiran."
        kategori: "Kependudukan"
        nomor_sk: "800/001/Disdukcapil/\(today.year)"
        ditetapkan: \(today)
        ditinjau: \(today)
        kata_kunci:
          - akta kelahiran
          - akte lahir
          - bayi
        ---

        <!-- Ini contoh standar yang lengkap. Pakai sebagai acuan, lalu ganti isinya dengan standar yang sebenarnya.
        Standar baru dibuat dengan perintah: standar new disdukcapil/nama-layanan -->

        ## Persyaratan

        - Surat keterangan kelahiran dari rumah sakit, puskesmas, dokter, bidan atau kepala kelurahan;
        - Buku nikah atau kutipan akta perkawinan orang tua;
        - Kartu Keluarga (KK);
        - KTP-el orang tua.

        ## Sistem, Mekanisme dan Prosedur

        1. Pemohon mengisi formulir pelaporan kelahiran di loket atau secara daring.
        2. Petugas memeriksa kelengkapan dan kebenaran berkas.
        3. Operator mencatat data kelahiran.
        4. Pejabat Pencatatan Sipil menandatangani kutipan akta kelahiran.
        5. Kutipan akta kelahiran diserahkan kepada pemohon.

        ## Jangka Waktu Penyelesaian

        1 (satu) hari kerja sejak berkas dinyatakan lengkap dan benar.

        ## Biaya/Tarif

        Tidak dipungut biaya (gratis).

        ## Produk Pelayanan

        Kutipan akta kelahiran.

        ## Penanganan Pengaduan, Saran dan Masukan

        - SP4N-LAPOR!: [lapor.go.id](https://www.lapor.go.id);
        - Surel: disdukcapil@contoh.go.id;
        - Kotak pengaduan di kantor Disdukcapil.

        ## Dasar Hukum

        1. Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan sebagaimana telah diubah dengan \
        Undang-Undang Nomor 24 Tahun 2013;
        2. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;
        3. Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan \
        Pencatatan Sipil.

        ## Sarana, Prasarana dan/atau Fasilitas

        - Loket pelayanan dan loket prioritas bagi penyandang disabilitas, lansia dan ibu hamil;
        - Komputer, pemindai dan printer;
        - Ruang tunggu dan ruang laktasi.

        ## Kompetensi Pelaksana

        - Pendidikan paling rendah SMA atau sederajat;
        - Memahami ketentuan pencatatan sipil dan aplikasi SIAK;
        - Ramah, cermat dan teliti.

        ## Pengawasan Internal

        Dilakukan oleh Kepala Bidang Pelayanan Pencatatan Sipil dan Kepala Dinas secara berjenjang.

        ## Jumlah Pelaksana

        3 (tiga) orang: 1 petugas loket, 1 operator dan 1 Pejabat Pencatatan Sipil.

        ## Jaminan Pelayanan

        Kutipan akta kelahiran diterbitkan sesuai jangka waktu dalam standar ini dan tanpa biaya.

        ## Jaminan Keamanan dan Keselamatan Pelayanan

        Kerahasiaan data anak dan orang tua dijaga; akta memakai tanda tangan elektronik tersertifikasi.

        ## Evaluasi Kinerja Pelaksana

        Evaluasi bulanan atas ketepatan waktu penerbitan akta dan Survei Kepuasan Masyarakat setiap tahun.

        """
    }

    static let gitignore = """
    # Hasil "standar build" (dibangun ulang kapan saja)
    public/
    # Pratinjau "standar serve"
    .standar/

    """

    static let workflow = """
    # Contoh alur kerja GitHub Actions: setiap perubahan diperiksa dengan "standar check", dan setiap masalah
    # tampil sebagai catatan pada baris yang bermasalah di pull request.
    # Sesuaikan STANDAR_REPO dengan alamat repositori Standar yang dipakai pemerintah daerah Anda.
    name: Periksa standar pelayanan

    on:
      push:
        branches: [main]
      pull_request:

    env:
      STANDAR_REPO: https://github.com/NAMA-ORGANISASI/standar.git
      STANDAR_REF: main

    jobs:
      periksa:
        runs-on: ubuntu-latest
        container: swift:6.3
        steps:
          - uses: actions/checkout@v4
          - name: Pasang Standar
            run: |
              apt-get update
              apt-get install -y --no-install-recommends git pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev
              git clone --depth 1 --branch "$STANDAR_REF" "$STANDAR_REPO" /tmp/standar
              swift build -c release --package-path /tmp/standar
              cp /tmp/standar/.build/release/standar /usr/local/bin/standar
          - name: Periksa kelengkapan standar
            run: standar check --format github
          - name: Bangun situs
            run: standar build

    """

    static func readme(daerah: String) -> String {
        """
        # Standar Pelayanan Publik \(daerah)

        Situs standar pelayanan yang dibangun dengan Standar. Setiap standar ditulis sebagai berkas Markdown di \
        `content/<opd>/<layanan>.md`.

        - `standar serve` — pratinjau di peramban; halaman dimuat ulang setiap kali berkas disimpan.
        - `standar new <opd>/<layanan> --judul "..."` — standar baru dengan ke-14 komponen.
        - `standar new <opd> --judul "..."` — OPD baru.
        - `standar check` — periksa kelengkapan semua standar.
        - `standar build` — bangun situs ke folder `public/`.

        """
    }
}
