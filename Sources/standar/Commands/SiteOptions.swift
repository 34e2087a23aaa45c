import ArgumentParser
import Foundation
import StandarKit

/// `--site`, shared by every command that works on a site folder.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "Folder situs (yang berisi content/).")
    var site: String = "."

    /// Stops with exit 2 when the folder holds no `content/`.
    func requireSiteFolder() throws {
        guard FileManager.default.fileExists(atPath: site + "/content") else {
            printError("galat: folder content/ tidak ditemukan di \(site == "." ? "folder ini" : site)\n    saran: jalankan perintah di folder situs (yang berisi content/), atau pakai --site <folder>")
            throw ExitCode(2)
        }
    }
}

/// `--today` (hidden): the reference date of the review-overdue rule, for tests and reproducible builds.
struct TodayOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Tanggal acuan untuk aturan review-overdue, format TTTT-BB-HH (bawaan: hari ini).", visibility: .hidden))
    var today: String?

    /// The given date, or today's when none was given; exit 2 for a malformed date.
    func date() throws -> SimpleDate { try referenceDate(today) }

    /// The given date, nil when none was given; exit 2 for a malformed date.
    func givenDate() throws -> SimpleDate? { try today.map { try referenceDate($0) } }
}

func referenceDate(_ text: String?) throws -> SimpleDate {
    guard let text else { return SimpleDate.today(environment: ProcessInfo.processInfo.environment) }
    guard let date = SimpleDate(text) else {
        printError("galat: tanggal \"\(text)\" tidak sah; pakai format TTTT-BB-HH")
        throw ExitCode(2)
    }
    return date
}
