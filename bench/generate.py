#!/usr/bin/env python3
"""Seeded generator of a Standar site with N realistic public service standards, for the benchmark.

    python3 bench/generate.py --count 10000 --seed 1 --out .bench/site-10000-s1

writes DIR/content/_index.md, ~N/200 OPD folders (each with _index.md) and N standards of about 3.5 KB with all
14 components: requirement bullet lists, numbered procedures, a Markdown table in ~30% of the files (fee classes
or a timeline), ~60% free fees and ~40% amounts in rupiah, durations from minutes to weeks, and heading variants
(numbering, upper case, short forms, split requirements, group headings) in ~20% of the files. The site passes
`standar check --strict` (dates fall in 2026-01-01..2026-11-15, so reference dates up to 2026-12-31 are fine).

The output is byte-identical for a given --count and --seed (Python's `random.Random` with an explicit seed; no
set or hash ordering, no clock). Only the standard library is used.
"""

import argparse
import datetime
import os
import random
import shutil
import sys
import time

MARKER = ".generated-by-standar-bench"
DAERAH = "Kota Sukamaju"
DOMAIN = "sukamajukota.go.id"
PERDA_RETRIBUSI = f"Peraturan Daerah {DAERAH} Nomor 4 Tahun 2023 tentang Pajak Daerah dan Retribusi Daerah"
DATE_FIRST = datetime.date(2026, 1, 1)
DATE_LAST = datetime.date(2026, 11, 15)

# --------------------------------------------------------------------------------------------------------------
# Numbers in words ("5 (lima) hari kerja")

