import Foundation

/// Change history of the standards from the site's git history: one `git log` pass over the whole content tree
/// (as Hugo's `enableGitInfo` does, not a process per file) and one `git cat-file --batch` process for the old
/// versions. Changes that matter to citizens — fee, time, requirements added or removed, product — are found
/// by comparing the recognized components of successive versions.
public struct GitHistory: Sendable {
    /// One dated change of one standard.
    public struct Change: Sendable, Equatable {
        public var file: String
        public var date: SimpleDate
        public var commit: String
        /// What changed, in Bahasa Indonesia ("Biaya: Rp 10.000 → Gratis").
        public var items: [String]
    }

    /// Changes per service file, newest first.
    public var changes: [String: [Change]] = [:]
    /// Why there is no history (no git, shallow clone), said once by the build; nil when there is one.
    public var unavailable: String?
    /// Identifies the history, for the build cache.
    public var digest: UInt64 = 0

    /// Versions read per file at most (the newest).
    public static let maxVersions = 30

    public static func load(root: String) -> GitHistory {
        var history = GitHistory()
        guard let shallow = run(["rev-parse", "--is-shallow-repository"], root: root) else {
            history.unavailable = "situs ini bukan repositori git: riwayat perubahan tidak ditampilkan"
            return history
        }
        if String(decoding: shallow, as: UTF8.self).hasPrefix("true") {
            history.unavailable = "repositori git ini klon dangkal (shallow): riwayat perubahan tidak ditampilkan"
            return history
        }
        guard let log = run(["log", "--relative", "--no-renames", "--format=%x1e%H %cs", "--name-only", "--", "content/"], root: root) else {
            history.unavailable = "riwayat git tidak dapat dibaca: riwayat perubahan tidak ditampilkan"
            return history
        }
        // file -> versions, newest first.
        var versions: [String: [(commit: String, date: SimpleDate)]] = [:]
        for record in String(decoding: log, as: UTF8.self).split(separator: "\u{1E}") {
            let lines = record.split(separator: "\n")
            guard let head = lines.first else { continue }
            let parts = head.split(separator: " ")
            guard parts.count == 2, let date = SimpleDate(String(parts[1])) else { continue }
            for line in lines.dropFirst() {
                let path = String(line)
                let segments = path.split(separator: "/")
                guard segments.count == 3, segments[0] == "content", path.hasSuffix(".md"),
                      segments[2] != "_index.md", segments[2] != "maklumat.md" else { continue }
                if versions[path, default: []].count < maxVersions {
                    versions[path, default: []].append((String(parts[0]), date))
                }
            }
        }
        var h = FNV64()
        h.add(String(decoding: log, as: UTF8.self))
        history.digest = h.value
        let wanted = versions.filter { $0.value.count > 1 }
        guard !wanted.isEmpty else { return history }
        var requests: [(file: String, index: Int)] = []
        var input = ""
        for (file, list) in wanted.sorted(by: { $0.key < $1.key }) {
            for (i, v) in list.enumerated() {
                requests.append((file, i))
                input += "\(v.commit):./\(file)\n"
            }
        }
        guard let output = run(["cat-file", "--batch"], root: root, input: Array(input.utf8)) else {
            history.unavailable = "riwayat git tidak dapat dibaca: riwayat perubahan tidak ditampilkan"
            return history
        }
        let blobs = parseBatch(output, count: requests.count)
        var texts: [String: [String?]] = [:]
        for (r, blob) in zip(requests, blobs) {
            texts[r.file, default: Array(repeating: nil, count: wanted[r.file]?.count ?? 0)][r.index] = blob.map { String(decoding: $0, as: UTF8.self) }
        }
        for (file, list) in wanted {
            guard let bodies = texts[file] else { continue }
            let facts = bodies.map { $0.map { Facts(text: $0, file: file) } }
            var out: [Change] = []
            // Each version against the one before it (list is newest first).
            for i in 0..<(list.count - 1) {
                guard let new = facts[i] ?? nil, let old = facts[i + 1] ?? nil else { continue }
                let items = new.differences(from: old)
                if !items.isEmpty { out.append(Change(file: file, date: list[i].date, commit: list[i].commit, items: items)) }
            }
            if !out.isEmpty { history.changes[file] = out }
        }
        return history
    }

    /// The components of one version that matter to citizens.
    struct Facts {
        var fee: String
        var duration: String
        var product: String
        var requirements: [String]

        init(text: String, file: String) {
            let split = FrontMatterSplit.split(text)
            let fm = FrontMatterReader.shared.read(split, schema: FrontMatterSchema.service, file: file)
            let parts = file.split(separator: "/")
            let (standard, _) = StandardBuilder(cache: HeadingMatchCache()).build(
                file: file, opd: parts.count > 1 ? String(parts[1]) : "", slug: "", frontMatter: fm,
                markdown: MarkdownParser.parse(split.body), bodyLineOffset: split.bodyStartLine - 1, lastLine: 1)
            let summary = ServiceSummary(standard, required: ComponentID.allCases)
            fee = summary.feeShort
            duration = summary.durationShort
            product = summary.produk
            requirements = (standard.component(.persyaratan)?.plainText ?? "").split(separator: "\n")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }

