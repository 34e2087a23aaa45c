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
            let d = distance(Array(w.unicodeScalars), Array(c.unicodeScalars), limit: limit)
            if d <= limit, d < (best?.1 ?? Int.max) { best = (candidate, d) }
        }
        return best?.0
    }

    static func normalize(_ s: String) -> String {
        String(s.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
    }

    /// Levenshtein distance with transpositions, giving up (returning limit + 1) past `limit`.
    public static func distance<T: Equatable>(_ a: [T], _ b: [T], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    v = min(v, previous2[j - 2] + 1)
                }
                current[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