_UNITS = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def terbilang(n):
    if n < 10:
        return _UNITS[n]
    if n == 10:
        return "sepuluh"
    if n == 11:
        return "sebelas"
    if n < 20:
        return _UNITS[n - 10] + " belas"
    if n < 100:
        rest = n % 10
        return _UNITS[n // 10] + " puluh" + (" " + _UNITS[rest] if rest else "")
    if n < 1000:
        head = "seratus" if n // 100 == 1 else _UNITS[n // 100] + " ratus"
        rest = n % 100
        return head + (" " + terbilang(rest) if rest else "")
    return str(n)


def rupiah(amount):
    return f"{amount:,}".replace(",", ".")


# --------------------------------------------------------------------------------------------------------------
# Vocabulary: OPD archetypes. Services are "Judul|Produk".

GENERIC_DOCS = [
    "Fotokopi KTP-el pemohon yang masih berlaku",
    "Fotokopi Kartu Keluarga (KK)",
    "Surat permohonan yang ditandatangani pemohon",
    "Pas foto berwarna ukuran 3x4 sebanyak 2 (dua) lembar",
    "Surat kuasa bermeterai apabila pengurusan dikuasakan",
    "Nomor telepon atau WhatsApp yang dapat dihubungi",
    "Formulir permohonan yang telah diisi lengkap",
    "Surat pengantar dari ketua RT/RW yang diketahui lurah",
    "Nomor Pokok Wajib Pajak (NPWP) bagi pemohon badan usaha",
    "Surat pernyataan kebenaran data bermeterai",
]

TYPES = [
    dict(slug="disdukcapil", nama="Dinas Kependudukan dan Pencatatan Sipil", singkatan="Disdukcapil",
         kategori="Kependudukan", app="SIAK", pejabat="Pejabat Pencatatan Sipil", kode="400.12",
         services=["Penerbitan Akta Kelahiran|Kutipan akta kelahiran", "Penerbitan Akta Kematian|Kutipan akta kematian",
                   "Pencetakan KTP-el|KTP-el", "Penerbitan Kartu Keluarga|Kartu Keluarga",
                   "Penerbitan Kartu Identitas Anak|Kartu Identitas Anak (KIA)", "Pindah Datang Penduduk|Surat Keterangan Pindah (SKPWNI)",
                   "Pencatatan Perkawinan Non-Muslim|Kutipan akta perkawinan", "Pencatatan Perceraian|Kutipan akta perceraian",
                   "Perubahan Biodata Penduduk|Kartu Keluarga yang telah diperbarui", "Legalisasi Dokumen Kependudukan|Salinan dokumen yang telah dilegalisasi",
                   "Pengakuan dan Pengesahan Anak|Catatan pinggir pada akta kelahiran", "Aktivasi Identitas Kependudukan Digital|Akun Identitas Kependudukan Digital (IKD)",
                   "Perekaman KTP-el bagi Pemula|Bukti perekaman KTP-el", "Pencatatan Perubahan Nama|Catatan pinggir perubahan nama"],
         docs=["Surat keterangan kelahiran dari fasilitas kesehatan atau kelurahan", "Buku nikah atau kutipan akta perkawinan orang tua",
               "KTP-el orang tua atau pelapor", "Surat keterangan kematian dari rumah sakit atau kelurahan",
               "Surat Pernyataan Tanggung Jawab Mutlak (SPTJM) apabila dokumen tidak lengkap", "Penetapan pengadilan negeri bagi perubahan nama"],
         laws=["Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan sebagaimana telah diubah dengan Undang-Undang Nomor 24 Tahun 2013",
               "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil",
               "Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan Pelaksanaan Peraturan Presiden Nomor 96 Tahun 2018"],
         units=["per dokumen"], paid=False),
    dict(slug="dinkes", nama="Dinas Kesehatan", singkatan="Dinkes", kategori="Kesehatan", app="SIMPELKES",
         pejabat="Kepala Dinas Kesehatan", kode="440",
         services=["Rekomendasi Izin Apotek|Surat rekomendasi izin apotek", "Sertifikat Laik Higiene Sanitasi Rumah Makan|Sertifikat laik higiene sanitasi",
                   "Sertifikat Produksi Pangan Industri Rumah Tangga|Sertifikat SPP-IRT", "Rekomendasi Izin Klinik Pratama|Surat rekomendasi izin klinik",
                   "Pemeriksaan Kualitas Air Minum|Laporan hasil uji kualitas air", "Pelayanan Vaksinasi Internasional|Sertifikat vaksinasi internasional",
                   "Penerbitan Surat Keterangan Bebas Narkoba|Surat keterangan bebas narkoba", "Pelayanan Ambulans Gawat Darurat|Layanan transportasi pasien",
                   "Legalisasi Surat Tanda Registrasi Tenaga Kesehatan|Salinan STR yang telah dilegalisasi", "Penyuluhan Kesehatan Masyarakat|Layanan penyuluhan dan materi edukasi",
                   "Rekomendasi Izin Optikal|Surat rekomendasi izin optikal", "Pendataan Jaminan Kesehatan Daerah|Kartu jaminan kesehatan daerah"],
         docs=["Denah lokasi dan denah bangunan tempat usaha", "Daftar tenaga kesehatan beserta STR yang berlaku",
               "Hasil pemeriksaan laboratorium sampel air atau makanan", "Sertifikat penyuluhan keamanan pangan",
               "Daftar peralatan kesehatan dan sarana pendukung", "Surat keterangan domisili usaha"],
         laws=["Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
               "Peraturan Pemerintah Nomor 28 Tahun 2024 tentang Peraturan Pelaksanaan Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
               "Peraturan Menteri Kesehatan Nomor 14 Tahun 2021 tentang Standar Kegiatan Usaha dan Produk pada Penyelenggaraan Perizinan Berusaha Berbasis Risiko Sektor Kesehatan"],
         units=["per sampel", "per pemeriksaan", "per sertifikat"], paid=True),
    dict(slug="rsud", nama="Rumah Sakit Umum Daerah", singkatan="RSUD", kategori="Kesehatan", app="SIMRS",
         pejabat="Direktur RSUD", kode="445",
         services=["Pelayanan Rawat Jalan Poliklinik Spesialis|Hasil pemeriksaan, resep, dan surat kontrol", "Pelayanan Instalasi Gawat Darurat|Tindakan kegawatdaruratan dan rekam medis",
                   "Pelayanan Rawat Inap|Layanan perawatan dan resume medis", "Pemeriksaan Laboratorium Klinik|Hasil pemeriksaan laboratorium",
                   "Pemeriksaan Radiologi|Hasil foto dan ekspertise radiologi", "Penerbitan Surat Keterangan Sehat|Surat keterangan sehat",
                   "Salinan Resume Medis|Salinan resume medis", "Pelayanan Hemodialisis|Tindakan hemodialisis dan catatan medis",
                   "Pelayanan Fisioterapi|Tindakan fisioterapi", "Pelayanan Farmasi Rawat Jalan|Obat dan informasi penggunaan obat",
                   "Pelayanan Persalinan|Layanan persalinan dan surat keterangan kelahiran", "Pelayanan Pemulasaraan Jenazah|Layanan pemulasaraan jenazah",
                   "Medical Check Up|Laporan hasil pemeriksaan kesehatan menyeluruh"],
         docs=["Kartu JKN-KIS atau NIK yang terdaftar aktif sebagai peserta", "Surat rujukan dari fasilitas kesehatan tingkat pertama yang masih berlaku",
               "Kartu berobat RSUD bagi pasien lama", "Surat kontrol dari dokter penanggung jawab pelayanan",
               "Surat Eligibilitas Peserta (SEP) bagi pasien JKN", "Identitas keluarga atau penanggung jawab pasien"],
         laws=["Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
               "Peraturan Pemerintah Nomor 47 Tahun 2021 tentang Penyelenggaraan Bidang Perumahsakitan",
               "Peraturan Presiden Nomor 82 Tahun 2018 tentang Jaminan Kesehatan beserta perubahannya"],
         units=["per kunjungan", "per pemeriksaan", "per tindakan", "per hari rawat"], paid=True),
    dict(slug="dpmptsp", nama="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", singkatan="DPMPTSP",
         kategori="Perizinan", app="SiCantik", pejabat="Kepala DPMPTSP", kode="500.16",
         services=["Persetujuan Bangunan Gedung|Dokumen Persetujuan Bangunan Gedung (PBG)", "Sertifikat Laik Fungsi|Sertifikat Laik Fungsi (SLF)",
                   "Izin Penyelenggaraan Reklame|Surat izin penyelenggaraan reklame", "Nomor Induk Berusaha melalui OSS|Nomor Induk Berusaha (NIB)",
                   "Surat Izin Praktik Dokter|Surat Izin Praktik (SIP) dokter", "Surat Izin Praktik Bidan|Surat Izin Praktik (SIP) bidan",
                   "Surat Izin Praktik Perawat|Surat Izin Praktik (SIP) perawat", "Izin Operasional Lembaga Pendidikan Nonformal|Surat izin operasional",
                   "Izin Usaha Toko Swalayan|Surat izin usaha toko swalayan", "Izin Pemakaian Ruang Milik Jalan|Surat izin pemanfaatan ruang milik jalan",
                   "Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang|Dokumen KKPR", "Izin Penyelenggaraan Angkutan Orang|Surat izin penyelenggaraan angkutan",
                   "Tanda Daftar Usaha Pariwisata|Tanda daftar usaha pariwisata", "Izin Operasional Rumah Sakit Kelas C dan D|Surat izin operasional rumah sakit"],
         docs=["Dokumen rencana teknis bangunan yang ditandatangani tenaga ahli", "Bukti kepemilikan atau penguasaan tanah",
               "Surat Tanda Registrasi (STR) yang masih berlaku", "Rekomendasi organisasi profesi",
               "Akta pendirian badan usaha beserta pengesahannya", "Gambar desain reklame beserta ukuran dan titik lokasi"],
         laws=["Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang",
               "Peraturan Pemerintah Nomor 28 Tahun 2025 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko",
               "Peraturan Presiden Nomor 97 Tahun 2014 tentang Penyelenggaraan Pelayanan Terpadu Satu Pintu"],
         units=["per m²", "per izin", "per titik reklame"], paid=True),
    dict(slug="dinsos", nama="Dinas Sosial", singkatan="Dinsos", kategori="Sosial", app="SIKS-NG",
         pejabat="Kepala Dinas Sosial", kode="400.9",
         services=["Rekomendasi Surat Keterangan Tidak Mampu|Surat rekomendasi keterangan tidak mampu", "Pengusulan Data Tunggal Sosial dan Ekonomi Nasional|Bukti pengusulan DTSEN",
                   "Rekomendasi Penerima Bantuan Iuran Jaminan Kesehatan|Surat rekomendasi PBI-JK", "Rehabilitasi Sosial Dasar Penyandang Disabilitas Telantar|Layanan rehabilitasi sosial dasar",
                   "Penerbitan Kartu Penyandang Disabilitas|Kartu penyandang disabilitas", "Pemulangan Orang Telantar|Layanan pemulangan ke daerah asal",
                   "Bantuan Sosial Korban Bencana|Paket bantuan sosial", "Rekomendasi Izin Pengumpulan Uang dan Barang|Surat rekomendasi pengumpulan uang dan barang",
                   "Pendaftaran Lembaga Kesejahteraan Sosial|Tanda daftar lembaga kesejahteraan sosial", "Pelayanan Lanjut Usia Telantar|Layanan pendampingan lanjut usia",
                   "Santunan Kematian Warga Kurang Mampu|Santunan kematian"],
         docs=["Surat keterangan tidak mampu dari kelurahan", "Foto kondisi rumah tampak depan dan dalam",
               "Surat keterangan dari rumah sakit bagi pasien yang sedang dirawat", "Akta pendirian lembaga dan susunan pengurus",
               "Surat keterangan kematian dari kelurahan", "Berita acara dari petugas penjangkauan"],
         laws=["Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial",
               "Undang-Undang Nomor 8 Tahun 2016 tentang Penyandang Disabilitas",
               "Peraturan Menteri Sosial Nomor 3 Tahun 2021 tentang Pengelolaan Data Terpadu Kesejahteraan Sosial"],
         units=["per permohonan"], paid=False),
    dict(slug="disnaker", nama="Dinas Tenaga Kerja", singkatan="Disnaker", kategori="Ketenagakerjaan", app="SIAPKerja",
         pejabat="Kepala Dinas Tenaga Kerja", kode="500.15",
         services=["Penerbitan Kartu Pencari Kerja|Kartu Tanda Bukti Pendaftaran Pencari Kerja (AK/I)", "Mediasi Perselisihan Hubungan Industrial|Perjanjian bersama atau anjuran tertulis",
                   "Pelatihan Kerja Berbasis Kompetensi|Sertifikat pelatihan", "Pengesahan Peraturan Perusahaan|Surat keputusan pengesahan peraturan perusahaan",
                   "Pencatatan Perjanjian Kerja Bersama|Bukti pencatatan perjanjian kerja bersama", "Wajib Lapor Ketenagakerjaan Perusahaan|Bukti wajib lapor ketenagakerjaan",
                   "Pencatatan Lembaga Kerja Sama Bipartit|Bukti pencatatan LKS Bipartit", "Rekomendasi Paspor Calon Pekerja Migran|Surat rekomendasi paspor",
                   "Pendaftaran Lembaga Pelatihan Kerja Swasta|Tanda daftar lembaga pelatihan kerja", "Penyuluhan Jabatan dan Bursa Kerja|Informasi lowongan dan layanan penempatan"],
         docs=["Ijazah terakhir dan transkrip nilai", "Akta pendirian perusahaan", "Draf peraturan perusahaan yang telah ditandatangani pimpinan",
               "Risalah perundingan bipartit", "Sertifikat pelatihan atau kompetensi yang dimiliki", "Perjanjian penempatan dari perusahaan penempatan"],
         laws=["Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan",
               "Undang-Undang Nomor 2 Tahun 2004 tentang Penyelesaian Perselisihan Hubungan Industrial",
               "Peraturan Pemerintah Nomor 35 Tahun 2021 tentang Perjanjian Kerja Waktu Tertentu, Alih Daya, Waktu Kerja dan Waktu Istirahat, dan Pemutusan Hubungan Kerja"],
         units=["per permohonan"], paid=False),
    dict(slug="dlh", nama="Dinas Lingkungan Hidup", singkatan="DLH", kategori="Lingkungan Hidup", app="AMDALNET",
         pejabat="Kepala Dinas Lingkungan Hidup", kode="600.4",
         services=["Pengangkutan Sampah Rumah Tangga|Layanan pengangkutan sampah terjadwal", "Penyedotan Lumpur Tinja|Layanan penyedotan tangki septik",
                   "Uji Laboratorium Lingkungan|Laporan hasil uji laboratorium", "Persetujuan Lingkungan UKL-UPL|Persetujuan lingkungan",
                   "Penerbitan SPPL|Surat Pernyataan Pengelolaan Lingkungan (SPPL)", "Pengaduan Pencemaran Lingkungan|Berita acara verifikasi pengaduan",
                   "Pemangkasan Pohon Pelindung|Layanan pemangkasan pohon", "Pendaftaran Bank Sampah|Tanda daftar bank sampah",
                   "Rekomendasi Penyimpanan Limbah B3|Rincian teknis penyimpanan limbah B3", "Pengolahan Sampah Kawasan Komersial|Layanan pengolahan sampah"],
         docs=["Dokumen UKL-UPL yang telah disusun", "Denah lokasi kegiatan dan titik koordinat", "Sampel air atau udara sesuai ketentuan pengambilan",
               "Surat perjanjian layanan pengangkutan", "Foto lokasi pohon atau tempat pencemaran", "Bukti pembayaran retribusi bulan sebelumnya"],
         laws=["Undang-Undang Nomor 32 Tahun 2009 tentang Perlindungan dan Pengelolaan Lingkungan Hidup",
               "Undang-Undang Nomor 18 Tahun 2008 tentang Pengelolaan Sampah",
               "Peraturan Pemerintah Nomor 22 Tahun 2021 tentang Penyelenggaraan Perlindungan dan Pengelolaan Lingkungan Hidup"],
         units=["per bulan", "per rit", "per sampel", "per m³"], paid=True),
    dict(slug="dishub", nama="Dinas Perhubungan", singkatan="Dishub", kategori="Perhubungan", app="SIMPKB",
         pejabat="Kepala Dinas Perhubungan", kode="500.11",
         services=["Pengujian Berkala Kendaraan Bermotor|Bukti lulus uji elektronik (BLUe)", "Izin Insidentil Angkutan|Surat izin insidentil",
                   "Rekomendasi Analisis Dampak Lalu Lintas|Surat rekomendasi andalalin", "Izin Penyelenggaraan Parkir|Surat izin penyelenggaraan parkir",
                   "Penerbitan Kartu Pengawasan Angkutan|Kartu pengawasan", "Penggunaan Terminal Penumpang|Layanan terminal penumpang",
                   "Penderekan Kendaraan|Layanan penderekan", "Rekomendasi Penutupan Jalan untuk Kegiatan|Surat rekomendasi penutupan jalan",
                   "Numpang Uji Kendaraan Bermotor|Surat keterangan numpang uji", "Mutasi Uji Kendaraan Bermotor|Surat keterangan mutasi uji"],
         docs=["Surat Tanda Nomor Kendaraan (STNK) yang masih berlaku", "Buku uji atau kartu uji sebelumnya", "Surat tanda lulus tipe kendaraan",
               "Dokumen analisis dampak lalu lintas", "Surat izin keramaian dari kepolisian", "Daftar kendaraan beserta nomor rangka dan mesin"],
         laws=["Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan",
               "Peraturan Pemerintah Nomor 55 Tahun 2012 tentang Kendaraan",
               "Peraturan Menteri Perhubungan Nomor 19 Tahun 2021 tentang Pengujian Berkala Kendaraan Bermotor"],
         units=["per kendaraan", "per izin", "per hari"], paid=True),
    dict(slug="bapenda", nama="Badan Pendapatan Daerah", singkatan="Bapenda", kategori="Pajak Daerah", app="e-PAD",
         pejabat="Kepala Badan Pendapatan Daerah", kode="900.1",
         services=["Pendaftaran Objek Pajak Bumi dan Bangunan Baru|Surat Pemberitahuan Pajak Terutang (SPPT)", "Mutasi Objek Pajak Bumi dan Bangunan|SPPT atas nama wajib pajak baru",
                   "Pengurangan Pajak Bumi dan Bangunan|Surat keputusan pengurangan PBB", "Validasi Bea Perolehan Hak atas Tanah dan Bangunan|Bukti validasi BPHTB",
                   "Pendaftaran Wajib Pajak Daerah|Nomor Pokok Wajib Pajak Daerah (NPWPD)", "Penerbitan Surat Keterangan Lunas PBB|Surat keterangan lunas PBB",
                   "Keberatan Pajak Daerah|Surat keputusan keberatan", "Penerbitan Salinan SPPT PBB|Salinan SPPT PBB",
                   "Pembetulan SPPT PBB|SPPT hasil pembetulan", "Restitusi Pajak Daerah|Surat keputusan pengembalian kelebihan pembayaran pajak"],
         docs=["SPPT PBB tahun terakhir", "Bukti pelunasan PBB tahun sebelumnya", "Sertifikat tanah atau akta jual beli",
               "Surat Setoran Pajak Daerah BPHTB", "Laporan keuangan usaha bagi wajib pajak badan", "Surat pernyataan keberatan beserta alasannya"],
         laws=["Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah",
               "Peraturan Pemerintah Nomor 35 Tahun 2023 tentang Ketentuan Umum Pajak Daerah dan Retribusi Daerah"],
         units=["per permohonan"], paid=False),
    dict(slug="disdik", nama="Dinas Pendidikan", singkatan="Disdik", kategori="Pendidikan", app="Dapodik",
         pejabat="Kepala Dinas Pendidikan", kode="400.3",
         services=["Legalisasi Ijazah dan Surat Keterangan Pengganti Ijazah|Salinan ijazah yang telah dilegalisasi", "Mutasi Peserta Didik Antarsekolah|Surat rekomendasi mutasi peserta didik",
                   "Izin Pendirian Satuan PAUD|Surat izin pendirian satuan PAUD", "Penerbitan Surat Keterangan Pengganti Ijazah|Surat keterangan pengganti ijazah",
                   "Penerimaan Murid Baru Jenjang SD dan SMP|Pengumuman hasil seleksi", "Rekomendasi Izin Lembaga Kursus|Surat rekomendasi izin kursus",
                   "Penyetaraan Ijazah Pendidikan Kesetaraan|Surat keterangan penyetaraan", "Pendataan Anak Tidak Sekolah|Data dan rujukan layanan pendidikan",
                   "Penerbitan Nomor Pokok Sekolah Nasional|Nomor Pokok Sekolah Nasional (NPSN)", "Bantuan Beasiswa Daerah|Surat keputusan penerima beasiswa"],
         docs=["Ijazah asli dan fotokopi", "Surat keterangan pindah dari sekolah asal", "Rapor terakhir peserta didik",
               "Akta pendirian yayasan", "Data pendidik dan tenaga kependidikan", "Surat keterangan kehilangan dari kepolisian"],
         laws=["Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional",
               "Peraturan Pemerintah Nomor 57 Tahun 2021 tentang Standar Nasional Pendidikan"],
         units=["per dokumen"], paid=False),
    dict(slug="disperindag", nama="Dinas Perdagangan dan Perindustrian", singkatan="Disperindag", kategori="Perdagangan",
         app="SIMPEL", pejabat="Kepala Dinas Perdagangan dan Perindustrian", kode="500.2",
         services=["Tera dan Tera Ulang Alat Ukur, Takar, Timbang|Cap tanda tera dan surat keterangan hasil pengujian", "Sewa Kios Pasar Daerah|Surat izin penempatan kios",
                   "Rekomendasi Surat Keterangan Asal|Surat rekomendasi SKA", "Pendaftaran Gudang|Tanda daftar gudang",
                   "Fasilitasi Sertifikasi Halal Industri Kecil|Rekomendasi fasilitasi sertifikasi halal", "Pendaftaran Industri Kecil dan Menengah|Tanda daftar industri",
                   "Layanan Pengaduan Konsumen|Berita acara penyelesaian pengaduan konsumen", "Izin Penempatan Pedagang Kaki Lima|Kartu identitas pedagang",
                   "Pengujian Mutu Barang|Sertifikat hasil uji mutu", "Fasilitasi Pameran Produk Unggulan|Tempat pameran dan bahan promosi"],
         docs=["Daftar alat ukur, takar, timbang yang akan ditera", "Surat perjanjian sewa sebelumnya", "Faktur penjualan atau dokumen ekspor",
               "Foto produk dan label kemasan", "Denah lokasi gudang", "Surat keterangan usaha dari kelurahan"],
         laws=["Undang-Undang Nomor 2 Tahun 1981 tentang Metrologi Legal",
               "Undang-Undang Nomor 7 Tahun 2014 tentang Perdagangan",
               "Undang-Undang Nomor 8 Tahun 1999 tentang Perlindungan Konsumen"],
         units=["per alat", "per bulan", "per m²"], paid=True),
    dict(slug="diskopukm", nama="Dinas Koperasi dan Usaha Mikro", singkatan="Diskopukm", kategori="Koperasi dan UMKM",
         app="ODS Koperasi", pejabat="Kepala Dinas Koperasi dan Usaha Mikro", kode="500.3",
         services=["Pendampingan Pendirian Koperasi|Berita acara pendampingan", "Penilaian Kesehatan Koperasi Simpan Pinjam|Laporan penilaian kesehatan koperasi",
                   "Pendataan Usaha Mikro|Kartu usaha mikro", "Pelatihan Kewirausahaan|Sertifikat pelatihan",
                   "Fasilitasi Nomor Induk Koperasi|Nomor Induk Koperasi (NIK)", "Konsultasi Bisnis Usaha Mikro|Catatan konsultasi dan rencana tindak lanjut",
                   "Fasilitasi Pembiayaan Usaha Mikro|Surat rekomendasi pembiayaan", "Pembubaran Koperasi|Rekomendasi pembubaran koperasi",
                   "Kurasi Produk Usaha Mikro|Hasil kurasi produk"],
         docs=["Notulen rapat pendirian koperasi", "Daftar hadir anggota pendiri", "Laporan pertanggungjawaban pengurus",
               "Foto tempat usaha dan produk", "Laporan keuangan dua tahun terakhir", "Rencana usaha sederhana"],
         laws=["Undang-Undang Nomor 25 Tahun 1992 tentang Perkoperasian",
               "Peraturan Pemerintah Nomor 7 Tahun 2021 tentang Kemudahan, Pelindungan, dan Pemberdayaan Koperasi dan Usaha Mikro, Kecil, dan Menengah"],
         units=["per permohonan"], paid=False),
    dict(slug="distan", nama="Dinas Pertanian dan Ketahanan Pangan", singkatan="Distan", kategori="Pertanian", app="SIMLUHTAN",
         pejabat="Kepala Dinas Pertanian dan Ketahanan Pangan", kode="500.6",
         services=["Pelayanan Kesehatan Hewan|Tindakan pengobatan hewan", "Vaksinasi Rabies Hewan Peliharaan|Kartu vaksinasi hewan",
                   "Penerbitan Surat Keterangan Kesehatan Hewan|Surat keterangan kesehatan hewan", "Rekomendasi Pupuk Bersubsidi|Rencana definitif kebutuhan kelompok",
                   "Sertifikasi Nomor Kontrol Veteriner|Sertifikat Nomor Kontrol Veteriner", "Pendaftaran Kelompok Tani|Surat pengukuhan kelompok tani",
                   "Pemeriksaan Daging di Rumah Potong Hewan|Stempel dan surat keterangan kesehatan daging", "Penyuluhan Pertanian|Materi dan kunjungan penyuluhan",
                   "Uji Mutu Benih|Laporan hasil uji mutu benih", "Inseminasi Buatan Ternak|Layanan inseminasi buatan"],
         docs=["Kartu anggota kelompok tani", "Data luas lahan dan komoditas", "Surat keterangan asal hewan",
               "Buku catatan vaksinasi hewan", "Denah unit usaha produk hewan", "Sampel benih sesuai ketentuan"],
         laws=["Undang-Undang Nomor 18 Tahun 2009 tentang Peternakan dan Kesehatan Hewan sebagaimana telah diubah dengan Undang-Undang Nomor 41 Tahun 2014",
               "Undang-Undang Nomor 22 Tahun 2019 tentang Sistem Budi Daya Pertanian Berkelanjutan"],
         units=["per ekor", "per sampel", "per sertifikat"], paid=True),
    dict(slug="dpupr", nama="Dinas Pekerjaan Umum dan Penataan Ruang", singkatan="DPUPR", kategori="Pekerjaan Umum",
         app="SIMBG", pejabat="Kepala Dinas Pekerjaan Umum dan Penataan Ruang", kode="600.1",
         services=["Informasi Tata Ruang|Surat keterangan informasi tata ruang", "Rekomendasi Teknis Pemanfaatan Jalan|Surat rekomendasi teknis",
                   "Uji Laboratorium Bahan Bangunan|Laporan hasil uji bahan", "Sewa Alat Berat|Layanan sewa alat berat",
                   "Pemeriksaan Dokumen Rencana Teknis Bangunan|Berita acara pemeriksaan", "Rekomendasi Sambungan Drainase|Surat rekomendasi sambungan drainase",
                   "Penerbitan Sertifikat Kompetensi Tukang|Sertifikat kompetensi kerja", "Pengaduan Kerusakan Jalan dan Jembatan|Tindak lanjut perbaikan",
                   "Penerbitan Surat Keterangan Rencana Kota|Surat keterangan rencana kota"],
         docs=["Gambar situasi dan rencana teknis", "Sertifikat tanah atau bukti penguasaan lahan", "Sampel bahan bangunan sesuai standar uji",
               "Surat pernyataan kesanggupan memperbaiki kerusakan", "Dokumen perencanaan drainase", "Peta lokasi dengan titik koordinat"],
         laws=["Undang-Undang Nomor 26 Tahun 2007 tentang Penataan Ruang",
               "Undang-Undang Nomor 28 Tahun 2002 tentang Bangunan Gedung",
               "Peraturan Pemerintah Nomor 16 Tahun 2021 tentang Peraturan Pelaksanaan Undang-Undang Nomor 28 Tahun 2002 tentang Bangunan Gedung"],
         units=["per jam", "per sampel", "per hari"], paid=True),
    dict(slug="damkar", nama="Dinas Pemadam Kebakaran dan Penyelamatan", singkatan="Damkar", kategori="Keselamatan",
         app="Si-Damkar", pejabat="Kepala Dinas Pemadam Kebakaran dan Penyelamatan", kode="300.2",
         services=["Pemadaman Kebakaran|Layanan pemadaman kebakaran", "Penyelamatan dan Evakuasi Non-Kebakaran|Layanan penyelamatan",
                   "Rekomendasi Proteksi Kebakaran Bangunan Gedung|Surat rekomendasi proteksi kebakaran", "Pengisian Ulang Alat Pemadam Api Ringan|Tabung APAR yang telah diisi ulang",
                   "Pelatihan Penanggulangan Kebakaran bagi Masyarakat|Sertifikat pelatihan", "Penangkapan Hewan Liar dan Berbisa|Layanan evakuasi hewan",
                   "Pemeriksaan Sarana Proteksi Kebakaran|Berita acara pemeriksaan", "Simulasi Kebakaran di Sekolah dan Kantor|Layanan simulasi"],
         docs=["Gambar instalasi sistem proteksi kebakaran", "Daftar peserta pelatihan", "Tabung APAR yang akan diisi ulang",
               "Dokumen rencana tindak darurat gedung", "Surat permohonan dari pimpinan instansi"],
         laws=["Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
               "Peraturan Menteri Dalam Negeri Nomor 16 Tahun 2020 tentang Nomenklatur Perangkat Daerah dan Unit Kerja pada Dinas Pemadam Kebakaran dan Penyelamatan"],
         units=["per tabung", "per peserta"], paid=True),
    dict(slug="dispusip", nama="Dinas Perpustakaan dan Kearsipan", singkatan="Dispusip", kategori="Perpustakaan dan Arsip",
         app="INLISLite", pejabat="Kepala Dinas Perpustakaan dan Kearsipan", kode="000.5",
         services=["Pendaftaran Anggota Perpustakaan|Kartu anggota perpustakaan", "Peminjaman Buku|Layanan peminjaman koleksi",
                   "Layanan Perpustakaan Keliling|Layanan baca di lokasi", "Penelusuran Arsip Statis|Salinan arsip statis",
                   "Bimbingan Teknis Pengelolaan Arsip|Sertifikat bimbingan teknis", "Penerbitan Surat Keterangan Bebas Pustaka|Surat keterangan bebas pustaka",
                   "Alih Media Arsip|Arsip dalam bentuk digital", "Akreditasi Perpustakaan Sekolah|Rekomendasi akreditasi"],
         docs=["Kartu pelajar atau kartu mahasiswa", "Daftar arsip yang akan ditelusuri", "Surat permohonan dari instansi atau sekolah",
               "Daftar koleksi perpustakaan", "Arsip yang akan dialihmediakan"],
         laws=["Undang-Undang Nomor 43 Tahun 2007 tentang Perpustakaan",
               "Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan"],
         units=["per lembar"], paid=False),
    dict(slug="disperkim", nama="Dinas Perumahan dan Kawasan Permukiman", singkatan="Disperkim", kategori="Perumahan",
         app="SIMPERKIM", pejabat="Kepala Dinas Perumahan dan Kawasan Permukiman", kode="600.2",
         services=["Bantuan Rumah Tidak Layak Huni|Bantuan bahan bangunan rumah", "Penyerahan Prasarana, Sarana, dan Utilitas Perumahan|Berita acara serah terima PSU",
                   "Sewa Rumah Susun Sederhana|Perjanjian sewa rumah susun", "Pemakaman di Tempat Pemakaman Umum|Izin penggunaan tanah makam",
                   "Penerangan Jalan Umum|Pemasangan atau perbaikan lampu jalan", "Rekomendasi Pembangunan Perumahan|Surat rekomendasi teknis perumahan",
                   "Pendataan Kawasan Kumuh|Data dan rencana penanganan kawasan", "Sertifikasi Pengembang Perumahan|Tanda daftar pengembang"],
         docs=["Surat keterangan tidak mampu dari kelurahan", "Bukti kepemilikan tanah", "Siteplan perumahan yang telah disahkan",
               "Surat keterangan kematian bagi layanan pemakaman", "Foto kondisi rumah atau lokasi"],
         laws=["Undang-Undang Nomor 1 Tahun 2011 tentang Perumahan dan Kawasan Permukiman",
               "Peraturan Pemerintah Nomor 12 Tahun 2021 tentang Perubahan atas Peraturan Pemerintah Nomor 14 Tahun 2016 tentang Penyelenggaraan Perumahan dan Kawasan Permukiman"],
         units=["per bulan", "per petak"], paid=True),
    dict(slug="dp3a", nama="Dinas Pemberdayaan Perempuan dan Perlindungan Anak", singkatan="DP3A", kategori="Perlindungan Anak",
         app="SIMFONI-PPA", pejabat="Kepala DP3A", kode="400.2",
         services=["Pengaduan Kekerasan terhadap Perempuan dan Anak|Penanganan dan rujukan kasus", "Pendampingan Psikologis Korban|Layanan konseling psikologis",
                   "Pendampingan Hukum Korban Kekerasan|Pendampingan hukum", "Rumah Aman bagi Korban|Layanan penampungan sementara",
                   "Konseling Keluarga di Pusat Pembelajaran Keluarga|Layanan konseling keluarga", "Mediasi Keluarga|Kesepakatan mediasi",
                   "Rekomendasi Kota Layak Anak untuk Sekolah|Rekomendasi sekolah ramah anak"],
         docs=["Identitas pelapor atau korban", "Kronologi kejadian secara tertulis atau lisan", "Surat rujukan dari instansi terkait",
               "Visum et repertum apabila ada", "Surat persetujuan orang tua atau wali bagi anak"],
         laws=["Undang-Undang Nomor 23 Tahun 2002 tentang Perlindungan Anak sebagaimana telah diubah terakhir dengan Undang-Undang Nomor 17 Tahun 2016",
               "Undang-Undang Nomor 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual",
               "Undang-Undang Nomor 23 Tahun 2004 tentang Penghapusan Kekerasan dalam Rumah Tangga"],
         units=["per permohonan"], paid=False),
    dict(slug="kesbangpol", nama="Badan Kesatuan Bangsa dan Politik", singkatan="Kesbangpol", kategori="Kesatuan Bangsa",
         app="SIORMAS", pejabat="Kepala Badan Kesatuan Bangsa dan Politik", kode="200.1",
         services=["Penerbitan Surat Keterangan Penelitian|Surat keterangan penelitian", "Pendaftaran Organisasi Kemasyarakatan|Surat keterangan terdaftar ormas",
                   "Rekomendasi Kegiatan Organisasi Kemasyarakatan|Surat rekomendasi kegiatan", "Fasilitasi Bantuan Keuangan Partai Politik|Berita acara verifikasi",
                   "Pemantauan Orang Asing|Data pemantauan orang asing", "Rekomendasi Kuliah Kerja Nyata|Surat rekomendasi KKN"],
         docs=["Proposal penelitian yang disetujui pembimbing", "Surat pengantar dari perguruan tinggi", "Akta pendirian dan AD/ART organisasi",
               "Susunan pengurus organisasi", "Surat keterangan domisili sekretariat"],
         laws=["Undang-Undang Nomor 17 Tahun 2013 tentang Organisasi Kemasyarakatan sebagaimana telah diubah dengan Undang-Undang Nomor 16 Tahun 2017",
               "Peraturan Menteri Dalam Negeri Nomor 7 Tahun 2014 tentang Perubahan atas Peraturan Menteri Dalam Negeri Nomor 64 Tahun 2011 tentang Pedoman Penerbitan Rekomendasi Penelitian"],
         units=["per permohonan"], paid=False),
    dict(slug="bkpsdm", nama="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", singkatan="BKPSDM", kategori="Kepegawaian",
         app="SIMPEG", pejabat="Kepala BKPSDM", kode="800.1",
         services=["Kenaikan Pangkat Pegawai Negeri Sipil|Surat keputusan kenaikan pangkat", "Pensiun Pegawai Negeri Sipil|Surat keputusan pensiun",
                   "Izin Belajar Pegawai|Surat izin belajar", "Penerbitan Kartu Pegawai Elektronik|Kartu pegawai elektronik",
                   "Mutasi Pegawai Antarinstansi|Surat keputusan mutasi", "Cuti di Luar Tanggungan Negara|Surat keputusan cuti",
                   "Ujian Kenaikan Pangkat Penyesuaian Ijazah|Surat keterangan lulus ujian", "Penerbitan Kartu Istri atau Kartu Suami|Kartu istri atau kartu suami"],
         docs=["Surat keputusan pangkat terakhir", "Penilaian kinerja dua tahun terakhir", "Surat pengantar dari kepala perangkat daerah",
               "Ijazah dan transkrip nilai terakhir", "Daftar riwayat hidup pegawai"],
         laws=["Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara",
               "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020"],
         units=["per permohonan"], paid=False),
]

# Archetypes instantiated many times with a place name.
REPEATED = [
    dict(slug="kecamatan", nama="Kecamatan {p}", singkatan="Kec. {p}", kategori="Kewilayahan", app="PATEN",
         pejabat="Camat", kode="100.3",
         services=["Legalisasi Dokumen|Dokumen yang telah dilegalisasi", "Surat Keterangan Ahli Waris|Surat keterangan ahli waris yang dikuatkan camat",
                   "Rekomendasi Izin Keramaian|Surat rekomendasi izin keramaian", "Registrasi Surat Keterangan Tanah|Surat keterangan tanah yang telah diregistrasi",
                   "Surat Keterangan Domisili Usaha|Surat keterangan domisili usaha", "Dispensasi Nikah Kurang dari Sepuluh Hari Kerja|Surat dispensasi nikah",
                   "Rekomendasi Pendirian Rumah Ibadah|Surat rekomendasi", "Surat Keterangan Catatan Kepolisian Pengantar|Surat pengantar SKCK",
                   "Izin Usaha Mikro dan Kecil|Surat Izin Usaha Mikro dan Kecil (IUMK)", "Penerbitan Surat Keterangan Tidak Mampu|Surat keterangan tidak mampu",
                   "Rekomendasi Penggunaan Gedung Serbaguna Kecamatan|Surat persetujuan penggunaan gedung", "Pelayanan Administrasi Kependudukan di Kecamatan|Dokumen kependudukan"],
         docs=["Surat pengantar dari kelurahan", "Akta kematian pewaris", "Surat keterangan tanah dari kelurahan beserta gambar situasi",
               "Susunan acara dan jumlah peserta kegiatan", "Bukti pelunasan PBB tahun berjalan", "Fotokopi buku nikah orang tua"],
         laws=["Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
               "Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan",
               "Peraturan Menteri Dalam Negeri Nomor 4 Tahun 2010 tentang Pedoman Pelayanan Administrasi Terpadu Kecamatan"],
         units=["per dokumen"], paid=False),
    dict(slug="puskesmas", nama="UPTD Puskesmas {p}", singkatan="Puskesmas {p}", kategori="Kesehatan", app="SIMPUS",
         pejabat="Kepala Puskesmas", kode="445.2",
         services=["Pelayanan Pemeriksaan Umum|Hasil pemeriksaan dan resep", "Pelayanan Kesehatan Gigi dan Mulut|Tindakan perawatan gigi",
                   "Pelayanan Kesehatan Ibu dan Anak|Buku KIA yang telah diisi", "Imunisasi Dasar Lengkap|Catatan imunisasi pada buku KIA",
                   "Pelayanan Keluarga Berencana|Layanan kontrasepsi", "Pemeriksaan Laboratorium Sederhana|Hasil pemeriksaan laboratorium",
                   "Pelayanan Gizi|Konseling gizi dan makanan tambahan", "Penerbitan Surat Keterangan Sehat|Surat keterangan sehat",
                   "Pelayanan Tuberkulosis|Pengobatan dan pemantauan pasien", "Pelayanan Kesehatan Lanjut Usia|Hasil pemeriksaan kesehatan lansia",
                   "Pelayanan Unit Gawat Darurat Puskesmas|Tindakan kegawatdaruratan", "Pelayanan Persalinan Normal|Layanan persalinan dan surat keterangan kelahiran"],
         docs=["Kartu JKN-KIS atau KTP-el", "Buku Kesehatan Ibu dan Anak (KIA)", "Kartu berobat Puskesmas bagi pasien lama",
               "Surat rujukan dari posyandu atau bidan", "Hasil pemeriksaan sebelumnya apabila ada"],
         laws=["Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
               "Peraturan Menteri Kesehatan Nomor 43 Tahun 2019 tentang Pusat Kesehatan Masyarakat",
               "Peraturan Menteri Kesehatan Nomor 4 Tahun 2019 tentang Standar Teknis Pemenuhan Mutu Pelayanan Dasar pada Standar Pelayanan Minimal Bidang Kesehatan"],
         units=["per kunjungan", "per pemeriksaan", "per tindakan"], paid=True),
    dict(slug="kelurahan", nama="Kelurahan {p}", singkatan="Kel. {p}", kategori="Kewilayahan", app="SIPAKEL",
         pejabat="Lurah", kode="100.3.4",
         services=["Surat Keterangan Domisili|Surat keterangan domisili", "Surat Pengantar Nikah|Surat pengantar nikah (formulir N1-N4)",
                   "Surat Keterangan Usaha|Surat keterangan usaha", "Surat Keterangan Tidak Mampu|Surat keterangan tidak mampu",
                   "Surat Keterangan Kematian|Surat keterangan kematian", "Surat Keterangan Kelahiran|Surat keterangan kelahiran",
                   "Surat Keterangan Belum Menikah|Surat keterangan belum menikah", "Surat Keterangan Ahli Waris Tingkat Kelurahan|Surat keterangan ahli waris",
                   "Surat Pengantar Pindah|Surat pengantar pindah", "Surat Keterangan Penghasilan|Surat keterangan penghasilan",
                   "Peminjaman Balai Kelurahan|Surat persetujuan peminjaman"],
         docs=["Surat pengantar dari ketua RT/RW", "Surat keterangan dari dokter atau bidan", "Foto tempat usaha",
               "Surat pernyataan ahli waris yang ditandatangani seluruh ahli waris", "Akta kelahiran anak"],
         laws=["Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
               "Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan",
               "Peraturan Menteri Dalam Negeri Nomor 31 Tahun 2006 tentang Pembentukan, Penghapusan dan Penggabungan Kelurahan"],
         units=["per dokumen"], paid=False),
]

PLACE_HEADS = ["Suka", "Mekar", "Cipta", "Tanjung", "Karang", "Sumber", "Margo", "Wono", "Sido", "Banyu",
               "Tegal", "Pasir", "Bukit", "Kali", "Sri", "Jati", "Rejo", "Mulyo", "Tirta", "Giri"]
PLACE_TAILS = ["maju", "jaya", "sari", "mulya", "harjo", "asri", "rahayu", "makmur", "agung", "indah",
               "wangi", "raya", "baru", "tengah", "kencana", "abadi", "luhur", "lestari", "asih", "mekar"]
STREETS = ["Jalan Pahlawan", "Jalan Merdeka", "Jalan Diponegoro", "Jalan Sudirman", "Jalan Cendana", "Jalan Melati",
           "Jalan Veteran", "Jalan Ahmad Yani", "Jalan Gatot Subroto", "Jalan Kartini", "Jalan Siliwangi", "Jalan Kenanga"]
HOURS = ["Senin–Kamis 08.00–15.00 WIB, Jumat 08.00–11.30 WIB",
         "Senin–Jumat 08.00–15.00 WIB",
         "Senin–Kamis 07.30–15.30 WIB, Jumat 07.30–11.00 WIB; loket MPP Sabtu 08.00–12.00 WIB",
         "Setiap hari 24 jam untuk layanan darurat; administrasi Senin–Jumat 08.00–14.00 WIB",
         "Senin–Sabtu 07.30–14.00 WIB"]

MODIFIERS = ["", " secara Daring", " melalui Layanan Jemput Bola", " di Mal Pelayanan Publik",
             " bagi Penyandang Disabilitas", " bagi Warga Negara Asing", " (Perpanjangan)", " (Perubahan Data)",
             " (Penggantian karena Hilang atau Rusak)", " untuk Pelaku Usaha Mikro", " Keliling",
             " bagi Lanjut Usia", " untuk Instansi Pemerintah", " Prioritas", " pada Hari Libur",
             " bagi Pelajar dan Mahasiswa", " untuk Badan Usaha", " Terintegrasi"]

TARGETS = ["penduduk", "masyarakat", "pelaku usaha", "warga", "pemohon perorangan maupun badan usaha",
           "keluarga", "pasien umum dan peserta JKN", "instansi dan lembaga"]
RINGKASAN_OPENERS = ["Standar pelayanan {t} bagi {g} {d}.", "{T} untuk {g} yang berdomisili atau berusaha di {d}.",
                     "Penyelenggaraan {t} secara cepat, mudah, dan transparan bagi {g} {d}.",
                     "Layanan \u201c{t}\u201d yang diselenggarakan di kantor pelayanan dan Mal Pelayanan Publik {d}."]

INTAKE = [
    "Pemohon mengambil nomor antrean di anjungan mandiri atau mendaftar secara daring melalui aplikasi {app}.",
    "Pemohon datang ke loket pelayanan dengan membawa berkas persyaratan lengkap.",
    "Pemohon mengisi formulir permohonan di loket atau melalui laman layanan daring {opd}.",
    "Pemohon mendaftar melalui WhatsApp pendaftaran atau langsung di loket informasi.",
]
VERIFY = [
    "Petugas loket memeriksa kelengkapan dan keabsahan berkas; berkas yang belum lengkap dikembalikan kepada pemohon disertai penjelasan tertulis.",
    "Petugas memverifikasi dan memvalidasi data pemohon pada aplikasi {app}.",
    "Petugas teknis melakukan pemeriksaan lapangan apabila diperlukan dan menuangkan hasilnya dalam berita acara.",
    "Tim teknis menilai kesesuaian dokumen dengan ketentuan yang berlaku dan memberikan catatan perbaikan bila ada.",
    "Petugas mencocokkan dokumen asli dengan salinan yang diserahkan pemohon.",
]
PROCESS = [
    "Operator memasukkan data permohonan dan memproses {produk_l} dalam aplikasi {app}.",
    "Petugas menyiapkan konsep {produk_l} sesuai data yang telah diverifikasi.",
    "Kepala seksi memeriksa draf {produk_l} dan memberikan paraf.",
    "Apabila dikenakan retribusi, pemohon membayar melalui bank persepsi atau kanal pembayaran nontunai dan menyerahkan bukti bayar.",
]
SIGN = [
    "{pejabat} menandatangani {produk_l} secara elektronik.",
    "{pejabat} memeriksa dan menandatangani {produk_l}.",
    "{produk} ditandatangani oleh {pejabat} atau pejabat yang ditunjuk.",
]
DELIVER = [
    "{produk} diserahkan kepada pemohon di loket pengambilan dengan menunjukkan tanda terima.",
    "{produk} dikirim kepada pemohon melalui surel atau dapat diunduh pada aplikasi {app}.",
    "Pemohon menerima {produk_l} dan menandatangani buku register penyerahan.",
]
WAKTU_TAIL = ["sejak berkas dinyatakan lengkap dan benar", "sejak permohonan diterima secara lengkap",
              "sejak pembayaran retribusi diterima", "sejak pemohon selesai mendaftar"]
WAKTU_NOTES = ["Apabila berkas belum lengkap, waktu dihitung kembali sejak kelengkapan diterima.",
               "Waktu tersebut tidak termasuk waktu perbaikan dokumen oleh pemohon.",
               "Pada masa sibuk, pemohon diberi tahu perkiraan waktu melalui pesan singkat.",
               "Untuk permohonan secara daring, waktu dihitung pada hari kerja berikutnya apabila berkas diterima setelah pukul 14.00 WIB."]
FREE_FEES = ["Gratis.", "Tidak dipungut biaya.", "Tidak dipungut biaya (GRATIS).", "Tidak ada biaya / GRATIS.",
             "Gratis, dibiayai APBD {d}.", "Rp0 (gratis).", "Tidak dipungut biaya (gratis).",
             "Gratis. Pelayanan ini tidak dipungut biaya dalam bentuk apa pun."]
FREE_TAILS = ["", "", " Pemohon diimbau tidak memberikan imbalan kepada petugas.",
              " Laporkan setiap pungutan liar melalui kanal pengaduan di bawah."]
SARANA = ["Loket pelayanan dan loket prioritas bagi lansia, ibu hamil, dan penyandang disabilitas;",
          "Ruang tunggu ber-AC dengan kursi yang cukup;", "Komputer, printer, pemindai, dan jaringan internet;",
          "Anjungan antrean mandiri dan layar informasi antrean;", "Ruang laktasi dan area bermain anak;",
          "Toilet ramah disabilitas, jalur pemandu, dan kursi roda;", "Papan informasi standar pelayanan dan maklumat pelayanan;",
          "Kotak saran dan meja pengaduan;", "Aplikasi layanan daring {app};", "Tempat parkir kendaraan roda dua dan roda empat;"]
KOMPETENSI = ["Pendidikan paling rendah SMA/sederajat bagi petugas loket dan S1 bagi pejabat pemroses;",
              "Memahami peraturan perundang-undangan yang menjadi dasar layanan;",
              "Menguasai aplikasi {app} dan perangkat komputer;", "Ramah, santun, cermat, dan teliti;",
              "Memiliki sertifikat pelatihan pelayanan prima;", "Mampu berkomunikasi dengan penyandang disabilitas;"]
PENGAWASAN = ["Dilakukan oleh atasan langsung secara berjenjang dan oleh Inspektorat {d}.",
              "{pejabat} dan kepala bidang terkait melakukan pengawasan melekat; pemeriksaan berkala oleh Inspektorat {d}.",
              "Pengawasan internal dilakukan melalui Sistem Pengendalian Intern Pemerintah (SPIP) oleh atasan langsung, serta audit oleh Inspektorat {d}.",
              "Kepala subbagian umum dan kepala bidang memantau pelayanan setiap hari; rapat evaluasi mingguan dipimpin {pejabat}."]
JAMINAN = ["{opd} menjamin pelayanan diberikan sesuai standar pelayanan yang ditetapkan, tepat waktu, dan tanpa pungutan di luar ketentuan.",
           "Pelayanan dijamin sesuai standar; apabila tidak sesuai, pemohon dapat menyampaikan pengaduan dan {opd} akan menindaklanjutinya paling lambat 5 (lima) hari kerja.",
           "{opd} menjamin kepastian waktu dan biaya pelayanan sebagaimana tercantum dalam standar ini, melalui maklumat pelayanan yang ditandatangani pimpinan."]
KEAMANAN = ["Data pribadi pemohon dijaga kerahasiaannya dan hanya digunakan untuk keperluan pelayanan.",
            "Dokumen hasil layanan dilengkapi tanda tangan elektronik tersertifikasi dan kode QR untuk memeriksa keasliannya.",
            "Ruang pelayanan dilengkapi alat pemadam api ringan, jalur evakuasi, dan kamera pengawas.",
            "Berkas pemohon disimpan di ruang arsip terkunci; akses aplikasi dibatasi dengan akun perorangan."]
EVALUASI = ["Evaluasi bulanan atas capaian waktu penyelesaian dan Survei Kepuasan Masyarakat setiap semester.",
            "Evaluasi kinerja pegawai tahunan, evaluasi triwulanan atas pengaduan yang masuk, dan Survei Kepuasan Masyarakat tahunan.",
            "Rapat evaluasi setiap akhir bulan yang dipimpin {pejabat}, dengan hasil Survei Kepuasan Masyarakat sebagai bahan perbaikan.",
            "Penilaian kinerja pelaksana berdasarkan sasaran kinerja pegawai dan indeks kepuasan masyarakat setiap tahun."]
DESKRIPSI = ["Layanan ini diselenggarakan untuk memberikan kepastian hukum dan kemudahan bagi {g} dalam memperoleh {produk_l}. Permohonan dapat diajukan langsung di loket maupun secara daring.",
             "Standar pelayanan ini disusun bersama perwakilan masyarakat melalui forum konsultasi publik dan ditetapkan dengan keputusan pimpinan {opd}.",
             "Layanan tersedia di kantor {opd} dan di gerai Mal Pelayanan Publik {d}. Pemohon disarankan memeriksa kelengkapan berkas sebelum datang."]
TIMELINE_STEPS = [("Pendaftaran dan pemeriksaan berkas", "Petugas loket", "15 menit"),
                  ("Verifikasi data", "Petugas verifikasi", "30 menit"),
                  ("Pemeriksaan lapangan", "Tim teknis", "2 hari kerja"),
                  ("Penyusunan konsep dokumen", "Operator", "1 hari kerja"),
                  ("Penandatanganan", "Pejabat berwenang", "1 hari kerja"),
                  ("Penyerahan hasil layanan", "Petugas loket", "10 menit")]
FEE_CLASSES = ["Perorangan", "Usaha mikro", "Usaha kecil", "Usaha menengah", "Badan usaha besar",
               "Kelas III", "Kelas II", "Kelas I", "VIP", "Rumah tangga", "Toko dan warung", "Kantor swasta",
               "Kendaraan penumpang", "Kendaraan barang", "Pelajar", "Umum"]
AMOUNTS = [5000, 10000, 15000, 20000, 25000, 35000, 40000, 50000, 75000, 100000, 150000, 250000, 350000, 500000]

CANONICAL = [
    ("persyaratan", "Persyaratan", ["Persyaratan Layanan"]),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", ["Prosedur"]),
    ("waktu", "Jangka Waktu Penyelesaian", ["Waktu Penyelesaian", "Jangka Waktu Pelayanan"]),
    ("biaya", "Biaya/Tarif", ["Biaya/Tarif"]),
    ("produk", "Produk Pelayanan", ["Produk Layanan"]),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", ["Pengelolaan Pengaduan"]),
    ("dasar_hukum", "Dasar Hukum", ["Dasar Hukum"]),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas", ["Sarana dan Prasarana"]),
    ("kompetensi", "Kompetensi Pelaksana", ["Kompetensi Pelaksana"]),
    ("pengawasan", "Pengawasan Internal", ["Pengawasan Internal"]),
    ("jumlah_pelaksana", "Jumlah Pelaksana", ["Jumlah Pelaksana"]),
    ("jaminan_pelayanan", "Jaminan Pelayanan", ["Jaminan Pelayanan"]),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", ["Jaminan Keamanan dan Keselamatan Pelayanan"]),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", ["Evaluasi Kinerja Pelaksana"]),
]


