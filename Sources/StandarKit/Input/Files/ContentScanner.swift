/// The content files of a site, found by walking `content/` without ever leaving it.
public struct ContentInventory: Sendable {
    public struct ServiceEntry: Sendable {
        public var slug: String
        /// Site-relative path, e.g. `content/disdukcapil/akta-kelahiran.md`.
        public var file: String
    }

    public struct OPDEntry: Sendable {
        public var slug: String
        public var folder: String
        /// Site-relative path of `_index.md`, nil when missing.
        public var index: String?
        public var services: [ServiceEntry]
        /// `maklumat.md` (the maklumat pelayanan), nil when missing.
        public var maklumat: String? = nil
        /// Files in the `skm/` folder (survey answers and follow-up), sorted.
        public var skmFiles: [String] = []
    }

    /// Site-relative path of `content/_index.md`, nil when missing.
    public var siteIndex: String?
    public var opds: [OPDEntry] = []
    public var diagnostics: [Diagnostic] = []
    /// Every Markdown file the scan will read.
    public var fileCount: Int {
        (siteIndex == nil ? 0 : 1) + opds.reduce(0) { $0 + ($1.index == nil ? 0 : 1) + $1.services.count }
    }
}

public enum ContentScanner {
    /// Folder names the site itself uses at its top level.
    public static let reservedSlugs: Set<String> = ["layanan", "kepatuhan", "data", "cari", "assets", "skm", "perubahan"]

    /// Walks `<root>/content`. Problems (bad names, links out of content/, files at the wrong depth,
    /// non-Markdown files, special files, hidden folders) become diagnostics; nothing is skipped silently except
    /// hidden files (".DS_Store", editor swap files), backups ("~", ".bak", ".tmp") and tools' hidden folders
    /// (".git", see `HiddenFolderRule.ignoredNames`).
    public static func scan(root: String) -> ContentInventory {
        var inventory = ContentInventory()
        let contentDir = root + "/content"
        let contentReal = FileSystem.realPath(contentDir) ?? contentDir
        // Link findings are gathered apart from `inventory`, which `scanOPD` holds inout while calling `admit`.
        var linkDiagnostics: [Diagnostic] = []
        /// A link is followed only to a regular file inside content/.
        func admit(_ path: String, relative: String, kind: FileSystem.Kind) -> FileSystem.Kind {
            guard kind == .symlink else { return kind }
            guard let target = FileSystem.realPath(path) else {
                linkDiagnostics.append(SymlinkRule.broken(file: relative))
                return .other
            }
            guard target.hasPrefix(contentReal + "/") else {
                linkDiagnostics.append(SymlinkRule.outsideContent(file: relative))
                return .other
            }
            let resolved = FileSystem.resolvedKind(atPath: path)
            if resolved == .directory {
                linkDiagnostics.append(SymlinkRule.toFolder(file: relative))
                return .other
            }
            if resolved != .file {
                linkDiagnostics.append(SpecialFileRule.special(file: relative, name: String(relative.split(separator: "/").last ?? "")))
                return .other
            }
            return resolved
        }

        guard FileSystem.resolvedKind(atPath: contentDir) == .directory,
              let topEntries = FileSystem.entries(contentDir) else {
            linkDiagnostics.append(MissingSiteRule.missingContentFolder())
            inventory.diagnostics += linkDiagnostics
            return inventory
        }
        for (name, entryKind) in topEntries {
            let path = contentDir + "/" + name
            let relative = "content/" + name
            if name.hasPrefix(".") {
                reportHidden(name, relative, entryKind, &inventory)
                continue
            }
            switch admit(path, relative: relative, kind: entryKind) {
            case .file:
                if name == "_index.md" {
                    inventory.siteIndex = relative
                } else if isMarkdown(name) {
                    linkDiagnostics.append(FileLocationRule.outsideOPD(file: relative, name: name))
                } else {
                    reportIgnored(name, relative, &inventory)
                }
            case .directory:
                inventory.opds.append(scanOPD(name: name, path: path, relative: relative, admit: admit,
                                              inventory: &inventory))
            default:
                if entryKind == .other { inventory.diagnostics.append(SpecialFileRule.special(file: relative, name: name)) }
            }
        }
        inventory.diagnostics += linkDiagnostics
        if inventory.siteIndex == nil {
            inventory.diagnostics.append(MissingSiteRule.missingIndex())
        }
        return inventory
    }

