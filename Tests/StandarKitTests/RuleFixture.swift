@testable import StandarKit

/// Builds a `ServiceStandard` from the text of one service file, the way `SiteLoader` does, so rule types can
/// be called directly; and finds lines in fixture text so tests do not depend on one fixture's layout.
enum RuleFixture {
    static let file = "content/disdukcapil/a.md"
    static let context = RuleContext(today: Fixtures.today)

    /// The standard and the diagnostics of reading it (front matter, builder).
    static func standard(_ text: String) -> (ServiceStandard, [Diagnostic]) {
        let split = FrontMatterSplit.split(text)
        let frontMatter = FrontMatterReader.shared.read(split, schema: FrontMatterSchema.service, file: file)
        let markdown = MarkdownParser.parse(PastedText.normalize(split.body))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count - (text.hasSuffix("\n") ? 1 : 0)
        let (standard, found) = StandardBuilder().build(
            file: file, opd: "disdukcapil", slug: "a", frontMatter: frontMatter, markdown: markdown,
            bodyLineOffset: split.bodyStartLine - 1, lastLine: max(1, lines))
        return (standard, frontMatter.diagnostics + found)
    }

    /// The findings of one rule on `text`.
    static func check(_ rule: some StandardRule, _ text: String, context: RuleContext = context) -> [Diagnostic] {
        rule.check(standard(text).0, context: context)
    }

    /// 1-based line of the first line of `text` that contains `marker`, 0 when none does.
    static func line(of marker: String, in text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.contains(marker) } ?? -1) + 1
    }

    /// 1-based column (in characters) of `marker` on its line.
    static func column(of marker: String, in text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let line = lines.first(where: { $0.contains(marker) }),
              let range = line.range(of: marker) else { return 0 }
        return line.distance(from: line.startIndex, to: range.lowerBound) + 1
    }

    /// The heading line of `id` as `Fixtures.standard` writes it.
    static func heading(_ id: ComponentID) -> String { "## \(id.canonicalHeading)" }
}
