import Foundation

/// `standar impor`: reads documents, finds their standards and writes each as `content/<opd>/<slug>.md`,
/// never overwriting a file.
public struct Importer {
    /// What became of one standard found in a document.
    public struct WrittenStandard: Sendable {
        public var standard: ExtractedStandard
        /// Site-relative path, e.g. "content/disdukcapil/penerbitan-kartu-keluarga.md".
        public var path: String
        /// nil when written; otherwise why not (the file exists, a write failed).
        public var failure: String?
        /// Every component filled and nothing left unplaced.
        public var complete: Bool { standard.isComplete }
    }

    /// What became of one document.
    public struct FileResult: Sendable {
        public var name: String
        public var standards: [WrittenStandard] = []
        /// Set when the document could not be read, or held no standard.
        public var error: ImportError?
        public var extraWritten: [String] = []
    }

    public var root: String
    public var opd: String
    public var converter: LegacyConverter

    /// Checks the site and the OPD slug; throws `.cannotRun` when the import cannot start.
    public init(root: String, opd: String?, converter: LegacyConverter = LegacyConverter()) throws(ImportError) {
        guard FileSystem.resolvedKind(atPath: root + "/content") == .directory else {
            throw ImportError(.cannotRun, "folder content/ tidak ditemukan di \(root == "." ? "folder ini" : root)",
                              hint: "jalankan perintah di folder situs (yang berisi content/), pakai --site <folder>, atau buat situs baru dengan: standar init <folder>")
        }
        let chosen: String
        if let opd {
            chosen = opd
        } else {
            let folders = (FileSystem.entries(root + "/content") ?? []).filter { $0.kind == .directory && !$0.name.hasPrefix(".") && !$0.name.hasPrefix("_") }
            guard folders.count == 1, let only = folders.first else {
                throw ImportError(.cannotRun, folders.isEmpty ? "situs ini belum punya folder OPD" : "situs ini punya \(folders.count) OPD; tidak jelas standar ini milik OPD mana",
                                  hint: "sebutkan OPD-nya dengan --opd <nama-folder>, misalnya: standar impor berkas.docx --opd disdukcapil")
            }
            chosen = only.name
        }
        let target: Scaffolder.Target
        do {
            target = try Scaffolder.parseTarget(chosen)
        } catch {
            throw ImportError(.cannotRun, error.message, hint: error.hint)
        }
        guard target.service == nil, target.opd == chosen else {
            throw ImportError(.cannotRun, "--opd \"\(chosen)\" harus nama folder OPD saja", hint: "misalnya: --opd disdukcapil")
        }
        let opdKind = FileSystem.kind(atPath: root + "/content/" + chosen)
        guard opdKind == .missing || opdKind == .directory else {
            throw ImportError(.cannotRun, "content/\(chosen) sudah ada tetapi bukan folder (atau tautan)",
                              hint: "pakai --opd dengan folder OPD yang sebenarnya")
        }
        self.root = root
        self.opd = chosen
        self.converter = converter
    }

    /// Reads `path` (shown as `name`) into the neutral document model, converting legacy formats first.
    public func read(_ path: String, name: String) throws(ImportError) -> ImportedDocument {
        let ext = (name as NSString).pathExtension.lowercased()
        switch ext {
        case "docx", "docm", "dotx":
            return try DocxReader.read(path: path, name: name)
        case "odt", "ott":
            return try OdtReader.read(path: path, name: name)
        case "doc", "rtf", "pdf", "wpd":
            return try converter.withConverted(path, name: name) { (converted: String) throws(ImportError) -> ImportedDocument in
                try DocxReader.read(path: converted, name: name)
            }
        default:
            guard FileSystem.kind(atPath: path) == .file else {
                throw ImportError("\(name) tidak ditemukan atau bukan berkas", hint: "periksa nama dan letak berkasnya")
            }
            throw ImportError("\(name) bukan dokumen yang dapat diimpor (hanya .docx dan .odt; .doc dan .pdf lewat LibreOffice)",
                              hint: ImportError.saveAsDocx)
        }
    }

    /// Imports one document; `taken` holds the slugs already written in this run.
    public func importFile(_ path: String, name: String, taken: inout Set<String>) -> FileResult {
        var result = FileResult(name: name)
        guard FileSystem.resolvedKind(atPath: path) == .file else {
            result.error = ImportError("\(name) tidak ditemukan atau bukan berkas", hint: "periksa nama dan letak berkasnya")
            return result
        }
        let document: ImportedDocument
        do {
            document = try read(path, name: name)
        } catch {
            result.error = error
            return result
        }
        let standards = StandardExtractor().extract(document)
        guard !standards.isEmpty else {
            if (name as NSString).pathExtension.lowercased() == "pdf" {
                result.error = ImportError("\(name): tidak ada standar pelayanan yang ditemukan; PDF hanya menyimpan letak teks, tabelnya tidak terbaca sebagai tabel",
                                           hint: "impor dokumen aslinya (Word atau LibreOffice) yang menjadi sumber PDF itu; bila hanya ada PDF, buka di Word lalu Simpan Sebagai \"Dokumen Word (.docx)\" dan periksa tabelnya")
                return result
            }
            result.error = ImportError("\(name): tidak ada standar pelayanan yang ditemukan",
                                       hint: "standar dikenali dari tabel berkolom KOMPONEN | URAIAN yang barisnya menyebut komponen (Persyaratan, Prosedur, ...), atau dari judul bergaya Heading; periksa bahwa dokumennya memakai salah satu bentuk itu")
            return result
        }
        if FileSystem.kind(atPath: root + "/content/" + opd + "/_index.md") == .missing {
            let index = (path: "content/\(opd)/_index.md", text: StandardTemplate.opd(nama: StandardTemplate.title(fromSlug: opd)))
            if (try? Scaffolder.write([index], root: root)) != nil { result.extraWritten.append(index.path) }
        }
        for standard in standards {
            var slug = MarkdownWriter.slug(for: standard.judul)
            var n = 2
            while taken.contains(slug) {
                slug = MarkdownWriter.slug(for: standard.judul) + "-\(n)"
                n += 1
            }
            taken.insert(slug)
            let relative = "content/\(opd)/\(slug).md"
            var written = WrittenStandard(standard: standard, path: relative)
            if FileSystem.kind(atPath: root + "/" + relative) != .missing {
                written.failure = "\(relative) sudah ada dan tidak ditimpa"
            } else {
                do {
                    try Scaffolder.write([(relative, MarkdownWriter.render(standard, sourceName: name))], root: root)
                } catch {
                    written.failure = error.message
                }
            }
            result.standards.append(written)
        }
        return result
    }
}