        func differences(from old: Facts) -> [String] {
            var items: [String] = []
            func arrow(_ a: String, _ b: String) -> String { "\(a.isEmpty ? "(kosong)" : a) → \(b.isEmpty ? "(kosong)" : b)" }
            if fee != old.fee { items.append("Biaya: " + arrow(old.fee, fee)) }
            if duration != old.duration { items.append("Waktu penyelesaian: " + arrow(old.duration, duration)) }
            if product != old.product { items.append("Produk: " + arrow(old.product, product)) }
            let before = Set(old.requirements), after = Set(requirements)
            for r in requirements where !before.contains(r) { items.append("Persyaratan ditambah: " + r) }
            for r in old.requirements where !after.contains(r) { items.append("Persyaratan dihapus: " + r) }
            return items
        }
    }

    /// Splits `git cat-file --batch` output into `count` objects (nil for a missing one).
    static func parseBatch(_ bytes: [UInt8], count: Int) -> [[UInt8]?] {
        var out: [[UInt8]?] = []
        var i = 0
        while out.count < count, i < bytes.count {
            guard let nl = bytes[i...].firstIndex(of: 0x0A) else { break }
            let header = String(decoding: bytes[i..<nl], as: UTF8.self).split(separator: " ")
            i = nl + 1
            guard header.count == 3, let size = Int(header[2]), i + size <= bytes.count else {
                out.append(nil)
                continue
            }
            out.append(Array(bytes[i..<(i + size)]))
            i += size + 1
        }
        while out.count < count { out.append(nil) }
        return out
    }

    /// Runs git in `root`; nil when git is missing or fails. POSIX calls, not Foundation's `Process`/`Pipe`:
    /// `Pipe()` traps when no descriptor is left (`standar serve` under a low limit), this returns nil.
    static func run(_ arguments: [String], root: String, input: [UInt8]? = nil) -> [UInt8]? {
        var output: [Int32] = [-1, -1]
        guard pipe(&output) == 0 else { return nil }
        // The input goes through an unlinked temporary file: no writer thread, and no SIGPIPE should git exit early.
        var inputFD: Int32 = -1
        if let input {
            var template = Array((NSTemporaryDirectory() + "/standar-git-XXXXXX").utf8CString)
            inputFD = template.withUnsafeMutableBufferPointer { buf -> Int32 in
                guard let base = buf.baseAddress else { return -1 }
                let fd = mkstemp(base)
                if fd >= 0 { unlink(base) }
                return fd
            }
            var done = 0
            while inputFD >= 0, done < input.count {
                let n = input.withUnsafeBytes { raw -> Int in
                    guard let base = raw.baseAddress else { return -1 }
                    return write(inputFD, base + done, input.count - done)
                }
                if n < 0, errno == EINTR { continue }
                if n <= 0 { close(inputFD); inputFD = -1; break }
                done += n
            }
            guard inputFD >= 0, lseek(inputFD, 0, SEEK_SET) == 0 else {
                if inputFD >= 0 { close(inputFD) }
                close(output[0]); close(output[1])
                return nil
            }
        }
        defer { if inputFD >= 0 { close(inputFD) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        if inputFD >= 0 {
            posix_spawn_file_actions_adddup2(&actions, inputFD, 0)
            posix_spawn_file_actions_addclose(&actions, inputFD)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_addclose(&actions, output[0])
        posix_spawn_file_actions_addclose(&actions, output[1])
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        environment["LC_ALL"] = "C"
        let argv = ["git", "-C", root] + arguments
        let env = environment.map { "\($0.key)=\($0.value)" }
        var pid = pid_t()
        let cArgv = argv.map { strdup($0) } + [nil]
        let cEnv = env.map { strdup($0) } + [nil]
        defer { for p in cArgv + cEnv { free(p) } }
        let spawned = posix_spawnp(&pid, "git", &actions, nil, cArgv, cEnv)
        close(output[1])
        guard spawned == 0 else {
            close(output[0])
            return nil
        }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(output[0], $0.baseAddress, 65536) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            data += buffer[0..<n]
        }
        close(output[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // Exited normally with status 0.
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else { return nil }
        return data
    }
}

extension GitHistory {
    /// Atom entries for the newest changes (at most 20), one per change of one standard.
    static func feedEntries(_ model: SiteModel, atomDate: (SimpleDate?) -> String) -> String {
        var out = ""
        for (c, i) in model.serviceChanges().prefix(20) {
            let s = model.services[i]
            let opd = model.opd(of: i)
            out += "  <entry>\n"
            out += "    <title>Perubahan: \(HTMLEscaper.text(s.judul)) — \(HTMLEscaper.text(opd.singkatan ?? opd.nama))</title>\n"
            out += "    <id>urn:standar:perubahan:\(HTMLEscaper.text(c.commit)):\(s.opd):\(s.slug)</id>\n"
            if let url = model.absolute(s.path) { out += "    <link href=\"\(HTMLEscaper.attribute(url))\"/>\n" }
            out += "    <updated>\(atomDate(c.date))</updated>\n"
            out += "    <summary>\(HTMLEscaper.text("Diubah \(c.date.indonesian). " + c.items.joined(separator: "; ") + "."))</summary>\n"
            out += "  </entry>\n"
        }
        return out
    }
}
