import ArgumentParser
import Foundation
import StandarKit

extension ReportFormat: ExpressibleByArgument {}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Periksa kelengkapan semua standar pelayanan di content/.",
        discussion: """
        Menampilkan setiap masalah dengan berkas, baris, pesan dan saran perbaikan, lalu tabel per OPD. \
        Kode keluar: 0 bila tidak ada galat (peringatan boleh, kecuali dengan --strict), 1 bila ada galat, \
        2 bila pemeriksaan tidak dapat dijalankan.
        """
    )

    @Option(name: .long, help: "Bentuk keluaran: text (untuk dibaca), json (untuk mesin), github (anotasi GitHub Actions).")
    var format: ReportFormat = .text

    @Flag(name: .long, help: "Anggap peringatan sebagai galat (kode keluar 1).")
    var strict = false

    @Option(name: .long, help: "Folder situs (yang berisi content/).")
    var site: String = "."

    @Option(name: .long, help: ArgumentHelp("Tanggal acuan untuk aturan review-overdue, format TTTT-BB-HH (bawaan: hari ini).", visibility: .hidden))
    var today: String?

    func run() throws {
        let reference = try referenceDate(today)
        try requireSiteFolder(site)
        let result = Checker.run(root: site, today: reference, keepStandards: false)
        print(Reporter.render(result, format: format), terminator: "")
        if result.errorCount > 0 || (strict && result.warningCount > 0) {
            throw ExitCode(1)
        }
    }
}

/// Stops with exit 2 when `site` holds no `content/` folder.
func requireSiteFolder(_ site: String) throws {
    guard FileManager.default.fileExists(atPath: site + "/content") else {
        printError("galat: folder content/ tidak ditemukan di \(site == "." ? "folder ini" : site)\n    saran: jalankan perintah di folder situs (yang berisi content/), atau pakai --site <folder>")
        throw ExitCode(2)
    }
}

func referenceDate(_ text: String?) throws -> SimpleDate {
    guard let text else { return SimpleDate.today(environment: ProcessInfo.processInfo.environment) }
    guard let date = SimpleDate(text) else {
        printError("galat: tanggal \"\(text)\" tidak sah; pakai format TTTT-BB-HH")
        throw ExitCode(2)
    }
    return date
}
