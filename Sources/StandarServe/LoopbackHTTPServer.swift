import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The HTTP/1.1 server of the preview: one thread polls the listening socket and every connection (non-blocking
/// sockets, `poll`), reads each request head under fixed bounds (`HTTPHeadReader`), hands the request to the
/// handler on a few worker threads of its own (never the Swift concurrency pool, which a busy process may hold) and
/// writes the answer back from the polling thread. What a hostile or broken client
/// can do is bounded:
/// - a request line over 8 KiB is answered 414, headers over 32 KiB or 100 lines 431, bad syntax or a missing or
///   repeated Host 400 — once those bytes arrived, without reading more;
/// - a head not complete within `headTimeout` (slow sender), or an idle kept-alive connection, is closed, and so is
///   a client that reads nothing of its answer for `writeTimeout` (and a handler that has not answered by then);
/// - connections are capped below the descriptor limit; at the cap, or when `accept` runs out of descriptors, the
///   connection idle or waiting the longest is closed to make room, or accepting pauses for a moment: the server
///   keeps serving and never stops by itself;
/// - `stop()` closes everything at once; nothing waits on a client.
final class LoopbackHTTPServer: @unchecked Sendable {
    typealias Handler = @Sendable (PreviewRequest) -> PreviewResponse

    struct Settings: Sendable {
        var limits = HTTPHeadReader.Limits()
        var headTimeout: Double = 10
        var writeTimeout: Double = 30
        /// At most this many connections at once; nil: derived from the descriptor limit.
        var maxConnections: Int?
        /// Threads that run the handler.
        var workers = 4
    }

    enum StartError: Error {
        case failed(call: String, code: Int32)
    }

    private let handler: Handler
    private let settings: Settings
    private let workers: WorkerThreads
    private let listener: Int32
    private let wakeRead: Int32
    private let wakeWrite: Int32
    let port: UInt16
    let maxConnections: Int

    // Shared with other threads, under `lock`.
    private let lock = NSLock()
    private var finished: [(id: UInt64, response: PreviewResponse)] = []
    private var stopRequested = false
    private var loopEnded = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    /// Binds 127.0.0.1:`port` (0: any free port) and starts serving.
    init(port: UInt16, settings: Settings = Settings(), handler: @escaping Handler) throws(StartError) {
        self.handler = handler
        self.settings = settings
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw .failed(call: "socket", code: errno) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else {
            let code = errno
            close(fd)
            throw .failed(call: "bind", code: code)
        }
        guard listen(fd, 128) == 0 else {
            let code = errno
            close(fd)
            throw .failed(call: "listen", code: code)
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else {
            let code = errno
            close(fd)
            throw .failed(call: "pipe", code: code)
        }
        pipeEnds.forEach(Self.makeNonBlocking)
        listener = fd
        wakeRead = pipeEnds[0]
        wakeWrite = pipeEnds[1]
        self.port = UInt16(bigEndian: actual.sin_port)
        maxConnections = settings.maxConnections ?? Self.connectionCap()
        workers = WorkerThreads(count: max(1, settings.workers), name: "standar.pratinjau.kerja")
        let thread = Thread { [self] in self.run() }
        thread.name = "standar.pratinjau.http"
        thread.start()
    }

    /// Non-blocking, closed on exec (a build never hands a connection to a child process).
    static func makeNonBlocking(_ fd: Int32) {
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        _ = fcntl(fd, F_SETFD, fcntl(fd, F_GETFD) | FD_CLOEXEC)
    }

    /// Half of the descriptors left after a reserve for the builds (which open files while the preview serves), at
    /// least 8 and at most 1,024.
    static func connectionCap() -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 256 }
        let soft = limit.rlim_cur > 1 << 20 ? 1 << 20 : Int(limit.rlim_cur)
        return max(8, min(1024, (soft - 96) / 2))
    }

    /// Closes the listening socket and every connection; returns once the serving thread ended (at most 2 s).
    func stop() {
        lock.lock()
        stopRequested = true
        wake()
        lock.unlock()
        let deadline = Date().addingTimeInterval(2)
        while Date() < deadline {
            lock.lock()
            let ended = loopEnded
            lock.unlock()
            if ended { return }
            usleep(2_000)
        }
    }

    /// Suspends until the server stopped.
    func waitUntilStopped() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            lock.lock()
            if loopEnded {
                lock.unlock()
                continuation.resume()
            } else {
                waiters.append(continuation)
                lock.unlock()
            }
        }
    }

    /// Wakes the serving thread. Called with `lock` held: the pipe is closed under the same lock when the thread
    /// ends, so a late call never writes to a descriptor number reused by something else.
    private func wake() {
        guard !loopEnded else { return }
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
    }

    /// Called from the handler's task: queues the answer for the serving thread.
    private func finish(_ id: UInt64, _ response: PreviewResponse) {
        lock.lock()
        if !stopRequested {
            finished.append((id, response))
            wake()
        }
        lock.unlock()
    }

    // MARK: The serving thread

    private enum Phase {
        /// Waiting for (the rest of) a request head.
        case reading
        /// The handler runs.
        case handling
        /// Writing `output` from `written`.
        case writing
        /// The answer to a refused request was sent and the write side shut: what the client still sends is read
        /// and dropped for a moment (bounded), so that closing does not reset the connection before the client
        /// read the answer.
        case draining
    }

    private struct Connection {
        let fd: Int32
        var phase = Phase.reading
        var input: [UInt8] = []
        var reader: HTTPHeadReader
        var output: [UInt8] = []
        var written = 0
        var closeAfterWrite = false
        /// When the current phase gives up (reading: the whole head; writing: the next progress).
        var deadline: Double
        /// When it was accepted or its last answer was sent: the oldest is closed first when room is needed.
        var since: Double
    }

    private var connections: [UInt64: Connection] = [:]
    private var nextID: UInt64 = 0
    private var acceptPausedUntil = 0.0

    private static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    private func run() {
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            lock.lock()
            let stopping = stopRequested
            let done = finished
            finished.removeAll()
            lock.unlock()
            if stopping { break }
            for (id, response) in done { respond(id, response) }

            let now = Self.now()
            expire(now: now)
            let ids = Array(connections.keys)
            var fds: [pollfd] = [pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
            let accepting = now >= acceptPausedUntil && (connections.count < maxConnections || hasEvictable)
            if accepting { fds.append(pollfd(fd: listener, events: Int16(POLLIN), revents: 0)) }
            var polled: [UInt64] = []
            var nearest = now + 1
            if !accepting { nearest = min(nearest, max(acceptPausedUntil, now + 0.05)) }
            for id in ids {
                guard let c = connections[id] else { continue }
                nearest = min(nearest, c.deadline)
                switch c.phase {
                case .reading: fds.append(pollfd(fd: c.fd, events: Int16(POLLIN), revents: 0)); polled.append(id)
                case .writing: fds.append(pollfd(fd: c.fd, events: Int16(POLLOUT), revents: 0)); polled.append(id)
                case .draining: fds.append(pollfd(fd: c.fd, events: Int16(POLLIN), revents: 0)); polled.append(id)
                case .handling: break
                }
            }
            let timeout = Int32(max(0, min(1000, (nearest - now) * 1000)).rounded(.up))
            let ready = poll(&fds, nfds_t(fds.count), timeout)
            if ready < 0 {
                if errno == EINTR { continue }
                usleep(10_000)
                continue
            }
            if fds[0].revents != 0 { drainWake() }
            var index = 1
            if accepting {
                if fds[1].revents != 0 { acceptAll() }
                index = 2
            }
            for id in polled {
                let revents = fds[index].revents
                index += 1
                guard revents != 0, let phase = connections[id]?.phase else { continue }
                switch phase {
                case .reading: readMore(id, buffer: &buffer)
                case .writing: writeMore(id)
                case .draining: drain(id, buffer: &buffer)
                case .handling: break
                }
            }
        }
        for (_, c) in connections { close(c.fd) }
        connections.removeAll()
        workers.stop()
        close(listener)
        close(wakeRead)
        lock.lock()
        loopEnded = true
        close(wakeWrite)
        let waiting = waiters
        waiters.removeAll()
        lock.unlock()
        for w in waiting { w.resume() }
    }

    private func drainWake() {
        var scratch = [UInt8](repeating: 0, count: 256)
        while read(wakeRead, &scratch, scratch.count) > 0 {}
    }

    /// A connection that may be closed to make room: one waiting for a request (idle or slow), not one being
    /// answered.
    private var hasEvictable: Bool {
        connections.values.contains { $0.phase == .reading || $0.phase == .draining }
    }

    @discardableResult
    private func evictOldest() -> Bool {
        guard let (id, _) = connections.filter({ $0.value.phase == .reading || $0.value.phase == .draining })
            .min(by: { $0.value.since < $1.value.since })
        else { return false }
        drop(id)
        return true
    }

    private func acceptAll() {
        for _ in 0..<64 {
            if connections.count >= maxConnections, !evictOldest() { return }
            let fd = accept(listener, nil, nil)
            if fd < 0 {
                switch errno {
                case EAGAIN, EWOULDBLOCK:
                    return
                case EINTR, ECONNABORTED, EPROTO:
                    continue
                case EMFILE, ENFILE, ENOBUFS, ENOMEM:
                    // Out of descriptors (the builds hold some too): make room, or wait a moment and go on serving.
                    if evictOldest() { continue }
                    acceptPausedUntil = Self.now() + 0.1
                    return
                default:
                    acceptPausedUntil = Self.now() + 0.1
                    return
                }
            }
            Self.makeNonBlocking(fd)
            let now = Self.now()
            nextID += 1
            connections[nextID] = Connection(fd: fd, reader: HTTPHeadReader(limits: settings.limits),
                                             deadline: now + settings.headTimeout, since: now)
        }
    }

    private func readMore(_ id: UInt64, buffer: inout [UInt8]) {
        guard var c = connections[id] else { return }
        let n = recv(c.fd, &buffer, buffer.count, 0)
        if n == 0 { return drop(id) }
        if n < 0 {
            if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { return }
            return drop(id)
        }
        c.input.append(contentsOf: buffer[0..<n])
        connections[id] = c
        process(id)
    }

    /// Looks for a complete head in what was read: answers a violation, or hands the request to the handler.
    private func process(_ id: UInt64) {
        guard var c = connections[id], c.phase == .reading, !c.input.isEmpty else { return }
        switch c.reader.scan(c.input) {
        case .incomplete:
            connections[id] = c
        case .reject(let status, let message):
            connections[id] = c
            send(id, PreviewResponse.text(status, message), close: true)
        case .complete(let length):
            let head = c.input[0..<length]
            c.input.removeFirst(length)
            c.reader = HTTPHeadReader(limits: settings.limits)
            switch HTTPHeadReader.parse(head) {
            case .failure(let rejection):
                connections[id] = c
                send(id, PreviewResponse.text(rejection.status, rejection.message), close: true)
            case .success(let request):
                c.phase = .handling
                // The handler answers in well under a second; one that does not is given up with its connection.
                c.deadline = Self.now() + settings.writeTimeout
                c.closeAfterWrite = !request.keepAlive || request.hasBody
                connections[id] = c
                let handler = self.handler
                workers.submit { [self] in
                    let response = handler(request)
                    finish(id, request.method == "HEAD" ? response.headOnly() : response)
                }
            }
        }
    }

    private func respond(_ id: UInt64, _ response: PreviewResponse) {
        guard let c = connections[id], c.phase == .handling else { return }
        send(id, response, close: c.closeAfterWrite)
    }

    private func send(_ id: UInt64, _ response: PreviewResponse, close: Bool) {
        guard var c = connections[id] else { return }
        c.output = response.encoded(close: close)
        c.written = 0
        c.closeAfterWrite = close
        c.phase = .writing
        c.deadline = Self.now() + settings.writeTimeout
        connections[id] = c
        writeMore(id)
    }

    private func writeMore(_ id: UInt64) {
        guard var c = connections[id] else { return }
        while c.written < c.output.count {
            let offset = c.written
            let n = c.output.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Glibc.send(c.fd, base + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
            }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK { break }
                return drop(id)
            }
            c.written += n
            c.deadline = Self.now() + settings.writeTimeout
        }
        guard c.written >= c.output.count else {
            connections[id] = c
            return
        }
        if c.closeAfterWrite {
            // Half-close, then drop what the client still sends for a moment before closing.
            shutdown(c.fd, Int32(SHUT_WR))
            c.phase = .draining
            c.output = []
            c.input = []
            c.written = 0
            c.deadline = Self.now() + 1
            connections[id] = c
            return
        }
        let now = Self.now()
        c.phase = .reading
        c.output = []
        c.written = 0
        c.deadline = now + settings.headTimeout
        c.since = now
        connections[id] = c
        // A pipelined request may already be in the buffer.
        process(id)
    }

    private func drain(_ id: UInt64, buffer: inout [UInt8]) {
        guard var c = connections[id] else { return }
        let n = recv(c.fd, &buffer, buffer.count, 0)
        if n < 0, errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { return }
        // Closed by the client, failed, or over 1 MiB dropped: close.
        c.written += max(0, n)
        if n <= 0 || c.written > 1 << 20 { return drop(id) }
        connections[id] = c
    }

    private func expire(now: Double) {
        for (id, c) in connections where c.deadline <= now {
            if c.phase == .reading && !c.input.isEmpty {
                // A head that never completed: say so (best effort, once) and close.
                let bytes = PreviewResponse.text(408, "Permintaan tidak selesai dikirim.").encoded(close: true)
                _ = bytes.withUnsafeBytes { raw in
                    raw.baseAddress.map { Glibc.send(c.fd, $0, raw.count, Int32(MSG_NOSIGNAL)) }
                }
            }
            drop(id)
        }
    }

    private func drop(_ id: UInt64) {
        guard let c = connections.removeValue(forKey: id) else { return }
        close(c.fd)
    }
}


/// A fixed set of threads that run submitted jobs in order of arrival.
final class WorkerThreads: @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [@Sendable () -> Void] = []
    private var head = 0
    private var stopped = false

    init(count: Int, name: String) {
        for i in 0..<count {
            let thread = Thread { [self] in work() }
            thread.name = "\(name)-\(i)"
            thread.start()
        }
    }

    func submit(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        if !stopped {
            jobs.append(job)
            condition.signal()
        }
        condition.unlock()
    }

    /// Drops the jobs not started; each thread ends after its current job.
    func stop() {
        condition.lock()
        stopped = true
        jobs.removeAll()
        head = 0
        condition.broadcast()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while head == jobs.count && !stopped { condition.wait() }
            if stopped {
                condition.unlock()
                return
            }
            let job = jobs[head]
            head += 1
            if head == jobs.count {
                jobs.removeAll(keepingCapacity: true)
                head = 0
            }
            condition.unlock()
            job()
        }
    }
}
