/// `terlalu-rumit`: Markdown whose cost in cmark-gfm grows faster than its length (very wide tables, deep
/// nesting, long runs of brackets or delimiters) is refused before the parse (`MarkdownComplexity`), with one
/// error at the offending line; the rest of the site still checks.
public enum TooComplexRule: Rule {
    public static let description = RuleDescription("terlalu-rumit", .error, "Isi Markdown terlalu rumit untuk diolah dengan aman (tabel sangat lebar, daftar bersarang sangat dalam, tanda berulang).")

    /// `problem` found by the pre-check; `line` is the file line.
    static func finding(_ problem: MarkdownComplexity.Problem, file: String, line: Int) -> Diagnostic {
        diagnostic(file: file, line: line, message(problem.kind), hint: hint(problem.kind))
    }

    static func message(_ kind: MarkdownComplexity.Problem.Kind) -> String {
        switch kind {
        case .tableRow(let cells):
            "baris tabel terlalu rumit untuk diolah: \(cells) sel dalam satu baris (paling banyak \(MarkdownComplexity.maxColumns))"
        case .tableCells(let cells):
            "tabel terlalu rumit untuk diolah: \(cells) sel (kolom × baris) dalam berkas ini, paling banyak \(MarkdownComplexity.maxTableCells)"
        case .lines(let count):
            "berkas terlalu rumit untuk diolah: \(count) baris berisi teks, paling banyak \(MarkdownComplexity.maxLines)"
        case .blocks(let count):
            "berkas terlalu rumit untuk diolah: \(count) blok (paragraf, butir daftar, judul, baris tabel), paling banyak \(MarkdownComplexity.maxBlocks)"
        case .nesting(let depth):
            "daftar atau kutipan bersarang terlalu dalam untuk diolah: \(depth) tingkat (paling banyak \(MarkdownComplexity.maxNesting))"
        case .brackets(let count):
            "paragraf terlalu rumit untuk diolah: terlalu banyak tanda [ (\(count) dalam paragraf ini)"
        case .www(let count):
            "paragraf terlalu rumit untuk diolah: terlalu banyak alamat www. (\(count) dalam paragraf ini)"
        case .delimiters(let count):
            "berkas terlalu rumit untuk diolah: \(count) tanda *, _ atau ~ (paling banyak \(MarkdownComplexity.maxDelimiters) dalam satu berkas)"
        case .htmlMarkers(let count):
            "paragraf terlalu rumit untuk diolah: terlalu banyak tanda <? atau <! (\(count) dalam paragraf ini)"
        case .atSigns(let count):
            "paragraf terlalu rumit untuk diolah: terlalu banyak tanda @ (\(count) dalam paragraf ini)"
        }
    }

    static func hint(_ kind: MarkdownComplexity.Problem.Kind) -> String {
        switch kind {
        case .blocks, .lines:
            "pecah standar ini menjadi beberapa berkas; satu standar pelayanan biasanya hanya memuat beberapa ratus butir"
        case .tableRow, .tableCells:
            "pecah tabel menjadi beberapa tabel kecil, dan pastikan setiap baris tabel memiliki jumlah kolom yang sama dengan judul tabelnya"
        case .nesting:
            "kurangi tingkat daftar bertingkat atau tanda > kutipan; standar pelayanan cukup memakai dua atau tiga tingkat"
        case .brackets, .www, .delimiters, .htmlMarkers, .atSigns:
            "pecah paragraf ini dengan baris kosong, atau hapus tanda yang berulang; untuk menulis tanda itu sebagai teks biasa, awali dengan \\ (misalnya \\[)"
        }
    }
}
