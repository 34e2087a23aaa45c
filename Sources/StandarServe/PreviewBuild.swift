import Foundation
import StandarKit

/// The outcome of one preview build, as the server and the terminal report it.
public struct PreviewBuild: Sendable {
    public var succeeded: Bool
    public var diagnostics: [Diagnostic]
    public var services: Int
    /// Draft standards in the content; shown in the preview (marked incomplete) when `draftsShown`.
    public var drafts: Int
    public var draftsShown: Bool
    public var stoppedAt: SiteBuilder.Step?
    public var writeError: String?
    public var seconds: Double

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// One sentence on what happened, in Bahasa Indonesia.
    public var headline: String {
        if succeeded {
            var s = "Dibangun dalam \(Self.format(seconds)) detik: \(services) standar diterbitkan"
            if drafts > 0 { s += draftsShown ? ", \(drafts) draf ikut ditampilkan di pratinjau" : ", \(drafts) draf" }
            s += warningCount > 0 ? ", \(warningCount) peringatan." : ", tanpa peringatan."
            return s
        }
        switch stoppedAt {
        case .some(.write):
            return "Pratinjau tidak dapat ditulis: \(writeError ?? "")."
        case .some(let step):
            return "Pembangunan berhenti pada tahap \(step.rawValue): \(errorCount) galat, \(warningCount) peringatan."
        case nil:
            return "Pembangunan gagal."
        }
    }

    static func format(_ seconds: Double) -> String {
        String(format: "%.2f", seconds).replacingOccurrences(of: ".", with: ",")
    }
}

/// Builds the preview of a site: the same build as `standar build`, so the preview fails exactly when the real
/// build would. When it succeeds and the site has drafts, a second build from a copy of the content in which the
/// drafts are switched off (`draft: false`, same lines) and gaps are allowed puts the drafts into the preview too,
/// marked "belum lengkap", so a standard being written can be seen while it is written. Drafts are still never
/// published by `standar build`.
enum PreviewBuilder {
    static func build(root: String, output: String, mirror: String, baseURL: String, today: SimpleDate) -> PreviewBuild {
        let started = Date()
        let report = SiteBuilder.build(BuildOptions(root: root, output: output, baseURL: baseURL, today: today))
        var draftsShown = false
        if report.succeeded, report.drafts > 0, DraftMirror.make(from: root, to: mirror) > 0 {
            let second = SiteBuilder.build(BuildOptions(root: mirror, output: output, baseURL: baseURL,
                                                        allowIncomplete: true, today: today))
            draftsShown = second.succeeded
        }
        return PreviewBuild(succeeded: report.succeeded, diagnostics: report.diagnostics, services: report.services,
                            drafts: report.drafts, draftsShown: draftsShown, stoppedAt: report.stoppedAt,
                            writeError: report.writeError, seconds: Date().timeIntervalSince(started))
    }
}

/// A copy of `content/` and `themes/` in which every draft standard has `draft: false` on the same line.
enum DraftMirror {
    /// Copies and returns how many drafts were switched off; 0 when nothing could be copied.
    static func make(from root: String, to mirror: String) -> Int {
        OutputWriter.removeTree(mirror)
        guard mkdirs(mirror) else { return 0 }
        var flipped = 0
        for folder in ["content", "themes"] {
            let source = root + "/" + folder
            guard let sourceReal = FileSystem.realPath(source),
                  FileSystem.resolvedKind(atPath: source) == .directory else { continue }
            copy(source, to: mirror + "/" + folder, within: sourceReal, depth: 0, flipped: &flipped)
        }
        return flipped
    }

    private static func copy(_ source: String, to destination: String, within base: String, depth: Int, flipped: inout Int) {
        guard depth < 8, mkdirs(destination), let names = FileSystem.list(source) else { return }
        for name in names where !name.hasPrefix(".") {
            let from = source + "/" + name
            let to = destination + "/" + name
            switch FileSystem.kind(atPath: from) {
            case .directory:
                copy(from, to: to, within: base, depth: depth + 1, flipped: &flipped)
            case .file, .symlink:
                // A link is copied only when it leads to a file inside the same folder (as the scanner admits).
                guard FileSystem.resolvedKind(atPath: from) == .file,
                      let real = FileSystem.realPath(from), real.hasPrefix(base + "/"),
                      case .bytes(var bytes) = FileSystem.read(from, limit: 32 * 1024 * 1024) else { continue }
                if name.hasSuffix(".md"), name != "_index.md", let off = switchedOff(bytes) {
                    bytes = off
                    flipped += 1
                }
                _ = FileManager.default.createFile(atPath: to, contents: Data(bytes))
            default:
                continue
            }
        }
    }

    private static func mkdirs(_ path: String) -> Bool {
        (try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)) != nil
    }

    /// The file with its front matter's `draft: <true>` line replaced by `draft: false`, or nil when the file
    /// is not a draft. Line count and every other byte stay the same, so diagnostics keep their lines.
    static func switchedOff(_ bytes: [UInt8]) -> [UInt8]? {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard let first = lines.first else { return nil }
        var opening = Array(first)
        if opening.starts(with: [0xEF, 0xBB, 0xBF]) { opening.removeFirst(3) }
        if opening.last == UInt8(ascii: "\r") { opening.removeLast() }
        guard opening == Array("---".utf8) else { return nil }
        for i in lines.indices.dropFirst() {
            var line = Array(lines[i])
            let carriageReturn = line.last == UInt8(ascii: "\r")
            if carriageReturn { line.removeLast() }
            if line == Array("---".utf8) || line == Array("...".utf8) { return nil }
            guard line.starts(with: Array("draft:".utf8)) else { continue }
            var value = String(decoding: line.dropFirst(6), as: UTF8.self)
            if let hash = value.range(of: " #") { value = String(value[..<hash.lowerBound]) }
            value = value.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            guard ["true", "ya", "yes", "benar"].contains(value.lowercased()) else { return nil }
            lines[i] = ArraySlice(Array("draft: false".utf8) + (carriageReturn ? [UInt8(ascii: "\r")] : []))
            return Array(lines.joined(separator: [UInt8(ascii: "\n")]))
        }
        return nil
    }
}