def slugify(text, limit=70):
    out = []
    dash = False
    for ch in text.lower():
        if "a" <= ch <= "z" or "0" <= ch <= "9":
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    slug = "".join(out).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug


def lower_first(text):
    # "Kutipan akta kelahiran" -> "kutipan akta kelahiran"; keeps acronyms ("KTP-el", "SPPT ...").
    if len(text) > 1 and text[1].islower():
        return text[0].lower() + text[1:]
    return text


# --------------------------------------------------------------------------------------------------------------
# OPDs


def make_opds(rng, count):
    opds = []
    used = set()
    types = list(TYPES)
    rng.shuffle(types)
    places = [h + t for h in PLACE_HEADS for t in PLACE_TAILS]
    rng.shuffle(places)
    place_i = 0
    for i in range(count):
        if i < len(types):
            arch = types[i]
            place = None
            nama = f"{arch['nama']} {DAERAH}"
            singkatan = arch["singkatan"]
            slug = arch["slug"]
        else:
            arch = REPEATED[(i - len(types)) % len(REPEATED)]
            place = places[place_i % len(places)]
            place_i += 1
            nama = arch["nama"].format(p=place)
            singkatan = arch["singkatan"].format(p=place)
            slug = f"{arch['slug']}-{slugify(place)}"
        base = slug
        k = 2
        while slug in used:
            slug = f"{base}-{k}"
            k += 1
        used.add(slug)
        opds.append(dict(arch=arch, slug=slug, nama=nama, singkatan=singkatan, place=place,
                         telepon=f"(0299) 5{rng.randint(10, 99)} {rng.randint(100, 999)}",
                         wa=f"0812-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
                         email=f"{slug}@{DOMAIN}",
                         alamat=f"{rng.choice(STREETS)} Nomor {rng.randint(1, 120)}, Kelurahan {rng.choice(places)}, {DAERAH} 45{rng.randint(100, 199)}",
                         jam=rng.choice(HOURS)))
    return opds


