import Foundation
import Testing
@testable import StandarKit

/// Runs the built `standar` binary (built next to the test bundle by `swift build --build-tests`).
enum CLI {
    static var binary: String? {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("standar").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let fromSource = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/standar").path
        return FileManager.default.isExecutableFile(atPath: fromSource) ? fromSource : nil
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], in directory: String, environment: [String: String] = [:],
                    binary other: String? = nil) throws -> Output {
        let binary = try #require(other ?? binary, "the standar binary is not built; run `swift build --build-tests` first")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A process started without waiting for it, and the output it writes as it arrives (preview and lock tests).
extension CLI {
    /// Bytes collected from a pipe by its reader thread, read by the test.
    final class Collected: Sendable {
        private let data = Locked(Data())
        func append(_ d: Data) { data.withLock { $0.append(d) } }
        var text: String { String(decoding: data.value, as: UTF8.self) }
    }

    /// Starts `standar` without waiting for it.
    static func launch(_ arguments: [String], in directory: String) throws -> (Process, Collected, Collected) {
        let binary = try #require(binary, "the standar binary is not built; run `swift build --build-tests` first")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdout = Collected(), stderr = Collected()
        out.fileHandleForReading.readabilityHandler = { stdout.append($0.availableData) }
        err.fileHandleForReading.readabilityHandler = { stderr.append($0.availableData) }
        try process.run()
        return (process, stdout, stderr)
    }

    /// Waits until `process` has ended, or `seconds` have passed.
    static func waitForExit(_ process: Process, seconds: Double) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
    }
}

@Suite struct CLITests {
    let today = "--today=2026-11-22"

