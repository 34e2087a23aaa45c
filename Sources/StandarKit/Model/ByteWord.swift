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
