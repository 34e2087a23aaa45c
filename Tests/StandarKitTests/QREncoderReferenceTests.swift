import Testing
@testable import StandarKit

/// The encoder's stack buffer, interleaving by index and two-bits-a-row placement against the encoder they
/// replaced (kept below as it was: arrays appended, error correction in an array of its own, every codeword placed
/// bit by bit).
@Suite struct QREncoderReferenceTests {
    /// Random bytes of every length versions 1 to 11 hold (251 at most), and the extremes of each byte value.
    @Test func encoderEqualsTheArrayEncoder() {
        var generator = TestSeed.generator(0x0E4C_0DE5)
        var versionsSeen: Set<Int> = []
        for length in 1...252 {
            var inputs = (0..<3).map { _ in (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) } }
            inputs.append([UInt8](repeating: 0, count: length))
            inputs.append([UInt8](repeating: 0xFF, count: length))
            for bytes in inputs {
                let fast = bytes.withUnsafeBufferPointer(QREncoder.encode)
                let reference = bytes.withUnsafeBufferPointer(Self.referenceEncode)
                #expect(fast?.raw == reference?.raw, "\(length) bytes")
                #expect(fast?.width == reference?.width)
                if let fast { versionsSeen.insert((fast.width - 17) / 4) }
                #expect((fast == nil) == (length > 251))
            }
        }
        #expect(versionsSeen == Set(1...11))
    }

    /// Most codewords of every version are placed two bits a row, some bit by bit (so both paths run), and each
    /// entry names the modules the order lists, from slot 0 or 1 of its ten.
    @Test func pairRowsAreTheOrdersModules() {
        var bitByBit = 0
        for v in QREncoder.versions {
            #expect(v.pairRows.count == v.order.count / 8)
            var regular = 0
            for (c, entry) in v.pairRows.enumerated() where entry != .max {
                regular += 1
                let x = Int(entry >> 40 & 0xFF) + 1, offset = 2 - Int(entry >> 48)
                #expect(offset == 0 || offset == 1)
                for j in 0..<8 {
                    let slot = j + offset
                    let y = Int(entry >> UInt64(8 * (slot / 2)) & 0xFF)
                    #expect(Int(v.order[c * 8 + j]) == y * 64 + x - slot % 2, "version \(v.number), codeword \(c)")
                }
            }
            #expect(regular > v.pairRows.count / 2, "version \(v.number): \(regular) of \(v.pairRows.count)")
            bitByBit += v.pairRows.count - regular
        }
        #expect(bitByBit > 0)
    }

    // MARK: The encoder before the stack buffer (reference)

    static func referenceEncode(_ bytes: UnsafeBufferPointer<UInt8>) -> QREncoder.Unmasked? {
        guard !bytes.isEmpty, let v = QREncoder.version(forByteCount: bytes.count) else { return nil }
        let codewords = interleaved(v, data: dataCodewords(v, bytes))
        var raw = v.dark
        for c in 0..<min(codewords.count, v.order.count / 8) {
            var bits = UInt32(codewords[c])
            while bits != 0 {
                let p = Int(v.order[c * 8 + 7 - bits.trailingZeroBitCount])
                raw[p >> 6] |= 1 << UInt64(p & 63)
                bits &= bits - 1
            }
        }
        return QREncoder.Unmasked(width: v.width, raw: raw, data: v.data, dataColumns: v.dataColumns)
    }

    static func dataCodewords(_ v: QREncoder.Version, _ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: v.dataCodewords)
        let header = 0b0100 << v.countBits | bytes.count
        let headerBits = 4 + v.countBits
        var bitCount = headerBits & ~7
        for k in 0..<(headerBits / 8) { out[k] = UInt8(truncatingIfNeeded: header >> (headerBits - 8 * (k + 1))) }
        var carry = UInt8(truncatingIfNeeded: header & 0xF) << 4
        for byte in bytes {
            out[bitCount >> 3] = carry | byte >> 4
            carry = byte << 4
            bitCount += 8
        }
        out[bitCount >> 3] = carry
        bitCount += 4
        var words = (bitCount + 7) / 8
        if v.dataCodewords * 8 - bitCount > 4 { words = (bitCount + 4 + 7) / 8 }
        var pad: UInt8 = 0xEC
        while words < v.dataCodewords {
            out[words] = pad
            pad = pad == 0xEC ? 0x11 : 0xEC
            words += 1
        }
        return out
    }

    static func interleaved(_ v: QREncoder.Version, data: [UInt8]) -> [UInt8] {
        let blocks = v.shortBlocks + v.longBlocks
        var starts: [Int] = []
        var lengths: [Int] = []
        var start = 0
        for b in 0..<blocks {
            let length = v.shortBlock + (b < v.shortBlocks ? 0 : 1)
            starts.append(start)
            lengths.append(length)
            start += length
        }
        var out: [UInt8] = []
        for column in 0...v.shortBlock {
            for b in 0..<blocks where column < lengths[b] { out.append(data[starts[b] + column]) }
        }
        var ecc = [UInt8](repeating: 0, count: blocks * v.eccPerBlock)
        for b in 0..<blocks {
            v.divisor.remainder(data[starts[b]..<(starts[b] + lengths[b])], into: &ecc, at: b * v.eccPerBlock)
        }
        for column in 0..<v.eccPerBlock {
            for b in 0..<blocks { out.append(ecc[b * v.eccPerBlock + column]) }
        }
        return out
    }
}
