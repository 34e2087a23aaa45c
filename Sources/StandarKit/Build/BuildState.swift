/// What the steps of one build share: the options, the output folder, the findings so far and the report.
/// Each step takes the state and what earlier steps produced, and returns its own product (see `SiteBuilder`).
struct BuildState {
    let options: BuildOptions
    /// The output folder as a path from the working directory.
    let outputPath: String
    /// Findings of every step so far, in the order found.
    var diagnostics: [Diagnostic] = []
    var report = BuildReport()

    init(options: BuildOptions) {
        self.options = options
        outputPath = options.output.hasPrefix("/") || options.root == "." ? options.output
            : options.root + "/" + options.output
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The report of a build that ends at `step`: the findings so far, sorted, and the error that stopped it.
    func stopped(at step: SiteBuilder.Step, error: (any Error)? = nil) -> BuildReport {
        var report = report
        report.diagnostics = diagnostics.sorted(by: Diagnostic.ordered)
        report.stoppedAt = step
        report.writeError = error.map { String(describing: $0) }
        return report
    }
}

/// A template that rendered nothing.
struct RenderError: Error, CustomStringConvertible {
    var template: String
    var description: String { "templat \"\(template)\" tidak dapat dirender" }
}
