/// "Did you mean" suggestions by edit distance.
public enum Suggest {
    /// The candidate closest to `word` (case-insensitive, `-`/`_`/space treated alike), if it is close enough
    /// to be a plausible misspelling.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let w = normalize(word)
        guard !w.isEmpty else { return nil }
        var best: (String, Int)?
        for candidate in candidates {
            let c = normalize(candidate)
            if c == w { return candidate }
            let limit = max(1, min(3, c.count / 3))
            let d = EditDistance.osa(Array(w.unicodeScalars), Array(c.unicodeScalars), limit: limit)
            if d <= limit, d < (best?.1 ?? Int.max) { best = (candidate, d) }
        }
        return best?.0
    }

    static func normalize(_ s: String) -> String {
        String(s.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
    }
}
