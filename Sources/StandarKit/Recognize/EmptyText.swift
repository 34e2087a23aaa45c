/// Recognises component texts that hold no real content.
public enum EmptyText {
    /// Placeholders, compared with everything but letters and digits removed ("N/A" -> "na",
    /// "isi di sini" -> "isidisini").
    private static let placeholders: Set<String> = [
        "tbd", "tba", "todo", "na", "belumada", "tidakadadata", "isidisini", "isi", "belumdiisi",
        "belumtersedia", "databelumtersedia", "xxx", "xxxx", "placeholder", "kosong", "null", "none",
    ]

    /// True when a component's plain text holds no real content: whitespace, "-", "–", "...", "…", "TBD",
    /// "belum ada", "n/a", "tidak ada data", "isi di sini", "[isi]", lone punctuation, or only a placeholder.
    ///
    /// The text is folded and everything around the words is ignored, so "- TBD -", "(belum ada)" and
    /// "N/A." count as empty. Also empty: an instruction left from a template ("[isi persyaratan di sini]",
    /// "<isi ...>", anything of the form "isi ... di sini") and "lorem ipsum" filler. "Tidak ada" is content
    /// (for a fee it means "free"), and so is any other text.
    public static func isEmpty(_ plainText: String) -> Bool {
        // Fast path: placeholders are short, so a text with many letters is content (unless it is lorem ipsum).
        var letters = 0
        for byte in plainText.utf8 where (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) {
            letters += 1
            if letters > 64 {
                let head = plainText.utf8.prefix(32).map { $0 | 0x20 }
                return head.starts(with: Array("lorem ipsum".utf8)) || head.dropFirst().starts(with: Array("lorem ipsum".utf8))
            }
        }
        let folded = TextNormalizer.fold(plainText)
        var compact = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars where TextNormalizer.isWordScalar(scalar) {
            compact.append(scalar)
        }
        let core = String(compact)
        if core.isEmpty { return true }
        if placeholders.contains(core) { return true }
        if core.hasPrefix("isi"), core.hasSuffix("disini") { return true }
        if core.hasPrefix("loremipsum") { return true }
        // A bracketed template instruction: "[isi nama produk]", "<isi>".
        if let first = folded.unicodeScalars.first, let last = folded.unicodeScalars.last,
           (first == "[" && last == "]") || (first == "<" && last == ">") || (first == "{" && last == "}"),
           core.hasPrefix("isi") {
            return true
        }
        return false
    }
}
