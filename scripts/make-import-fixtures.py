#!/usr/bin/env python3
"""Makes the .docx/.odt fixtures of `standar impor` (Tests/StandarKitTests/Fixtures/import/).

Realistic documents as agencies keep them: the PermenPAN-RB 15/2014 annex table (NO | KOMPONEN | URAIAN) with a
decree header, a column-number row, merged group rows, multi-paragraph cells, automatically numbered lists with
real numbering.xml definitions (several levels), bold text and line breaks, a fee table nested in a cell, two
services in one document, a standard split over two tables, a 4th "Keterangan" column; a document written with
Word Heading styles; the same annex as .odt (and .doc) through LibreOffice; and hostile files (zip bomb, entity
expansion, path names inside the zip, a file that is not a zip).

Needs python-docx (pip install python-docx); LibreOffice (`soffice`) for the .odt and .doc copies of the Word
annex. langsung-kesbangpol.odt is always written directly as OpenDocument XML through zipfile, so an .odt
fixture can be made without LibreOffice.

    python3 scripts/make-import-fixtures.py [OUTPUT_DIR]
"""
import copy
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "StandarKitTests", "Fixtures", "import")
FIXED_TIME = (2024, 1, 2, 0, 0, 0)


# ---------------------------------------------------------------------------------------------------------------
# numbering.xml: one multi-level list definition (1. / a. / bullet), and a fresh w:num per list so each cell's
# list starts at 1, as Word does when the clerk restarts numbering.

class Numbering:
    def __init__(self, document):
        self.root = document.part.numbering_part.element
        self.abstract_id = 90
        abstract = OxmlElement("w:abstractNum")
        abstract.set(qn("w:abstractNumId"), str(self.abstract_id))
        multi = OxmlElement("w:multiLevelType")
        multi.set(qn("w:val"), "multilevel")
        abstract.append(multi)
        for level, (fmt, text) in enumerate([("decimal", "%1."), ("lowerLetter", "%2."), ("bullet", "\u2022")]):
            lvl = OxmlElement("w:lvl")
            lvl.set(qn("w:ilvl"), str(level))
            start = OxmlElement("w:start")
            start.set(qn("w:val"), "1")
            num_fmt = OxmlElement("w:numFmt")
            num_fmt.set(qn("w:val"), fmt)
            lvl_text = OxmlElement("w:lvlText")
            lvl_text.set(qn("w:val"), text)
            ppr = OxmlElement("w:pPr")
            ind = OxmlElement("w:ind")
            ind.set(qn("w:left"), str(360 * (level + 1)))
            ind.set(qn("w:hanging"), "360")
            ppr.append(ind)
            for child in (start, num_fmt, lvl_text, ppr):
                lvl.append(child)
            abstract.append(lvl)
        first_num = self.root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.root.append(abstract)
        self.next_id = 100

    def new_list(self):
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(self.next_id))
        ref = OxmlElement("w:abstractNumId")
        ref.set(qn("w:val"), str(self.abstract_id))
        num.append(ref)
        self.root.append(num)
        self.next_id += 1
        return self.next_id - 1


def set_numbering(paragraph, num_id, level):
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.insert(0, numpr)


# ---------------------------------------------------------------------------------------------------------------
# Cell content. A cell's content is a list of items:
#   "text"                      a paragraph
#   ("list", [item, ...])       an automatically numbered list; an item is "text" or ("text", [sub items])
#   ("bold", "label", "rest")  a paragraph with a bold start
#   ("lines", ["a", "b"])      one paragraph with line breaks (Shift+Enter)
#   ("table", [[...], ...])     a table nested in the cell

