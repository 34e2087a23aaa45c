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
        let failure = Locked<PreviewError?>(nil)

        // Ctrl-C and SIGTERM stop the server: every connection is closed at once, slow clients included. A build
        // under way gets `grace` seconds to finish, then the process ends anyway; a second signal ends it at once.
        // The handlers run on a queue of their own, so no amount of work elsewhere delays them.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let signals = DispatchQueue(label: "standar.pratinjau.sinyal")
        let grace: Double = 2
        let stopping = Locked(false)
        var sources: [DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            let source = DispatchSource.makeSignalSource(signal: number, queue: signals)
            source.setEventHandler {
                let again = stopping.withLock { stopped -> Bool in
                    let was = stopped
                    stopped = true
                    return was
                }
                if again {
                    Glibc._exit(130)
                }
                log("\nMenghentikan pratinjau…")
                signals.asyncAfter(deadline: .now() + grace) {
                    log("Pratinjau dihentikan.")
                    Glibc._exit(0)
                }
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
                failure.withLock { $0 = error }
                finished.signal()
                return
            }
            await server.waitUntilStopped()
            finished.signal()
        }
        finished.wait()
        sources.forEach { $0.cancel() }
        if let error = failure.value {
            printError("galat: \(error.message)" + (error.hint.map { "\n    saran: \($0)" } ?? ""))
            throw ExitCode(2)
        }
        log("Pratinjau dihentikan.")
    }
}