def opd_index(opd, rng):
    arch = opd["arch"]
    lines = ["---",
             f'nama: "{opd["nama"]}"',
             f'singkatan: "{opd["singkatan"]}"',
             f'alamat: "{opd["alamat"]}"',
             f'telepon: "{opd["telepon"]}"',
             f'email: "{opd["email"]}"',
             f'situs: "https://{opd["slug"]}.{DOMAIN}"',
             f'jam_layanan: "{opd["jam"]}"',
             "---",
             "",
             f'{opd["nama"]} menyelenggarakan pelayanan publik di bidang {arch["kategori"].lower()} bagi masyarakat {DAERAH}. '
             f'Pelayanan diberikan di kantor {opd["singkatan"]}, di gerai Mal Pelayanan Publik, dan melalui aplikasi {arch["app"]}.',
             ""]
    return "\n".join(lines)


def maklumat(opd):
    """content/<opd>/maklumat.md: the pledge, signed and dated (no randomness, so the standards stay as they were)."""
    return "\n".join([
        "---",
        f'penandatangan: "Kepala {opd["singkatan"]}"',
        f'jabatan: "Kepala {opd["nama"]}"',
        "tanggal: 2026-01-02",
        "---",
        "",
        "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan "
        "dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai dengan ketentuan peraturan perundang-undangan yang berlaku.",
        ""])


