import ArgumentParser
import Foundation
import StandarKit

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Bangun situs warga dari content/ dan themes/ ke folder keluaran (bawaan: public/).",
        discussion: """
        Semua pemeriksaan \"standar check\" dijalankan lebih dulu. Bila ada galat, pembangunan berhenti dan \
        folder keluaran yang lama tidak diubah sama sekali. Situs ditulis ke folder sementara lalu ditukar \
        sekaligus, sehingga tidak pernah ada situs setengah jadi. Standar dengan draft: true tidak diterbitkan. \
        Pembangunan berikutnya hanya membaca ulang berkas yang berubah dan hanya menulis berkas keluaran yang \
        isinya berubah (cache di .standar/cache); hasilnya sama persis dengan pembangunan bersih.
        """
    )

    @Option(name: .long, help: "Folder keluaran.")
    var output: String = "public"

    @Option(name: .customLong("base-url"), help: "Alamat situs yang diterbitkan (mengganti base_url di content/_index.md), misalnya https://standar.contoh.go.id.")
    var baseURL: String?

    @Flag(name: .customLong("allow-incomplete"), help: "Tetap terbitkan standar yang belum lengkap, dengan tanda \"Standar ini belum lengkap\" di halamannya.")
    var allowIncomplete = false

    @Flag(name: .customLong("bersih"), help: "Bangun ulang seluruh situs tanpa memakai cache .standar/cache (pembangunan bertahap dimatikan).")
    var clean = false

    @OptionGroup var siteOptions: SiteOptions

    @OptionGroup var todayOption: TodayOption

    func run() throws {
        let reference = try todayOption.date()
        try siteOptions.requireSiteFolder()
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            printError("galat: --base-url harus diawali https:// atau http://")
            throw ExitCode(2)
        }
        let started = Date()
        var options = BuildOptions(root: siteOptions.site, output: output, baseURL: baseURL,
                                   allowIncomplete: allowIncomplete, today: reference, incremental: !clean)
        // The process ends after the report: what the build holds is left to the exit.
        options.freesMemoryAtEnd = false
        let report = SiteBuilder.build(options)
        var text = ""
        for d in report.diagnostics {
            text += "\(d.file):\(d.line):\(d.column): \(d.severity.label): \(d.message) [\(d.rule)]\n"
            if let hint = d.hint { text += "    saran: \(hint)\n" }
        }
        if !text.isEmpty { FileHandle.standardError.write(Data((text + "\n").utf8)) }
        switch report.stoppedAt {
        case .some(.write):
            printError("galat: situs tidak dapat ditulis: \(report.writeError ?? "")\n    saran: periksa izin tulis dan ruang disk; folder \(output)/ yang lama tidak diubah")
            throw ExitCode(2)
        case .some(let step):
            printError("Pembangunan dihentikan pada tahap \(step.rawValue): \(report.errorCount) galat. Folder \(output)/ tidak diubah.")
            if step == .check, !allowIncomplete, report.diagnostics.contains(where: { SeverityPolicy.gapRules.contains($0.rule) }) {
                printError("    saran: lengkapi komponen yang kurang, atau pakai --allow-incomplete untuk menerbitkan dengan tanda \"belum lengkap\"")
            }
            throw ExitCode(1)
        case nil:
            let seconds = Date().timeIntervalSince(started)
            var summary = report.incremental
                ? "Situs diperbarui di \(output)/: \(report.services) standar, \(report.changedFiles) berkas berubah, dalam \(String(format: "%.2f", seconds)) detik."
                : "Situs dibangun di \(output)/: \(report.services) standar, \(report.pages) halaman, \(report.files) berkas dalam \(String(format: "%.2f", seconds)) detik."
            if report.incomplete > 0 { summary += " \(report.incomplete) standar belum lengkap ditandai di halamannya." }
            if report.drafts > 0 { summary += " \(report.drafts) draf tidak diterbitkan." }
            if report.warningCount > 0 { summary += " \(report.warningCount) peringatan." }
            print(summary)
            for note in report.notes { print("catatan: " + note) }
        }
    }
}
