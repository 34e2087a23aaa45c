import Foundation
import Testing
@testable import StandarKit
@testable import StandarServe

#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client over a raw socket: it sends the path exactly as given (no normalisation of `..`
/// or percent escapes, unlike URLSession), on a thread of its own so the server in this process is never
/// starved of the concurrency pool.
enum RawHTTP {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func get(_ port: UInt16, _ path: String, host: String? = nil, method: String = "GET") async throws -> Response {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try blockingRequest(port, path, host: host, method: method) })
            }
        }
    }

    static func blockingRequest(_ port: UInt16, _ path: String, host: String?, method: String) throws -> Response {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket") }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "connect: \(String(cString: strerror(errno)))") }
        let request = "\(method) \(path) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n\r\n"
        let bytes = Array(request.utf8)
        guard send(fd, bytes, bytes.count, 0) == bytes.count else { throw Failure(description: "send") }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            data += buffer[0..<n]
            if let complete = parse(data), complete.body.utf8.count >= (Int(complete.headers["content-length"] ?? "") ?? Int.max) {
                return complete
            }
        }
        guard let response = parse(data) else { throw Failure(description: "no response to \(path)") }
        return response
    }

    static func parse(_ data: [UInt8]) -> Response? {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = (0..<max(0, data.count - 3)).first(where: { Array(data[$0..<$0 + 4]) == separator }) else { return nil }
        let head = String(decoding: data[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = (head.first ?? "").split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { return nil }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: String(decoding: data[(end + 4)...], as: UTF8.self))
    }
}

/// Collects what the preview prints.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.lock(); lines.append(line); lock.unlock() }
    var text: String { lock.lock(); defer { lock.unlock() }; return lines.joined(separator: "\n") }
}

@Suite struct ServeTests {
    static let today = SimpleDate(year: 2026, month: 6, day: 1) ?? SimpleDate(dayNumber: 0)
    let service = "content/disdukcapil/akta-kelahiran.md"

