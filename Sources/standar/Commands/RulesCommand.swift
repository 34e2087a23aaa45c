import ArgumentParser
import StandarKit

/// `standar aturan`: every rule id any output can carry, with its severity and summary.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aturan",
        abstract: "Tampilkan semua aturan pemeriksaan beserta id dan tingkatnya."
    )

    func run() throws {
        // The id column is as wide as the longest id: a fixed width cut "conflicting-component" short.
        let width = RuleRegistry.all.map(\.id.count).max() ?? 0
        for rule in RuleRegistry.all {
            let level = rule.severity == .error ? "galat     " : "peringatan"
            let id = rule.id + String(repeating: " ", count: width - rule.id.count)
            print("\(id) \(level)  \(rule.summary)")
        }
    }
}