def fill_cell(cell, items, numbering):
    first = True

    def paragraph():
        nonlocal first
        if first:
            first = False
            return cell.paragraphs[0]
        return cell.add_paragraph()

    for item in items:
        if isinstance(item, str):
            paragraph().add_run(item)
        elif item[0] == "bold":
            p = paragraph()
            p.add_run(item[1]).bold = True
            p.add_run(item[2])
        elif item[0] == "lines":
            p = paragraph()
            for i, line in enumerate(item[1]):
                run = p.add_run(line)
                if i + 1 < len(item[1]):
                    run.add_break()
        elif item[0] == "list":
            num_id = numbering.new_list()

            def add(entries, level):
                for entry in entries:
                    text, children = (entry, []) if isinstance(entry, str) else entry
                    p = paragraph()
                    p.add_run(text)
                    set_numbering(p, num_id, level)
                    add(children, level + 1)
            add(item[1], 0)
        elif item[0] == "table":
            # python-docx adds the nested table after the cell's paragraphs.
            rows = item[1]
            nested = cell.add_table(rows=len(rows), cols=len(rows[0]))
            nested.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    nested.cell(r, c).text = text
            first = False


def annex_table(document, numbering, rows, notes_column=False, header=True, number_row=True):
    """rows: ("group", "A. ...") or (number, label, items[, note])."""
    cols = 4 if notes_column else 3
    table = document.add_table(rows=0, cols=cols)
    table.style = "Table Grid"
    if header:
        cells = table.add_row().cells
        for cell, text in zip(cells, ["NO", "KOMPONEN", "URAIAN", "KETERANGAN"][:cols]):
            cell.text = text
            cell.paragraphs[0].runs[0].bold = True
    if number_row:
        cells = table.add_row().cells
        for i, cell in enumerate(cells):
            cell.text = str(i + 1)
    for row in rows:
        cells = table.add_row().cells
        if row[0] == "group":
            merged = cells[0].merge(cells[-1])
            merged.text = row[1]
            merged.paragraphs[0].runs[0].bold = True
            continue
        if row[0] == "split":
            # A label written over two rows, the first cell merged vertically.
            _, number, first_label, second_label, items = row
            cells[0].text = number
            cells[1].text = first_label
            second = table.add_row().cells
            cells[0].merge(second[0])
            second[1].text = second_label
            fill_cell(second[2], items, numbering)
            continue
        number, label, items = row[0], row[1], row[2]
        cells[0].text = number
        cells[1].text = label
        fill_cell(cells[2], items, numbering)
        if notes_column and len(row) > 3:
            cells[3].text = row[3]
    return table


def decree_header(document, lines):
    for line in lines:
        p = document.add_paragraph(line)
        p.paragraph_format.left_indent = Pt(250)


def title(document, *lines):
    for line in lines:
        p = document.add_paragraph()
        p.add_run(line).bold = True


PENGADUAN = [("lines", ["Pengaduan, saran dan masukan disampaikan melalui:",
                        "- SP4N-LAPOR! (www.lapor.go.id)", "- WhatsApp 0812-3456-7890",
                        "- Kotak pengaduan di ruang tunggu"])]


def kk_rows():
    return [
        ("group", "A. Penyampaian Pelayanan (Service Delivery)"),
        ("1.", "Persyaratan Pelayanan", [
            ("list", ["Surat pengantar RT/RW",
                      ("Dokumen kependudukan:", ["Kartu Keluarga lama", "KTP-el kepala keluarga"]),
                      "Buku nikah atau akta perkawinan"])]),
        ("2.", "Sistem, Mekanisme dan Prosedur", [
            "Pemohon datang ke loket pelayanan.",
            ("list", ["Pemohon mengambil nomor antrean", "Petugas memverifikasi berkas",
                      "Petugas mencetak Kartu Keluarga", "Pemohon menerima Kartu Keluarga"])]),
        ("3.", "Jangka Waktu Penyelesaian", ["1 (satu) hari kerja sejak berkas dinyatakan lengkap dan benar"]),
        ("4.", "Biaya/Tarif", [("bold", "Tidak dipungut biaya", " (gratis)")]),
        ("5.", "Produk Pelayanan", ["Kartu Keluarga"]),
        ("6.", "Penanganan Pengaduan, Saran dan Masukan", PENGADUAN),
        ("group", "B. Pengelolaan Pelayanan (Manufacturing)"),
        ("7.", "Dasar Hukum", [("list", ["Undang-Undang Nomor 24 Tahun 2013 tentang Administrasi Kependudukan",
                                         "Peraturan Presiden Nomor 96 Tahun 2018"])]),
        ("8.", "Sarana, Prasarana dan/atau Fasilitas", ["Ruang tunggu, loket, komputer dan printer", "Kursi roda dan jalur landai"]),
        ("9.", "Kompetensi Pelaksana", ["Memahami peraturan administrasi kependudukan"]),
        ("10.", "Pengawasan Internal", ["Kepala Bidang Pelayanan Pendaftaran Penduduk"]),
        ("11.", "Jumlah Pelaksana", ["4 (empat) orang"]),
        ("12.", "Jaminan Pelayanan", ["Pelayanan diberikan sesuai maklumat pelayanan"]),
        ("13.", "Jaminan Keamanan dan Keselamatan Pelayanan", ["Data pemohon dijaga kerahasiaannya"]),
        ("14.", "Evaluasi Kinerja Pelaksana", ["Evaluasi setiap 3 (tiga) bulan dan Survei Kepuasan Masyarakat"]),
    ]


