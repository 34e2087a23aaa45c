/// Options of `standar build`.
public struct BuildOptions: Sendable {
    public var root: String
    public var output: String
    public var baseURL: String?
    public var allowIncomplete: Bool
    public var today: SimpleDate
    /// Tests only: render every page with this instead of the theme's templates (to compare renderers).
    var referenceRenderer: (@Sendable (_ template: String, _ context: TemplateValue) -> String?)?
    /// Reuse `.standar/cache` to rewrite only what changed; off means a full build that leaves no cache.
    public var incremental = true
    /// Publish drafts too, marked incomplete where they are (the preview of `standar serve`; never `build`).
    public var includeDrafts = false
    /// Leave service files with errors out instead of stopping (the preview of `standar serve`, so one broken
    /// standard does not take every page down; never `build`). Problems of the site or OPD files still stop it.
    public var leaveOutBrokenFiles = false
    /// False for a command whose process ends right after the build (`standar build`): what the build keeps to
    /// its end (every service's result, the site model and its page contexts) is then left to the process's exit
    /// instead of being freed object by object, as compilers do (clang's `-disable-free`). Freeing it was 15 ms
    /// of one core at the end of a 10,000-service build, after the output was in place.
    public var freesMemoryAtEnd = true

    public init(root: String, output: String, baseURL: String? = nil, allowIncomplete: Bool = false, today: SimpleDate,
                incremental: Bool = true) {
        self.incremental = incremental
        self.root = root
        self.output = output
        self.baseURL = baseURL
        self.allowIncomplete = allowIncomplete
        self.today = today
    }
}
