extension String {
    /// The text without leading and trailing white space (Unicode white space and line breaks). Much cheaper
    /// than Foundation's `trimmingCharacters(in:)` on the hot path, and returns `self` untouched when there is
    /// nothing to trim.
    public var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last,
              first.properties.isWhitespace || last.properties.isWhitespace else { return self }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }
}
