/// Short quotes of author text for messages.
enum Excerpt {
    /// `text` on one line (line breaks become single spaces), cut to `limit` characters with "…" after a cut.
    static func of(_ text: String, limit: Int = 60) -> String {
        // ASCII without line breaks (almost every fee, duration and product text): each byte is a character, so
        // the text is its own line and the cut is a byte count. perf: the general path, which splits by
        // `Character` and counts graphemes, was 0.9% of a build's CPU from the service page's JSON-LD alone.
        let plain = text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0A && $0 != 0x0B && $0 != 0x0C && $0 != 0x0D }
        if plain {
            let count = text.utf8.count
            return count > limit ? String(decoding: text.utf8.prefix(max(0, limit)), as: UTF8.self) + "…" : text
        }
        return general(text, limit: limit)
    }

    /// Any text: lines joined by a space, then cut by characters.
    static func general(_ text: String, limit: Int) -> String {
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return oneLine.count > limit ? String(oneLine.prefix(limit)) + "…" : oneLine
    }
}
