import ArgumentParser
import Foundation
import StandarKit

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Buat situs standar pelayanan baru di sebuah folder.",
        discussion: """
        Membuat content/_index.md (situs), satu OPD contoh (content/disdukcapil/) dengan satu standar lengkap, \
        .gitignore, contoh alur kerja GitHub Actions yang menjalankan "standar check --format github", dan \
        README.md. Situs baru langsung lolos "standar check" dan dapat dibangun. Berkas yang sudah ada tidak \
        pernah ditimpa. Kode keluar: 0 berhasil, 1 folder sudah berisi situs, 2 tidak dapat dijalankan.
        """
    )

    @Argument(help: ArgumentHelp("Folder situs baru (dibuat bila belum ada).", valueName: "folder"))
    var folder: String

    @Option(name: .long, help: "Nama daerah, misalnya \"Kota Sukamaju\" atau \"Kabupaten Sukamaju\" (bawaan: Kota Contoh).")
    var pemda: String?

    @Option(name: .long, help: ArgumentHelp("Tanggal acuan untuk tanggal contoh, format TTTT-BB-HH.", visibility: .hidden))
    var today: String?

    func run() throws {
        let reference = try referenceDate(today)
        var target = folder
        while target.count > 1, target.hasSuffix("/") { target.removeLast() }
        let written: [String]
        do {
            written = try Scaffolder.initSite(at: target, pemda: pemda, today: reference)
        } catch {
            printError("galat: \(error.message)" + (error.hint.map { "\n    saran: \($0)" } ?? ""))
            throw ExitCode(error.kind == .cannotRun ? 2 : 1)
        }
        let place = target == "." ? "folder ini" : target + "/"
        var text = "Situs baru dibuat di \(place):\n"
        for path in written { text += "  \(path)\n" }
        text += "\nLangkah berikutnya:\n"
        if target != "." { text += "  cd \(Self.shellQuoted(target))\n" }
        text += """
          standar serve                 lihat pratinjau di peramban, dimuat ulang setiap kali berkas disimpan
          standar new \(SiteTemplate.exampleOPD)/kartu-keluarga --judul "Penerbitan Kartu Keluarga"
                                        tulis standar baru dengan ke-14 komponennya
          standar check                 periksa kelengkapan semua standar sebelum diterbitkan
          standar build                 bangun situs ke folder public/
        Panduan menulis standar: docs/panduan-penulisan.md di repositori Standar.

        """
        print(text, terminator: "")
    }

    static func shellQuoted(_ s: String) -> String {
        s.allSatisfy { $0.isLetter || $0.isNumber || "-_./".contains($0) } ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