    /// A new site from `standar init` and a started preview of it; the server is stopped after `body`.
    func withPreview(_ body: (TemporaryFolder, PreviewServer, UInt16, LogLines) async throws -> Void) async throws {
        let folder = try TemporaryFolder()
        _ = try Scaffolder.initSite(at: folder.path, pemda: "Kota Sukamaju", today: Self.today)
        let log = LogLines()
        let server = PreviewServer(PreviewOptions(root: folder.path, port: 0, today: Self.today,
                                                  pollInterval: .milliseconds(100), log: { log.append($0) }))
        let port = try await server.start()
        do {
            try await body(folder, server, port, log)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// Polls `path` until `accept` holds, for at most 10 seconds.
    func poll(_ port: UInt16, _ path: String, until accept: (RawHTTP.Response) -> Bool) async throws -> RawHTTP.Response {
        let deadline = Date().addingTimeInterval(10)
        var last = try await RawHTTP.get(port, path)
        while !accept(last) && Date() < deadline {
            try await Task.sleep(for: .milliseconds(100))
            last = try await RawHTTP.get(port, path)
        }
        return last
    }

    @Test func servesEditsAndShowsDiagnosticsUntilFixed() async throws {
        try await withPreview { folder, server, port, log in
            let page = "/disdukcapil/akta-kelahiran/"
            let home = try await RawHTTP.get(port, "/")
            #expect(home.status == 200)
            #expect(home.headers["content-type"] == "text/html; charset=utf-8")
            #expect(home.body.contains("Standar Pelayanan Publik Kota Sukamaju"))
            #expect(home.body.contains(PreviewPages.versionPath))
            let first = try await RawHTTP.get(port, page)
            #expect(first.status == 200)
            #expect(first.body.contains("Kutipan akta kelahiran."))
            let version = try await RawHTTP.get(port, PreviewPages.versionPath).body

            // An edit is served after the rebuild, with a new version for the reload script.
            let original = try folder.read(service)
            try folder.write(service, original.replacingOccurrences(of: "Kutipan akta kelahiran.", with: "Kutipan akta kelahiran yang baru."))
            let edited = try await poll(port, page) { $0.body.contains("Kutipan akta kelahiran yang baru.") }
            #expect(edited.status == 200)
            #expect(edited.body.contains("Kutipan akta kelahiran yang baru."))
            let bumped = try await poll(port, PreviewPages.versionPath) { $0.body != version }
            #expect(bumped.body != version)

            // Broken: the standard's own page is its diagnostics page, escaped, with the reload script; the other
            // pages keep being served, with a banner naming the standard left out.
            try folder.write(service, original.replacingOccurrences(of: "judul: \"Pelayanan Akta Kelahiran\"",
                                                                    with: "judul: <script>alert(1)</script>: x"))
            let broken = try await poll(port, page) { $0.status == 500 }
            #expect(broken.status == 500)
            #expect(broken.body.contains("<html lang=\"id\">"))
            #expect(broken.body.contains("Standar ini belum bisa ditampilkan"))
            #expect(broken.body.contains("content/disdukcapil/akta-kelahiran.md:"))
            #expect(broken.body.contains("[front-matter]"))
            #expect(broken.body.contains("<strong>Saran:</strong>"))
            #expect(broken.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!broken.body.contains("<script>alert(1)"))
            #expect(broken.body.contains(PreviewPages.versionPath))
            let others = try await poll(port, "/") { $0.body.contains("1 standar bergalat tidak ditampilkan") }
            #expect(others.status == 200)
            #expect(others.body.contains("1 standar bergalat tidak ditampilkan"))
            #expect(try await RawHTTP.get(port, "/kepatuhan/").status == 200)
            // Assets of the last good build stay available, so the page around the diagnostics still loads.
            #expect(try await RawHTTP.get(port, "/data/layanan.json").status == 200)
            let failed = server.lastBuild
            #expect(failed?.succeeded == true)
            #expect(failed?.leftOut.map(\.file) == ["content/disdukcapil/akta-kelahiran.md"])

            // Fixed: the page is back.
            try folder.write(service, original)
            let fixed = try await poll(port, page) { $0.status == 200 }
            #expect(fixed.status == 200)
            #expect(fixed.body.contains("Kutipan akta kelahiran."))

            let deadline = Date().addingTimeInterval(5)
            while log.text.components(separatedBy: "Dibangun dalam").count < 3 && Date() < deadline {
                try await Task.sleep(for: .milliseconds(50))
            }
            let printed = log.text
            #expect(printed.contains("Pratinjau: http://127.0.0.1:\(port)/"))
            #expect(printed.contains("Menunggu perubahan"))
            #expect(printed.contains("Berubah: content/disdukcapil/akta-kelahiran.md"))
            #expect(printed.contains("1 standar bergalat tidak ditampilkan sampai diperbaiki"))
            #expect(printed.contains("[front-matter]"))
            #expect(printed.contains("Dibangun dalam"))
        }
    }

    @Test func refusesPathsOutsideTheOutput() async throws {
        try await withPreview { folder, server, port, _ in
            let secret = folder.path + "/rahasia.txt"
            try Data("root:x:0:0 RAHASIA".utf8).write(to: URL(fileURLWithPath: secret))
            let attempts = [
                "/../rahasia.txt", "/../../rahasia.txt", "/../../../../etc/passwd", "/%2e%2e/rahasia.txt",
                "/%2E%2E/%2E%2E/rahasia.txt", "/..%2frahasia.txt", "/%2e%2e%2frahasia.txt", "/assets%2f..%2f..%2frahasia.txt",
                "/a%5c..%5crahasia.txt", "/index.html%00.css", "/%00", "/.standar/pratinjau/index.html", "/.%2e/rahasia.txt",
                "/%252e%252e/rahasia.txt", "/%zz", "/assets/..", "/./index.html",
            ]
            for path in attempts {
                let r = try await RawHTTP.get(port, path)
                #expect([400, 403, 404].contains(r.status), "\(path): \(r.status)")
                #expect(!r.body.contains("RAHASIA"), "\(path)")
            }
            // A link inside the output that leads out of it is refused.
            symlink(secret, server.output + "/bocor.txt")
            symlink(folder.path, server.output + "/bocor-folder")
            #expect(try await RawHTTP.get(port, "/bocor.txt").status == 403)
            #expect(try await RawHTTP.get(port, "/bocor-folder/rahasia.txt").status == 403)
            // Another host name pointing at 127.0.0.1 is refused.
            #expect(try await RawHTTP.get(port, "/", host: "contoh.example:\(port)").status == 403)
            #expect(try await RawHTTP.get(port, "/", host: "localhost:\(port)").status == 200)
            #expect(try await RawHTTP.get(port, "/", method: "POST").status == 405)
        }
    }

    @Test func mapsFoldersAndMissingPages() async throws {
        try await withPreview { _, _, port, _ in
            let redirect = try await RawHTTP.get(port, "/disdukcapil")
            #expect(redirect.status == 302)
            #expect(redirect.headers["location"] == "/disdukcapil/")
            #expect(try await RawHTTP.get(port, "/disdukcapil/").status == 200)
            #expect(try await RawHTTP.get(port, "/disdukcapil/index.html").status == 200)
            let missing = try await RawHTTP.get(port, "/tidak-ada/")
            #expect(missing.status == 404)
            #expect(missing.body.contains("<html lang=\"id\""))
            #expect(missing.body.contains(PreviewPages.versionPath))
            let css = try await RawHTTP.get(port, "/data/layanan.json")
            #expect(css.headers["content-type"] == "application/json; charset=utf-8")
            #expect(!css.body.contains(PreviewPages.versionPath))
            #expect(try await RawHTTP.get(port, "/data/layanan.json", method: "HEAD").body.isEmpty)
        }
    }

    @Test func draftsArePreviewedButNotPublished() async throws {
        try await withPreview { folder, _, port, log in
            _ = try Scaffolder.create(.init(opd: "disdukcapil", service: "kartu-keluarga"), in: folder.path,
                                      judul: "Penerbitan Kartu Keluarga")
            // The page is on disk a moment before the build's outcome is published (and the version bumped, so an
            // open page reloads once more): wait for both.
            let draft = try await poll(port, "/disdukcapil/kartu-keluarga/") {
                $0.status == 200 && $0.body.contains("Pratinjau: 15 peringatan")
            }
            #expect(draft.status == 200)
            #expect(draft.body.contains("Penerbitan Kartu Keluarga"))
            // The warnings of the draft are listed in the preview's panel.
            #expect(draft.body.contains("Pratinjau: 15 peringatan"))
            let deadline = Date().addingTimeInterval(5)
            while !log.text.contains("1 draf ikut ditampilkan di pratinjau") && Date() < deadline {
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(log.text.contains("1 draf ikut ditampilkan di pratinjau"))
            // `standar build` still leaves it out.
            let report = SiteBuilder.build(BuildOptions(root: folder.path, output: "public", today: Self.today))
            #expect(report.succeeded)
            #expect(!FileManager.default.fileExists(atPath: folder.path + "/public/disdukcapil/kartu-keluarga/index.html"))
        }
    }

    @Test func refusesToStartWithoutContent() async throws {
        let folder = try TemporaryFolder()
        let server = PreviewServer(PreviewOptions(root: folder.path, port: 0))
        await #expect(throws: PreviewError.self) { try await server.start() }
    }

    @Test func rawPathSegments() {
        #expect(PreviewHandler.segments(ofRawPath: "/") == [])
        #expect(PreviewHandler.segments(ofRawPath: "/disdukcapil/akta-kelahiran/") == ["disdukcapil", "akta-kelahiran"])
        #expect(PreviewHandler.segments(ofRawPath: "/a%20b/") == ["a b"])
        for bad in ["", "x", "/..", "/a/../b", "/%2e%2e/x", "/%2E%2e", "/a%2fb", "/a%2Fb", "/a%5cb", "/a\\b", "/%00",
                    "/a%0ab", "/.git/config", "/%", "/%g0", "/%ff"] {
            #expect(PreviewHandler.segments(ofRawPath: bad) == nil, "\(bad)")
        }
        #expect(PreviewHandler.isLocalHost("127.0.0.1:8080"))
        #expect(PreviewHandler.isLocalHost("localhost"))
        #expect(PreviewHandler.isLocalHost("[::1]:8080"))
        #expect(PreviewHandler.isLocalHost(nil))
        #expect(!PreviewHandler.isLocalHost("127.0.0.1.contoh.example"))
        #expect(!PreviewHandler.isLocalHost("contoh.example:8080"))
    }

    @Test func fingerprintSeesEditsAndIgnoresEditorLeftovers() throws {
        let folder = try TemporaryFolder()
        try folder.write("content/a/b.md", "satu")
        let before = ContentFingerprint.take(root: folder.path, folders: ["content", "themes"])
        try folder.write("content/a/.b.md.swp", "x")
        try folder.write("content/a/b.md~", "x")
        #expect(ContentFingerprint.take(root: folder.path, folders: ["content", "themes"]) == before)
        try folder.write("content/a/b.md", "dua!")
        try folder.write("content/a/c.md", "baru")
        let after = ContentFingerprint.take(root: folder.path, folders: ["content", "themes"])
        #expect(before.changes(to: after) == ["content/a/b.md", "content/a/c.md"])
        try FileManager.default.removeItem(atPath: folder.path + "/content/a/c.md")
        #expect(after.changes(to: ContentFingerprint.take(root: folder.path, folders: ["content"])) == ["content/a/c.md"])
    }
}

/// `standar serve` through the built binary: start on a free port, fetch, stop with Ctrl-C.
@Suite struct ServeCLITests {
    @Test func serveOnAFreePortThenCtrlC() async throws {
        let folder = try TemporaryFolder()
        #expect(try CLI.run(["init", ".", "--today=2026-06-01"], in: folder.path).status == 0)
        let (process, stdout, stderr) = try CLI.launch(["serve", "--port", "0", "--today=2026-06-01"], in: folder.path)
        var port: UInt16?
        let deadline = Date().addingTimeInterval(60)
        while port == nil && process.isRunning && Date() < deadline {
            if let range = stdout.text.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                port = UInt16(stdout.text[range].dropFirst("http://127.0.0.1:".count).dropLast())
            } else {
                try await Task.sleep(for: .milliseconds(50))
            }
        }
        // Looked at once more: on a busy machine the sleep above may outlast the deadline.
        if port == nil, let range = stdout.text.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
            port = UInt16(stdout.text[range].dropFirst("http://127.0.0.1:".count).dropLast())
        }
        guard let port else {
            process.terminate()
            Issue.record("no URL printed: \(stdout.text) \(stderr.text)")
            return
        }
        let page = try await RawHTTP.get(port, "/disdukcapil/akta-kelahiran/")
        #expect(page.status == 200)
        #expect(page.body.contains("Pelayanan Akta Kelahiran"))

        // A second preview on the same port says so and exits 2.
        let busy = try CLI.run(["serve", "--port", String(port)], in: folder.path)
        #expect(busy.status == 2)
        #expect(busy.stderr.contains("port \(port) sudah dipakai program lain"))

        kill(process.processIdentifier, SIGINT)
        try await CLI.waitForExit(process, seconds: 10)
        if process.isRunning {
            process.terminate()
            Issue.record("serve did not stop on SIGINT")
            return
        }
        #expect(process.terminationStatus == 0)
        #expect(stdout.text.contains("Menunggu perubahan"))
        #expect(stdout.text.contains("Pratinjau dihentikan."))
        #expect(FileManager.default.fileExists(atPath: folder.path + "/.standar/pratinjau/index.html"))
    }
}
