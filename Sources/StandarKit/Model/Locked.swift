import Foundation

/// A value shared by concurrent workers, reached only through `withLock`.
///
/// The one hand-checked `Sendable` of the package besides the cmark lock: every access holds the lock, so the
/// value may be used from any thread. `Synchronization.Mutex` works on this toolchain, but its `sending` rules
/// refuse a value that is not `Sendable` — the in-order consumer closure of `SiteLoader.forEachServiceFile`,
/// which is called only under this lock — so `Locked` wraps an `NSLock` instead.
public final class Locked<Value>: @unchecked Sendable {
    private var stored: Value
    private let lock = NSLock()

    public init(_ value: Value) { stored = value }

    /// Runs `body` with the value while holding the lock.
    @discardableResult
    public func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(&stored)
    }

    /// A copy of the value.
    public var value: Value { withLock { $0 } }
}

extension Locked {
    /// Stores `value` unless one is already stored (the first error of concurrent workers).
    public func setIfEmpty<Wrapped>(_ value: Wrapped) where Value == Wrapped? {
        withLock { if $0 == nil { $0 = value } }
    }
}
