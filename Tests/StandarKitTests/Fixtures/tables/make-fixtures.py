#!/usr/bin/env python3
"""Writes the table-form standards used by TableLayoutTests (precision and recall of missing/empty components).

Each fixture is modelled on the annex table of PermenPAN-RB 15/2014 as OPDs publish it (pasted from Word:
`<br>` line breaks, "a." items, ALL CAPS labels, group rows, column-number rows, split rows, two tables,
a decree header). expected.txt lists, per file, the components that are empty and missing; the rest are present.
Run from this folder: python3 make-fixtures.py
"""
FM = """---
judul: {judul}
nomor_sk: {sk}
ditetapkan: 2025-01-02
ditinjau: 2026-01-05
---
"""
files = {}
expected = {}

def fm(judul, sk="800/12/2025"):
    return FM.format(judul=judul, sk=sk)

# 1. Disdukcapil — NO | KOMPONEN | URAIAN with group rows A./B., all 14 filled.
files["01-akta-kelahiran.md"] = fm("Penerbitan Akta Kelahiran", "470/021/Disdukcapil/2025") + """
# STANDAR PELAYANAN PENERBITAN AKTA KELAHIRAN

| NO | KOMPONEN | URAIAN |
|----|----------|--------|
| A. | PENYAMPAIAN PELAYANAN (SERVICE DELIVERY) | |
| 1. | Persyaratan | 1. Surat keterangan kelahiran dari rumah sakit/bidan/puskesmas<br>2. Fotokopi Kartu Keluarga<br>3. Fotokopi KTP-el kedua orang tua<br>4. Fotokopi buku nikah/akta perkawinan |
| 2. | Sistem, Mekanisme dan Prosedur | 1. Pemohon mengambil nomor antrean<br>2. Petugas memeriksa kelengkapan berkas<br>3. Data dimasukkan ke SIAK<br>4. Akta dicetak dan ditandatangani<br>5. Akta diserahkan kepada pemohon |
| 3. | Jangka Waktu Penyelesaian | 1 (satu) hari kerja sejak berkas dinyatakan lengkap dan benar |
| 4. | Biaya/Tarif | Tidak dipungut biaya (GRATIS) |
| 5. | Produk Pelayanan | Akta Kelahiran |
| 6. | Penanganan Pengaduan, Saran dan Masukan | a. Kotak pengaduan di ruang pelayanan<br>b. SP4N-LAPOR! (www.lapor.go.id)<br>c. WhatsApp 0812-3456-7890 |
| B. | PENGELOLAAN PELAYANAN (MANUFACTURING) | |
| 7. | Dasar Hukum | 1. Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan<br>2. Peraturan Presiden Nomor 96 Tahun 2018 |
| 8. | Sarana, Prasarana dan/atau Fasilitas | Ruang tunggu ber-AC, komputer, printer, jaringan SIAK, kursi roda |
| 9. | Kompetensi Pelaksana | Memahami peraturan administrasi kependudukan dan mampu mengoperasikan SIAK |
| 10. | Pengawasan Internal | Kepala Bidang Pelayanan Pencatatan Sipil |
| 11. | Jumlah Pelaksana | 4 (empat) orang |
| 12. | Jaminan Pelayanan | Pelayanan diberikan sesuai standar pelayanan dan maklumat pelayanan |
| 13. | Jaminan Keamanan dan Keselamatan Pelayanan | Dokumen pemohon dijaga kerahasiaannya dan tidak dipungut biaya apa pun |
| 14. | Evaluasi Kinerja Pelaksana | Evaluasi dilakukan setiap 3 (tiga) bulan oleh Kepala Dinas |
"""
expected["01-akta-kelahiran.md"] = ([], [])

