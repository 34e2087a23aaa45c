/// `ignored-file`: a file in content/ that is not Markdown, so it is not read.
public enum IgnoredFileRule: Rule {
    public static let description = RuleDescription("ignored-file", .warning, "Berkas bukan Markdown di dalam content/ diabaikan.")

    public static func notMarkdown(file: String, name: String) -> Diagnostic {
        diagnostic(file: file, "berkas \"\(name)\" bukan Markdown (.md) dan diabaikan",
                   hint: "hanya berkas .md yang dibaca; pindahkan berkas lain ke luar folder content/")
    }
}