def akta_rows_a():
    return [
        ("1.", "Persyaratan", [("list", ["Surat keterangan lahir dari rumah sakit atau bidan", "Kartu Keluarga",
                                         "KTP-el kedua orang tua"])]),
        ("2.", "Prosedur", [("list", ["Pemohon menyerahkan berkas", "Petugas memverifikasi",
                                      "Kepala Dinas menandatangani akta"])]),
        ("split", "3.", "Jangka Waktu", "Penyelesaian", ["3 (tiga) hari kerja"]),
        ("4.", "Biaya / Tarif", ["Gratis"]),
        ("5.", "Produk Layanan", ["Akta Kelahiran"]),
        ("6.", "Pengelolaan Pengaduan", PENGADUAN),
    ]


def akta_rows_b():
    return [
        ("7.", "Dasar Hukum", ["Undang-Undang Nomor 24 Tahun 2013"]),
        ("8.", "Sarana dan Prasarana", ["Ruang pelayanan ber-AC"]),
        ("9.", "Kompetensi Pelaksana", ["Pendidikan minimal SMA"]),
        ("10.", "Pengawasan Internal", ["Sekretaris Dinas"]),
        ("11.", "Jumlah Pelaksana", ["3 orang"]),
        ("12.", "Jaminan Pelayanan", ["Sesuai maklumat"]),
        ("13.", "Jaminan Keamanan dan Keselamatan Pelayanan", ["Petugas menjaga keamanan berkas"]),
        ("14.", "Evaluasi Kinerja Pelaksana", ["Setiap semester"]),
    ]


def make_disdukcapil(path):
    document = Document()
    numbering = Numbering(document)
    decree_header(document, [
        "LAMPIRAN",
        "KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA SUKAMAJU",
        "NOMOR : 800/016/Disdukcapil/2024",
        "TANGGAL : 2 Januari 2024",
        "TENTANG STANDAR PELAYANAN PADA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
    ])
    title(document, "STANDAR PELAYANAN", "PENERBITAN KARTU KELUARGA")
    annex_table(document, numbering, kk_rows())
    document.add_paragraph("")
    title(document, "STANDAR PELAYANAN PENERBITAN AKTA KELAHIRAN")
    annex_table(document, numbering, [("group", "A. Penyampaian Pelayanan (Service Delivery)")] + akta_rows_a(),
                number_row=False)
    title(document, "B. Pengelolaan Pelayanan (Manufacturing)")
    annex_table(document, numbering, akta_rows_b(), number_row=False)
    document.add_paragraph("")
    document.add_paragraph("KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL,")
    document.add_paragraph("ttd")
    save(document, path)


