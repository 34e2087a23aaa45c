/// The QR symbols of the posters' links, encoded here for versions 1 to 11 (up to 61 modules: every service URL
/// so far): 8-bit data at error correction level M, laid out as libqrencode 4.1.1 lays it out — its version
/// choice, padding, Reed–Solomon blocks and interleaving, function patterns and module order — and given to
/// `QRCode.bestMask` unmasked, one 64-bit word per row. Longer texts go to libqrencode.
///
/// Why not libqrencode for these too: it builds each symbol through a list of input chunks, a bit stream of one
/// byte per bit and a frame filled module by module — half of the QR cost of a build (6% of a 1,000-service
/// build's instructions, cachegrind). Tests compare the symbols with libqrencode's, module for module.
enum QREncoder {
    /// A symbol before masking: the function patterns (format modules light) and the data bits, one word per row
    /// (bit x = module x, 1 dark); `data` marks the modules a mask flips, and `dataColumns` the same by column
    /// (64 words, bit y of word x = module (x, y)).
    struct Unmasked {
        let width: Int
        var raw: [UInt64]
        let data: [UInt64]
        let dataColumns: [UInt64]
    }

    static let maxVersion = 11

    /// The layout of one version at level M.
    struct Version {
        let number: Int
        let width: Int
        /// Data codewords, of all blocks.
        let dataCodewords: Int
        /// Error correction codewords per block.
        let eccPerBlock: Int
        /// Blocks of `shortBlock` data codewords, then blocks of `shortBlock + 1`.
        let shortBlocks: Int
        let longBlocks: Int
        let shortBlock: Int
        /// Bits of the character count of 8-bit data.
        var countBits: Int { number <= 9 ? 8 : 16 }
        /// Function modules (format modules included) and the dark ones among them, one word per row; the data
        /// modules (the others).
        let function: [UInt64]
        let dark: [UInt64]
        let data: [UInt64]
        /// `data` transposed: 64 words, bit y of word x = module (x, y) (the same for every symbol of a version).
        let dataColumns: [UInt64]
        /// Divides a block by this version's generator.
        let divisor: ReedSolomon.Divisor
        /// The data modules in the order the codeword bits fill them (index y * 64 + x), remainder modules last.
        let order: [UInt16]
        /// Per codeword, when its eight modules are on one column pair, modules x + 1 and x of five rows, from the
        /// first of those ten or the second: the rows in bytes 0 to 4, x in byte 5, and in byte 6 the shift that
        /// puts the codeword's bits at those ten (2 from the first, 1 from the second); `UInt64.max` for the others.
        let pairRows: [UInt64]
    }

    /// Versions 1 to 11 at level M: total codewords, error correction codewords, blocks (short, long),
    /// the second and third alignment pattern coordinates (the first is 6), the version pattern (7 and up).
    /// From libqrencode 4.1.1's `qrspecCapacity`, `eccTable`, `alignmentPattern` and `versionPattern`
    /// (JIS X0510:2004 tables 1, 9 and D.1).
    private static let table: [(words: Int, ecc: Int, blocks: (Int, Int), align: (Int, Int), pattern: Int)] = [
        (26, 10, (1, 0), (0, 0), 0),
        (44, 16, (1, 0), (18, 0), 0),
        (70, 26, (1, 0), (22, 0), 0),
        (100, 36, (2, 0), (26, 0), 0),
        (134, 48, (2, 0), (30, 0), 0),
        (172, 64, (4, 0), (34, 0), 0),
        (196, 72, (4, 0), (22, 38), 0x07C94),
        (242, 88, (2, 2), (24, 42), 0x085BC),
        (292, 110, (3, 2), (26, 46), 0x09A99),
        (346, 130, (4, 1), (28, 50), 0x0A4D3),
        (404, 150, (1, 4), (30, 54), 0x0BBF6),
    ]

    /// Built once, on first use.
    static let versions: [Version] = (1...maxVersion).map(makeVersion)

    /// The smallest version whose data codewords hold `count` bytes of 8-bit data (mode, count and bytes,
    /// rounded up to whole codewords, as libqrencode's `QRinput_convertData` decides); nil above version 11.
    static func version(forByteCount count: Int) -> Version? {
        versions.first { v in (4 + v.countBits + 8 * count + 7) / 8 <= v.dataCodewords }
    }

