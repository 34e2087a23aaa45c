import ArgumentParser
import Foundation
import StandarKit

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Buat standar pelayanan baru (<opd>/<layanan>) atau OPD baru (<opd>).",
        discussion: """
        "standar new disdukcapil/kartu-keluarga --judul \\"Penerbitan Kartu Keluarga\\"" membuat \
        content/disdukcapil/kartu-keluarga.md dengan front matter dan ke-14 judul komponen berurutan, masing-masing \
        dengan petunjuk isinya. Standar baru berstatus draf (draft: true): belum diterbitkan, dan bagian yang \
        masih kosong hanya menjadi peringatan. Hapus baris draft bila sudah lengkap. Bila OPD-nya belum ada, \
        content/<opd>/_index.md ikut dibuat. "standar new <opd>" membuat OPD baru saja. Nama dipakai sebagai \
        alamat halaman: huruf kecil, angka dan tanda -. Berkas yang sudah ada tidak pernah ditimpa. \
        Kode keluar: 0 berhasil, 1 nama tidak sah atau berkas sudah ada, 2 tidak dapat dijalankan.
        """
    )

    @Argument(help: ArgumentHelp("<opd>/<layanan> untuk standar baru, atau <opd> untuk OPD baru.", valueName: "alamat"))
    var target: String

    @Option(name: [.customLong("judul"), .customLong("nama")],
            help: "Judul layanan (untuk standar) atau nama lengkap OPD (untuk OPD baru). Bawaan: dari nama berkasnya.")
    var judul: String?

    @OptionGroup var siteOptions: SiteOptions

    func run() throws {
        let written: [String]
        let parsed: Scaffolder.Target
        do {
            parsed = try Scaffolder.parseTarget(target)
            written = try Scaffolder.create(parsed, in: siteOptions.site, judul: judul)
        } catch {
            printError("galat: \(error.message)" + (error.hint.map { "\n    saran: \($0)" } ?? ""))
            throw ExitCode(error.kind == .cannotRun ? 2 : 1)
        }
        var text = ""
        for path in written {
            text += path.hasSuffix("/_index.md") ? "OPD baru dibuat: \(path)\n" : "Standar baru dibuat: \(path) (draf)\n"
        }
        if let service = parsed.service {
            text += """

            Isi setiap bagian di bawah judulnya; petunjuk di dalam <!-- ... --> tidak tampil di situs.
            Bila semua bagian sudah terisi, hapus baris "draft: true" lalu jalankan: standar check
            Pratinjau selama menulis: standar serve, lalu buka /\(parsed.opd)/\(service)/

            """
        } else {
            text += """

            Lengkapi alamat, telepon dan jam layanan di berkas itu, lalu tambahkan standarnya:
              standar new \(parsed.opd)/<layanan> --judul "..."

            """
        }
        print(text, terminator: "")
    }
}