def make_rsud(path):
    document = Document()
    numbering = Numbering(document)
    decree_header(document, [
        "LAMPIRAN I PERATURAN DIREKTUR RSUD SUKAMAJU",
        "NOMOR 12 TAHUN 2024",
        "TANGGAL 15 Maret 2024",
    ])
    title(document, "JENIS PELAYANAN : PELAYANAN RAWAT INAP")
    annex_table(document, numbering, [
        ("group", "A. Komponen Standar Pelayanan yang terkait dengan Proses Penyampaian Pelayanan (Service Delivery)"),
        ("1", "Persyaratan", [("list", ["Kartu identitas pasien", "Surat rujukan (pasien JKN)"])], "Asli dan fotokopi"),
        ("2", "Sistem, Mekanisme dan Prosedur", [("list", ["Pasien mendaftar di admisi", "Dokter memeriksa pasien",
                                                           "Pasien dirawat di ruang rawat inap"])]),
        ("3", "Jangka Waktu Pelayanan", ["Paling lama 30 (tiga puluh) menit sejak pendaftaran"]),
        ("4", "Biaya/Tarif", ["Pasien JKN tidak dikenakan biaya; pasien umum sesuai Perda Nomor 5 Tahun 2023:",
                              ("table", [["Kelas", "Tarif per hari"], ["Kelas I", "Rp 300.000"],
                                         ["Kelas II", "Rp 200.000"], ["Kelas III", "Rp 100.000"]])]),
        ("5", "Produk Pelayanan", ["Pelayanan rawat inap"]),
        ("6", "Penanganan Pengaduan, Saran dan Masukan", ["Unit Pengaduan RSUD, telepon (0274) 123456"]),
        ("group", "B. Komponen Standar Pelayanan yang terkait dengan Proses Pengelolaan Pelayanan (Manufacturing)"),
        ("7", "Dasar Hukum", ["Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan"]),
        ("8", "Sarana, Prasarana dan/atau Fasilitas", ["Ruang rawat inap kelas I, II dan III"]),
        ("9", "Kompetensi Pelaksana", ["Dokter dan perawat bersertifikat"]),
        ("10", "Pengawasan Internal", ["Komite Medik dan Satuan Pengawas Internal"]),
        ("11", "Jaminan Pelayanan", ["Pelayanan sesuai standar"]),
        ("12", "Jaminan Keamanan dan Keselamatan Pelayanan", ["Pasien dilindungi asuransi"]),
        ("13", "Evaluasi Kinerja Pelaksana", ["-"]),
        ("14", "Maklumat Pelayanan", ["Kami sanggup menyelenggarakan pelayanan sesuai standar."]),
    ], notes_column=True)
    save(document, path)


def make_headings(path):
    document = Document()
    numbering = Numbering(document)
    contents = {
        "Persyaratan": [("list", ["Formulir permohonan", ("Dokumen teknis:", ["Gambar rencana", "Perhitungan struktur"])])],
        "Sistem, Mekanisme dan Prosedur": [("list", ["Pemohon mengajukan permohonan melalui SIMBG",
                                                     "Tim Profesi Ahli memeriksa dokumen",
                                                     "PBG diterbitkan"])],
        "Jangka Waktu Penyelesaian": ["28 hari kerja sejak dokumen lengkap"],
        "Biaya/Tarif": ["Sesuai Perda Nomor 1 Tahun 2024 tentang Retribusi PBG"],
        "Produk Pelayanan": ["Persetujuan Bangunan Gedung (PBG)"],
        "Penanganan Pengaduan, Saran dan Masukan": ["Loket pengaduan DPMPTSP dan SP4N-LAPOR!"],
        "Dasar Hukum": ["Peraturan Pemerintah Nomor 16 Tahun 2021"],
        "Sarana, Prasarana dan/atau Fasilitas": ["Ruang konsultasi"],
        "Kompetensi Pelaksana": ["Memahami ketentuan bangunan gedung"],
        "Pengawasan Internal": ["Kepala Bidang Perizinan"],
        "Jumlah Pelaksana": ["5 orang"],
        "Jaminan Pelayanan": ["Sesuai maklumat"],
        "Jaminan Keamanan dan Keselamatan Pelayanan": ["Dokumen disimpan dengan aman"],
        "Evaluasi Kinerja Pelaksana": ["Setiap tahun"],
    }
    document.add_heading("Persetujuan Bangunan Gedung", level=1)
    for heading, items in contents.items():
        document.add_heading(heading, level=2)
        cell_like = document.add_table(rows=1, cols=1)  # fill through a throwaway cell, then move paragraphs out
        fill_cell(cell_like.cell(0, 0), items, numbering)
        body = document.element.body
        tbl = cell_like._tbl
        for p in list(tbl.iter(qn("w:p"))):
            tbl.addprevious(p)
        body.remove(tbl)
    document.add_heading("Surat Keterangan Usaha", level=1)
    document.add_heading("Persyaratan", level=2)
    document.add_paragraph("KTP pemohon")
    document.add_heading("Biaya/Tarif : Gratis", level=2)
    save(document, path)


