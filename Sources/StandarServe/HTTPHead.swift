/// A request of the preview, as its handler sees it: only what a GET or HEAD of a static file needs.
struct PreviewRequest: Sendable, Equatable {
    var method: String
    /// The path as sent (still percent-encoded), without the query.
    var path: String
    var query: String?
    /// The one Host header (nil for an HTTP/1.0 request without one).
    var host: String?
    var version: String
    /// The client keeps the connection open for another request.
    var keepAlive: Bool
    /// The request announced a body (Content-Length above 0, or Transfer-Encoding): the preview does not read
    /// bodies, so the connection is closed after the answer instead of reading the body as the next request.
    var hasBody: Bool
}

/// An answer of the preview; `Content-Length` and `Connection` are added when it is sent.
struct PreviewResponse: Sendable {
    var status: Int
    var headers: [(String, String)]
    var body: [UInt8]
    /// Sent without the body (HEAD).
    var omitBody = false

    init(status: Int, headers: [(String, String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// Header name (case-insensitive) -> value, for tests.
    func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 302: "Found"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 414: "URI Too Long"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        case 503: "Service Unavailable"
        case 505: "HTTP Version Not Supported"
        default: "Status"
        }
    }

    /// The answer to a HEAD request: the same head, no body (`Content-Length` still tells its size).
    func headOnly() -> PreviewResponse {
        var copy = self
        copy.omitBody = true
        return copy
    }

    /// The bytes on the wire. `close` adds `Connection: close`.
    func encoded(close: Bool) -> [UInt8] {
        var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
        for (name, value) in headers where !Self.isFramingHeader(name) {
            // Never let a value end the header block early (no header comes from the request, but be sure).
            guard !value.utf8.contains(where: { $0 == 0x0D || $0 == 0x0A }) else { continue }
            head += "\(name): \(value)\r\n"
        }
        head += "Content-Length: \(body.count)\r\n"
        if close { head += "Connection: close\r\n" }
        head += "\r\n"
        return omitBody ? Array(head.utf8) : Array(head.utf8) + body
    }

    static func isFramingHeader(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower == "content-length" || lower == "connection" || lower == "transfer-encoding"
    }

    /// A plain-text answer in Bahasa Indonesia.
    static func text(_ status: Int, _ message: String, headers: [(String, String)] = []) -> PreviewResponse {
        PreviewResponse(status: status,
                        headers: [("Content-Type", "text/plain; charset=utf-8"), ("Cache-Control", "no-store"),
                                  ("X-Content-Type-Options", "nosniff")] + headers,
                        body: Array((message + "\n").utf8))
    }
}

/// Reads the head of an HTTP/1.x request with fixed bounds, before anything else is buffered: the request line, the
/// header block and the number of header lines are capped, and a violation is answered at once (414, 431, 400)
/// instead of reading on. Each byte is looked at once (`scan` resumes where it stopped), so a long line costs
/// linear time, never a rescan per byte.
struct HTTPHeadReader {
    struct Limits: Sendable {
        /// Bytes of the request line, line ending excluded.
        var requestLine = 8 * 1024
        /// Bytes of the header lines after the request line, line endings included.
        var headerBlock = 32 * 1024
        var headerCount = 100
    }

    enum Outcome: Equatable {
        /// More bytes are needed.
        case incomplete
        /// A whole head of `length` bytes starts the buffer.
        case complete(length: Int)
        /// The head breaks a bound or the syntax: answer `status` and close.
        case reject(status: Int, message: String)
    }

    let limits: Limits
    /// Where the scan resumes.
    private var position = 0
    /// Where the current line starts.
    private var lineStart = 0
    /// Where the request line starts (after empty lines that may precede it); nil while only empty lines were seen.
    private var requestStart: Int?
    /// Just after the request line's LF.
    private var headersStart: Int?
    private var headerLines = 0

