import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the files of `standar init` and `standar new`. It never overwrites: every target is checked before
/// anything is written, and each file is created with `O_EXCL`, so a file that appears in between is left alone.
public enum Scaffolder {
    /// Why a scaffold was refused, in Bahasa Indonesia, with a hint.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public enum Kind: Sendable, Equatable {
            /// Bad input (a slug, a target): nothing was written.
            case invalid
            /// A file that would be written already exists: nothing was written.
            case exists
            /// The site folder has no content/, or a file could not be written.
            case cannotRun
        }
        public var kind: Kind
        public var message: String
        public var hint: String?
        public var description: String { message }
    }

    /// What `standar new` was asked for.
    public struct Target: Sendable, Equatable {
        public var opd: String
        /// nil for a new OPD.
        public var service: String?
    }

    /// Parses "<opd>/<layanan>" or "<opd>"; a leading "content/" and a trailing ".md" are accepted.
    public static func parseTarget(_ text: String) throws(Failure) -> Target {
        var t = text.trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("./") { t.removeFirst(2) }
        if t.hasPrefix("content/") { t.removeFirst("content/".count) }
        while t.hasSuffix("/") { t.removeLast() }
        if t.hasSuffix(".md") { t.removeLast(3) }
        let parts = t.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard (1...2).contains(parts.count) else {
            throw Failure(kind: .invalid, message: "\"\(text)\" bukan alamat standar yang sah",
                          hint: "tulis <opd>/<layanan>, misalnya disdukcapil/akta-kelahiran, atau <opd> saja untuk OPD baru")
        }
        try checkSlug(parts[0], what: "OPD")
        if ContentScanner.reservedSlugs.contains(parts[0]) {
            throw Failure(kind: .invalid, message: "nama OPD \"\(parts[0])\" sudah dipakai oleh halaman situs /\(parts[0])/",
                          hint: "pakai nama lain, misalnya \"\(parts[0])-opd\" atau singkatan OPD")
        }
        if parts.count == 2 {
            try checkSlug(parts[1], what: "layanan")
            return Target(opd: parts[0], service: parts[1])
        }
        return Target(opd: parts[0], service: nil)
    }

    static func checkSlug(_ slug: String, what: String) throws(Failure) {
        guard let problem = Slug.problem(slug) else { return }
        throw Failure(kind: .invalid, message: "nama \(what) \"\(slug)\" tidak bisa dipakai sebagai alamat: \(problem)",
                      hint: "pakai \"\(Slug.suggest(slug))\" (huruf kecil, angka dan tanda -)")
    }

    /// Creates a new site in `folder` (created when missing). Returns the site-relative paths written.
    public static func initSite(at folder: String, pemda: String?, today: SimpleDate) throws(Failure) -> [String] {
        let files = SiteTemplate.files(pemda: pemda, today: today)
        if FileSystem.kind(atPath: folder + "/content") != .missing {
            throw Failure(kind: .exists, message: folder == "." ? "folder ini sudah berisi situs (content/ sudah ada)"
                                : "\(folder)/content sudah ada: folder itu sudah berisi situs",
                          hint: "pakai folder lain atau folder kosong, misalnya: standar init situs-standar")
        }
        try refuseExisting(files.map { folder + "/" + $0.path }, root: folder)
        try write(files, root: folder)
        return files.map(\.path)
    }

    /// Creates a new standard (and its OPD when the OPD does not exist yet) or a new OPD in the site at `root`.
    /// `judul` is the standard's title, or the OPD's name for a new OPD. Returns the site-relative paths written.
    public static func create(_ target: Target, in root: String, judul: String?) throws(Failure) -> [String] {
        guard FileSystem.resolvedKind(atPath: root + "/content") == .directory else {
            throw Failure(kind: .cannotRun, message: "folder content/ tidak ditemukan di \(root == "." ? "folder ini" : root)",
                          hint: "jalankan perintah di folder situs (yang berisi content/), pakai --site <folder>, atau buat situs baru dengan: standar init <folder>")
        }
        let title = judul.map { $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
            .flatMap { $0.isEmpty ? nil : $0 }
        var files: [(path: String, text: String)] = []
        let opdIndex = "content/\(target.opd)/_index.md"
        let opdFolderKind = FileSystem.resolvedKind(atPath: root + "/content/" + target.opd)
        if opdFolderKind != .missing && opdFolderKind != .directory {
            throw Failure(kind: .exists, message: "content/\(target.opd) sudah ada tetapi bukan folder",
                          hint: "pindahkan atau ganti nama berkas itu lebih dulu")
        }
        if let sibling = caseInsensitiveMatch(target.opd, in: root + "/content") {
            throw Failure(kind: .exists, message: "sudah ada folder OPD \"\(sibling)\" yang hanya berbeda huruf besar-kecilnya",
                          hint: "pakai folder itu, atau ganti namanya menjadi \"\(Slug.suggest(sibling))\" lebih dulu")
        }
        let hasOPDIndex = FileSystem.kind(atPath: root + "/" + opdIndex) != .missing
        if let service = target.service {
            let path = "content/\(target.opd)/\(service).md"
            if FileSystem.kind(atPath: root + "/" + path) != .missing {
                throw Failure(kind: .exists, message: "\(path) sudah ada dan tidak ditimpa",
                              hint: "buka berkas itu untuk mengubahnya, atau pilih nama lain, misalnya \(target.opd)/\(service)-2")
            }
            if opdFolderKind == .directory, let sibling = caseInsensitiveMatch(service + ".md", in: root + "/content/" + target.opd) {
                throw Failure(kind: .exists, message: "sudah ada berkas \"\(sibling)\" yang hanya berbeda huruf besar-kecilnya",
                              hint: "buka berkas itu, atau pilih nama lain")
            }
            if !hasOPDIndex {
                files.append((opdIndex, StandardTemplate.opd(nama: StandardTemplate.title(fromSlug: target.opd))))
            }
            files.append((path, StandardTemplate.service(judul: title ?? StandardTemplate.title(fromSlug: service))))
        } else {
            if hasOPDIndex {
                throw Failure(kind: .exists, message: "\(opdIndex) sudah ada dan tidak ditimpa",
                              hint: "buka berkas itu untuk mengubahnya; untuk standar baru tulis: standar new \(target.opd)/<layanan>")
            }
            files.append((opdIndex, StandardTemplate.opd(nama: title ?? StandardTemplate.title(fromSlug: target.opd))))
        }
        // A new OPD gets its maklumat pelayanan to fill in (signatory and date left empty: `check` asks for them).
        if !hasOPDIndex, FileSystem.kind(atPath: root + "/content/\(target.opd)/maklumat.md") == .missing {
            files.append(("content/\(target.opd)/maklumat.md", StandardTemplate.maklumat()))
        }
        try refuseExisting(files.map { root + "/" + $0.path }, root: root)
        try write(files, root: root)
        return files.map(\.path)
    }

    /// A name in `folder` equal to `name` except for case (two such names are a `duplicate-slug` error).
    static func caseInsensitiveMatch(_ name: String, in folder: String) -> String? {
        let lower = name.lowercased()
        return FileSystem.list(folder)?.first { $0 != name && $0.lowercased() == lower }
    }

    static func refuseExisting(_ paths: [String], root: String) throws(Failure) {
        for path in paths where FileSystem.kind(atPath: path) != .missing {
            throw Failure(kind: .exists, message: "\(relative(path, root: root)) sudah ada dan tidak ditimpa",
                          hint: "pindahkan atau ganti nama berkas itu lebih dulu, atau pakai folder lain")
        }
    }

    static func write(_ files: [(path: String, text: String)], root: String) throws(Failure) {
        for file in files {
            let full = root + "/" + file.path
            try makeDirectories(parentOf: full, root: root)
            let fd = open(full, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                let reason = String(cString: strerror(errno))
                if errno == EEXIST {
                    throw Failure(kind: .exists, message: "\(file.path) sudah ada dan tidak ditimpa", hint: nil)
                }
                throw Failure(kind: .cannotRun, message: "\(file.path) tidak dapat dibuat: \(reason)",
                              hint: "periksa izin tulis folder \(display(root))")
            }
            defer { close(fd) }
            if let reason = FileSystem.writeAll(fd, Array(file.text.utf8)) {
                throw Failure(kind: .cannotRun, message: "\(file.path) tidak dapat ditulis: \(reason)",
                              hint: "periksa ruang disk dan izin tulis")
            }
        }
    }

    static func makeDirectories(parentOf path: String, root: String) throws(Failure) {
        let components = path.split(separator: "/").dropLast().map(String.init)
        var dir = path.hasPrefix("/") ? "" : "."
        for component in components {
            dir = dir == "." ? component : dir + "/" + component
            if component == "." { continue }
            if FileSystem.resolvedKind(atPath: dir) == .directory { continue }
            if mkdir(dir, 0o755) != 0, errno != EEXIST {
                throw Failure(kind: .cannotRun, message: "folder \(relative(dir, root: root)) tidak dapat dibuat: \(String(cString: strerror(errno)))",
                              hint: "periksa izin tulis")
            }
        }
    }

    static func relative(_ path: String, root: String) -> String {
        path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }

    static func display(_ folder: String) -> String {
        folder == "." ? "folder ini" : folder
    }
}