def make_bold_headings(path):
    """A Kecamatan's document without Heading styles: the decree header laid out in a borderless table, one
    service whose component titles are bold numbered paragraphs with typed "a." items, then a service written as a
    two-column table whose title sits in the table's first (merged) row, and a signature block."""
    document = Document()
    numbering = Numbering(document)
    document.add_paragraph("LAMPIRAN KEPUTUSAN CAMAT SUKAMAJU")
    header = document.add_table(rows=2, cols=3)
    for r, (key, value) in enumerate([("NOMOR", "100.3/25/Kec.Skj/2024"), ("TANGGAL", "5 Pebruari 2024")]):
        header.cell(r, 0).text = key
        header.cell(r, 1).text = ":"
        header.cell(r, 2).text = value
    document.add_paragraph("TENTANG STANDAR PELAYANAN PADA KECAMATAN SUKAMAJU")
    title(document, "STANDAR PELAYANAN SURAT KETERANGAN PINDAH")
    sections = [
        ("1. Persyaratan :", ["a. Surat pengantar RT/RW", "b. KTP-el dan Kartu Keluarga asli"]),
        ("2. Sistem, Mekanisme dan Prosedur :", ["1) Pemohon mengisi formulir", "2) Petugas memverifikasi berkas",
                                                 "3) Camat menandatangani surat"]),
        ("3. Jangka Waktu Penyelesaian :", ["Lebih kurang 30 menit"]),
        ("4. Biaya/Tarif : Gratis", []),
        ("5. Produk Pelayanan :", ["Surat Keterangan Pindah"]),
        ("6. Penanganan Pengaduan, Saran dan Masukan :", ["Kotak saran dan SP4N-LAPOR!"]),
        ("7. Dasar Hukum :", ["Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan"]),
        ("8. Sarana, Prasarana dan/atau Fasilitas :", ["Ruang pelayanan dan komputer"]),
        ("9. Kompetensi Pelaksana :", ["Memahami administrasi kependudukan"]),
        ("10. Pengawasan Internal :", ["Sekretaris Camat"]),
        ("11. Jumlah Pelaksana :", ["2 orang"]),
        ("12. Jaminan Pelayanan :", ["Sesuai maklumat pelayanan"]),
        ("13. Jaminan Keamanan dan Keselamatan Pelayanan :", ["Berkas disimpan dengan aman"]),
        ("14. Evaluasi Kinerja Pelaksana :", ["Setiap tahun"]),
    ]
    for heading, lines in sections:
        p = document.add_paragraph()
        p.add_run(heading).bold = True
        for line in lines:
            document.add_paragraph(line)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    cells = table.add_row().cells
    merged = cells[0].merge(cells[1])
    merged.text = "JENIS PELAYANAN : LEGALISASI DOKUMEN KEPENDUDUKAN"
    cells = table.add_row().cells
    cells[0].text, cells[1].text = "KOMPONEN", "URAIAN"
    for label, text in [("Persyaratan", "Dokumen asli dan fotokopi"), ("Prosedur", "Petugas memeriksa dan Camat menandatangani"),
                        ("Waktu Penyelesaian", "15 menit"), ("Biaya", "Tidak dipungut biaya"),
                        ("Produk Layanan", "Dokumen yang dilegalisasi"), ("Pengaduan", "Kotak saran"),
                        ("Dasar Hukum", "PP 17 Tahun 2018"), ("Sarana dan Prasarana", "Ruang pelayanan"),
                        ("Kompetensi Pelaksana", "Memahami tata naskah dinas"), ("Pengawasan Internal", "Sekretaris Camat"),
                        ("Jumlah Pelaksana", "1 orang"), ("Jaminan Pelayanan", "Sesuai maklumat"),
                        ("Jaminan Keamanan dan Keselamatan Pelayanan", "Dokumen tidak digandakan"),
                        ("Evaluasi Kinerja Pelaksana", "Setiap semester")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, text
    for line in ["", "Ditetapkan di Sukamaju", "CAMAT SUKAMAJU,", "ttd", "BUDI SANTOSO, S.STP", "NIP. 19800101 200501 1 001"]:
        document.add_paragraph(line)
    save(document, path)


def make_text_box(path):
    """The decree header in a floating text box (DrawingML with its VML fallback copy, as Word writes it)."""
    from docx.oxml import parse_xml
    document = Document()
    numbering = Numbering(document)
    lines = ["LAMPIRAN KEPUTUSAN KEPALA DINAS PERHUBUNGAN", "NOMOR : 551/77/Dishub/2024", "TANGGAL : 9 Mei 2024"]
    paras = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"')
    run = parse_xml(
        f'<w:r {ns}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        f'<wps:wsp><wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx></wps:wsp>'
        f'</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>'
        f'<w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    anchor = document.add_paragraph()
    anchor._p.append(run)
    title(document, "STANDAR PELAYANAN PENGUJIAN KENDARAAN BERMOTOR")
    annex_table(document, numbering, [
        ("1", "Persyaratan", ["Buku uji lama"]), ("2", "Prosedur", ["Kendaraan diuji di jalur uji"]),
        ("3", "Jangka Waktu", ["± 45 menit"]), ("4", "Biaya/Tarif", ["Rp 87.000 sesuai Perda"]),
        ("5", "Produk Pelayanan", ["Kartu uji"]), ("6", "Pengaduan", ["SP4N-LAPOR!"]),
        ("7", "Dasar Hukum", ["UU 22/2009"]), ("8", "Sarana dan Prasarana", ["Jalur uji"]),
        ("9", "Kompetensi Pelaksana", ["Penguji bersertifikat"]), ("10", "Pengawasan Internal", ["Kepala UPT"]),
        ("11", "Jumlah Pelaksana", ["6 orang"]), ("12", "Jaminan Pelayanan", ["Sesuai maklumat"]),
        ("13", "Jaminan Keamanan dan Keselamatan Pelayanan", ["Area uji aman"]), ("14", "Evaluasi Kinerja Pelaksana", ["Setiap bulan"]),
    ])
    save(document, path)


def save(document, path):
    document.core_properties.author = "Standar"
    document.save(path)
    normalize_zip(path)


def normalize_zip(path):
    """Rewrites the zip with fixed timestamps and without the thumbnail, so the fixture is small and stable."""
    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info.filename)) for info in source.infolist()
                   if not info.filename.endswith(".jpeg")]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            if name == "[Content_Types].xml":
                data = data.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
            target.writestr(info, data)


