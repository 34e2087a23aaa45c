import Foundation
import StandarKit

/// Serves the preview output: `/x/` is `x/index.html`, a missing path gets `404.html`, and nothing outside the
/// output folder can be reached (no `..`, no encoded slashes or dots, no NUL, no link that leads out). HTML
/// responses carry the live-reload script; while the last build failed, every page is the diagnostics page. A
/// standard with errors is left out of the build: its own page is its diagnostics, the others carry a banner.
/// Redirects stay on this origin: their `Location` is rebuilt from the checked path segments, so it never starts
/// with `//` or `/\` (which a browser reads as another host).
struct PreviewHandler: Sendable {
    let state: PreviewState
    let root: String
    let output: String

    /// Answers one request. Synchronous, and run on the server's own worker threads: it never waits for the Swift
    /// concurrency pool, so the preview answers even while that pool is busy.
    func handle(_ request: PreviewRequest) -> PreviewResponse {
        let head = request.method == "HEAD"
        guard request.method == "GET" || head else {
            let known = ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT"].contains(request.method)
            return Self.text(known ? 405 : 501, "Metode tidak didukung oleh pratinjau.", extra: [("Allow", "GET, HEAD")])
        }
        guard Self.isLocalHost(request.host) else {
            return Self.text(403, "Pratinjau hanya melayani alamat 127.0.0.1 atau localhost.")
        }
        let raw = request.path
        let (version, build) = state.snapshot()
        if raw == PreviewPages.versionPath {
            return Self.respond(200, Data(version.utf8), type: "text/plain; charset=utf-8", head: head)
        }
        guard let segments = Self.segments(ofRawPath: raw) else {
            return Self.text(403, "Alamat ini tidak diizinkan.")
        }
        let wantsDirectory = raw.hasSuffix("/") || segments.isEmpty
        var relative = segments.joined(separator: "/")
        if wantsDirectory { relative += relative.isEmpty ? "index.html" : "/index.html" }
        let isPage = relative.hasSuffix(".html") || !(segments.last ?? "").contains(".")

        if let build, build.succeeded, isPage, let broken = build.leftOut(page: relative) {
            let page = PreviewPages.diagnosticsPage(build, root: root, version: version, only: broken)
            return Self.respond(500, Data(page.utf8), type: "text/html; charset=utf-8", head: head)
        }
        if let build, !build.succeeded, isPage {
            let page = PreviewPages.diagnosticsPage(build, root: root, version: version)
            return Self.respond(500, Data(page.utf8), type: "text/html; charset=utf-8", head: head)
        }

        switch locate(relative) {
        case .file(let path):
            guard case .bytes(let bytes) = FileSystem.read(path, limit: 64 * 1024 * 1024) else {
                return Self.text(500, "Berkas tidak dapat dibaca.")
            }
            let type = Self.contentType(relative)
            if type.hasPrefix("text/html") {
                return Self.respond(200, Data(decorate(String(decoding: bytes, as: UTF8.self), build: build, version: version).utf8),
                                    type: type, head: head)
            }
            return Self.respond(200, Data(bytes), type: type, head: head)
        case .directory:
            // "/disdukcapil" -> "/disdukcapil/", so that the page's relative links resolve.
            return PreviewResponse(status: 302, headers: [("Location", Self.directoryLocation(ofRawPath: raw)),
                                                          ("Cache-Control", "no-store")])
        case .outside:
            return Self.text(403, "Alamat ini tidak diizinkan.")
        case .missing:
            let notFound = locate("404.html")
            if case .file(let path) = notFound, case .bytes(let bytes) = FileSystem.read(path, limit: 16 * 1024 * 1024) {
                let html = decorate(String(decoding: bytes, as: UTF8.self), build: build, version: version)
                return Self.respond(404, Data(html.utf8), type: "text/html; charset=utf-8", head: head)
            }
            return Self.text(404, "Halaman tidak ditemukan.")
        }
    }

    /// The same-origin folder address of a checked raw path: its non-empty segments (still percent-encoded, each
    /// already refused when it decodes to `/`, `\`, a dot name or a control) joined under one `/`, ending in `/`.
    /// `//layanan` -> `/layanan/`, never a protocol-relative `//layanan/`.
    static func directoryLocation(ofRawPath raw: String) -> String {
        let pieces = raw.split(separator: "/", omittingEmptySubsequences: true)
        let location = "/" + pieces.joined(separator: "/") + (pieces.isEmpty ? "" : "/")
        return isSameOrigin(location) ? location : "/"
    }