# 2. DPMPTSP — column-number row, "-" fee row (empty), evaluation row missing.
files["02-izin-reklame.md"] = fm("Izin Penyelenggaraan Reklame", "503/45/DPMPTSP/2025") + """
LAMPIRAN KEPUTUSAN KEPALA DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU
NOMOR 503/45/DPMPTSP/2025
TANGGAL 2 JANUARI 2025

| No | Komponen | Uraian |
|:--:|---|---|
| 1 | 2 | 3 |
| 1 | Persyaratan Pelayanan | a. Formulir permohonan<br>b. Fotokopi KTP pemohon<br>c. Desain dan ukuran reklame<br>d. Foto lokasi |
| 2 | Sistem, Mekanisme, dan Prosedur | a. Pemohon mengajukan berkas melalui SiCantik<br>b. Verifikasi berkas<br>c. Survei lokasi<br>d. Penerbitan izin |
| 3 | Jangka Waktu Pelayanan | 5 (lima) hari kerja |
| 4 | Biaya/Tarif | - |
| 5 | Produk Pelayanan | Surat Izin Penyelenggaraan Reklame |
| 6 | Penanganan Pengaduan, Saran dan Masukan | Loket pengaduan, email dpmptsp@contoh.go.id, SP4N-LAPOR! |
| 7 | Dasar Hukum | Peraturan Daerah Nomor 4 Tahun 2019 tentang Penyelenggaraan Reklame |
| 8 | Sarana, Prasarana dan/atau Fasilitas | Komputer, printer, ruang tunggu, toilet disabilitas |
| 9 | Kompetensi Pelaksana | Memahami regulasi perizinan reklame |
| 10 | Pengawasan Internal | Atasan langsung dan Inspektorat |
| 11 | Jumlah Pelaksana | 3 orang |
| 12 | Jaminan Pelayanan | Maklumat pelayanan |
| 13 | Jaminan Keamanan dan Keselamatan Pelayanan | Berkas disimpan di lemari arsip terkunci |
"""
expected["02-izin-reklame.md"] = (["biaya"], ["evaluasi"])

# 3. RSUD — two tables (Komponen | Uraian), a blank cell (empty), headings before each table.
files["03-rawat-jalan.md"] = fm("Pelayanan Rawat Jalan", "445/112/RSUD/2025") + """
## A. Penyampaian Pelayanan (Service Delivery)

| Komponen | Uraian |
|---|---|
| Persyaratan | 1. Kartu identitas (KTP/KK)<br>2. Kartu BPJS bagi pasien JKN<br>3. Surat rujukan dari FKTP |
| Prosedur | 1. Pasien mendaftar di loket<br>2. Pasien menunggu di poliklinik<br>3. Pemeriksaan oleh dokter<br>4. Pasien mengambil obat di farmasi |
| Waktu Penyelesaian | ± 60 menit |
| Biaya / Tarif | Pasien JKN tidak dikenakan biaya; pasien umum sesuai Perda Nomor 7 Tahun 2022 tentang Retribusi Jasa Umum |
| Produk Pelayanan | Pelayanan pemeriksaan dan pengobatan rawat jalan |
| Pengaduan | Kotak saran, telepon (0361) 123456, SP4N-LAPOR! |

## B. Pengelolaan Pelayanan (Manufacturing)

| Komponen | Uraian |
|---|---|
| Dasar Hukum | UU Nomor 44 Tahun 2009 tentang Rumah Sakit |
| Sarana dan Prasarana | Ruang tunggu, poliklinik, alat kesehatan, kursi roda |
| Kompetensi Pelaksana | Dokter spesialis dan perawat bersertifikat STR |
| Pengawasan Internal | Satuan Pengawas Internal RSUD |
| Jumlah Pelaksana | |
| Jaminan Pelayanan | Pelayanan sesuai SOP dan standar pelayanan |
| Jaminan Keamanan dan Keselamatan | Pasien dilayani oleh tenaga bersertifikat; APAR tersedia |
| Evaluasi Kinerja Pelaksana | Evaluasi setiap bulan oleh Komite Medik |
"""
expected["03-rawat-jalan.md"] = (["jumlah_pelaksana"], [])

# 4. Kecamatan — four columns with Keterangan; competence and supervision missing.
files["04-legalisasi.md"] = fm("Legalisasi Dokumen", "100/17/Kec/2025") + """
| No | Komponen | Uraian | Keterangan |
|---|---|---|---|
| 1 | Persyaratan | Dokumen asli dan fotokopi yang akan dilegalisasi | |
| 2 | Sistem, Mekanisme dan Prosedur | Pemohon menyerahkan dokumen; petugas memeriksa; Camat menandatangani | |
| 3 | Jangka Waktu Penyelesaian | 15 menit | sejak berkas lengkap |
| 4 | Biaya/Tarif | Gratis | |
| 5 | Produk Pelayanan | Dokumen yang telah dilegalisasi | |
| 6 | Penanganan Pengaduan, Saran dan Masukan | Kotak saran dan telepon kantor kecamatan | |
| 7 | Dasar Hukum | PP Nomor 17 Tahun 2018 tentang Kecamatan | |
| 8 | Sarana, Prasarana dan/atau Fasilitas | Meja layanan, kursi tunggu, stempel | |
| 9 | Jumlah Pelaksana | 2 orang | |
| 10 | Jaminan Pelayanan | Pelayanan sesuai maklumat | |
| 11 | Jaminan Keamanan dan Keselamatan Pelayanan | Dokumen asli dikembalikan pada hari yang sama | |
| 12 | Evaluasi Kinerja Pelaksana | Rapat evaluasi bulanan | |
"""
expected["04-legalisasi.md"] = ([], ["kompetensi", "pengawasan"])

