/// The theme, ready to render.
struct PreparedTheme {
    var theme: Theme
    var renderer: PageRenderer
    /// Asset URLs with a version that changes with their bytes.
    var cssAsset: String
    var jsAsset: String
}

/// Step 2: the theme loaded, compiled and its variable names checked — before anything is written.
enum PrepareTheme {
    /// nil when the theme has errors (the build stops; they are in `state.diagnostics`).
    static func run(_ state: inout BuildState, config: SiteConfig) -> PreparedTheme? {
        let (theme, loadProblems) = Theme.load(root: state.options.root, name: config.tema)
        let (templates, compileProblems) = theme.compile()
        let problems = loadProblems + compileProblems
            + theme.unknownVariables(vocabulary: PageContexts.vocabulary(config: config))
        state.diagnostics += problems
        if problems.contains(where: { $0.severity == .error }) { return nil }
        let renderer = PageRenderer(templates: templates, reference: state.options.referenceRenderer)
        return PreparedTheme(theme: theme, renderer: renderer,
                             cssAsset: assetURL("gaya.css", theme), jsAsset: assetURL("cari.js", theme))
    }

    /// `assets/<name>?v=<FNV-64 of the bytes>`, so browsers fetch an asset again exactly when it changed.
    static func assetURL(_ name: String, _ theme: Theme) -> String {
        guard let asset = theme.assets[name] else { return "assets/" + name }
        let hex = String(FNV64.hashBytes(asset.bytes), radix: 16)
        return "assets/" + name + "?v=" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