    /// True for a path-absolute reference a browser resolves on this origin.
    static func isSameOrigin(_ location: String) -> Bool {
        location.hasPrefix("/") && !location.hasPrefix("//") && !location.hasPrefix("/\\")
            && !location.utf8.contains { $0 < 0x21 || $0 == 0x7F || $0 == UInt8(ascii: "\\") }
    }

    /// An HTML page with the reload script and, in the preview only, the panel of warnings.
    func decorate(_ html: String, build: PreviewBuild?, version: String) -> String {
        let panel = PreviewPages.leftOutBanner(build?.leftOut ?? []) + PreviewPages.warningsPanel(build?.diagnostics ?? [])
        return PreviewPages.inject(panel + PreviewPages.reloadScript(version: version), into: html)
    }

    enum Location: Equatable {
        case file(String)
        case directory
        case missing
        case outside
    }

    /// Finds `relative` in the output. The output is swapped in by two renames at the end of a build; a request
    /// that falls between them waits (at most half a second) for the new folder.
    func locate(_ relative: String) -> Location {
        var base = FileSystem.realPath(output)
        var tries = 0
        while base == nil, tries < 25 {
            usleep(20_000)
            base = FileSystem.realPath(output)
            tries += 1
        }
        guard let base else { return .missing }
        let candidate = base + "/" + relative
        guard FileSystem.kind(atPath: candidate) != .missing else { return .missing }
        guard let real = FileSystem.realPath(candidate) else { return .missing }
        guard real.hasPrefix(base + "/") else { return .outside }
        switch FileSystem.resolvedKind(atPath: real) {
        case .file: return .file(real)
        case .directory: return .directory
        default: return .missing
        }
    }

    /// The decoded path segments of a raw (percent-encoded) request path, or nil for a path that tries to leave
    /// the output folder or is malformed: `..` or `.` segments and hidden names, encoded `/` or `\`, a
    /// backslash, NUL or any control character, invalid UTF-8.
    static func segments(ofRawPath raw: String) -> [String]? {
        guard raw.hasPrefix("/"), raw.utf8.count <= 2048 else { return nil }
        var result: [String] = []
        for piece in raw.split(separator: "/", omittingEmptySubsequences: true) {
            guard let bytes = percentDecoded(Array(piece.utf8)) else { return nil }
            guard !bytes.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "/") }),
                  let segment = String(validating: bytes, as: UTF8.self),
                  !segment.hasPrefix(".") else { return nil }
            result.append(segment)
        }
        return result
    }

    static func percentDecoded(_ bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var i = 0
        func hex(_ b: UInt8) -> UInt8? {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): b - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%") {
                guard i + 2 < bytes.count, let high = hex(bytes[i + 1]), let low = hex(bytes[i + 2]) else { return nil }
                out.append(high << 4 | low)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    /// True for a Host header naming this machine's loopback (or none, as HTTP/1.0 allows): a page on another
    /// site cannot reach the preview through a DNS name that points to 127.0.0.1.
    static func isLocalHost(_ host: String?) -> Bool {
        guard let host = host?.lowercased() else { return true }
        let name: Substring
        if host.hasPrefix("[") {
            name = host.prefix { $0 != "]" } + "]"
        } else {
            name = host.prefix { $0 != ":" }
        }
        return name == "127.0.0.1" || name == "localhost" || name == "[::1]"
    }

    static func contentType(_ path: String) -> String {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        case "xml": return path.hasSuffix("feed.xml") ? "application/atom+xml; charset=utf-8" : "application/xml; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        case "pdf": return "application/pdf"
        default: return "application/octet-stream"
        }
    }

    static func respond(_ status: Int, _ body: Data, type: String, head: Bool,
                        extra: [(String, String)] = []) -> PreviewResponse {
        let headers = [("Content-Type", type), ("Cache-Control", "no-store"), ("X-Content-Type-Options", "nosniff")] + extra
        let response = PreviewResponse(status: status, headers: headers, body: Array(body))
        // HEAD: the same Content-Length as GET, no body.
        return head ? response.headOnly() : response
    }

    static func text(_ status: Int, _ message: String, extra: [(String, String)] = []) -> PreviewResponse {
        PreviewResponse.text(status, message, headers: extra)
    }
}