# 5. Dinsos — rows split across two lines; a label split over two rows.
files["05-rekomendasi-pbi.md"] = fm("Rekomendasi PBI-JK", "460/33/Dinsos/2025") + """
| NO | KOMPONEN | URAIAN |
|---|---|---|
| 1 | PERSYARATAN | |
| | | 1. Fotokopi KTP dan KK<br>2. Surat keterangan tidak mampu dari kelurahan |
| 2 | SISTEM, MEKANISME | |
| | DAN PROSEDUR | 1. Pemohon datang ke loket<br>2. Verifikasi DTKS<br>3. Rekomendasi diterbitkan |
| 3 | JANGKA WAKTU PENYELESAIAN | 3 (tiga) hari kerja |
| 4 | BIAYA/TARIF | Tidak dipungut biaya |
| 5 | PRODUK PELAYANAN | Surat rekomendasi PBI-JK |
| 6 | PENANGANAN PENGADUAN, SARAN DAN MASUKAN | |
| | | SP4N-LAPOR! dan telepon 0274-555123 |
| 7 | DASAR HUKUM | Permensos Nomor 21 Tahun 2019 |
| 8 | SARANA, PRASARANA DAN/ATAU FASILITAS | Ruang pelayanan, komputer, ruang laktasi |
| 9 | KOMPETENSI PELAKSANA | Memahami aplikasi SIKS-NG |
| 10 | PENGAWASAN INTERNAL | Kepala Bidang Perlindungan dan Jaminan Sosial |
| 11 | JUMLAH PELAKSANA | 2 (dua) orang |
| 12 | JAMINAN PELAYANAN | Pelayanan sesuai standar |
| 13 | JAMINAN KEAMANAN DAN KESELAMATAN PELAYANAN | Data pemohon dijamin kerahasiaannya |
| 14 | EVALUASI KINERJA PELAKSANA | |
"""
expected["05-rekomendasi-pbi.md"] = (["evaluasi"], [])

# 6. Disnaker — decree header, legal basis as a heading before the table, rest in the table.
files["06-kartu-pencari-kerja.md"] = fm("Kartu Tanda Bukti Pendaftaran Pencari Kerja (AK/1)", "560/8/Disnaker/2025") + """
**LAMPIRAN KEPUTUSAN KEPALA DINAS TENAGA KERJA**
**NOMOR 560/8/Disnaker/2025**

## Dasar Hukum

1. Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan
2. Permenaker Nomor 39 Tahun 2016

## Standar Pelayanan

| No | Komponen | Uraian |
|---|---|---|
| 1 | Persyaratan | a. Fotokopi KTP<br>b. Ijazah terakhir<br>c. Pas foto 3x4 2 lembar |
| 2 | Prosedur | a. Daftar melalui karirhub.kemnaker.go.id<br>b. Verifikasi di loket<br>c. Kartu dicetak |
| 3 | Waktu Penyelesaian | 10 menit |
| 4 | Biaya | Gratis |
| 5 | Produk Layanan | Kartu AK/1 |
| 6 | Pengaduan | Email disnaker@contoh.go.id |
| 7 | Sarana dan Prasarana | Komputer, printer kartu |
| 8 | Kompetensi Pelaksana | Menguasai aplikasi SIAPkerja |
| 9 | Pengawasan Internal | Kepala Bidang Penempatan Tenaga Kerja |
| 10 | Jumlah Pelaksana | 2 orang |
| 11 | Jaminan Pelayanan | TBD |
| 12 | Jaminan Keamanan dan Keselamatan Pelayanan | Data pencari kerja dilindungi |
| 13 | Evaluasi Kinerja Pelaksana | Setiap triwulan |
"""
expected["06-kartu-pencari-kerja.md"] = (["jaminan_pelayanan"], [])