    static func scanOPD(name: String, path: String, relative: String,
                        admit: (String, String, FileSystem.Kind) -> FileSystem.Kind,
                        inventory: inout ContentInventory) -> ContentInventory.OPDEntry {
        var entry = ContentInventory.OPDEntry(slug: name, folder: relative, index: nil, services: [])
        if let problem = Slug.problem(name) {
            inventory.diagnostics.append(InvalidSlugRule.opdFolder(folder: relative, name: name, problem: problem))
        } else if reservedSlugs.contains(name) {
            inventory.diagnostics.append(ReservedSlugRule.reserved(folder: relative, name: name))
        } else if WindowsNameRule.isReserved(name) {
            inventory.diagnostics.append(WindowsNameRule.opdFolder(folder: relative, name: name))
        }
        for (child, childKind) in FileSystem.entries(path) ?? [] {
            let childPath = path + "/" + child
            let childRelative = relative + "/" + child
            if child.hasPrefix(".") {
                reportHidden(child, childRelative, childKind, &inventory)
                continue
            }
            switch admit(childPath, childRelative, childKind) {
            case .file:
                if child == "_index.md" {
                    entry.index = childRelative
                } else if child == "maklumat.md" {
                    entry.maklumat = childRelative
                } else if isMarkdown(child) {
                    let base = String(child.dropLast(3))
                    if let problem = Slug.problem(base) {
                        inventory.diagnostics.append(InvalidSlugRule.serviceFile(file: childRelative, name: child,
                                                                                 base: base, problem: problem))
                    } else if WindowsNameRule.isReserved(base) {
                        inventory.diagnostics.append(WindowsNameRule.serviceFile(file: childRelative, name: child, base: base))
                    }
                    entry.services.append(.init(slug: base, file: childRelative))
                } else {
                    reportIgnored(child, childRelative, &inventory)
                }
            case .directory where child == "skm":
                entry.skmFiles = scanSKM(path: childPath, relative: childRelative, inventory: &inventory)
            case .directory:
                inventory.diagnostics.append(FileLocationRule.tooDeep(folder: childRelative, opdFolder: relative))
            default:
                if childKind == .other {
                    inventory.diagnostics.append(SpecialFileRule.special(file: childRelative, name: child))
                }
            }
        }
        if entry.index == nil {
            inventory.diagnostics.append(MissingOPDRule.missingIndex(folder: relative, name: name))
        }
        return entry
    }

    /// Hidden files (".DS_Store", editor swap files) pass silently; hidden Markdown files and hidden folders other
    /// than tools' are reported.
    static func reportHidden(_ name: String, _ relative: String, _ kind: FileSystem.Kind,
                             _ inventory: inout ContentInventory) {
        if kind != .directory, HiddenFileRule.applies(to: name) {
            inventory.diagnostics.append(HiddenFileRule.hidden(file: relative, name: name))
            return
        }
        guard kind == .directory, !HiddenFolderRule.ignoredNames.contains(name) else { return }
        inventory.diagnostics.append(HiddenFolderRule.hidden(folder: relative, name: name))
    }

    static func isMarkdown(_ name: String) -> Bool {
        name.hasSuffix(".md")
    }

    static func reportIgnored(_ name: String, _ relative: String, _ inventory: inout ContentInventory) {
        let lower = name.lowercased()
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") || lower.hasSuffix(".mdown") {
            inventory.diagnostics.append(InvalidSlugRule.markdownExtension(file: relative, name: name))
            return
        }
        if name.hasSuffix("~") || lower.hasSuffix(".bak") || lower.hasSuffix(".tmp") { return }
        if MisnamedFileRule.isNearMiss(name) {
            inventory.diagnostics.append(MisnamedFileRule.misnamed(file: relative, name: name))
            return
        }
        inventory.diagnostics.append(IgnoredFileRule.notMarkdown(file: relative, name: name))
    }
}

