import Foundation
import Testing
@testable import StandarKit
@testable import StandarServe

#if canImport(Glibc)
import Glibc
#endif

/// Raw bytes to the preview over loopback, on a thread of its own: what a hostile or broken client sends.
enum RawSocket {
    struct Exchange {
        /// The status of the answer, nil when none came.
        var status: Int?
        var text: String
        var seconds: Double
    }

    /// A connected socket to 127.0.0.1:`port` (timeouts of `seconds` on send and receive), or nil.
    static func connectTo(_ port: UInt16, seconds: Int = 10) -> Int32? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            return nil
        }
        return fd
    }

    static func sendAll(_ fd: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                Glibc.send(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset, Int32(MSG_NOSIGNAL))
            }
            if n <= 0 { return }
            offset += n
        }
    }

    /// Sends `bytes`, then reads until the server closes or (unless `untilClose`) answers one whole response.
    static func exchange(_ port: UInt16, _ bytes: [UInt8], untilClose: Bool = false) async -> Exchange {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                let started = Date()
                guard let fd = connectTo(port) else {
                    continuation.resume(returning: Exchange(status: nil, text: "connect failed", seconds: 0))
                    return
                }
                defer { close(fd) }
                sendAll(fd, bytes)
                var data: [UInt8] = []
                var buffer = [UInt8](repeating: 0, count: 65536)
                while true {
                    let n = recv(fd, &buffer, buffer.count, 0)
                    if n <= 0 { break }
                    data += buffer[0..<n]
                    if !untilClose, let r = RawHTTP.parse(data),
                       r.body.utf8.count >= (Int(r.headers["content-length"] ?? "") ?? Int.max) { break }
                }
                let text = String(decoding: data, as: UTF8.self)
                continuation.resume(returning: Exchange(status: RawHTTP.parse(data)?.status, text: text,
                                                        seconds: Date().timeIntervalSince(started)))
            }
        }
    }

    static func exchange(_ port: UInt16, _ text: String, untilClose: Bool = false) async -> Exchange {
        await exchange(port, Array(text.utf8), untilClose: untilClose)
    }
}

@Suite struct ServeHardeningTests {
    static let today = SimpleDate(year: 2026, month: 6, day: 1) ?? SimpleDate(dayNumber: 0)