# 7. Kelurahan — a Word table whose first row became the header (no "Komponen" column title).
files["07-sktm.md"] = fm("Surat Keterangan Tidak Mampu", "474/2/Kel/2025") + """
| 1. | Persyaratan | Pengantar RT/RW<br>Fotokopi KTP dan KK |
|---|---|---|
| 2. | Sistem, Mekanisme dan Prosedur | Pemohon membawa pengantar; petugas memeriksa; Lurah menandatangani |
| 3. | Jangka Waktu Penyelesaian | 30 menit |
| 4. | Biaya/Tarif | Gratis |
| 5. | Produk Pelayanan | Surat Keterangan Tidak Mampu |
| 6. | Penanganan Pengaduan, Saran dan Masukan | Kotak saran di kantor kelurahan |
| 7. | Dasar Hukum | Perwali Nomor 12 Tahun 2020 |
| 8. | Sarana, Prasarana dan/atau Fasilitas | - |
| 9. | Kompetensi Pelaksana | Memahami tata naskah dinas |
| 10. | Pengawasan Internal | Sekretaris Kelurahan |
| 11. | Jumlah Pelaksana | 1 orang |
| 12. | Jaminan Pelayanan | Maklumat pelayanan kelurahan |
| 13. | Jaminan Keamanan dan Keselamatan Pelayanan | - |
"""
expected["07-sktm.md"] = (["sarana", "jaminan_keamanan"], ["evaluasi"])

# 8. Dishub — ALL CAPS labels with trailing colons and short forms; two rows missing.
files["08-uji-kir.md"] = fm("Pengujian Berkala Kendaraan Bermotor", "551/90/Dishub/2025") + """
| NO. | KOMPONEN | URAIAN |
|---|---|---|
| 1. | PERSYARATAN : | a. Buku uji lama<br>b. STNK asli<br>c. Kendaraan dalam kondisi laik jalan |
| 2. | ALUR LAYANAN : | a. Pendaftaran<br>b. Pembayaran retribusi<br>c. Pengujian kendaraan<br>d. Pengesahan hasil uji |
| 3. | WAKTU PENYELESAIAN : | 35 Menit -- 65 Menit |
| 4. | TARIF : | Rp. 75.000,- sesuai Perda Nomor 3 Tahun 2023 |
| 5. | SPESIFIKASI PRODUK : | Kartu uji dan tanda uji berkala |
| 6. | PENGELOLAAN PENGADUAN : | Call center 1500-123 |
| 7. | DASAR HUKUM : | PP Nomor 55 Tahun 2012 tentang Kendaraan |
| 8. | SARANA DAN PRASARANA : | Alat uji emisi, rem, lampu |
| 9. | KOMPETENSI PELAKSANA : | Penguji bersertifikat |
| 10. | PENGAWASAN INTERNAL : | Kepala UPT Pengujian |
| 11. | JAMINAN PELAYANAN : | Hasil uji sesuai standar |
| 12. | EVALUASI KINERJA PELAKSANA : | Evaluasi tahunan |
"""
expected["08-uji-kir.md"] = ([], ["jumlah_pelaksana", "jaminan_keamanan"])

# 9. Puskesmas — office hours row (not a component), produk "TBD".
files["09-surat-keterangan-sehat.md"] = fm("Surat Keterangan Sehat", "440/5/PKM/2025") + """
| No | Komponen | Uraian |
|---|---|---|
| 1 | Persyaratan | Fotokopi KTP |
| 2 | Prosedur | Pendaftaran, pemeriksaan fisik, penerbitan surat |
| 3 | Waktu Pelayanan | Senin - Kamis 07.30 - 12.00 WIB |
| 4 | Jangka Waktu Penyelesaian | 30 menit |
| 5 | Biaya/Tarif | Rp 25.000 |
| 6 | Produk Pelayanan | TBD |
| 7 | Penanganan Pengaduan, Saran dan Masukan | Kotak saran dan WhatsApp 0813-0000-1111 |
| 8 | Dasar Hukum | Perda Nomor 2 Tahun 2021 tentang Retribusi Pelayanan Kesehatan |
| 9 | Sarana, Prasarana dan/atau Fasilitas | Ruang periksa, tensimeter, timbangan |
| 10 | Kompetensi Pelaksana | Dokter umum ber-STR |
| 11 | Pengawasan Internal | Kepala Puskesmas |
| 12 | Jumlah Pelaksana | 2 orang |
| 13 | Jaminan Pelayanan | Sesuai SOP |
| 14 | Jaminan Keamanan dan Keselamatan Pelayanan | Alat terkalibrasi |
| 15 | Evaluasi Kinerja Pelaksana | Penilaian kinerja bulanan |
"""
expected["09-surat-keterangan-sehat.md"] = (["produk"], [])