def site_index(count):
    return "\n".join([
        "---",
        f'judul: "Standar Pelayanan Publik {DAERAH}"',
        f'pemda: "Pemerintah {DAERAH}"',
        f'base_url: "https://standar.{DOMAIN}"',
        "---",
        "",
        f"Situs uji kinerja: {count} standar pelayanan rekaan yang dibuat oleh `bench/generate.py`. "
        "Seluruh nama, nomor, dan angka bersifat ilustratif.",
        "",
    ])


# --------------------------------------------------------------------------------------------------------------
# One standard


def duration_text(rng, paid):
    kind = rng.random()
    tail = rng.choice(WAKTU_TAIL if paid else WAKTU_TAIL[:2] + WAKTU_TAIL[3:])
    if kind < 0.35:
        n = rng.choice([1, 1, 2, 3, 3, 5, 5, 7, 10, 14])
        lead = rng.choice(["", "", "Paling lambat ", "Selambat-lambatnya ", "Maksimal "])
        text = f"{n} ({terbilang(n)}) hari kerja {tail}."
        if lead:
            text = lead + text
        else:
            text = text[0].upper() + text[1:]
    elif kind < 0.50:
        n = rng.choice([14, 5, 7, 3, 21])
        text = f"{n} hari kerja {tail}."
    elif kind < 0.72:
        n = rng.choice([10, 15, 20, 30, 45, 60, 90])
        text = rng.choice([f"{n} ({terbilang(n)}) menit {tail}.", f"± {n} menit {tail}."])
    elif kind < 0.82:
        a = rng.choice([3, 5, 10])
        text = f"{a}-{a + rng.choice([2, 5])} menit per pemohon {tail}."
    elif kind < 0.92:
        text = f"1x24 jam {tail}."
    else:
        a = rng.choice([1, 2, 3])
        text = f"{a}-{a + rng.choice([1, 2])} minggu {tail}, tergantung jumlah permohonan."
    if rng.random() < 0.35:
        text += " " + rng.choice(WAKTU_NOTES)
    return text