    func withPreview(_ body: (TemporaryFolder, PreviewServer, UInt16) async throws -> Void) async throws {
        let folder = try TemporaryFolder()
        _ = try Scaffolder.initSite(at: folder.path, pemda: "Kota Sukamaju", today: Self.today)
        let server = PreviewServer(PreviewOptions(root: folder.path, port: 0, today: Self.today,
                                                  pollInterval: .milliseconds(100)))
        let port = try await server.start()
        do {
            try await body(folder, server, port)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    func get(_ port: UInt16, _ target: String, extra: String = "") -> String {
        "GET \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\(extra)Connection: close\r\n\r\n"
    }

    @Test func aHugeRequestLineIsRefusedAtOnce() async throws {
        try await withPreview { _, _, port in
            // 256 KiB of request line: refused after the first 8 KiB, in well under a second.
            let line = "GET /" + String(repeating: "a", count: 256 * 1024) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            let r = await RawSocket.exchange(port, line)
            #expect(r.status == 414, "\(r.text.prefix(200))")
            // Bounds in this file are loose (the suite runs in parallel on a busy machine); FlyingFox gave no answer to a 64 KiB line within 60 s.
            #expect(r.seconds < 5, "\(r.seconds) s")
            // Without any line end at all.
            let endless = await RawSocket.exchange(port, "GET /" + String(repeating: "b", count: 64 * 1024))
            #expect(endless.status == 414)
            // The server still answers.
            #expect(await RawSocket.exchange(port, get(port, "/")).status == 200)
        }
    }

    @Test func oversizedOrTooManyHeadersAre431() async throws {
        try await withPreview { _, _, port in
            let big = (0..<40).map { "X-Isi-\($0): " + String(repeating: "c", count: 1024) + "\r\n" }.joined()
            let r1 = await RawSocket.exchange(port, get(port, "/", extra: big))
            #expect(r1.status == 431)
            let many = (0..<150).map { "X-\($0): 1\r\n" }.joined()
            let r2 = await RawSocket.exchange(port, get(port, "/", extra: many))
            #expect(r2.status == 431)
            // Just under the bounds is served.
            let fine = (0..<90).map { "X-\($0): " + String(repeating: "d", count: 200) + "\r\n" }.joined()
            #expect(await RawSocket.exchange(port, get(port, "/", extra: fine)).status == 200)
        }
    }

    @Test func exactlyOneHostHeader() async throws {
        try await withPreview { _, _, port in
            let two = "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nHost: contoh.example\r\nConnection: close\r\n\r\n"
            #expect(await RawSocket.exchange(port, two).status == 400)
            let twoReversed = "GET / HTTP/1.1\r\nHost: contoh.example\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n"
            #expect(await RawSocket.exchange(port, twoReversed).status == 400)
            let none = "GET / HTTP/1.1\r\nConnection: close\r\n\r\n"
            #expect(await RawSocket.exchange(port, none).status == 400)
            // HTTP/1.0 may leave it out.
            #expect(await RawSocket.exchange(port, "GET / HTTP/1.0\r\n\r\n").status == 200)
        }
    }

    @Test func malformedHeadsAre400() async throws {
        try await withPreview { _, _, port in
            let heads = [
                "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n folded: x\r\nConnection: close\r\n\r\n",
                "GET / HTTP/1.1\r\nHost : 127.0.0.1\r\nConnection: close\r\n\r\n",
                "GET  / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX: a\u{01}b\r\nConnection: close\r\n\r\n",
                "GET http://127.0.0.1/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\nConnection: close\r\n\r\n",
                "\u{00}\u{01}\u{02}\r\n\r\n",
            ]
            for head in heads {
                let r = await RawSocket.exchange(port, head)
                #expect(r.status == 400, "\(head.debugDescription): \(r.text.prefix(80))")
            }
            #expect(await RawSocket.exchange(port, "GET / HTTP/2.0\r\nHost: 127.0.0.1\r\n\r\n").status == 505)
        }
    }

    @Test func keepAliveAndPipelinedRequests() async throws {
        try await withPreview { _, _, port in
            let two = "GET /__standar/versi HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" + get(port, "/data/layanan.json")
            let r = await RawSocket.exchange(port, two, untilClose: true)
            #expect(r.text.components(separatedBy: "HTTP/1.1 200 OK").count == 3, "\(r.text.prefix(300))")
            // HEAD says the length a GET gets and sends no body: the next answer on the connection starts right after.
            let get = try await RawHTTP.get(port, "/data/layanan.json")
            let headThenGet = "HEAD /data/layanan.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" + self.get(port, "/__standar/versi")
            let pair = await RawSocket.exchange(port, headThenGet, untilClose: true)
            let parts = pair.text.components(separatedBy: "\r\n\r\n")
            #expect(parts.count == 3, "\(pair.text.prefix(400))")
            #expect(parts.first?.contains("Content-Length: \(get.body.utf8.count)") == true, "\(parts.first ?? "")")
            #expect(parts.dropFirst().first?.hasPrefix("HTTP/1.1 200 OK") == true)
        }
    }

    @Test func slowClientsDoNotStallOthers() async throws {
        try await withPreview { _, _, port in
            // Twenty clients that send half a request line and wait.
            var held: [Int32] = []
            for i in 0..<20 {
                guard let fd = RawSocket.connectTo(port) else { continue }
                RawSocket.sendAll(fd, Array("GET /\(String(repeating: "x", count: 100 * i))".utf8))
                held.append(fd)
            }
            defer { held.forEach { close($0) } }
            #expect(held.count == 20)
            for _ in 0..<5 {
                let r = await RawSocket.exchange(port, get(port, "/disdukcapil/akta-kelahiran/"))
                #expect(r.status == 200)
                #expect(r.seconds < 5, "\(r.seconds) s")
            }
        }
    }

    @Test func aPartialHeadTimesOut() async throws {
        let server = try LoopbackHTTPServer(port: 0, settings: .init(headTimeout: 0.3)) { _ in
            PreviewResponse.text(200, "ok")
        }
        defer { server.stop() }
        let r = await RawSocket.exchange(server.port, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        #expect(r.status == 408)
        #expect(r.seconds < 8)
    }

    @Test func atTheConnectionCapTheOldestIdleConnectionMakesRoom() async throws {
        let server = try LoopbackHTTPServer(port: 0, settings: .init(maxConnections: 8)) { _ in
            PreviewResponse.text(200, "ok")
        }
        defer { server.stop() }
        var held: [Int32] = []
        for _ in 0..<30 {
            if let fd = RawSocket.connectTo(server.port, seconds: 2) { held.append(fd) }
        }
        defer { held.forEach { close($0) } }
        let r = await RawSocket.exchange(server.port, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        #expect(r.status == 200)
        #expect(r.seconds < 8)
    }

    @Test func protocolRelativeRedirectsStayOnThisOrigin() async throws {
        try await withPreview { _, _, port in
            for (path, location) in [("//disdukcapil", "/disdukcapil/"), ("///disdukcapil", "/disdukcapil/"),
                                     ("//disdukcapil//akta-kelahiran", "/disdukcapil/akta-kelahiran/"),
                                     ("/disdukcapil", "/disdukcapil/")] {
                let r = try await RawHTTP.get(port, path)
                #expect(r.status == 302, "\(path)")
                #expect(r.headers["location"] == location, "\(path): \(r.headers["location"] ?? "-")")
            }
            for path in ["/\\disdukcapil", "/%5cdisdukcapil", "/%2f/disdukcapil", "/%2F%2Fdisdukcapil"] {
                let r = try await RawHTTP.get(port, path)
                #expect(r.status == 403, "\(path)")
                #expect(r.headers["location"] == nil, "\(path)")
            }
        }
        for raw in ["//layanan", "///a//b", "/a", "//"] {
            let location = PreviewHandler.directoryLocation(ofRawPath: raw)
            #expect(!location.hasPrefix("//") && !location.hasPrefix("/\\") && location.hasPrefix("/"), "\(raw)")
        }
    }

    @Test func diagnosticsShowNoLineOfAFileOutsideContent() async throws {
        do {
            let site = try TemporaryFolder()
            _ = try Scaffolder.initSite(at: site.path, pemda: "Kota Sukamaju", today: Self.today)
            let secret = site.path + "/rahasia.txt"
            try Data("RAHASIA-BARIS-PERTAMA\nbaris dua\n".utf8).write(to: URL(fileURLWithPath: secret))
            // A link in content/ to the secret: the build stops on it ([symlink] at line 1).
            symlink(secret, site.path + "/content/disdukcapil/bocor.md")
            let server = PreviewServer(PreviewOptions(root: site.path, port: 0, today: Self.today))
            let port = try await server.start()
            let broken = try await RawHTTP.get(port, "/")
            await server.stop()
            #expect(broken.status == 500)
            #expect(broken.body.contains("content/disdukcapil/bocor.md"))
            #expect(broken.body.contains("[symlink]"))
            #expect(!broken.body.contains("RAHASIA"), "the secret's first line is shown")
        }
        let folder = try TemporaryFolder()
        try folder.write("content/a/ada.md", "baris satu\n")
        try folder.write("rahasia.txt", "RAHASIA\n")
        try folder.write("luar/b.md", "RAHASIA di folder luar\n")
        symlink(folder.path + "/rahasia.txt", folder.path + "/content/a/tautan.md")
        symlink(folder.path + "/luar", folder.path + "/content/b")
        symlink(folder.path + "/content/a/ada.md", folder.path + "/content/a/di-dalam.md")
        #expect(PreviewPages.sourceLines(root: folder.path, file: "content/a/ada.md") == ["baris satu", ""])
        #expect(PreviewPages.sourceLines(root: folder.path, file: "content/a/di-dalam.md") == ["baris satu", ""])
        for file in ["content/a/tautan.md", "content/b/b.md", "content/../rahasia.txt", "rahasia.txt", "content/a/tidak-ada.md",
                     "content/a", "content//a/ada.md"] {
            #expect(PreviewPages.sourceLines(root: folder.path, file: file).isEmpty, "\(file)")
        }
    }

    @Test func headReaderBoundsAndLinearScan() {
        var reader = HTTPHeadReader()
        var buffer: [UInt8] = Array("GET /".utf8)
        // Fed one byte at a time, as a slow client does: each call looks only at the new byte.
        var outcome = reader.scan(buffer)
        let started = Date()
        while case .incomplete = outcome, buffer.count < 64 * 1024 {
            buffer.append(UInt8(ascii: "a"))
            outcome = reader.scan(buffer)
        }
        #expect(outcome == .reject(status: 414, message: "Alamat yang diminta terlalu panjang."))
        #expect(buffer.count <= 8 * 1024 + 1)
        #expect(Date().timeIntervalSince(started) < 0.5)

        var ok = HTTPHeadReader()
        let head = Array("\r\nGET /a?b=1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\nGET /next".utf8)
        guard case .complete(let length) = ok.scan(head) else {
            Issue.record("no complete head")
            return
        }
        let request = try? HTTPHeadReader.parse(head[0..<length]).get()
        #expect(request?.path == "/a")
        #expect(request?.query == "b=1")
        #expect(request?.host == "localhost")
        #expect(request?.keepAlive == false)
        #expect(String(decoding: head[length...], as: UTF8.self) == "GET /next")
    }
}

/// `standar serve` through the built binary, under a low descriptor limit and hostile clients.
@Suite struct ServeHardeningCLITests {
    /// 128 descriptors: the connection cap (16) holds, the oldest waiting connection makes room. 20 descriptors:
    /// about 14 are taken before any client, so `accept` runs out (EMFILE) below the cap of 8.
    @Test(arguments: [128, 20])
    func outOfDescriptorsKeepsServingAndSIGTERMStopsPromptly(descriptors: Int) async throws {
        let binary = try #require(CLI.binary, "the standar binary is not built; run `swift build --build-tests` first")
        let folder = try TemporaryFolder()
        #expect(try CLI.run(["init", ".", "--today=2026-06-01"], in: folder.path).status == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -n \(descriptors) && exec \"$0\" serve --port 0 --today=2026-06-01", binary]
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        let stdout = CLI.Collected()
        out.fileHandleForReading.readabilityHandler = { stdout.append($0.availableData) }
        // When it ended, taken on the thread that reaps it (this test's task may wait its turn on a busy machine).
        let ended = CLI.Collected()
        process.terminationHandler = { _ in ended.append(Data(String(Date().timeIntervalSince1970).utf8)) }
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

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
        let bound = try #require(port, "no URL printed: \(stdout.text)")

        // 300 connections held open, half of them with a partial request: more than the process has descriptors.
        var held: [Int32] = []
        for i in 0..<300 {
            guard let fd = RawSocket.connectTo(bound, seconds: 2) else { continue }
            if i % 2 == 0 { RawSocket.sendAll(fd, Array("GET /lambat HTTP/1.1\r\nHost: 127.0.0.1\r\n".utf8)) }
            held.append(fd)
        }
        defer { held.forEach { close($0) } }
        try await Task.sleep(for: .milliseconds(300))
        #expect(process.isRunning, "serve stopped when it ran out of descriptors: \(stdout.text)")
        let page = await RawSocket.exchange(bound, "GET /disdukcapil/akta-kelahiran/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        // With 20 descriptors reading the page itself may fail (500): what counts is that an answer comes.
        #expect(page.status == 200 || (descriptors < 32 && page.status == 500), "\(page.text.prefix(200))")
        #expect(process.isRunning)

        // SIGTERM with all those clients still attached: the process ends promptly and cleanly.
        let stopping = Date()
        kill(process.processIdentifier, SIGTERM)
        while process.isRunning && Date().timeIntervalSince(stopping) < 10 {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(!process.isRunning, "serve did not stop on SIGTERM")
        let exitedAt = Double(ended.text).map(Date.init(timeIntervalSince1970:)) ?? Date()
        #expect(exitedAt.timeIntervalSince(stopping) < 5, "\(exitedAt.timeIntervalSince(stopping)) s")
        if !process.isRunning {
            #expect(process.terminationStatus == 0)
        }
        #expect(stdout.text.contains("Pratinjau dihentikan."))
    }
}
