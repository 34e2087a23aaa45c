import ArgumentParser
import Foundation
import StandarKit

extension FrontMatterJSONSchema.Kind: ExpressibleByArgument {}

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Cetak JSON Schema front matter untuk editor yang memeriksa YAML saat mengetik.",
        discussion: """
        Tanpa --jenis, satu skema menerima semua jenis berkas (situs, OPD, standar, maklumat) sehingga cukup satu pola \
        content/**/*.md. Dengan --jenis, skema hanya untuk satu jenis berkas, untuk pola per jenis. Kolom yang \
        tidak dikenal ditolak, sehingga salah ketik nama kolom langsung digarisbawahi. Cara memakainya di VS Code \
        ada di README, bagian "Authoring".
        """
    )

    @Option(name: .long, help: "Jenis berkas: situs (content/_index.md), opd (content/<opd>/_index.md) layanan (content/<opd>/<layanan>.md) atau maklumat (content/<opd>/maklumat.md). Bawaan: semuanya.")
    var jenis: FrontMatterJSONSchema.Kind?

    @Option(name: .long, help: "Tulis ke berkas ini (ditimpa bila sudah ada) alih-alih ke layar.")
    var output: String?

    func run() throws {
        let text = FrontMatterJSONSchema.document(for: jenis)
        guard let output else {
            print(text, terminator: "")
            return
        }
        do {
            let folder = (output as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            printError("galat: \(output) tidak dapat ditulis: \(error.localizedDescription)\n    saran: periksa izin tulis folder tujuan")
            throw ExitCode(2)
        }
        print("Skema ditulis ke \(output).")
    }
}
