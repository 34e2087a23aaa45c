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

    @Flag(name: .customLong("tanpa-cache"),
          help: "Periksa setiap berkas dari awal, tanpa membaca atau menulis cache pemeriksaan (.standar/cache/check.bin).")
    var tanpaCache = false

    @OptionGroup var siteOptions: SiteOptions

    @OptionGroup var todayOption: TodayOption

    func run() throws {
        let reference = try todayOption.date()
        try siteOptions.requireSiteFolder()
        let result = Checker.run(root: siteOptions.site, today: reference, keepStandards: false,
                                 useCache: !tanpaCache)
        print(Reporter.render(result, format: format), terminator: "")
        if result.errorCount > 0 || (strict && result.warningCount > 0) {
            throw ExitCode(1)
        }
    }
}
