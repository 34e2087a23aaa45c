import Foundation

/// Converts a legacy Word file (.doc, .rtf) or a PDF to .docx through LibreOffice (`soffice --headless`) into a
/// temporary folder, when `soffice` is on PATH.
public struct LegacyConverter: Sendable {
    /// The soffice executable, nil when LibreOffice is not installed.
    public var soffice: String?
    public var timeoutSeconds: Double

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, timeoutSeconds: Double = 180) {
        soffice = Self.find("soffice", path: environment["PATH"] ?? "/usr/bin:/bin")
        self.timeoutSeconds = timeoutSeconds
    }

    static func find(_ program: String, path: String) -> String? {
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = dir + "/" + program
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Converts `path` and calls `body` with the converted .docx; the temporary folder is removed afterwards.
    public func withConverted<T>(_ path: String, name: String, _ body: (String) throws(ImportError) -> T) throws(ImportError) -> T {
        let ext = (name as NSString).pathExtension.lowercased()
        guard let soffice else {
            let what = ext == "pdf" ? "PDF" : "Word lama (.\(ext))"
            throw ImportError("\(name) berformat \(what), yang tidak dapat dibaca langsung, dan LibreOffice (soffice) tidak terpasang untuk mengubahnya",
                              hint: ext == "pdf"
                                ? "buka dokumen aslinya (Word/LibreOffice, bukan PDF-nya) lalu Simpan Sebagai \"Dokumen Word (.docx)\"; atau pasang LibreOffice (apt-get install libreoffice-writer-nogui) lalu ulangi"
                                : ImportError.saveAsDocx + "; atau pasang LibreOffice (apt-get install libreoffice-writer-nogui) lalu ulangi")
        }
        guard let size = FileSystem.size(atPath: path), size <= OfficePackage.maxFileSize else {
            throw ImportError("\(name) tidak dapat dibaca atau terlalu besar (batasnya \(OfficePackage.maxFileSize >> 20) MiB)",
                              hint: "periksa berkasnya; dokumen sebesar itu sebaiknya dipecah menjadi beberapa berkas")
        }
        let temp = NSTemporaryDirectory() + "standar-impor-" + UUID().uuidString
        do {
            try FileManager.default.createDirectory(atPath: temp + "/profile", withIntermediateDirectories: true)
        } catch {
            throw ImportError(.cannotRun, "folder sementara untuk mengubah \(name) tidak dapat dibuat", hint: "periksa ruang disk di \(NSTemporaryDirectory())")
        }
        defer { try? FileManager.default.removeItem(atPath: temp) }
        // A copy under a plain name, so soffice's output name is known.
        let input = temp + "/masukan." + (ext.isEmpty ? "doc" : ext)
        do {
            try FileManager.default.copyItem(atPath: path, toPath: input)
        } catch {
            throw ImportError("\(name) tidak dapat dibaca", hint: "periksa nama berkas dan izin bacanya")
        }
        var arguments = ["-env:UserInstallation=file://" + temp + "/profile", "--headless", "--norestore", "--nologo"]
        if ext == "pdf" { arguments.append("--infilter=writer_pdf_import") }
        arguments += ["--convert-to", "docx:MS Word 2007 XML", "--outdir", temp + "/out", input]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ImportError(.cannotRun, "LibreOffice (\(soffice)) tidak dapat dijalankan untuk mengubah \(name)", hint: ImportError.saveAsDocx)
        }
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                process.waitUntilExit()
                throw ImportError("LibreOffice tidak selesai mengubah \(name) dalam \(Int(timeoutSeconds)) detik", hint: ImportError.saveAsDocx)
            }
            usleep(100_000)
        }
        let output = temp + "/out/masukan.docx"
        guard process.terminationStatus == 0, FileSystem.kind(atPath: output) == .file else {
            throw ImportError("LibreOffice tidak dapat mengubah \(name) menjadi .docx (berkas rusak atau bukan dokumen teks)",
                              hint: ImportError.saveAsDocx)
        }
        return try body(output)
    }
}
