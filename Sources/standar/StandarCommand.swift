import ArgumentParser
import Foundation
import CMimalloc
import StandarKit

#if canImport(Glibc)
import Glibc
#endif

@main
struct StandarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "standar",
        abstract: "Standar: periksa dan terbitkan standar pelayanan publik (UU 25/2009) dari berkas Markdown.",
        discussion: """
        Jalankan di folder situs, yaitu folder yang berisi content/. Setiap standar pelayanan ditulis sebagai \
        content/<opd>/<layanan>.md dengan front matter dan satu bagian ## untuk setiap komponen.
        """,
        version: StandarVersion.current,
        subcommands: [Check.self, Laporan.self, Build.self, RulesCommand.self, Init.self, New.self, Import.self, Serve.self,
                      Schema.self],
        defaultSubcommand: nil
    )

    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "bantuan" { arguments[0] = "help" }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = Indonesian.translate(fullMessage(for: error))
            if code == .success {
                if !message.isEmpty { print(message) }
                Glibc.exit(0)
            }
            if let explicit = error as? ExitCode {
                Glibc.exit(explicit.rawValue)
            }
            if !message.isEmpty { printError(message) }
            // Usage errors and failures to start: the run could not happen at all.
            Glibc.exit(code.rawValue == 1 ? 1 : 2)
        }
    }
}

func printError(_ message: String) {
    var text = message
    if !text.hasSuffix("\n") { text += "\n" }
    FileHandle.standardError.write(Data(text.utf8))
}
