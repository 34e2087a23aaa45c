/// `duplicate-component`: one component written twice, in the front matter and as a section (an error), or
/// under the same heading twice (a warning: the parts are merged).
public enum DuplicateComponentRule: Rule {
    public static let description = RuleDescription("duplicate-component", .error, "Komponen diisi dua kali (di front matter dan di isi berkas).")

    /// The section `heading` at `line` repeats the one at `firstLine`; both parts are kept, so a warning.
    public static func repeatedHeading(file: String, line: Int, component: ComponentID, heading: String,
                                       firstLine: Int) -> Diagnostic {
        diagnostic(file: file, line: line, component: component, severity: .warning,
                   "bagian \"\(heading)\" sudah ditulis di baris \(firstLine); isinya digabung",
                   hint: "hapus salah satu bagian, atau beri judul yang berbeda bila isinya memang berbeda")
    }

    /// `component` is written as the section `heading` at `sectionLine` and as the table row `row` at `rowLine`:
    /// the two layouts mixed in one file.
    public static func sectionAndRow(file: String, line: Int, component: ComponentID, heading: String,
                                     sectionLine: Int, row: String, rowLine: Int) -> Diagnostic {
        diagnostic(file: file, line: line, component: component,
                   "komponen \(component.canonicalHeading) diisi dua kali: sebagai bagian \"\(heading)\" (baris \(sectionLine)) dan sebagai baris tabel \"\(row)\" (baris \(rowLine))",
                   hint: "pilih satu bentuk: hapus bagian \"## \(heading)\" atau hapus baris tabelnya")
    }

    /// `component` is a front-matter key (at `fieldLine`) and the section `heading` at `line`.
    public static func frontMatterAndSection(file: String, line: Int, component: ComponentID, fieldLine: Int,
                                             heading: String) -> Diagnostic {
        diagnostic(file: file, line: line, component: component,
                   "komponen \(component.canonicalHeading) diisi dua kali: di front matter (baris \(fieldLine)) dan sebagai bagian \"\(heading)\"",
                   hint: "pilih salah satu: hapus kolom \(component.id) di front matter atau hapus bagian ini")
    }
}
