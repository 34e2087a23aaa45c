/// `standar build` as a pipeline of named steps over one `BuildState` (Sources/StandarKit/Build/, one file per
/// step): `LoadHeader` (site and OPD files) → `PrepareTheme` → `PlanBuild` (full, incremental or up to date)
/// → `OpenOutput` → `ProcessServices` (read, parse, recognize, check, render and write each service page as soon
/// as its file is read, on all cores) → `WriteListings` (data files, listing pages, assets, search index, feed,
/// sitemaps) → `Publish` (swap or commit, then save the cache).
///
/// A full build writes a staging folder and swaps it in; an incremental build (when `.standar/cache` describes
/// the current output and nothing outside the service files changed) re-reads only the service files whose
/// size, modification time or inode changed, and rewrites only the files whose bytes change, through an
/// `OutputTransaction`. Either way the output is untouched until the whole new site is written without error.
public enum SiteBuilder {
    public enum Step: String, Sendable {
        case check = "pemeriksaan isi"
        case theme = "pemeriksaan tema"
        case write = "penulisan keluaran"
    }

    public static func build(_ options: BuildOptions) -> BuildReport {
        var state = BuildState(options: options)
        // A second build of the same output waits here until this one is done (see BuildLock).
        let lock = BuildLock.acquire(root: options.root, output: state.outputPath, display: options.output)
        defer { lock.release() }
        let loader = SiteLoader(root: options.root)
        let site = LoadHeader.run(&state, loader: loader)
        guard let theme = PrepareTheme.run(&state, config: site.config) else { return state.stopped(at: .theme) }

        let plan = PlanBuild.run(state, site: site, theme: theme.theme)
        state.report.incremental = plan.previous != nil
        if plan.mode == .upToDate, let previous = plan.previous { return upToDate(state, previous) }
        let output: BuildOutput
        do {
            output = try OpenOutput.run(state, plan: plan, config: site.config)
        } catch {
            return state.stopped(at: .write, error: error)
        }

        let services = ProcessServices.run(&state, loader: loader, site: site, theme: theme, plan: plan, output: output)
        state.report.drafts = services.results.count { $0.draft }
        if (options.leaveOutBrokenFiles ? services.stoppingError : state.hasErrors) || services.failure != nil {
            output.abandon()
            return state.stopped(at: services.failure == nil ? .check : .write, error: services.failure)
        }

        do {
            let listings = try WriteListings.run(state, site: site, theme: theme, services: services, plan: plan,
                                                 output: output)
            try Publish.run(&state, plan: plan, output: output, services: services, listings: listings)
            if !options.freesMemoryAtEnd { KeptUntilExit.keep((services, listings)) }
        } catch {
            output.abandon()
            BuildCache.remove(directory: plan.cacheDirectory)
            return state.stopped(at: .write, error: error)
        }
        state.report.diagnostics = state.diagnostics.sorted(by: Diagnostic.ordered)
        return state.report
    }

    /// Nothing changed since the last build: the output is current, and the findings are the cached ones.
    static func upToDate(_ state: BuildState, _ previous: BuildCache) -> BuildReport {
        var report = state.report
        report.diagnostics = (state.diagnostics + previous.services.flatMap(\.diagnostics)).sorted(by: Diagnostic.ordered)
        report.services = previous.services.count { $0.summary != nil }
        report.drafts = previous.services.count { $0.draft }
        report.incomplete = previous.services.count { !($0.summary?.complete ?? true) }
        return report
    }
}

/// Values a command leaves to the process's exit (`BuildOptions.freesMemoryAtEnd`).
enum KeptUntilExit {
    private final class Box<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Retains `value` for the rest of the process: it is never released, so nothing in it is freed.
    static func keep<Value>(_ value: Value) { _ = Unmanaged.passRetained(Box(value)) }
}
