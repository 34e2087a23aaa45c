/// Step 7: the new output put in place (the staging folder swapped in, or the transaction committed), then
/// the cache written for the next build.
enum Publish {
    static func run(_ state: inout BuildState, plan: BuildPlan, output: BuildOutput, services: ProcessedServices,
                    listings: WrittenListings) throws {
        // Only an incremental build saves a cache; a clean one (`--bersih`) leaves none, so it does not make one
        // (a copy of every service's result: 8 ms of a 10,000-service build).
        let cache = state.options.incremental ? BuildCache(
            fingerprint: plan.fingerprint, outputDevice: 0, outputInode: 0,
            services: services.results.map { r in
                BuildCache.Service(file: r.file, stat: r.stat ?? FileStat(size: -1, mtime: -1, inode: -1), draft: r.draft,
                                   diagnostics: r.diagnostics, summary: r.summary, searchText: r.searchText,
                                   json: services.jsonRanges[r.file], csv: services.csvRanges[r.file])
            },
            listings: listings.hashes, jsonLength: listings.jsonLength, csvLength: listings.csvLength) : nil
        // The previous cache goes first: a build killed between publishing and saving leaves no cache (the next
        // build is full) rather than one that describes the output before this build.
        BuildCache.remove(directory: plan.cacheDirectory)
        if let staging = output.staging { try staging.commit() }
        if let transaction = output.transaction {
            state.report.changedFiles = transaction.changeCount
            try transaction.commit()
        }
        if var cache, let identity = PlanBuild.identity(state.outputPath) {
            cache.outputDevice = identity.0
            cache.outputInode = identity.1
            cache.save(directory: plan.cacheDirectory)
        }
        let published = services.published
        state.report.services = published.count
        // Each service has its page and its poster; each OPD its print page; plus the maklumat, SKM and
        // recent-changes pages, and the index's letter and category pages.
        state.report.pages = 2 * published.count + listings.contexts.pageCount + PekpppContexts.pageCount(listings.model)
            + listings.hashes.keys.count(where: ServiceIndex.isLetterOrCategoryPage)
        state.report.files = 2 * published.count + listings.model.opds.count + listings.count + 2
        state.report.incomplete = published.count { !($0.summary?.complete ?? true) }
    }
}