# ---------------------------------------------------------------------------------------------------------------
# An .odt written directly (no LibreOffice needed): the RSUD-style annex as OpenDocument XML, with a list style
# (numbered, then lettered, then bullets), a bold text style, a group row spanning the columns, a label cell
# spanning two rows (a covered cell below it) and a nested fee table.

ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3"')


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def odt_list(entries):
    out = '<text:list text:style-name="L1">'
    for entry in entries:
        text, children = (entry, []) if isinstance(entry, str) else entry
        out += f'<text:list-item><text:p>{esc(text)}</text:p>'
        if children:
            out += odt_list(children).replace(' text:style-name="L1"', "", 1)
        out += "</text:list-item>"
    return out + "</text:list>"


def odt_cell(items, span=1, rows=1):
    attrs = ""
    if span > 1:
        attrs += f' table:number-columns-spanned="{span}"'
    if rows > 1:
        attrs += f' table:number-rows-spanned="{rows}"'
    out = f'<table:table-cell office:value-type="string"{attrs}>'
    for item in items:
        if isinstance(item, str):
            out += f"<text:p>{esc(item)}</text:p>"
        elif item[0] == "bold":
            out += f'<text:p><text:span text:style-name="T1">{esc(item[1])}</text:span>{esc(item[2])}</text:p>'
        elif item[0] == "lines":
            out += "<text:p>" + "<text:line-break/>".join(esc(line) for line in item[1]) + "</text:p>"
        elif item[0] == "list":
            out += odt_list(item[1])
        elif item[0] == "table":
            out += '<table:table table:name="Tarif"><table:table-column table:number-columns-repeated="2"/>'
            for row in item[1]:
                out += "<table:table-row>" + "".join(odt_cell([c]) for c in row) + "</table:table-row>"
            out += "</table:table>"
    return out + "</table:table-cell>"


