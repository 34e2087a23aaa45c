/// Writes an extracted standard as a Markdown source file in the canonical heading form, with the same front
/// matter keys as `standar new` (`StandardTemplate`): every one of the 14 headings in canonical order, the
/// document's content under the ones found, the guidance comment under the ones missing or empty, and whatever
/// could not be placed in a "Belum Ditempatkan" section with a comment telling the clerk what to do.
///
/// A standard with a missing or empty component is written as a draft (`draft: true`): it is not published and
/// its gaps are warnings until the clerk completes it and removes the line.
public enum MarkdownWriter {
    public static let unplacedHeading = "Belum Ditempatkan"

    public static func render(_ standard: ExtractedStandard, sourceName: String) -> String {
        let complete = standard.isComplete
        let title = standard.judul.isEmpty ? "Layanan Tanpa Judul" : standard.judul
        var text = "---\n"
        text += "# Diimpor dari \(YAMLText.quoted(sourceName).dropFirst().dropLast()) dengan standar impor. Periksa isinya dengan dokumen aslinya.\n"
        text += "judul: \(YAMLText.quoted(title))\n"
        text += "ringkasan:      # satu kalimat untuk warga tentang layanan ini\n"
        text += "kategori:       # misalnya: Kependudukan, Perizinan, Kesehatan\n"
        if let nomor = standard.decree.nomor {
            text += "nomor_sk: \(YAMLText.quoted(nomor))\n"
        } else {
            text += "nomor_sk:       # nomor keputusan yang menetapkan standar ini (tidak ditemukan di dokumen)\n"
        }
        if let date = standard.decree.tanggal {
            text += "ditetapkan: \(date)\n"
        } else if let written = standard.decree.tanggalText {
            text += "ditetapkan:     # tertulis \(YAMLText.quoted(written)); tulis dengan format TTTT-BB-HH\n"
        } else {
            text += "ditetapkan:     # tanggal keputusan itu, format TTTT-BB-HH (tidak ditemukan di dokumen)\n"
        }
        text += "ditinjau:       # tanggal terakhir standar ditinjau, format TTTT-BB-HH\n"
        text += "kata_kunci:     # kata yang mungkin dicari warga, satu per baris di bawah baris ini, diawali tanda -\n"
        if !complete {
            text += standard.missing.isEmpty && standard.empty.isEmpty
                ? "# Ada isi yang belum ditempatkan (lihat bagian \(unplacedHeading)): standar ini ditulis sebagai draf.\n"
                : "# Ada komponen yang tidak ada atau kosong di dokumen asal: standar ini ditulis sebagai draf.\n"
            text += "# Hapus baris draft di bawah ini bila semua bagian sudah terisi.\n"
            text += "draft: true\n"
        }
        text += "---\n"

        let present = Set(standard.present)
        let empty = Set(standard.empty)
        for id in ComponentID.allCases {
            text += "\n## \(id.canonicalHeading)\n\n"
            if present.contains(id), let parts = standard.components[id] {
                let filled = parts.filter { !ExtractedStandard.isEmpty($0.blocks) }
                if filled.count == 1, let only = filled.first {
                    text += BlockMarkdown.render(only.blocks)
                } else {
                    for (i, part) in filled.enumerated() {
                        if i > 0 { text += "\n" }
                        text += "**\(BlockMarkdown.escape(stripNumbering(part.label)))**\n\n" + BlockMarkdown.render(part.blocks)
                    }
                }
            } else if empty.contains(id) {
                text += "<!-- Kosong di dokumen asal. \(comment(StandardTemplate.guidance(id))) -->\n"
            } else {
                text += "<!-- Tidak ada di dokumen asal. \(comment(StandardTemplate.guidance(id))) -->\n"
            }
        }
        let unplaced = standard.unplacedParts
        if !unplaced.isEmpty {
            text += "\n## \(unplacedHeading)\n\n"
            text += "<!-- standar impor tidak dapat menempatkan isi di bawah ini pada salah satu dari 14 komponen. "
                + "Pindahkan isinya ke bagian komponen yang tepat (atau hapus bila tidak diperlukan), lalu hapus "
                + "bagian ini beserta judulnya. -->\n"
            for part in unplaced {
                text += "\n"
                if !part.label.isEmpty { text += "**\(BlockMarkdown.escape(part.label))**\n\n" }
                let body = BlockMarkdown.render(part.blocks)
                if !body.isEmpty { text += body }
            }
        }
        return text
    }

    /// Text safe inside an HTML comment.
    static func comment(_ text: String) -> String {
        text.replacingOccurrences(of: "--", with: "–")
    }

    /// "1. Persyaratan Teknis" -> "Persyaratan Teknis".
    static func stripNumbering(_ label: String) -> String {
        var words = label.split(separator: " ")
        if let first = words.first, first.count <= 4, first.hasSuffix(".") || first.hasSuffix(")") { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// A slug for the file name from the title: at most 60 characters, cut at a word.
    public static func slug(for title: String) -> String {
        let full = Slug.suggest(title.isEmpty ? "layanan" : title)
        guard full.count > 60 else { return full }
        var out = ""
        for word in full.split(separator: "-") {
            if out.count + word.count + 1 > 60 { break }
            out += out.isEmpty ? String(word) : "-" + word
        }
        return out.isEmpty ? String(full.prefix(60)) : out
    }
}
