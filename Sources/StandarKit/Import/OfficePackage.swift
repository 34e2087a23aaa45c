import Foundation
import ZIPFoundation

/// Reads named parts of a .docx/.odt package (a ZIP file) into memory, with limits that hold against hostile
/// files: only entries asked for by their exact name are read (nothing is extracted to disk, so names such as
/// "../x" or "/etc/x" inside the archive are never used as paths), and the bytes really produced while inflating
/// are counted — the sizes in the ZIP headers are not trusted — so a zip bomb stops at the first limit.
public struct OfficePackage {
    /// Largest package file read.
    public static let maxFileSize = 50 << 20
    /// Largest total of inflated bytes over all parts read.
    public static let maxTotalUncompressed = 50 << 20
    /// Inflated bytes may be at most this many times the package's size (plus `ratioAllowance`).
    public static let maxRatio = 100
    static let ratioAllowance = 1 << 20

    private let archive: Archive
    private let fileSize: Int
    private let name: String
    private var inflated = 0

    /// Opens the package at `path`; `name` is how messages call the file.
    public init(path: String, name: String) throws(ImportError) {
        self.name = name
        guard let size = FileSystem.size(atPath: path) else {
            throw ImportError("\(name) tidak dapat dibaca", hint: "periksa nama berkas dan izin bacanya")
        }
        guard size <= Self.maxFileSize else {
            throw ImportError("\(name) terlalu besar (\(size >> 20) MiB; batasnya \(Self.maxFileSize >> 20) MiB)",
                              hint: "pecah dokumen itu menjadi beberapa berkas, satu atau beberapa layanan per berkas")
        }
        fileSize = size
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw ImportError("\(name) rusak atau bukan dokumen .docx/.odt (bukan arsip ZIP yang sah)",
                              hint: ImportError.saveAsDocx)
        }
    }

    /// The bytes of the entry named exactly `entryName`, nil when the package has no such entry.
    public mutating func read(_ entryName: String) throws(ImportError) -> [UInt8]? {
        guard let entry = archive[entryName], entry.type == .file else { return nil }
        var bytes: [UInt8] = []
        let total = inflated
        let ratioLimit = fileSize * Self.maxRatio + Self.ratioAllowance
        let limit = min(Self.maxTotalUncompressed, ratioLimit)
        var exceeded = false
        do {
            _ = try archive.extract(entry, bufferSize: 64 << 10, skipCRC32: false) { chunk in
                if total + bytes.count + chunk.count > limit {
                    exceeded = true
                    throw CancellationError()
                }
                bytes.append(contentsOf: chunk)
            }
        } catch {
            if exceeded {
                throw ImportError("\(name) memuat isi yang mengembang terlalu besar saat dibuka (lebih dari \(limit >> 20) MiB, "
                                  + "lebih dari \(Self.maxRatio)× ukuran berkasnya): berkas ini ditolak sebagai bom zip",
                                  hint: "simpan ulang dokumen aslinya dari Word atau LibreOffice; bila memang sebesar itu, pecah menjadi beberapa berkas")
            }
            throw ImportError("\(name) rusak: bagian \(entryName) tidak dapat dibuka",
                              hint: ImportError.saveAsDocx)
        }
        inflated += bytes.count
        return bytes
    }
}
