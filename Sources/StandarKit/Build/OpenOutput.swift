/// Where the new output goes: a staging folder (full build) or a transaction on the current output
/// (incremental build), with the two data files open as streams.
final class BuildOutput {
    let sink: PageSink
    let staging: OutputWriter?
    let transaction: OutputTransaction?
    /// data/layanan.json and data/layanan.csv, streamed in file order: new rows from changed files, old rows
    /// copied from the previous files (whose byte ranges the cache recorded).
    let jsonRows: RowAssembler
    let csvRows: RowAssembler

    init(sink: PageSink, staging: OutputWriter?, transaction: OutputTransaction?, jsonRows: RowAssembler,
         csvRows: RowAssembler) {
        self.sink = sink
        self.staging = staging
        self.transaction = transaction
        self.jsonRows = jsonRows
        self.csvRows = csvRows
    }

    private var streamsOpen = true

    /// Closes both data files, once: `keep: false` means their content did not change.
    func finishDataFiles(keep: Bool) throws {
        guard streamsOpen else { return }
        streamsOpen = false
        let json = Result { try jsonRows.stream.finish(keep: keep) }
        let csv = Result { try csvRows.stream.finish(keep: keep) }
        try json.get()
        try csv.get()
    }

    /// Drops everything written; the current output is untouched.
    func abandon() {
        try? finishDataFiles(keep: false)
        staging?.abandon()
        transaction?.abandon()
    }
}

/// Step 4: opens the output for writing.
enum OpenOutput {
    static func run(_ state: BuildState, plan: BuildPlan, config: SiteConfig) throws -> BuildOutput {
        let sink: PageSink
        let staging: OutputWriter?
        let transaction: OutputTransaction?
        if plan.previous != nil {
            let t = try OutputTransaction(destination: state.outputPath, cacheDirectory: plan.cacheDirectory)
            sink = t
            staging = nil
            transaction = t
        } else {
            let w = try OutputWriter(destination: state.outputPath)
            sink = w
            staging = w
            transaction = nil
        }
        let oldJSON = plan.previous == nil ? nil : DataFileReader(state.outputPath + "/data/layanan.json")
        let oldCSV = plan.previous == nil ? nil : DataFileReader(state.outputPath + "/data/layanan.csv")
        do {
            let jsonRows = try RowAssembler(stream: sink.openDataStream("data/layanan.json"), old: oldJSON,
                                            separator: [UInt8(ascii: ",")],
                                            head: Array(DataExports.servicesJSONHead(config).utf8))
            let csvRows = try RowAssembler(stream: sink.openDataStream("data/layanan.csv"), old: oldCSV,
                                           separator: [], head: Array(DataExports.servicesCSVHead.utf8))
            return BuildOutput(sink: sink, staging: staging, transaction: transaction, jsonRows: jsonRows,
                               csvRows: csvRows)
        } catch {
            // Abandoning the staging folder or transaction drops any stream already opened in it.
            staging?.abandon()
            transaction?.abandon()
            throw error
        }
    }
}