def make_odt_direct(path):
    covered = "<table:covered-table-cell/>"
    rows = [
        ("NO", "KOMPONEN", "URAIAN"), ("1", "2", "3"),
        ("group", "A. Penyampaian Pelayanan (Service Delivery)"),
        ("1", "Persyaratan", [("list", ["KTP-el pemohon", ("Surat dari desa:", ["Surat pengantar", "Surat keterangan domisili"]),
                                        "Pas foto 3x4"])]),
        ("2", "Sistem, Mekanisme dan Prosedur", [("list", ["Pemohon mendaftar", "Petugas memeriksa", "Izin diterbitkan"])]),
        ("rowspan", "3", "Jangka Waktu", "Penyelesaian", ["Lebih kurang 35 Menit -- 65 Menit"]),
        ("4", "Biaya/Tarif", ["Pelajar tidak dipungut biaya; umum sesuai tarif berikut:",
                              ("table", [["Jenis", "Tarif"], ["Umum", "Rp 10.000"], ["Badan usaha", "Rp 50.000"]])]),
        ("5", "Produk Pelayanan", [("bold", "Surat Izin", " Penelitian")]),
        ("6", "Penanganan Pengaduan, Saran dan Masukan", [("lines", ["SP4N-LAPOR!", "Telepon (0274) 555"])]),
        ("group", "B. Pengelolaan Pelayanan (Manufacturing)"),
        ("7", "Dasar Hukum", ["Peraturan Daerah Nomor 2 Tahun 2022"]),
        ("8", "Sarana, Prasarana dan/atau Fasilitas", ["Ruang tunggu"]),
        ("9", "Kompetensi Pelaksana", ["Memahami tata naskah dinas"]),
        ("10", "Pengawasan Internal", ["Kepala Bidang"]),
        ("11", "Jumlah Pelaksana", ["2 orang"]),
        ("12", "Jaminan Pelayanan", ["Sesuai maklumat"]),
        ("13", "Jaminan Keamanan dan Keselamatan Pelayanan", ["Data dijaga"]),
        ("14", "Evaluasi Kinerja Pelaksana", ["Setiap tahun"]),
    ]
    body = ""
    for line in ["LAMPIRAN KEPUTUSAN KEPALA BADAN KESATUAN BANGSA DAN POLITIK", "NOMOR : 070/12/2024",
                 "TANGGAL : 17 Agustus 2024"]:
        body += f"<text:p>{esc(line)}</text:p>"
    body += '<text:p><text:span text:style-name="T1">STANDAR PELAYANAN IZIN PENELITIAN</text:span></text:p>'
    body += '<table:table table:name="Lampiran"><table:table-column table:number-columns-repeated="3"/>'
    for row in rows:
        body += "<table:table-row>"
        if row[0] == "group":
            body += odt_cell([("bold", row[1], "")], span=3) + covered * 2
        elif row[0] == "rowspan":
            _, number, first, second, items = row
            body += odt_cell([number], rows=2) + odt_cell([first]) + odt_cell([]) + "</table:table-row>"
            body += "<table:table-row>" + covered + odt_cell([second]) + odt_cell(items)
        elif isinstance(row[2], str):
            body += "".join(odt_cell([c]) for c in row)
        else:
            body += odt_cell([row[0]]) + odt_cell([row[1]]) + odt_cell(row[2])
        body += "</table:table-row>"
    body += "</table:table>"
    styles = ('<office:automatic-styles>'
              '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
              '<text:list-style style:name="L1">'
              '<text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>'
              '<text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix="."/>'
              '<text:list-level-style-bullet text:level="3" text:bullet-char="•"/>'
              '</text:list-style></office:automatic-styles>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS}>{styles}'
               f'<office:body><office:text>{body}</office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as target:
        info = zipfile.ZipInfo("mimetype", FIXED_TIME)
        info.compress_type = zipfile.ZIP_STORED
        target.writestr(info, "application/vnd.oasis.opendocument.text")
        for name, data in [("content.xml", content), ("META-INF/manifest.xml", manifest)]:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, data.encode("utf-8"))