def fee_text(rng, arch, table):
    """(markdown, paid)"""
    unit = rng.choice(arch["units"])
    kind = rng.random()
    if kind < 0.45:
        a = rng.choice(AMOUNTS)
        text = rng.choice([f"Rp {rupiah(a)} {unit}", f"Rp. {rupiah(a)},- {unit}"])
        text += f", sesuai {PERDA_RETRIBUSI}."
    elif kind < 0.75:
        a = rng.choice(AMOUNTS[:8])
        b = a * rng.choice([2, 3, 5])
        text = (f"Retribusi sebesar Rp {rupiah(a)} - {rupiah(b)} {unit}, tergantung jenis dan ukuran objek layanan, "
                f"berdasarkan {PERDA_RETRIBUSI}.")
    else:
        a = rng.choice([25, 45, 50, 75, 100])
        text = f"Rp {a} ribu {unit}, dibayar melalui bank persepsi atau QRIS sesuai {PERDA_RETRIBUSI}."
    if table:
        classes = rng.sample(FEE_CLASSES, rng.randint(3, 5))
        rows = ["| Golongan | Tarif |", "|---|---|"]
        amount = rng.choice(AMOUNTS[:6])
        for c in classes:
            rows.append(f"| {c} | Rp {rupiah(amount)} {unit} |")
            amount = min(amount * 2, 1000000)
        text = (f"Retribusi berdasarkan {PERDA_RETRIBUSI}:\n\n" + "\n".join(rows) +
                "\n\nPembayaran dilakukan secara nontunai; petugas tidak menerima uang tunai.")
    return text