    /// `standar aturan` lists every registered id whole, each at the start of its line, with its level.
    @Test func aturanListsEveryIdWhole() throws {
        let site = try Fixtures.site()
        let r = try CLI.run(["aturan"], in: site.root)
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == RuleRegistry.all.count)
        for (line, rule) in zip(lines, RuleRegistry.all) {
            let words = line.split(separator: " ", maxSplits: 2)
            #expect(words.first.map(String.init) == rule.id, "\(line)")
            #expect(words.dropFirst().first.map(String.init) == (rule.severity == .error ? "galat" : "peringatan"), "\(line)")
        }
    }

    /// The executable runs on mimalloc (Sources/CMimalloc): a linker that dropped the library as unused would
    /// silently bring back glibc's allocator and its cost (a sixth of a build's CPU).
    @Test func executableRunsOnMimalloc() throws {
        let site = try Fixtures.site()
        let r = try CLI.run(["--version"], in: site.root, environment: ["MIMALLOC_VERBOSE": "1"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("mimalloc: process init"), "\(r.stderr)")
    }

    @Test func cleanSiteExitsZero() throws {
        let site = try Fixtures.site()
        let r = try CLI.run(["check", today], in: site.root)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("disdukcapil"))
        #expect(r.stdout.contains("0 galat, 0 peringatan"))
    }

    @Test func errorsExitOneWithCompilerStyleLines() throws {
        let site = try Fixtures.site(["akta-kelahiran": Fixtures.standard(omit: [.biaya])])
        let r = try CLI.run(["check", today], in: site.root)
        #expect(r.status == 1)
        #expect(r.stdout.contains("content/disdukcapil/akta-kelahiran.md:24:1: error: komponen \"Biaya/Tarif\" tidak ada [missing-component]"))
        #expect(r.stdout.contains("    saran: "))
    }

    @Test func warningsPassUnlessStrict() throws {
        let site = try Fixtures.site(["a": Fixtures.standard(replace: [.biaya: "Sesuai ketentuan"])])
        #expect(try CLI.run(["check", today], in: site.root).status == 0)
        #expect(try CLI.run(["check", "--strict", today], in: site.root).status == 1)
    }

    @Test func jsonFormat() throws {
        let site = try Fixtures.site(["akta-kelahiran": Fixtures.standard(omit: [.biaya])])
        let r = try CLI.run(["check", "--format", "json", today], in: site.root)
        #expect(r.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["files": 3, "services": 1, "errors": 1, "warnings": 0])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0]["file"] as? String == "content/disdukcapil/akta-kelahiran.md")
        #expect(diagnostics[0]["rule"] as? String == "missing-component")
        #expect(diagnostics[0]["component"] as? String == "biaya")
        #expect(diagnostics[0]["severity"] as? String == "error")
        #expect(diagnostics[0]["line"] as? Int == 24)
        #expect(diagnostics[0]["column"] as? Int == 1)
        #expect(diagnostics[0]["hint"] is String)
        #expect(diagnostics[0]["message"] is String)
    }

    @Test func githubFormat() throws {
        let site = try Fixtures.site(["akta-kelahiran": Fixtures.standard(omit: [.biaya])])
        let r = try CLI.run(["check", "--format", "github", today], in: site.root)
        #expect(r.status == 1)
        #expect(r.stdout.contains("::error file=content/disdukcapil/akta-kelahiran.md,line=24,col=1,title=missing-component::"))
    }

    @Test func cannotRunExitsTwo() throws {
        let empty = NSTemporaryDirectory() + "standar-empty-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        let r = try CLI.run(["check"], in: empty)
        #expect(r.status == 2)
        #expect(r.stderr.contains("content/"))
        let bad = try CLI.run(["check", "--format", "xml"], in: empty)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("Galat"))
    }

    @Test func helpIsIndonesian() throws {
        let r = try CLI.run(["--help"], in: NSTemporaryDirectory())
        #expect(r.status == 0)
        #expect(r.stdout.contains("PEMAKAIAN:"))
        #expect(r.stdout.contains("check"))
        #expect(!r.stdout.contains("USAGE:"))
        let sub = try CLI.run(["check", "--help"], in: NSTemporaryDirectory())
        #expect(sub.stdout.contains("Periksa kelengkapan"))
        #expect(sub.stdout.contains("Tampilkan bantuan ini."))
    }

    @Test func buildCommand() throws {
        let site = try Fixtures.site()
        let ok = try CLI.run(["build", today], in: site.root)
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("Situs dibangun di public/: 1 standar"))
        #expect(FileManager.default.fileExists(atPath: site.root + "/public/disdukcapil/akta-kelahiran/index.html"))
        try site.write("content/disdukcapil/akta-kelahiran.md", Fixtures.standard(omit: [.biaya]))
        let failed = try CLI.run(["build", today], in: site.root)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("[missing-component]"))
        #expect(failed.stderr.contains("--allow-incomplete"))
        #expect(failed.stderr.contains("Folder public/ tidak diubah"))
        let page = try String(contentsOfFile: site.root + "/public/disdukcapil/akta-kelahiran/index.html", encoding: .utf8)
        #expect(!page.contains("belum lengkap:"))
        let allowed = try CLI.run(["build", "--allow-incomplete", "--output", "keluaran", today], in: site.root)
        #expect(allowed.status == 0)
        #expect(allowed.stdout.contains("1 standar belum lengkap"))
        let bad = try CLI.run(["build", "--base-url", "ftp://x"], in: site.root)
        #expect(bad.status == 2)
    }

    /// The build cache is the running binary's own: another build of Standar (here a copy of the binary, a new
    /// file with the same version) rebuilds the whole site instead of reusing pages the old one wrote.
    @Test func anotherBinaryDoesNotReuseTheBuildCache() throws {
        let site = try Fixtures.site()
        let binary = try #require(CLI.binary)
        let copy = site.root + "/standar-lain"
        try FileManager.default.copyItem(atPath: binary, toPath: copy)
        let first = try CLI.run(["build", today], in: site.root)
        #expect(first.stdout.contains("Situs dibangun di public/"), "\(first.stdout)\(first.stderr)")
        let again = try CLI.run(["build", today], in: site.root)
        #expect(again.stdout.contains("Situs diperbarui di public/"), "\(again.stdout)\(again.stderr)")
        let other = try CLI.run(["build", today], in: site.root, binary: copy)
        #expect(other.status == 0, "\(other.stderr)")
        #expect(other.stdout.contains("Situs dibangun di public/"), "\(other.stdout)")
        // The copy's own cache is then reused by the copy.
        let otherAgain = try CLI.run(["build", today], in: site.root, binary: copy)
        #expect(otherAgain.stdout.contains("Situs diperbarui di public/"), "\(otherAgain.stdout)")
    }

    @Test func demoSitePassesStrict() throws {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let r = try CLI.run(["check", "--strict", today], in: repo)
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.contains("0 galat, 0 peringatan"))
    }
}
