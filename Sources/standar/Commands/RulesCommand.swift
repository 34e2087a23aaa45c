import ArgumentParser
import StandarKit

/// `standar aturan`: every rule id any output can carry, with its severity and summary.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aturan",
        abstract: "Tampilkan semua aturan pemeriksaan beserta id dan tingkatnya."
    )

    func run() throws {
        for rule in RuleRegistry.all {
            let level = rule.severity == .error ? "galat     " : "peringatan"
            print("\(rule.id.padding(toLength: 20, withPad: " ", startingAt: 0)) \(level)  \(rule.summary)")
        }
    }
}