    init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Continues the scan over `buffer` (the same buffer, grown since the last call).
    mutating func scan(_ buffer: [UInt8]) -> Outcome {
        while position < buffer.count {
            let i = position
            position += 1
            guard buffer[i] == 0x0A else {
                if headersStart == nil {
                    if requestStart == nil { requestStart = lineStart }
                    if i - (requestStart ?? 0) >= limits.requestLine {
                        return .reject(status: 414, message: "Alamat yang diminta terlalu panjang.")
                    }
                } else if let start = headersStart, i - start >= limits.headerBlock {
                    return .reject(status: 431, message: "Kepala (header) permintaan terlalu besar.")
                }
                continue
            }
            var end = i
            if end > lineStart && buffer[end - 1] == 0x0D { end -= 1 }
            let empty = end == lineStart
            lineStart = i + 1
            if headersStart == nil {
                if empty {
                    // RFC 9112 §2.2: empty lines before the request line are ignored (a few of them).
                    if i >= 8 { return .reject(status: 400, message: "Permintaan tidak dapat dibaca.") }
                    requestStart = nil
                    continue
                }
                headersStart = i + 1
                continue
            }
            if empty { return .complete(length: i + 1) }
            headerLines += 1
            if headerLines > limits.headerCount {
                return .reject(status: 431, message: "Permintaan membawa terlalu banyak kepala (header).")
            }
        }
        return .incomplete
    }

    /// Parses a complete head: `GET /path HTTP/1.1`, then `Name: value` lines. Exactly one Host header for
    /// HTTP/1.1 (at most one for HTTP/1.0); no obsolete line folding, no space before a colon, no control byte.
    static func parse(_ head: ArraySlice<UInt8>) -> Result<PreviewRequest, Rejection> {
        var lines: [ArraySlice<UInt8>] = []
        var start = head.startIndex
        for i in head.indices where head[i] == 0x0A {
            var end = i
            if end > start && head[end - 1] == 0x0D { end -= 1 }
            lines.append(head[start..<end])
            start = i + 1
        }
        while let first = lines.first, first.isEmpty { lines.removeFirst() }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        guard let requestLine = lines.first else { return .failure(.bad) }
        let parts = requestLine.split(separator: 0x20, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(isToken),
              !parts[1].isEmpty, parts[1].allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return .failure(.bad) }
        let method = String(decoding: parts[0], as: UTF8.self)
        let version = String(decoding: parts[2], as: UTF8.self)
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            let looksLikeHTTP = version.hasPrefix("HTTP/") && version.count == 8
            return .failure(looksLikeHTTP ? Rejection(status: 505, message: "Versi HTTP ini tidak didukung.") : .bad)
        }
        let target = String(decoding: parts[1], as: UTF8.self)
        guard target.hasPrefix("/") else { return .failure(.bad) }
        let path: String, query: String?
        if let mark = target.firstIndex(of: "?") {
            path = String(target[..<mark])
            query = String(target[target.index(after: mark)...])
        } else {
            path = target
            query = nil
        }

        var hosts: [String] = []
        var lengths: [String] = []
        var chunked = false
        var connection: [String] = []
        for line in lines.dropFirst() {
            guard let first = line.first, first != 0x20, first != 0x09,
                  let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return .failure(.bad) }
            let name = line[line.startIndex..<colon]
            guard !name.isEmpty, name.allSatisfy(isToken) else { return .failure(.bad) }
            var value = line[line.index(after: colon)...]
            guard !value.contains(where: { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }) else { return .failure(.bad) }
            while let b = value.first, b == 0x20 || b == 0x09 { value.removeFirst() }
            while let b = value.last, b == 0x20 || b == 0x09 { value.removeLast() }
            let text = String(decoding: value, as: UTF8.self)
            switch String(decoding: name, as: UTF8.self).lowercased() {
            case "host": hosts.append(text)
            case "content-length": lengths.append(text)
            case "transfer-encoding": chunked = true
            case "connection": connection += text.lowercased().split(separator: ",").map { $0.trimmingSpaces }
            default: break
            }
        }
        guard hosts.count == 1 || (hosts.isEmpty && version == "HTTP/1.0") else {
            return .failure(Rejection(status: 400, message: "Permintaan harus membawa tepat satu kepala Host."))
        }
        var hasBody = chunked
        for length in lengths {
            guard !length.isEmpty, length.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), length.utf8.count <= 18 else {
                return .failure(.bad)
            }
            if Int(length) != 0 { hasBody = true }
        }
        // HTTP/1.0 keep-alive would need the answer to say so: such a connection simply closes after the answer.
        let keepAlive = version == "HTTP/1.1" && !connection.contains("close")
        return .success(PreviewRequest(method: method, path: path, query: query, host: hosts.first, version: version,
                                       keepAlive: keepAlive, hasBody: hasBody))
    }

    struct Rejection: Error, Equatable {
        var status: Int
        var message: String
        static let bad = Rejection(status: 400, message: "Permintaan tidak dapat dibaca.")
    }

    /// RFC 9110 token characters.
    static func isToken(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return Array("!#$%&'*+-.^_`|~".utf8).contains(b)
        }
    }
}

private extension Substring {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
