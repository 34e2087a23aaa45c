/// Tests on eight bytes at once, read as one little-endian `UInt64` (SWAR): the scanners of text (JSON and CSV
/// quoting, HTML escaping, source decoding) skip a word of ordinary bytes with a few operations.
enum ByteWord {
    /// Non-zero when one of the eight bytes of `w` is `byte` (a zero-byte test on `w` XOR the byte). It may also
    /// set the bit of a byte just above a match: a "maybe", for scans that then look at the bytes.
    @inline(__always)
    static func byteBits(_ byte: UInt8, _ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let v = w ^ (UInt64(byte) &* ones)
        return (v &- ones) & ~v & 0x8080_8080_8080_8080
    }

    /// Whether one of the eight bytes of `w` may be `byte` (never false when one is).
    @inline(__always)
    static func hasByte(_ byte: UInt8, _ w: UInt64) -> Bool { byteBits(byte, w) != 0 }

    /// The high bit of each byte of `w` that equals `byte`, and no other bit: exact (no borrow crosses bytes),
    /// for counting.
    @inline(__always)
    static func bytesEqual(_ w: UInt64, _ byte: UInt8) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let v = w ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return ~(((v & low7) &+ low7) | v) & 0x8080_8080_8080_8080
    }
}

/// Tests on sixteen bytes at once as a SIMD vector (SSE2 compares on x86-64): twice the bytes of a `ByteWord`
/// test for fewer instructions, and exact.
enum ByteBlock {
    typealias Block = SIMD16<UInt8>
    typealias Lanes = SIMDMask<SIMD16<Int8>>

    /// The lanes of `lanes` as bits (bit i: lane i set), for the index of the first with `trailingZeroBitCount`.
    /// Each lane is all ones or all zeros; the high bits of each half are gathered into a byte by one
    /// multiplication (byte i's bit lands on bit 56 + i, no two terms meet). The standard library's `any(_:)`
    /// compiled to a call of a generic `min` over the lanes (8 M instructions of a 1,000-service check).
    @inline(__always)
    static func bits(_ lanes: Lanes) -> UInt32 {
        let words = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
        let high: UInt64 = 0x8080_8080_8080_8080, gather: UInt64 = 0x0002_0408_1020_4081
        let low = ((words[0] & high) &* gather) >> 56, upper = ((words[1] & high) &* gather) >> 56
        return UInt32(truncatingIfNeeded: low | upper << 8)
    }

    /// Whether a lane of `lanes` is set: the two halves tested as words, cheaper than gathering the lanes as bits
    /// (`bits`) when the position is not needed.
    @inline(__always)
    static func any(_ lanes: Lanes) -> Bool {
        let words = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
        return words[0] | words[1] != 0
    }

    /// The lanes of `v` that equal `byte`.
    @inline(__always)
    static func equal(_ v: Block, _ byte: UInt8) -> Lanes { v .== Block(repeating: byte) }

    /// The lanes of `v` outside printable ASCII: below 0x20 (a control character) or from 0x80 (part of a
    /// multi-byte scalar). 0x7F counts as printable.
    @inline(__always)
    static func outsidePrintableASCII(_ v: Block) -> Lanes {
        (v &- Block(repeating: 0x20)) .>= Block(repeating: 0x60)
    }
}
