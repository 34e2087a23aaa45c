/// Where pages go during a build: a fresh staging folder that is swapped in (full build), or a transaction
/// on the existing output (incremental build).
protocol PageSink: AnyObject, Sendable {
    func write(_ relativePath: String, _ bytes: some Collection<UInt8>) throws
    /// A large file written in pieces.
    func openDataStream(_ relativePath: String) throws -> DataStream
}

/// A large output file written in pieces.
protocol DataStream: AnyObject {
    func append(_ bytes: some Collection<UInt8>) throws
    /// Closes the file; `keep: false` (incremental builds only) means its content did not change.
    func finish(keep: Bool) throws
}

extension OutputWriter: PageSink {
    func openDataStream(_ relativePath: String) throws -> DataStream { try openStream(relativePath) }
}

extension OutputWriter.Stream: DataStream {
    func finish(keep: Bool) throws { try close() }
}
