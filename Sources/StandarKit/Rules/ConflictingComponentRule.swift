/// `conflicting-component`: a component that holds one value (the fee, the processing time) is written in two
/// sections that state different values — two `## Biaya` with different amounts. Both parts are published, so
/// a citizen cannot tell which one holds; before this rule they merged silently.
public enum ConflictingComponentRule: Rule {
    public static let description = RuleDescription("conflicting-component", .warning, "Satu komponen ditulis di beberapa bagian dengan nilai yang berbeda.")

    /// One reading of one section: what it says, comparable, and how to quote it.
    private struct Reading {
        var line: Int
        var key: String
        var quote: String
    }

    static func check(_ id: ComponentID, parts: [StandardBuilder.Part], file: String) -> [Diagnostic] {
        let readings: [Reading] = parts.compactMap { part in
            let text = ([part.inlineValue].compactMap { $0 } + [MarkdownBlock.plainText(part.blocks)])
                .filter { !$0.isEmpty }.joined(separator: "\n")
            switch id {
            case .biaya:
                let fee = FeeParser.parse(text)
                guard fee.readable else { return nil }
                return Reading(line: part.line, key: "\(fee.isFree) \(fee.min ?? -1) \(fee.max ?? -1)", quote: Excerpt.of(fee.text, limit: 40))
            case .waktu:
                let duration = DurationParser.parse(text)
                guard duration.readable, let unit = duration.unit else { return nil }
                return Reading(line: part.line, key: "\(duration.value ?? -1) \(duration.maxValue ?? -1) \(unit.rawValue)",
                               quote: Excerpt.of(duration.text, limit: 40))
            default:
                return nil
            }
        }
        guard let first = readings.first, let other = readings.dropFirst().first(where: { $0.key != first.key }) else {
            return []
        }
        return [diagnostic(file: file, line: other.line, component: id,
                           "komponen \(id.canonicalHeading) ditulis di dua bagian dengan nilai berbeda: \"\(first.quote)\" (baris \(first.line)) dan \"\(other.quote)\" (baris \(other.line))",
                           hint: "satukan menjadi satu bagian dengan satu nilai; bila nilainya memang berbeda menurut golongan atau syarat, tulis semuanya dalam satu bagian")]
    }
}
