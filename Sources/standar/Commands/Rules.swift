import ArgumentParser
import StandarKit

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aturan",
        abstract: "Tampilkan semua aturan pemeriksaan beserta id dan tingkatnya."
    )

    func run() throws {
        for rule in StandarKit.Rules.all {
            let level = rule.severity == .error ? "galat     " : "peringatan"
            print("\(rule.id.padding(toLength: 20, withPad: " ", startingAt: 0)) \(level)  \(rule.summary)")
        }
    }
}

import Foundation
