/// A theme: Mustache templates and static assets. A site's `themes/<tema>/` overrides any file of the default
/// theme by name; the default theme is carried inside the binary (`DefaultTheme`), so a site without a
/// `themes/` folder still builds.
public struct Theme: Sendable {
    /// Template name (file name without `.mustache`) -> source.
    public var templates: [String: ThemeFile]
    /// Asset file name -> bytes.
    public var assets: [String: ThemeFile]

    public struct ThemeFile: Sendable {
        /// Site-relative path shown in diagnostics (e.g. `themes/default/templates/layanan.mustache`).
        public var path: String
        public var bytes: [UInt8]
        public var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    /// The page templates the build renders; each must exist.
    public static let pageTemplates = ["beranda", "opd", "layanan", "daftar-layanan", "kepatuhan", "404"]

    /// Loads the default theme, then `root/themes/default/`, then `root/themes/<name>/` over it.
    public static func load(root: String, name: String?) -> (Theme, [Diagnostic]) {
        var theme = Theme(templates: [:], assets: [:])
        var diagnostics: [Diagnostic] = []
        for (file, text) in DefaultTheme.files {
            let bytes = Array(text.utf8)
            let path = "themes/default/" + file
            if file.hasPrefix("templates/"), file.hasSuffix(".mustache") {
                theme.templates[String(file.dropFirst(10).dropLast(9))] = ThemeFile(path: path, bytes: bytes)
            } else if file.hasPrefix("assets/") {
                theme.assets[String(file.dropFirst(7))] = ThemeFile(path: path, bytes: bytes)
            }
        }
        var layers = ["default"]
        if let name, name != "default" {
            if Slug.problem(name) != nil || FileSystem.resolvedKind(atPath: root + "/themes/" + name) != .directory {
                diagnostics.append(ThemeRule.missingTheme(name: name))
            } else {
                layers.append(name)
            }
        }
        for layer in layers {
            let base = root + "/themes/" + layer
            for (folder, isTemplate) in [("templates", true), ("assets", false)] {
                let dir = base + "/" + folder
                guard FileSystem.kind(atPath: dir) == .directory else { continue }
                for file in FileSystem.list(dir) ?? [] where !file.hasPrefix(".") {
                    let path = dir + "/" + file
                    let relative = "themes/\(layer)/\(folder)/\(file)"
                    guard FileSystem.kind(atPath: path) == .file else { continue }
                    guard case .bytes(let bytes) = FileSystem.read(path, limit: 4 * 1024 * 1024) else {
                        diagnostics.append(ThemeRule.unreadableFile(file: relative))
                        continue
                    }
                    if isTemplate {
                        guard file.hasSuffix(".mustache") else { continue }
                        theme.templates[String(file.dropLast(9))] = ThemeFile(path: relative, bytes: bytes)
                    } else {
                        theme.assets[file] = ThemeFile(path: relative, bytes: bytes)
                    }
                }
            }
        }
        return (theme, diagnostics)
    }

    /// Parses every template; syntax errors, unsupported Mustache features and references to missing partials
    /// become diagnostics. The set holds the templates that parse.
    public func compile() -> (TemplateSet, [Diagnostic]) {
        var compiled: [String: CompiledTemplate] = [:]
        var diagnostics: [Diagnostic] = []
        let parsed = parseAll()
        for (name, file, result) in parsed {
            if let template = result.template { compiled[name] = template }
            guard let error = result.error else { continue }
            let at = CompiledTemplate.location(of: error.offset, in: file.text)
            if case .unsupported(let feature) = error.kind {
                diagnostics.append(ThemeRule.unsupportedFeature(file: file.path, line: at.line, column: at.column,
                                                                feature: Self.describe(feature)))
            } else {
                diagnostics.append(ThemeRule.syntax(file: file.path, line: at.line, column: at.column,
                                                    reason: Self.describe(error.kind)))
            }
        }
        for name in Self.pageTemplates where templates[name] == nil {
            diagnostics.append(ThemeRule.missingPageTemplate(name: name))
        }
        for (_, file, result) in parsed {
            for tag in result.tags where tag.kind == .partial && templates[tag.name] == nil {
                let at = CompiledTemplate.location(of: tag.offset, in: file.text)
                diagnostics.append(ThemeRule.missingPartial(file: file.path, line: at.line, column: at.column,
                                                            partial: tag.name))
            }
        }
        return (TemplateSet(templates: compiled), diagnostics)
    }

    /// Variables a template uses that no page context provides (a typo would otherwise render empty).
    public func unknownVariables(vocabulary: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (_, file, result) in parseAll() {
            for tag in result.tags where tag.kind == .variable || tag.kind == .section {
                if tag.name == "." { continue }
                let parts = tag.name.split(separator: ".").map(String.init)
                if let unknown = parts.first(where: { !vocabulary.contains($0) }) {
                    let suggestion = Suggest.closest(to: unknown, among: Array(vocabulary))
                    let at = CompiledTemplate.location(of: tag.offset, in: file.text)
                    diagnostics.append(ThemeRule.unknownVariable(file: file.path, line: at.line, column: at.column,
                                                                 name: tag.name, suggestion: suggestion))
                }
            }
        }
        return diagnostics
    }

    /// Every template parsed, by name.
    func parseAll() -> [(name: String, file: ThemeFile, result: CompiledTemplate.Parsed)] {
        templates.keys.sorted().compactMap { name in
            templates[name].map { (name, $0, CompiledTemplate.parse($0.text)) }
        }
    }

    static func describe(_ error: CompiledTemplate.SyntaxError.Kind) -> String {
        switch error {
        case .closeMismatch: "penutup bagian {{/...}} tidak cocok dengan pembukanya"
        case .unfinishedName: "nama di dalam {{ }} tidak selesai"
        case .unclosedSection: "bagian {{#...}} tidak ditutup"
        case .nestedTooDeep: "bagian {{#...}} bersarang lebih dari \(CompiledTemplate.maxNesting) tingkat"
        case .unsupported(let feature): describe(feature)
        }
    }

    static func describe(_ feature: CompiledTemplate.SyntaxError.Feature) -> String {
        switch feature {
        case .setDelimiter: "penggantian pembatas {{=...=}}"
        case .inheritance: "pewarisan templat {{<...}} atau blok {{$...}}"
        case .pragma: "pragma {{%...}}"
        case .dynamicPartial: "partial dinamis {{>*...}}"
        case .transform: "fungsi pengubah seperti nama(...)"
        }
    }
}
