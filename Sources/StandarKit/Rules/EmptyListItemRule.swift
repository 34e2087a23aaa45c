/// `empty-list-item`: an item of a front-matter list that holds nothing (`- ~`, `- ""`, `-`); it is dropped.
public enum EmptyListItemRule: Rule {
    public static let description = RuleDescription("empty-list-item", .warning, "Butir daftar front matter yang kosong diabaikan.")

    /// The `index`-th item (1-based) of `key` at `line`:`column`.
    public static func empty(file: String, line: Int, column: Int, key: String, index: Int) -> Diagnostic {
        diagnostic(file: file, line: line, column: column, "butir ke-\(index) kolom \"\(key)\" kosong dan diabaikan",
                   hint: "isi butir ini atau hapus barisnya")
    }
}
