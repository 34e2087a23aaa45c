import ArgumentParser
import Dispatch
import Foundation
import StandarKit
import StandarServe

#if canImport(Glibc)
import Glibc
#endif

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Pratinjau situs di peramban, dibangun ulang setiap kali berkas disimpan.",
        discussion: """
        Membangun situs ke .standar/pratinjau/ di folder situs dan melayaninya di http://127.0.0.1:<port>/, \
        hanya untuk komputer ini. Folder content/ dan themes/ diperiksa beberapa kali per detik; setiap \
        perubahan membangun ulang situs dan halaman yang terbuka di peramban dimuat ulang sendiri. Bila isi \
        bermasalah, server tetap berjalan dan peramban menampilkan daftar masalahnya (berkas, baris, pesan, \
        saran) sampai diperbaiki. Standar draf ikut ditampilkan di pratinjau (dengan tanda belum lengkap), tetapi \
        tetap tidak diterbitkan oleh "standar build". Tekan Ctrl-C untuk berhenti.
        """
    )

    @Option(name: .long, help: "Port di 127.0.0.1 (0: pilih port yang kosong).")
    var port: UInt16 = 8080

    @OptionGroup var siteOptions: SiteOptions

    @OptionGroup var todayOption: TodayOption

    func run() throws {
        let reference = try todayOption.givenDate()
        let output = FileHandle.standardOutput
        let log: @Sendable (String) -> Void = { line in output.write(Data((line + "\n").utf8)) }
        let server = PreviewServer(PreviewOptions(root: siteOptions.site, port: port, today: reference, log: log))
        let finished = DispatchSemaphore(value: 0)
        let failure = StartFailure()

        // Ctrl-C (and SIGTERM) stop the server cleanly; a second Ctrl-C ends at once.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let stopping = StartFailure()
        var sources: [DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if stopping.mark() {
                    Glibc.exit(130)
                }
                log("\nMenghentikan pratinjau…")
                Task {
                    await server.stop()
                    finished.signal()
                }
            }
            source.resume()
            sources.append(source)
        }

        Task {
            do throws(PreviewError) {
                try await server.start()
            } catch {
                failure.record(error)
                finished.signal()
                return
            }
            await server.waitUntilStopped()
            finished.signal()
        }
        finished.wait()
        sources.forEach { $0.cancel() }
        if let error = failure.error {
            printError("galat: \(error.message)" + (error.hint.map { "\n    saran: \($0)" } ?? ""))
            throw ExitCode(2)
        }
        log("Pratinjau dihentikan.")
    }
}

/// A value set once from another thread.
final class StartFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: PreviewError?
    private var marked = false

    func record(_ error: PreviewError) {
        lock.lock()
        stored = error
        lock.unlock()
    }

    var error: PreviewError? {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    /// True when it was already marked.
    func mark() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        let was = marked
        marked = true
        return was
    }
}
