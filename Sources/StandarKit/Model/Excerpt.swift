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
        return asciiLines(text, limit: limit) ?? general(text, limit: limit)
    }

    /// `general` for ASCII text with line breaks (a product or fee listed on several lines): every byte is a
    /// character, and the line breaks are the bytes 0x0A–0x0D ("\r\n", one character, is two of them, skipped
    /// alike). `general` counted the joined text again after each line (a product list, 11,500 instructions a
    /// call). Nil when the text is not ASCII.
    static func asciiLines(_ text: String, limit: Int) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(min(bytes.count, max(0, limit) + 2))
            var pendingSpace = false
            for b in bytes {
                guard b < 0x80 else { return nil }
                if b >= 0x0A && b <= 0x0D {
                    pendingSpace = !out.isEmpty
                    continue
                }
                // Past the cut: the rest only decides that there is one (it is not ASCII-checked: the first
                // `limit` characters and the cut are already those of the whole, see `general`).
                if out.count > limit { break }
                if pendingSpace {
                    out.append(0x20)
                    pendingSpace = false
                    if out.count > limit { break }
                }
                out.append(b)
            }
            guard out.count > limit else { return String(decoding: out, as: UTF8.self) }
            return String(decoding: out.prefix(max(0, limit)), as: UTF8.self) + "…"
        }
    }

    /// Any text: lines joined by a space, then cut by characters. Lines are joined only until the text is two
    /// characters past the limit (splitting and joining a whole component cost 12,000 instructions a call,
    /// callgrind): appending more can merge at most the last character with what follows, so the first `limit`
    /// characters, and the cut, are already those of the whole.
    static func general(_ text: String, limit: Int) -> String {
        var oneLine = ""
        var count = 0
        var i = text.startIndex
        while i < text.endIndex {
            // The next line: newlines skipped (as `split` omits empty pieces), then up to the next newline.
            while i < text.endIndex, text[i].isNewline { i = text.index(after: i) }
            guard i < text.endIndex else { break }
            let end = text[i...].firstIndex(where: \.isNewline) ?? text.endIndex
            if !oneLine.isEmpty { oneLine += " " }
            oneLine += text[i..<end]
            i = end
            count = oneLine.count
            if count >= limit + 2 { break }
        }
        return count > limit ? String(oneLine.prefix(limit)) + "…" : oneLine
    }
}
