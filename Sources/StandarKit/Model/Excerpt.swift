/// Short quotes of author text for messages.
enum Excerpt {
    static func of(_ text: String, limit: Int = 60) -> String {
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return oneLine.count > limit ? String(oneLine.prefix(limit)) + "…" : oneLine
    }
}
