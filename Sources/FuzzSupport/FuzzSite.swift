#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import StandarKit

/// A scratch site for the libFuzzer targets: `content/_index.md`, one OPD and one service file whose bytes each
/// fuzz input replaces. Written with POSIX calls (no fsync): thousands of inputs a second go through it.
public struct FuzzSite: Sendable {
    public let root: String
    public static let servicePath = "content/fuzz/layanan.md"
    public static let today = SimpleDate(year: 2026, month: 11, day: 22) ?? SimpleDate(dayNumber: 0)

    public init(name: String) {
        root = "/tmp/standar-fuzz-\(name)-\(getpid())"
        for folder in [root, root + "/content", root + "/content/fuzz"] { mkdir(folder, 0o755) }
        write("content/_index.md", Array("---\njudul: Situs Uji Fuzz\npemda: Kota Uji\n---\nSitus uji.\n".utf8))
        write("content/fuzz/_index.md", Array("---\nnama: Dinas Uji\nsingkatan: DU\n---\nProfil.\n".utf8))
        write(Self.servicePath, [])
    }

    /// Replaces the service file with `bytes`.
    public func setService(_ bytes: UnsafeBufferPointer<UInt8>) {
        write(Self.servicePath, bytes)
    }

    public func write(_ path: String, _ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write(path, $0) }
    }

    public func write(_ path: String, _ bytes: UnsafeBufferPointer<UInt8>) {
        let fd = open(root + "/" + path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count, let base = bytes.baseAddress {
            let n = systemWrite(fd, base + offset, bytes.count - offset)
            if n <= 0 { return }
            offset += n
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
