import Testing
@testable import StandarKit

/// `FileSystem.read` stops at the size `fstat` gave when a read ends one byte short of what was asked: the
/// whole file must still come back, at every size around the buffer's edges, and limits must still hold.
@Suite struct FileReadTests {
    @Test func readsWholeFilesOfEverySize() throws {
        let site = try TemporarySite()
        var generator = TestSeed.generator(0xF11E)
        for size in [0, 1, 2, 15, 16, 4095, 4096, 4097, 65_536, 200_001] {
            let bytes = (0..<size).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            try site.write("f\(size).bin", bytes: bytes)
            guard case .bytes(let read) = FileSystem.read(site.root + "/f\(size).bin", limit: 1 << 20) else {
                Issue.record("file of \(size) bytes not read")
                continue
            }
            #expect(read == bytes, "file of \(size) bytes")
        }
    }

    @Test func refusesFilesOverTheLimit() throws {
        let site = try TemporarySite()
        try site.write("besar.bin", bytes: [UInt8](repeating: 7, count: 1000))
        guard case .tooLarge(let size) = FileSystem.read(site.root + "/besar.bin", limit: 999) else {
            Issue.record("a file over the limit was read")
            return
        }
        #expect(size == 1000)
        guard case .bytes(let read) = FileSystem.read(site.root + "/besar.bin", limit: 1000) else {
            Issue.record("a file at the limit was not read")
            return
        }
        #expect(read.count == 1000)
    }

    @Test func readsWhatIsNotARegularFile() throws {
        // A character device has no size to trust: it is read until `read` returns 0.
        guard case .bytes(let read) = FileSystem.read("/dev/null", limit: 10) else {
            Issue.record("/dev/null not read")
            return
        }
        #expect(read.isEmpty)
        guard case .failed = FileSystem.read("/tidak/ada/berkas.md", limit: 10) else {
            Issue.record("a missing file was read")
            return
        }
    }
}
