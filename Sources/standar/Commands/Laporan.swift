import ArgumentParser
import Foundation
import StandarKit

enum LaporanFormat: String, CaseIterable, ExpressibleByArgument {
    case teks, csv, xlsx, json
}

enum LaporanTabel: String, CaseIterable, ExpressibleByArgument {
    case standar, opd
}

/// `standar laporan`: the evaluator's matrix, straight from content/ (no build needed).
struct Laporan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "laporan",
        abstract: "Laporan kepatuhan untuk evaluator: 14 komponen, tingkat, SK dan status setiap standar, dan jumlah per OPD.",
        discussion: """
        Dibaca langsung dari content/, tanpa membangun situs. Satu baris per standar (setiap komponen: ✓, kosong \
        atau tidak ada; tingkat menurut indikator KemenPAN-RB; nomor dan tanggal SK; tanggal ditinjau; status terbit, \
        draf atau tidak terbaca) dan satu baris per OPD (jumlah per tingkat; OPD tanpa standar terbit = tingkat 0). \
        Tingkat 4 dan 5 tidak dapat dibaca dari isi standar. \
        Kode keluar: 0 bila tidak ada galat, 1 bila ada galat (laporan tetap ditulis lengkap; lihat standar check), \
        2 bila laporan tidak dapat dibuat.
        """
    )

    @Option(name: .long, help: "Bentuk laporan: teks (tabel untuk terminal), csv, xlsx (dua lembar kerja), json.")
    var format: LaporanFormat = .teks

    @Option(name: .long, help: "Tulis ke berkas ini (bawaan: layar; untuk xlsx: laporan-standar-pelayanan.xlsx).")
    var output: String?

    @Option(name: .long, help: "Untuk csv: tabel per standar (standar) atau per OPD (opd).")
    var tabel: LaporanTabel = .standar

    @Flag(name: .customLong("tanpa-cache"),
          help: "Baca setiap berkas dari awal, tanpa membaca atau menulis cache pemeriksaan (.standar/cache/check.bin).")
    var tanpaCache = false

    @OptionGroup var siteOptions: SiteOptions
    var site: String { siteOptions.site }

    /// Visible here, unlike the other commands' hidden `--today`: the report is dated, and an evaluator may
    /// need it as of a given day.
    @Option(name: .long, help: "Tanggal laporan dan acuan aturan review-overdue, format TTTT-BB-HH (bawaan: hari ini).")
    var today: String?

    func run() throws {
        let reference = try referenceDate(today)
        try siteOptions.requireSiteFolder()
        let result = Checker.run(root: site, today: reference, keepStandards: false, useCache: !tanpaCache)
        let report = EvaluationReport(result, today: reference)
        do {
            switch format {
            case .xlsx:
                let path = output ?? "laporan-standar-pelayanan.xlsx"
                try XLSXReportWriter.write([EvaluationWriters.standardsTable(report), EvaluationWriters.opdTable(report)],
                                           to: path, title: "Laporan kepatuhan standar pelayanan"
                                               + (report.pemda.map { " — " + $0 } ?? ""),
                                           subject: "Per tanggal \(report.today.indonesian)")
                print("Laporan ditulis ke \(path): \(report.standards.count) standar, \(report.opds.count) OPD.")
            case .csv:
                let table = tabel == .opd ? EvaluationWriters.opdTable(report) : EvaluationWriters.standardsTable(report)
                try emit(EvaluationWriters.csv(table))
            case .json:
                try emit(EvaluationWriters.json(report))
            case .teks:
                try emit(EvaluationWriters.text(report))
            }
        } catch {
            printError("galat: laporan tidak dapat ditulis ke \(output ?? "laporan-standar-pelayanan.xlsx"): \(error.description)\n    saran: periksa bahwa foldernya ada dan dapat ditulisi")
            throw ExitCode(2)
        }
        if result.errorCount > 0 {
            // The report first, then the note, also when both go to one pipe.
            fflush(nil)
            let files = report.standards.count { $0.errors > 0 }
            let place = files > 0 ? " di \(files) berkas standar" : ""
            printError("catatan: ada \(result.errorCount) galat\(place); jalankan standar check untuk rinciannya")
            throw ExitCode(1)
        }
    }

    func emit(_ text: String) throws(XLSXReportWriter.Failure) {
        if let output {
            try ReportFile.write(text, to: output)
            print("Laporan ditulis ke \(output).")
        } else {
            print(text, terminator: "")
        }
    }
}
