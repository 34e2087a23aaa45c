import ArgumentParser
import Foundation
import StandarKit

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "impor",
        abstract: "Impor standar pelayanan dari dokumen Word (.docx) atau LibreOffice (.odt).",
        discussion: """
        Membaca setiap dokumen, menemukan semua standar di dalamnya (judul dengan tabel NO | KOMPONEN | URAIAN \
        seperti lampiran PermenPAN-RB 15/2014, atau judul bergaya Heading), lalu menulis satu berkas \
        content/<opd>/<layanan>.md per layanan dengan ke-14 judul komponen. Nomor dan tanggal SK dibaca dari \
        kepala lampiran ("LAMPIRAN KEPUTUSAN ... NOMOR ... TANGGAL ..."). Daftar bernomor dan berbutir, huruf \
        tebal dan tabel di dalam sel ikut dipindahkan. Komponen yang tidak ada atau kosong diberi petunjuk dan \
        standarnya ditulis sebagai draf; isi yang tidak dapat ditempatkan ditaruh di bagian "Belum Ditempatkan". \
        Berkas yang sudah ada tidak pernah ditimpa. Berkas .doc dan .pdf diubah lebih dulu lewat LibreOffice \
        (soffice) bila terpasang. Kode keluar: 0 semua standar ditulis lengkap, 1 ada standar yang belum lengkap \
        atau berkas yang gagal, 2 tidak dapat dijalankan.
        """
    )

    @Argument(help: ArgumentHelp("Dokumen yang diimpor (.docx, .odt; .doc dan .pdf lewat LibreOffice).", valueName: "berkas"))
    var files: [String]

    @Option(name: .long, help: "Folder OPD tujuan di content/ (bawaan: satu-satunya OPD di situs).")
    var opd: String?

    @Option(name: .long, help: "Folder situs (yang berisi content/).")
    var site: String = "."

    func run() throws {
        let importer: Importer
        do {
            importer = try Importer(root: site, opd: opd)
        } catch {
            printError("galat: \(error.message)" + (error.hint.map { "\n    saran: \($0)" } ?? ""))
            throw ExitCode(2)
        }
        var taken = Set<String>()
        var written = 0, complete = 0, failedFiles = 0, failedStandards = 0
        var text = ""
        for file in files {
            let name = (file as NSString).lastPathComponent
            let result = importer.importFile(file, name: name, taken: &taken)
            if let error = result.error {
                failedFiles += 1
                flush(&text)
                printError("galat: \(error.message)" + (error.hint.map { "\n    saran: \($0)" } ?? ""))
                continue
            }
            text += "\(name): \(result.standards.count) standar ditemukan\n"
            for path in result.extraWritten { text += "  OPD baru dibuat: \(path) (lengkapi alamat dan teleponnya)\n" }
            for item in result.standards {
                let s = item.standard
                if let failure = item.failure {
                    failedStandards += 1
                    text += "  tidak ditulis: \"\(s.judul)\": \(failure)\n"
                    continue
                }
                written += 1
                if item.complete { complete += 1 }
                let count = s.present.count
                text += "  ditulis \(item.path)\(item.complete ? "" : " (draf)"): \"\(s.judul.isEmpty ? "Layanan Tanpa Judul" : s.judul)\", \(count) dari 14 komponen terisi\n"
                if s.judul.isEmpty {
                    text += "    judul layanan tidak ditemukan di dokumen: isi kolom judul, lalu ganti nama berkasnya bila perlu\n"
                }
                if !s.missing.isEmpty {
                    text += "    tidak ada: " + s.missing.map(\.canonicalHeading).joined(separator: "; ") + "\n"
                }
                if !s.empty.isEmpty {
                    text += "    kosong: " + s.empty.map(\.canonicalHeading).joined(separator: "; ") + "\n"
                }
                if let nomor = s.decree.nomor {
                    text += "    SK nomor \(nomor)" + (s.decree.tanggal.map { ", ditetapkan \($0)" } ?? ", tanggal tidak terbaca") + "\n"
                } else {
                    text += "    nomor dan tanggal SK tidak ditemukan: isi nomor_sk dan ditetapkan di front matter\n"
                }
                let unplaced = s.unplacedParts
                if !unplaced.isEmpty {
                    let labels = unplaced.prefix(3).map { $0.label.isEmpty ? "(tanpa label)" : "\"\($0.label)\"" }.joined(separator: ", ")
                    text += "    \(unplaced.count) bagian belum ditempatkan (di bagian \"\(MarkdownWriter.unplacedHeading)\"): \(labels)\(unplaced.count > 3 ? ", …" : "")\n"
                }
            }
        }
        let incomplete = written - complete
        text += "\nRingkasan: \(written) standar ditulis (\(complete) lengkap, \(incomplete) draf belum lengkap)"
        if failedStandards > 0 { text += ", \(failedStandards) tidak ditulis" }
        if failedFiles > 0 { text += ", \(failedFiles) berkas gagal" }
        text += ".\n"
        if written > 0 {
            text += "Periksa setiap berkas dengan dokumen aslinya, lalu jalankan: standar check\n"
        }
        print(text, terminator: "")
        if failedFiles > 0 || failedStandards > 0 || incomplete > 0 { throw ExitCode(1) }
    }

    private func flush(_ text: inout String) {
        print(text, terminator: "")
        text = ""
    }
}