# 10. Bapenda — long labels, "Biaya / tarif retribusi dan tata cara pembayaran"; three rows missing.
files["10-mutasi-pbb.md"] = fm("Mutasi Objek/Subjek PBB-P2", "973/14/Bapenda/2025") + """
| No | Komponen | Uraian |
|---|---|---|
| 1 | Persyaratan Administrasi | Formulir SPOP, fotokopi KTP, fotokopi sertifikat |
| 2 | Persyaratan Teknis | Bukti lunas PBB tahun berjalan |
| 3 | Sistem, Mekanisme dan Prosedur Pelayanan | Berkas diterima, diteliti, diverifikasi lapangan, SPPT diterbitkan |
| 4 | Jangka Waktu Pelayanan | 7 (tujuh) hari kerja sejak berkas lengkap |
| 5 | Biaya / tarif retribusi dan tata cara pembayaran | Tidak dipungut biaya |
| 6 | Produk Pelayanan | SPPT PBB-P2 hasil mutasi |
| 7 | Penanganan Pengaduan | Helpdesk Bapenda, telepon (0370) 111222 |
| 8 | Dasar Hukum | Perda Nomor 1 Tahun 2024 tentang Pajak Daerah |
| 9 | Sarana, Prasarana dan/atau Fasilitas | Aplikasi SISMIOP, komputer |
| 10 | Kompetensi Pelaksana | Memahami ketentuan PBB-P2 |
| 11 | Jumlah Pelaksana | 4 orang |
"""
expected["10-mutasi-pbb.md"] = ([], ["pengawasan", "jaminan_pelayanan", "jaminan_keamanan", "evaluasi"])

# 11. DLH — group rows in the number column only, empty rows written "-" and "…".
files["11-pengangkutan-sampah.md"] = fm("Pengangkutan Sampah", "660/31/DLH/2025") + """
| NO | KOMPONEN | URAIAN |
|---|---|---|
| A | Penyampaian Pelayanan (Service Delivery) | |
| 1 | Persyaratan | Surat permohonan dan alamat lokasi |
| 2 | Sistem, Mekanisme dan Prosedur | Permohonan, penjadwalan, pengangkutan |
| 3 | Jangka Waktu Penyelesaian | 1x24 jam |
| 4 | Biaya/Tarif | Sesuai Perda Nomor 5 Tahun 2022 tentang Retribusi Persampahan |
| 5 | Produk Pelayanan | Sampah terangkut ke TPA |
| 6 | Penanganan Pengaduan, Saran dan Masukan | ... |
| B | Pengelolaan Pelayanan (Manufacturing) | |
| 7 | Dasar Hukum | UU Nomor 18 Tahun 2008 tentang Pengelolaan Sampah |
| 8 | Sarana, Prasarana dan/atau Fasilitas | Truk sampah, kontainer |
| 9 | Kompetensi Pelaksana | Sopir ber-SIM B1 |
| 10 | Pengawasan Internal | Kepala Bidang Persampahan |
| 11 | Jumlah Pelaksana | 12 orang |
| 12 | Jaminan Pelayanan | - |
| 13 | Jaminan Keamanan dan Keselamatan Pelayanan | Petugas memakai APD |
| 14 | Evaluasi Kinerja Pelaksana | Evaluasi mingguan |
"""
expected["11-pengangkutan-sampah.md"] = (["pengaduan", "jaminan_pelayanan"], [])

