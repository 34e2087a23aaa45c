/// The bytes of a page being rendered (and of the data files' rows, as `OutputBytes`): a growable buffer appended to
/// with plain copies. A template's texts are short (a line each) and a page has hundreds of them;
/// `Array.append(contentsOf:)` costs a generic sequence copy per call, this costs a capacity check and a `memcpy`.
/// It may start in memory it does not own (the spare capacity of the page's array) and moves to memory of its own
/// when that is full.
struct PageBuffer: ~Copyable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int
    /// Whether `base` was allocated here (and is freed here).
    private(set) var owned: Bool

    init(capacity: Int) {
        self.capacity = max(capacity, 256)
        base = .allocate(capacity: self.capacity)
        owned = true
    }

    /// Writes into `memory` (at least one byte) until it is full.
    init(writingInto memory: UnsafeMutableBufferPointer<UInt8>) {
        if let start = memory.baseAddress, memory.count > 0 {
            base = start
            capacity = memory.count
            owned = false
        } else {
            capacity = 256
            base = .allocate(capacity: capacity)
            owned = true
        }
    }

    deinit { if owned { base.deallocate() } }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    subscript(i: Int) -> UInt8 { base[i] }

    /// Room for `n` more bytes.
    @inline(__always)
    mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(count + n) }
    }

    private mutating func grow(_ needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        if owned { base.deallocate() }
        base = newBase
        capacity = newCapacity
        owned = true
    }

    @inline(__always)
    mutating func append(_ start: UnsafePointer<UInt8>, count n: Int) {
        reserve(n)
        (base + count).initialize(from: start, count: n)
        count += n
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress else { return }
        append(start, count: bytes.count)
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ s: StaticString) { append(s.utf8Start, count: s.utf8CodeUnitCount) }

    /// Appends the UTF-8 bytes of `s` as they are, read where the string keeps them.
    mutating func append(_ s: String) {
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { append($0) }
        guard done == nil else { return }
        var s = s
        s.withUTF8 { append($0) }
    }

    /// Appends the UTF-8 bytes of `s` as they are.
    mutating func appendRaw(_ s: String) { append(s) }

    /// Appends `v` in decimal, as `String(v)` writes it.
    mutating func append(decimal v: Int) {
        var magnitude = v.magnitude
        var digits = 1
        var rest = magnitude
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        let n = digits + (v < 0 ? 1 : 0)
        reserve(n)
        if v < 0 { base[count] = 0x2D }
        var p = base + count + n
        repeat {
            p -= 1
            p.pointee = 0x30 + UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        count += n
    }

    /// A copy of the bytes, of their own size.
    var array: [UInt8] { Array(bytes) }

    /// The bytes as a string (a damaged sequence becomes U+FFFD).
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Empties the buffer; its memory is kept for what follows.
    mutating func removeAll() { count = 0 }

    /// Appends `s` escaped as `HTMLEscaper.appendAttribute` (quotes: true) or `appendText` escape it.
    /// Read from the bytes where the string keeps them: `withUTF8` needs a mutable copy of the string, a retain and
    /// a release per value (the copy is only made for a string without contiguous UTF-8).
    mutating func appendEscaped(_ s: String, quotes: Bool) {
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { appendEscaped($0, quotes: quotes) }
        guard done == nil else { return }
        var s = s
        s.withUTF8 { appendEscaped($0, quotes: quotes) }
    }

    /// Runs with no special byte are copied whole; `HTMLEscaper.nextSpecial` finds each special byte (most
    /// values hold none and are copied in one piece).
    /// A value of at most sixteen bytes (most: a title, a date, a class name) is tested in one block and, with no
    /// special byte, stored whole (two words from eight bytes on).
    mutating func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, quotes: Bool) {
        guard let src = bytes.baseAddress else { return }
        let n = bytes.count
        if n <= 16 {
            guard n > 0 else { return }
            let words = HTMLEscaper.shortWords(UnsafeRawPointer(src), count: n)
            if !HTMLEscaper.hasSpecial(words, quotes: quotes) { return appendShort(src, count: n, words: words) }
        }
        var runStart = 0
        var i = HTMLEscaper.nextSpecial(bytes, from: 0, quotes: quotes)
        while i < n {
            append(src + runStart, count: i - runStart)
            appendASCII(HTMLEscaper.entity(of: src[i]))
            runStart = i + 1
            i = HTMLEscaper.nextSpecial(bytes, from: runStart, quotes: quotes)
        }
        append(src + runStart, count: n - runStart)
    }

    /// Appends the `n` bytes (one to sixteen) at `src`, read as `HTMLEscaper.shortWords` into `words`: from
    /// eight bytes on, the two words stored where they were read (no call of `memcpy`).
    @inline(__always)
    mutating func appendShort(_ src: UnsafePointer<UInt8>, count n: Int, words: SIMD2<UInt64>) {
        guard n >= 8 else { return append(src, count: n) }
        reserve(16)
        let dst = UnsafeMutableRawPointer(base + count)
        dst.storeBytes(of: words[0], as: UInt64.self)
        dst.storeBytes(of: words[1], toByteOffset: n &- 8, as: UInt64.self)
        count += n
    }

    /// Appends the `n` bytes at `src`, from which at least `max(n, readable)` bytes may be read (`readable` at
    /// least sixteen): up to thirty-two bytes are copied as one or two blocks of sixteen (the second ending where
    /// the bytes end), without a call of `memcpy`; the bytes of the first block past `n` land in spare capacity,
    /// where what follows overwrites them. Longer runs are copied with `memcpy`.
    @inline(__always)
    mutating func append(_ src: UnsafePointer<UInt8>, count n: Int, readable: Int) {
        guard n <= 32, readable >= 16 else { return append(src, count: n) }
        reserve(32)
        let from = UnsafeRawPointer(src)
        let to = UnsafeMutableRawPointer(base + count)
        to.storeBytes(of: from.loadUnaligned(as: SIMD16<UInt8>.self), as: SIMD16<UInt8>.self)
        if n > 16 {
            to.storeBytes(of: from.loadUnaligned(fromByteOffset: n &- 16, as: SIMD16<UInt8>.self),
                          toByteOffset: n &- 16, as: SIMD16<UInt8>.self)
        }
        count += n
    }

    /// Appends the first `n` bytes (at most sixteen) of `words`, as they lie in memory: both words are stored
    /// (the bytes past `n` land in spare capacity, where what follows overwrites them), with no call of `memcpy`.
    @inline(__always)
    mutating func append(words: SIMD2<UInt64>, count n: Int) {
        reserve(16)
        let dst = UnsafeMutableRawPointer(base + count)
        dst.storeBytes(of: words[0], as: UInt64.self)
        dst.storeBytes(of: words[1], toByteOffset: 8, as: UInt64.self)
        count += n
    }

    @inline(__always)
    private mutating func appendASCII(_ s: StaticString) {
        append(s.utf8Start, count: s.utf8CodeUnitCount)
    }

    /// Inserts `bytes` at `index` (at most `count`), moving what follows.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + index + bytes.count).moveInitialize(from: base + index, count: count - index)
        (base + index).initialize(from: start, count: bytes.count)
        count += bytes.count
    }
}
