import Mustache

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

    /// Compiles every template; syntax errors and references to missing partials become diagnostics.
    public func compile() -> (MustacheLibrary, [Diagnostic]) {
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        for name in templates.keys.sorted() {
            guard let file = templates[name] else { continue }
            do {
                library.register(try MustacheTemplate(string: file.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(ThemeRule.syntax(file: file.path, line: error.context.lineNumber,
                                                    column: error.context.columnNumber, reason: Self.describe(error.error)))
            } catch {
                diagnostics.append(ThemeRule.unreadableTemplate(file: file.path))
            }
        }
        for name in Self.pageTemplates where templates[name] == nil {
            diagnostics.append(ThemeRule.missingPageTemplate(name: name))
        }
        for name in templates.keys.sorted() {
            guard let file = templates[name] else { continue }
            for tag in MustacheTags.scan(file.text) where tag.kind == .partial && templates[tag.name] == nil {
                diagnostics.append(ThemeRule.missingPartial(file: file.path, line: tag.line, column: tag.column,
                                                            partial: tag.name))
            }
        }
        return (library, diagnostics)
    }

    /// Variables a template uses that no page context provides (a typo would otherwise render empty).
    public func unknownVariables(vocabulary: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for name in templates.keys.sorted() {
            guard let file = templates[name] else { continue }
            for tag in MustacheTags.scan(file.text) where tag.kind == .variable || tag.kind == .section {
                if tag.name == "." { continue }
                let parts = tag.name.split(separator: ".").map(String.init)
                if let unknown = parts.first(where: { !vocabulary.contains($0) }) {
                    let suggestion = Suggest.closest(to: unknown, among: Array(vocabulary))
                    diagnostics.append(ThemeRule.unknownVariable(file: file.path, line: tag.line, column: tag.column,
                                                                 name: tag.name, suggestion: suggestion))
                }
            }
        }
        return diagnostics
    }

    static func describe(_ error: Error) -> String {
        let text = String(describing: error)
        let table: [(String, String)] = [
            ("sectionCloseNameIncorrect", "penutup bagian {{/...}} tidak cocok dengan pembukanya"),
            ("unfinishedName", "nama di dalam {{ }} tidak selesai"),
            ("expectedSectionEnd", "bagian {{#...}} tidak ditutup"),
            ("invalidSetDelimiter", "penulisan pengganti pembatas tidak sah"),
            ("unexpectedTokenInParent", "isi templat induk tidak sah"),
            ("transformerDoesNotExist", "fungsi pengubah tidak dikenal"),
            ("illegalTokenInsideInheritSection", "isi bagian warisan tidak sah"),
        ]
        for (key, message) in table where text.contains(key) { return message }
        return text
    }
}

/// A minimal scanner of Mustache tags, for checks the renderer does not make.
enum MustacheTags {
    enum Kind { case variable, section, close, partial, other }
    struct Tag { var kind: Kind; var name: String; var line: Int; var column: Int }

    static func scan(_ text: String) -> [Tag] {
        var tags: [Tag] = []
        let bytes = Array(text.utf8)
        var i = 0
        var line = 1
        var lineStart = 0
        while i + 1 < bytes.count {
            if bytes[i] == 0x0A { line += 1; lineStart = i + 1; i += 1; continue }
            guard bytes[i] == 0x7B, bytes[i + 1] == 0x7B else { i += 1; continue }
            let column = i - lineStart + 1
            var j = i + 2
            let triple = j < bytes.count && bytes[j] == 0x7B
            if triple { j += 1 }
            let start = j
            while j + 1 < bytes.count, !(bytes[j] == 0x7D && bytes[j + 1] == 0x7D) { j += 1 }
            guard j + 1 < bytes.count else { break }
            var inner = String(decoding: bytes[start..<j], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            var kind = Kind.variable
            if let sigil = inner.first, !triple {
                switch sigil {
                case "#", "^": kind = .section; inner.removeFirst()
                case "/": kind = .close; inner.removeFirst()
                case ">": kind = .partial; inner.removeFirst()
                case "&": inner.removeFirst()
                case "!", "=", "$", "<": kind = .other
                default: break
                }
            }
            let name = inner.trimmingCharacters(in: .whitespaces)
            // Transforms ("{{ uppercased(name) }}") are not part of the theme contract; check the inner name.
            let bare = name.split(separator: "(").last.map { String($0.prefix { $0 != ")" }) } ?? name
            tags.append(Tag(kind: kind, name: bare, line: line, column: column))
            for k in i..<j where bytes[k] == 0x0A { line += 1; lineStart = k + 1 }
            i = j + (triple && j + 2 < bytes.count && bytes[j + 2] == 0x7D ? 3 : 2)
        }
        return tags
    }
}

import Foundation