# 12. Perpustakaan — bullets in cells, a "Keterangan" column used for text, service-delivery rows only.
files["12-kartu-anggota-perpustakaan.md"] = fm("Kartu Anggota Perpustakaan", "041/3/Dispusip/2025") + """
| No | Komponen | Uraian | Keterangan |
|---|---|---|---|
| 1 | Persyaratan | - Fotokopi KTP/Kartu Pelajar<br>- Pas foto 2x3 | |
| 2 | Sistem, Mekanisme dan Prosedur | - Mengisi formulir<br>- Foto di tempat<br>- Kartu dicetak | |
| 3 | Jangka Waktu Penyelesaian | 10 menit | |
| 4 | Biaya/Tarif | Gratis | |
| 5 | Produk Pelayanan | Kartu anggota | berlaku 3 tahun |
| 6 | Penanganan Pengaduan, Saran dan Masukan | Instagram dan kotak saran | |
"""
expected["12-kartu-anggota-perpustakaan.md"] = ([], ["dasar_hukum", "sarana", "kompetensi", "pengawasan", "jumlah_pelaksana",
                                                     "jaminan_pelayanan", "jaminan_keamanan", "evaluasi"])

# 13. Disdukcapil KIA — numbered "1." labels inside the label cell, no number column; one empty row, one missing.
files["13-kartu-identitas-anak.md"] = fm("Kartu Identitas Anak", "470/40/Disdukcapil/2025") + """
| Komponen | Uraian |
|---|---|
| 1. Persyaratan | a. Fotokopi akta kelahiran<br>b. Kartu Keluarga asli<br>c. Pas foto anak (usia 5 tahun ke atas) |
| 2. Sistem, Mekanisme dan Prosedur | a. Pemohon datang ke loket<br>b. Verifikasi<br>c. Pencetakan KIA |
| 3. Jangka Waktu Penyelesaian | 1 hari kerja |
| 4. Biaya/Tarif | GRATIS |
| 5. Produk Pelayanan | Kartu Identitas Anak |
| 6. Penanganan Pengaduan, Saran dan Masukan | SP4N-LAPOR! |
| 7. Dasar Hukum | Permendagri Nomor 2 Tahun 2016 tentang KIA |
| 8. Sarana, Prasarana dan/atau Fasilitas | Printer kartu, kamera |
| 9. Kompetensi Pelaksana | Operator SIAK |
| 10. Pengawasan Internal | |
| 11. Jumlah Pelaksana | 2 orang |
| 12. Jaminan Pelayanan | Pelayanan sesuai standar |
| 13. Evaluasi Kinerja Pelaksana | Evaluasi triwulanan |
"""
expected["13-kartu-identitas-anak.md"] = (["pengawasan"], ["jaminan_keamanan"])

# 14. Kecamatan — decree header, two components as paragraphs above the table, one of them empty.
files["14-rekomendasi-izin-keramaian.md"] = fm("Rekomendasi Izin Keramaian", "300/9/Kec/2025") + """
LAMPIRAN KEPUTUSAN CAMAT SUKAMAJU UTARA
NOMOR 300/9/Kec/2025 TANGGAL 2 JANUARI 2025

**Dasar Hukum**
1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik
2. Peraturan Kepolisian Nomor 7 Tahun 2023

Jaminan Pelayanan : -

| NO | KOMPONEN | URAIAN |
|---|---|---|
| 1 | Persyaratan | a. Surat permohonan<br>b. Fotokopi KTP penanggung jawab<br>c. Pengantar lurah |
| 2 | Prosedur | Permohonan diterima, diverifikasi, rekomendasi ditandatangani Camat |
| 3 | Waktu Penyelesaian | 1 (satu) hari kerja |
| 4 | Biaya | Tidak dipungut biaya |
| 5 | Produk | Surat rekomendasi izin keramaian |
| 6 | Pengaduan | Kotak saran dan SP4N-LAPOR! |
| 7 | Sarana dan Prasarana | Ruang pelayanan, komputer |
| 8 | Kompetensi Pelaksana | Memahami tata naskah dinas |
| 9 | Pengawasan Internal | Sekretaris Camat |
| 10 | Jumlah Pelaksana | 2 orang |
| 11 | Evaluasi Kinerja Pelaksana | Evaluasi bulanan |

Ditetapkan di Sukamaju Utara pada tanggal 2 Januari 2025.
"""
expected["14-rekomendasi-izin-keramaian.md"] = (["jaminan_pelayanan"], ["jaminan_keamanan"])

for name, text in files.items():
    with open(name, "w") as f:
        f.write(text)
with open("expected.txt", "w") as f:
    f.write("# file: empty=ids missing=ids (every other component is present)\n")
    for name in sorted(expected):
        empty, missing = expected[name]
        f.write(f"{name}: empty={','.join(empty)} missing={','.join(missing)}\n")