    /// The unmasked symbol of `bytes`; nil when they need a version above 11 (or are empty). The data codewords and
    /// then all codewords in their order are made in one buffer on the stack.
    static func encode(_ bytes: UnsafeBufferPointer<UInt8>) -> Unmasked? {
        guard !bytes.isEmpty, let v = version(forByteCount: bytes.count) else { return nil }
        let total = v.dataCodewords + (v.shortBlocks + v.longBlocks) * v.eccPerBlock
        var raw = v.dark
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: v.dataCodewords + total) { buffer in
            guard let base = buffer.baseAddress else { return }
            let data = UnsafeMutableBufferPointer(start: base, count: v.dataCodewords)
            let codewords = UnsafeMutableBufferPointer(start: base + v.dataCodewords, count: total)
            writeDataCodewords(v, bytes, into: data)
            interleave(v, data: UnsafeBufferPointer(data), into: codewords)
            raw.withUnsafeMutableBufferPointer { place(v, codewords: UnsafeBufferPointer(codewords), into: $0) }
        }
        return Unmasked(width: v.width, raw: raw, data: v.data, dataColumns: v.dataColumns)
    }

    /// Mode 0100, the count, the bytes, then libqrencode's padding (`QRinput_appendPaddingBit`): up to four
    /// zero bits, zero bits to a whole codeword, then 0xEC and 0x11 in turn; `out` holds `v.dataCodewords`.
    static func writeDataCodewords(_ v: Version, _ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) {
        guard out.count == v.dataCodewords, bytes.count <= v.dataCodewords - 2 else { return }
        out.update(repeating: 0)
        // The mode and count take 12 or 20 bits: every byte after them straddles two codewords.
        let header = 0b0100 << v.countBits | bytes.count
        let headerBits = 4 + v.countBits
        var bitCount = headerBits & ~7
        for k in 0..<(headerBits / 8) { out[k] = UInt8(truncatingIfNeeded: header >> (headerBits - 8 * (k + 1))) }
        var carry = UInt8(truncatingIfNeeded: header & 0xF) << 4  // the header's last four bits
        for byte in bytes {
            out[bitCount &>> 3] = carry | byte &>> 4
            carry = byte &<< 4
            bitCount &+= 8
        }
        out[bitCount >> 3] = carry
        bitCount += 4
        // The terminator and the bits to a whole codeword are zeros, as `out` already is.
        var words = (bitCount + 7) / 8
        if v.dataCodewords * 8 - bitCount > 4 { words = (bitCount + 4 + 7) / 8 }
        var pad: UInt8 = 0xEC
        while words < v.dataCodewords {
            out[words] = pad
            pad ^= 0xEC ^ 0x11
            words += 1
        }
    }

    /// The data codewords cut into blocks, each block's error correction, and both read column by column across
    /// the blocks (the long blocks' last data codeword after all the others), as `QRraw_getCode` reads them:
    /// data codeword c of block b goes to c × blocks + b, and error correction codeword k of block b to
    /// `dataCodewords` + k × blocks + b.
    static func interleave(_ v: Version, data: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) {
        let blocks = v.shortBlocks + v.longBlocks
        guard data.count == v.dataCodewords, out.count == v.dataCodewords + blocks * v.eccPerBlock,
              let base = out.baseAddress else { return }
        var start = 0
        for b in 0..<blocks {
            let length = v.shortBlock + (b < v.shortBlocks ? 0 : 1)
            for c in 0..<v.shortBlock { out[c &* blocks &+ b] = data[start &+ c] }
            if length > v.shortBlock { out[v.shortBlock &* blocks &+ b &- v.shortBlocks] = data[start &+ v.shortBlock] }
            v.divisor.remainder(UnsafeBufferPointer(rebasing: data[start..<(start + length)]),
                                into: base + v.dataCodewords + b, stride: blocks)
            start += length
        }
    }

    /// Sets the dark modules of `codewords` in `raw` (the version's function patterns): codeword c's bits fill
    /// modules 8c ..< 8c + 8 of the order, its highest bit first. A codeword on one column pair (`Version.pairRows`)
    /// is written two bits a row; the others bit by bit, only their dark bits visited.
    static func place(_ v: Version, codewords: UnsafeBufferPointer<UInt8>, into raw: UnsafeMutableBufferPointer<UInt64>) {
        guard raw.count == v.width else { return }
        v.order.withUnsafeBufferPointer { order in
            v.pairRows.withUnsafeBufferPointer { pairRows in
                for c in 0..<min(codewords.count, pairRows.count) {
                    let entry = pairRows[c], byte = UInt64(codewords[c])
                    if entry != .max {
                        // Slot s of the ten is bit 9 − s of `slots`; row k takes slots 2k (module x) and 2k + 1.
                        let slots = byte &<< (entry &>> 48), shift = entry &>> 40 & 0xFF
                        raw[Int(entry & 0xFF)] |= (slots &>> 8 & 3) &<< shift
                        raw[Int(entry &>> 8 & 0xFF)] |= (slots &>> 6 & 3) &<< shift
                        raw[Int(entry &>> 16 & 0xFF)] |= (slots &>> 4 & 3) &<< shift
                        raw[Int(entry &>> 24 & 0xFF)] |= (slots &>> 2 & 3) &<< shift
                        raw[Int(entry &>> 32 & 0xFF)] |= (slots & 3) &<< shift
                        continue
                    }
                    var bits = UInt32(codewords[c])
                    while bits != 0 {
                        let p = Int(order[c &* 8 &+ 7 &- bits.trailingZeroBitCount])
                        raw[p &>> 6] |= 1 &<< UInt64(p & 63)
                        bits &= bits &- 1
                    }
                }
            }
        }
    }

    // MARK: Layout

    private static func makeVersion(_ number: Int) -> Version {
        let spec = table[number - 1]
        let w = 17 + 4 * number
        let blocks = spec.blocks.0 + spec.blocks.1
        let dataCodewords = spec.words - spec.ecc
        var function = [UInt64](repeating: 0, count: w)
        var dark = [UInt64](repeating: 0, count: w)
        func set(_ x: Int, _ y: Int, dark isDark: Bool) {
            function[y] |= 1 << UInt64(x)
            if isDark { dark[y] |= 1 << UInt64(x) } else { dark[y] &= ~(1 << UInt64(x)) }
        }
        // Finder patterns with their separators.
        for (ox, oy) in [(0, 0), (w - 7, 0), (0, w - 7)] {
            for dy in -1...7 {
                for dx in -1...7 {
                    let x = ox + dx, y = oy + dy
                    guard x >= 0, x < w, y >= 0, y < w else { continue }
                    let ring = max(abs(dx - 3), abs(dy - 3))
                    set(x, y, dark: ring != 2 && ring <= 3)
                }
            }
        }
        // Format modules: light until a mask writes its own.
        for i in 0...8 { set(i, 8, dark: false); set(8, i, dark: false) }
        for i in 0..<8 { set(w - 1 - i, 8, dark: false) }
        for i in 0..<7 { set(8, w - 1 - i, dark: false) }
        // Timing patterns (over the format modules at (8, 6) and (6, 8)).
        for i in 8..<(w - 8) {
            set(i, 6, dark: i & 1 == 0)
            set(6, i, dark: i & 1 == 0)
        }
        // Alignment patterns: at every pair of centers except the three finder corners.
        if number >= 2 {
            var centers = [6, spec.align.0]
            if spec.align.1 > 0 { centers.append(spec.align.1) }
            for cy in centers {
                for cx in centers {
                    let corner = (cx == 6 && cy == 6) || (cx == 6 && cy == centers[centers.count - 1])
                        || (cy == 6 && cx == centers[centers.count - 1])
                    guard !corner else { continue }
                    for dy in -2...2 {
                        for dx in -2...2 { set(cx + dx, cy + dy, dark: max(abs(dx), abs(dy)) != 1) }
                    }
                }
            }
        }
        // Version information, versions 7 and up: two blocks of 6 × 3 modules.
        if spec.pattern != 0 {
            var bits = spec.pattern
            for x in 0..<6 {
                for y in 0..<3 {
                    set(x, w - 11 + y, dark: bits & 1 != 0)
                    bits >>= 1
                }
            }
            bits = spec.pattern
            for y in 0..<6 {
                for x in 0..<3 {
                    set(w - 11 + x, y, dark: bits & 1 != 0)
                    bits >>= 1
                }
            }
        }
        // The dark module.
        set(8, w - 8, dark: true)

        // Data modules: two columns at a time from the right, up then down, skipping column 6; in each row the
        // right module first.
        var order: [UInt16] = []
        order.reserveCapacity(w * w)
        var right = w - 1
        var upward = true
        while right > 0 {
            if right == 6 { right -= 1 }
            for step in 0..<w {
                let y = upward ? w - 1 - step : step
                if function[y] >> UInt64(right) & 1 == 0 { order.append(UInt16(y * 64 + right)) }
                if function[y] >> UInt64(right - 1) & 1 == 0 { order.append(UInt16(y * 64 + right - 1)) }
            }
            upward.toggle()
            right -= 2
        }
        // A codeword on one column pair, x and x − 1, fills 8 of the pair's 10 slots in five successive rows of
        // the order (two slots a row, the right module first), from slot 0 or from slot 1.
        var pairRows = [UInt64](repeating: .max, count: order.count / 8)
        var rows = [Int](repeating: -1, count: 5)
        for c in pairRows.indices {
            for offset in 0...1 {
                let x = Int(order[c * 8]) & 63 + offset
                for k in 0..<5 { rows[k] = -1 }
                var fits = x > 0
                for j in 0..<8 where fits {
                    let slot = j + offset, module = Int(order[c * 8 + j])
                    fits = module & 63 == x - slot % 2 && (rows[slot / 2] < 0 || rows[slot / 2] == module >> 6)
                    rows[slot / 2] = module >> 6
                }
                guard fits else { continue }
                if rows[4] < 0 { rows[4] = rows[3] }  // from slot 0: nothing in the fifth row
                var entry = UInt64(x - 1) << 40 | UInt64(2 - offset) << 48
                for k in 0..<5 { entry |= UInt64(rows[k]) << UInt64(8 * k) }
                pairRows[c] = entry
                break
            }
        }
        let all = QRCode.lowBits(w)
        let data = function.map { ~$0 & all }
        return Version(number: number, width: w, dataCodewords: dataCodewords, eccPerBlock: spec.ecc / blocks,
                       shortBlocks: spec.blocks.0, longBlocks: spec.blocks.1,
                       shortBlock: dataCodewords / blocks, function: function, dark: dark,
                       data: data, dataColumns: QRCode.transposed(data),
                       divisor: ReedSolomon.Divisor(degree: spec.ecc / blocks), order: order, pairRows: pairRows)
    }
}