# ---------------------------------------------------------------------------------------------------------------
# Hostile files.

def write_zip(path, entries):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, data)


def make_hostile(out):
    # Zip bomb: 80 MiB of spaces inside <w:t>, about 80 KiB packed.
    info = zipfile.ZipInfo("word/document.xml", FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(os.path.join(out, "bom-zip.docx"), "w", zipfile.ZIP_DEFLATED) as target:
        with target.open(info, "w") as stream:
            stream.write(b'<?xml version="1.0"?><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>')
            chunk = b" " * (1 << 20)
            for _ in range(80):
                stream.write(chunk)
            stream.write(b"</w:t></w:r></w:p></w:body></w:document>")
    # Entity expansion ("billion laughs").
    lol = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10)]
    xml = ('<?xml version="1.0"?><!DOCTYPE w:document [' + "".join(lol) + ']>'
           '<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>')
    write_zip(os.path.join(out, "entitas.docx"), [("word/document.xml", xml.encode())])
    # Path names inside the zip: a real annex plus entries that would land outside the folder if extracted.
    source = os.path.join(out, "lampiran-rsud.docx")
    with zipfile.ZipFile(source) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    entries += [("../../../content/jahat.md", b"---\njudul: jahat\n---\n"), ("/tmp/standar-jahat.md", b"jahat"),
                ("word/../../jahat.xml", b"<x/>")]
    write_zip(os.path.join(out, "nama-jalur.docx"), entries)
    # Not a zip at all.
    with open(os.path.join(out, "bukan-zip.docx"), "wb") as f:
        f.write(b"Ini hanya teks biasa yang diberi nama .docx\n")
    # A zip without a document part.
    write_zip(os.path.join(out, "tanpa-dokumen.docx"), [("word/styles.xml", b"<w:styles xmlns:w='w'/>")])


# ---------------------------------------------------------------------------------------------------------------
# .odt and .doc through LibreOffice.

def soffice_convert(source, target_ext, out):
    soffice = shutil.which("soffice")
    if not soffice:
        return False
    with tempfile.TemporaryDirectory() as temp:
        subprocess.run([soffice, "-env:UserInstallation=file://" + temp + "/profile", "--headless", "--convert-to",
                        target_ext, "--outdir", temp, source], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=300)
        produced = os.path.join(temp, os.path.splitext(os.path.basename(source))[0] + "." + target_ext)
        target = os.path.join(out, os.path.basename(produced))
        shutil.copyfile(produced, target)
    return True


def main():
    os.makedirs(OUT, exist_ok=True)
    make_disdukcapil(os.path.join(OUT, "lampiran-disdukcapil.docx"))
    make_rsud(os.path.join(OUT, "lampiran-rsud.docx"))
    make_headings(os.path.join(OUT, "judul-dpmptsp.docx"))
    make_bold_headings(os.path.join(OUT, "tebal-kecamatan.docx"))
    make_odt_direct(os.path.join(OUT, "langsung-kesbangpol.odt"))
    make_text_box(os.path.join(OUT, "kotak-teks-dishub.docx"))
    make_hostile(OUT)
    if soffice_convert(os.path.join(OUT, "lampiran-disdukcapil.docx"), "odt", OUT):
        soffice_convert(os.path.join(OUT, "lampiran-disdukcapil.docx"), "doc", OUT)
    else:
        print("soffice not found: the .odt and .doc copies were not made", file=sys.stderr)
    for name in sorted(os.listdir(OUT)):
        print(f"{os.path.getsize(os.path.join(OUT, name)):>8}  {name}")


if __name__ == "__main__":
    main()