def pick(rng, pool, k):
    """k items of pool, in the pool's order (steps of a procedure keep their logical order)."""
    return [pool[i] for i in sorted(rng.sample(range(len(pool)), k))]


def bullets(items):
    items = [i.rstrip(";.") for i in items]
    return "\n".join(f"- {item};" if k < len(items) - 1 else f"- {item}." for k, item in enumerate(items))


def numbered(items):
    return "\n".join(f"{k + 1}. {item}" for k, item in enumerate(items))


def make_standard(rng, opd, title, base_title, produk, nomor):
    arch = opd["arch"]
    opd_name = opd["singkatan"]
    fmt = dict(app=arch["app"], opd=opd_name, pejabat=arch["pejabat"], produk=produk,
               produk_l=lower_first(produk), d=DAERAH, g=rng.choice(TARGETS))

    # Front matter
    start = DATE_FIRST.toordinal()
    end = DATE_LAST.toordinal()
    set_day = rng.randint(start, end)
    review_day = rng.randint(set_day, end)
    ringkasan = rng.choice(RINGKASAN_OPENERS).format(t=title, T=title,
                                                     g=fmt["g"], d=DAERAH)
    kata = []
    for w in [lower_first(produk).split(" (")[0], base_title.split(" ")[-1].lower(), arch["kategori"].lower(),
              arch["app"], opd_name.lower()]:
        w = w.strip(",.()")
        if w and w not in kata:
            kata.append(w)
    kata = kata[:rng.randint(3, 5)]
    fm = ["---",
          f'judul: "{title}"',
          f'ringkasan: "{ringkasan}"',
          f'kategori: "{arch["kategori"]}"',
          f'nomor_sk: "{arch["kode"]}/{nomor:03d}/{opd_name.replace(" ", "")}/2026"',
          f"ditetapkan: {datetime.date.fromordinal(set_day).isoformat()}",
          f"ditinjau: {datetime.date.fromordinal(review_day).isoformat()}",
          "kata_kunci:"] + ['  - "' + k + '"' for k in kata] + ["---", ""]

    # Components
    paid = rng.random() < (0.80 if arch["paid"] else 0.14)
    has_table = rng.random() < 0.30
    fee_table = has_table and paid and rng.random() < 0.6
    timeline_table = has_table and not fee_table

    docs_pool = arch["docs"] + GENERIC_DOCS
    admin = rng.sample(GENERIC_DOCS, rng.randint(2, 4))
    teknis = rng.sample(arch["docs"], rng.randint(2, min(4, len(arch["docs"]))))
    body = {}
    persyaratan_admin = bullets(admin)
    persyaratan_teknis = bullets(teknis)
    extra = ""
    if rng.random() < 0.2:
        extra = "\n\nApabila pengurusan dikuasakan:\n\n" + bullets(["Surat kuasa bermeterai dari pemohon",
                                                                    "KTP-el penerima kuasa"])
    body["persyaratan"] = bullets(admin + teknis) + extra

    process = PROCESS if paid else PROCESS[:3]
    steps = pick(rng, INTAKE, rng.randint(1, 2)) + pick(rng, VERIFY, rng.randint(1, 2)) + \
        pick(rng, process, rng.randint(1, 2)) + [rng.choice(SIGN), rng.choice(DELIVER)]
    prosedur = numbered([s.format(**fmt) for s in steps])
    if timeline_table:
        rows = ["| Tahap | Pelaksana | Waktu |", "|---|---|---|"]
        for st in rng.sample(TIMELINE_STEPS, rng.randint(3, 5)):
            rows.append(f"| {st[0]} | {st[1]} | {st[2]} |")
        prosedur += "\n\nRincian waktu setiap tahap:\n\n" + "\n".join(rows)
    body["prosedur"] = prosedur
    body["waktu"] = duration_text(rng, paid)
    if paid:
        body["biaya"] = fee_text(rng, arch, fee_table)
    else:
        body["biaya"] = rng.choice(FREE_FEES).format(d=DAERAH) + rng.choice(FREE_TAILS)
    produk_items = [produk]
    if rng.random() < 0.5:
        produk_items.append(rng.choice(["Tanda terima berkas", "Bukti pendaftaran dengan kode QR",
                                        "Salinan digital dalam format PDF", "Surat pemberitahuan hasil layanan"]))
    body["produk"] = bullets(produk_items)
    body["pengaduan"] = bullets(rng.sample([
        "SP4N-LAPOR!: [lapor.go.id](https://www.lapor.go.id)",
        f"Telepon: {opd['telepon']}",
        f"WhatsApp: {opd['wa']}",
        f"Surel: pengaduan.{opd['email']}",
        f"Kotak pengaduan dan meja pengaduan di kantor {opd_name}",
        f"Datang langsung ke ruang pengaduan {opd_name} pada jam layanan",
    ], rng.randint(3, 5)))
    laws = ["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"] + \
        rng.sample(arch["laws"], rng.randint(1, len(arch["laws"])))
    if paid:
        laws.append(PERDA_RETRIBUSI)
    if rng.random() < 0.3:
        laws.append("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan")
    body["dasar_hukum"] = numbered([law + (";" if k < len(laws) - 1 else ".") for k, law in enumerate(laws)])
    body["sarana"] = bullets([s.format(**fmt) for s in rng.sample(SARANA, rng.randint(3, 5))])
    body["kompetensi"] = bullets([s.format(**fmt) for s in rng.sample(KOMPETENSI, rng.randint(2, 4))])
    body["pengawasan"] = rng.choice(PENGAWASAN).format(**fmt)
    a, b, c = rng.randint(1, 4), rng.randint(1, 4), rng.randint(1, 2)
    total = a + b + c
    body["jumlah_pelaksana"] = f"{total} ({terbilang(total)}) orang: {a} petugas loket, {b} operator/verifikator, dan {c} pejabat penandatangan."
    body["jaminan_pelayanan"] = rng.choice(JAMINAN).format(**fmt)
    body["jaminan_keamanan"] = " ".join(rng.sample(KEAMANAN, rng.randint(1, 2)))
    body["evaluasi"] = rng.choice(EVALUASI).format(**fmt)

    # Headings: ~20% of the files use variants.
    variant = rng.random() < 0.20
    numbered_h = upper = short = split = groups = False
    if variant:
        while not (numbered_h or upper or short or split or groups):
            numbered_h = rng.random() < 0.45
            upper = rng.random() < 0.3
            short = rng.random() < 0.45
            split = rng.random() < 0.3
            groups = rng.random() < 0.35

    out = fm
    if rng.random() < 0.15:
        out += ["## Deskripsi", "", rng.choice(DESKRIPSI).format(**fmt), ""]
    for k, (cid, canonical, shorts) in enumerate(CANONICAL):
        if groups and cid == "persyaratan":
            out += ["# SERVICE DELIVERY", ""]
        if groups and cid == "dasar_hukum":
            out += ["# MANUFAKTURING", ""]
        if split and cid == "persyaratan":
            h1, h2 = "A. Persyaratan Administrasi", "B. Persyaratan Teknis"
            if upper:
                h1, h2 = h1.upper(), h2.upper()
            out += [f"## {h1}", "", persyaratan_admin, "", f"## {h2}", "", persyaratan_teknis + extra, ""]
            continue
        heading = rng.choice(shorts) if short else canonical
        if upper:
            heading = heading.upper()
        if numbered_h:
            heading = f"{k + 1}. {heading}"
        out += [f"## {heading}", "", body[cid], ""]
    return "\n".join(out)


