import Foundation
import Testing
@testable import StandarKit

#if canImport(Glibc)
import Glibc
#endif

/// Two builds of one output, in two processes (issue 9): the second waits for the first and says so.
@Suite struct BuildLockTests {
    func site() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        #expect(try CLI.run(["init", ".", "--today=2026-06-01"], in: folder.path).status == 0)
        return folder
    }

    @Test func aSecondBuildWaitsForTheFirstAndSaysSo() async throws {
        let folder = try site()
        // This test process plays the first build: it holds the lock of <site>/public.
        let held = try #require(BuildLock.tryAcquire(root: folder.path, output: folder.path + "/public"))
        let (process, stdout, stderr) = try CLI.launch(["build", "--today=2026-06-01"], in: folder.path)
        let deadline = Date().addingTimeInterval(20)
        while !stderr.text.contains("Menunggu build lain") && process.isRunning && Date() < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(stderr.text.contains("Menunggu build lain pada folder public selesai"), "\(stderr.text)")
        try await Task.sleep(for: .milliseconds(300))
        #expect(process.isRunning, "the second build did not wait")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/public/index.html"))
        held.release()
        try await CLI.waitForExit(process, seconds: 60)
        if process.isRunning { process.terminate() }
        #expect(process.terminationStatus == 0, "\(stderr.text)")
        #expect(stdout.text.contains("Situs dibangun di public/"))
        #expect(FileManager.default.fileExists(atPath: folder.path + "/public/index.html"))
    }

    @Test func concurrentBuildsOfOneOutputBothSucceed() async throws {
        let folder = try site()
        for round in 0..<3 {
            let first = try CLI.launch(["build", "--today=2026-06-01"] + (round == 1 ? ["--bersih"] : []), in: folder.path)
            let second = try CLI.launch(["build", "--today=2026-06-01"], in: folder.path)
            try await CLI.waitForExit(first.0, seconds: 60)
            try await CLI.waitForExit(second.0, seconds: 60)
            for (process, _, stderr) in [first, second] {
                if process.isRunning { process.terminate() }
                #expect(process.terminationStatus == 0, "round \(round): \(stderr.text)")
                #expect(!stderr.text.contains("No such file"), "round \(round): \(stderr.text)")
            }
        }
        #expect(FileManager.default.fileExists(atPath: folder.path + "/public/index.html"))
    }

    @Test func aLockLeftByAKilledProcessIsFree() async throws {
        let folder = try TemporaryFolder()
        let output = folder.path + "/public"
        let path = BuildLock.lockPath(root: folder.path, output: output)
        #expect(path.hasPrefix(folder.path + "/.standar/cache/") && path.hasSuffix(".kunci"))
        // Another process takes the lock, then dies by SIGKILL: a shell opens the file, locks it with flock(1) and
        // waits in the `read` builtin (no child process that could inherit the descriptor and outlive it).
        try FileManager.default.createDirectory(atPath: folder.path + "/.standar/cache", withIntermediateDirectories: true)
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/bin/sh")
        holder.arguments = ["-c", "exec 9>>\"$0\" && flock -x 9 && echo held && read line", path]
        let out = Pipe(), input = Pipe()
        holder.standardOutput = out
        holder.standardInput = input
        let said = CLI.Collected()
        out.fileHandleForReading.readabilityHandler = { said.append($0.availableData) }
        try holder.run()
        let deadline = Date().addingTimeInterval(30)
        while !said.text.contains("held") && holder.isRunning && Date() < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(said.text.contains("held"), "flock(1) never held the lock")
        #expect(BuildLock.tryAcquire(root: folder.path, output: output) == nil)
        kill(holder.processIdentifier, SIGKILL)
        holder.waitUntilExit()
        try? input.fileHandleForWriting.close()
        var free: BuildLock?
        let until = Date().addingTimeInterval(10)
        while free == nil && Date() < until {
            free = BuildLock.tryAcquire(root: folder.path, output: output)
            if free == nil { try await Task.sleep(for: .milliseconds(20)) }
        }
        #expect(free != nil)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func oneOutputOneLockHoweverItIsSpelled() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/public", withIntermediateDirectories: true)
        let a = BuildLock.lockPath(root: folder.path, output: folder.path + "/public")
        #expect(BuildLock.lockPath(root: folder.path, output: folder.path + "/public/") == a)
        #expect(BuildLock.lockPath(root: folder.path, output: folder.path + "/./public") == a)
        #expect(BuildLock.lockPath(root: folder.path, output: folder.path + "/lain") != a)
        let held = try #require(BuildLock.tryAcquire(root: folder.path, output: folder.path + "/public"))
        #expect(BuildLock.tryAcquire(root: folder.path, output: folder.path + "/public/") == nil)
        held.release()
        #expect(BuildLock.tryAcquire(root: folder.path, output: folder.path + "/public/") != nil)
    }
}