def make_titles(rng, arch, count):
    """`count` unique (title, produk, slug) for one OPD."""
    services = [s.split("|") for s in arch["services"]]
    combos = [(t, p, m) for m in MODIFIERS for (t, p) in services]
    # The plain services first, then modified ones in a seeded order.
    plain = combos[:len(services)]
    rest = combos[len(services):]
    rng.shuffle(rest)
    combos = plain + rest
    out = []
    used = set()
    i = 0
    round_ = 1
    while len(out) < count:
        if i >= len(combos):
            i = 0
            round_ += 1
        t, p, m = combos[i]
        i += 1
        title = t + m + ("" if round_ == 1 else f" Wilayah {round_}")
        slug = slugify(title)
        if slug in used or not slug:
            continue
        used.add(slug)
        out.append((title, t, p, slug))
    rng.shuffle(out)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=10000, help="number of standards")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True, help="site folder; DIR/content is (re)written")
    ap.add_argument("--per-opd", type=int, default=200, help="average standards per OPD")
    args = ap.parse_args()
    if args.count < 1:
        sys.exit("--count must be >= 1")

    started = time.monotonic()
    content = os.path.join(args.out, "content")
    marker = os.path.join(args.out, MARKER)
    if os.path.exists(content):
        if not os.path.exists(marker):
            sys.exit(f"{content} exists and was not made by this generator; refusing to overwrite it")
        shutil.rmtree(content)
    os.makedirs(content)
    with open(marker, "w") as f:
        f.write(f"count={args.count} seed={args.seed}\n")

    rng = random.Random(args.seed)
    n_opd = max(1, round(args.count / args.per_opd))
    opds = make_opds(rng, n_opd)
    weights = [rng.uniform(0.75, 1.25) for _ in opds]
    total_w = sum(weights)
    sizes = [int(args.count * w / total_w) for w in weights]
    for k in range(args.count - sum(sizes)):
        sizes[k % n_opd] += 1

    def write(path, text):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    write(os.path.join(content, "_index.md"), site_index(args.count))
    total_bytes = 0
    written = 0
    for opd, size in zip(opds, sizes):
        folder = os.path.join(content, opd["slug"])
        os.makedirs(folder)
        write(os.path.join(folder, "_index.md"), opd_index(opd, rng))
        write(os.path.join(folder, "maklumat.md"), maklumat(opd))
        for nomor, (title, base_title, produk, slug) in enumerate(make_titles(rng, opd["arch"], size), start=1):
            text = make_standard(rng, opd, title, base_title, produk, nomor)
            data = text.encode("utf-8")
            total_bytes += len(data)
            written += 1
            with open(os.path.join(folder, slug + ".md"), "wb") as f:
                f.write(data)

    elapsed = time.monotonic() - started
    print(f"{written} standar dalam {n_opd} OPD ditulis ke {content}; rata-rata {total_bytes / written / 1024:.2f} KiB "
          f"({total_bytes / written:.0f} byte) per berkas; {elapsed:.1f} s")


if __name__ == "__main__":
    main()
