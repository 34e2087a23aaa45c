import CQRencode

/// QR codes for the posters, drawn as inline SVG with the quiet zone of four modules the standard asks for.
///
/// libqrencode builds the symbol (data, Reed–Solomon, function patterns) with mask 0; the mask is then chosen
/// here, by the same penalty libqrencode 4.1.1 (Debian bookworm) computes (JIS X0510:2004 8.8.2, its `Mask_mask`), so the symbol is the
/// one `QRcode_encodeString8bit` makes, module for module (a test compares them). Why: libqrencode evaluates
/// the eight masks with a malloc per row run and scattered reads — 14% of a 10,000-service build's CPU in
/// `perf` — where this pass works on one flat buffer.
public enum QRCode {
    /// The dark modules of a symbol, row by row, `width` × `width`, one byte per module (1 dark, 0 light).
    public struct Matrix: Equatable, Sendable {
        public let width: Int
        public var modules: [UInt8]
        public subscript(x: Int, y: Int) -> Bool { modules[y * width + x] != 0 }
    }

    /// The modules of `text` encoded as 8-bit data with error correction level M (15% recoverable: enough
    /// for a poster that gets scuffed at a counter); nil when libqrencode refuses (empty or over ~2,300 bytes).
    public static func modules(_ text: String) -> [[Bool]]? {
        guard let matrix = matrix(text) else { return nil }
        return (0..<matrix.width).map { y in (0..<matrix.width).map { x in matrix[x, y] } }
    }

    public static func matrix(_ text: String) -> Matrix? { symbol(text)?.matrix }

    /// A symbol as bits: module (x, y) is bit x % 64 of `words[y * stride + x / 64]` (1 dark). Symbols up to
    /// version 11 (61 modules) take one word per row; the SVG is written from the words, run by run.
    struct Symbol: Equatable {
        let width: Int
        let stride: Int
        var words: [UInt64]

        init(width: Int, rows: [UInt64]) {
            self.width = width
            stride = 1
            words = rows
        }

        init(_ matrix: Matrix) {
            width = matrix.width
            stride = (matrix.width + 63) / 64
            words = [UInt64](repeating: 0, count: width * stride)
            for y in 0..<width {
                for x in 0..<width where matrix.modules[y * width + x] != 0 {
                    words[y * stride + x / 64] |= 1 << UInt64(x % 64)
                }
            }
        }

        subscript(x: Int, y: Int) -> Bool { words[y * stride + x / 64] >> UInt64(x % 64) & 1 != 0 }

        var matrix: Matrix {
            var modules = [UInt8](repeating: 0, count: width * width)
            for y in 0..<width {
                for x in 0..<width where self[x, y] { modules[y * width + x] = 1 }
            }
            return Matrix(width: width, modules: modules)
        }
    }

    static func symbol(_ text: String) -> Symbol? {
        guard !text.isEmpty, text.utf8.count <= 2000 else { return nil }
        let bytes = Array(text.utf8)
        if let unmasked = bytes.withUnsafeBufferPointer(QREncoder.encode) { return bestMask(unmasked) }
        return librarySymbol(text)
    }

    /// The symbol from libqrencode's mask-0 frame, the mask chosen here (texts above version 11; for the others
    /// the tests' reference).
    static func librarySymbol(_ text: String) -> Symbol? {
        guard !text.isEmpty, text.utf8.count <= 2000 else { return nil }
        let bytes = Array(text.utf8)
        let masked0 = bytes.withUnsafeBufferPointer { buffer -> UnsafeMutablePointer<QRcode>? in
            guard let base = buffer.baseAddress else { return nil }
            return standar_qr_encode_mask0(base, Int32(buffer.count))
        }
        guard let masked0 else { return libraryMatrix(text).map(Symbol.init) }
        defer { QRcode_free(masked0) }
        let width = Int(masked0.pointee.width)
        guard width >= 21, width <= 177, let data = masked0.pointee.data else { return nil }
        return bestMask(UnsafeBufferPointer(start: data, count: width * width), width: width)
    }

    /// libqrencode's own choice, for a library built without `QRcode_encodeMask`.
    static func libraryMatrix(_ text: String) -> Matrix? {
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        guard width > 0, let data = code.pointee.data else { return nil }
        return Matrix(width: width, modules: (0..<width * width).map { data[$0] & 1 })
    }

    // MARK: Masks

    /// Module flags in libqrencode's frame: bit 0 dark, bit 7 a function module (never masked), bit 2 format
    /// information (rewritten for each mask).
    private static let functionFlag: UInt8 = 0x80
    private static let formatFlag: UInt8 = 0x04

    /// Whether mask `mask` flips the module at (x, y) (ISO/IEC 18004 table 10: the condition is zero).
    @inline(__always)
    static func flips(_ mask: Int, _ x: Int, _ y: Int) -> Bool {
        switch mask {
        case 0: return (x + y) & 1 == 0
        case 1: return y & 1 == 0
        case 2: return x % 3 == 0
        case 3: return (x + y) % 3 == 0
        case 4: return ((y / 2) + (x / 3)) & 1 == 0
        case 5: return ((x * y) & 1) + (x * y) % 3 == 0
        case 6: return (((x * y) & 1) + (x * y) % 3) & 1 == 0
        default: return (((x * y) % 3) + ((x + y) & 1)) & 1 == 0
        }
    }

    /// The 15-bit format information of level M with `mask`: BCH(15,5) with generator 0x537, XOR 0x5412.
    static func formatBits(mask: Int) -> Int {
        let data = (0b00 << 3) | mask  // level M is 00
        var remainder = data << 10
        for bit in stride(from: 14, through: 10, by: -1) where remainder & (1 << bit) != 0 {
            remainder ^= 0x537 << (bit - 10)
        }
        return ((data << 10) | remainder) ^ 0x5412
    }

    /// The 15 format modules (each written twice) in the order libqrencode writes the bits, least significant first.
    static func formatPositions(width w: Int) -> [(Int, Int)] {
        var positions: [(Int, Int)] = []
        for i in 0..<8 { positions.append((w * 8 + w - 1 - i, i < 6 ? w * i + 8 : w * (i + 1) + 8)) }
        for i in 0..<7 { positions.append((w * (w - 7 + i) + 8, i == 0 ? w * 8 + 7 : w * 8 + 6 - i)) }
        return positions
    }

    /// Unmasks a mask-0 frame and applies the mask with the lowest penalty (the first one on a tie).
    static func bestMask(_ frame: UnsafeBufferPointer<UInt8>, width w: Int) -> Symbol {
        if w <= 64 { return bestMaskByRows(frame, width: w) }
        // Unmasked modules (format modules 0 until each mask writes its own), and which ones a mask touches.
        var raw = [UInt8](repeating: 0, count: w * w)
        var isData = [Bool](repeating: false, count: w * w)
        for y in 0..<w {
            for x in 0..<w {
                let i = y * w + x
                let value = frame[i]
                if value & functionFlag == 0 {
                    isData[i] = true
                    raw[i] = (value & 1) ^ (flips(0, x, y) ? 1 : 0)
                } else if value & formatFlag == 0 {
                    raw[i] = value & 1
                }
            }
        }
        return Symbol(bestMaskByModules(raw, isData, width: w))
    }

    /// Symbols up to version 11 (61 modules; a URL of up to ~250 bytes) from libqrencode's mask-0 frame: its
    /// rows gathered into words, then `bestMask(_:)`.
    static func bestMaskByRows(_ frame: UnsafeBufferPointer<UInt8>, width w: Int) -> Symbol {
        var raw = [UInt64](repeating: 0, count: w), data = [UInt64](repeating: 0, count: w)
        let all = lowBits(w)
        let mask0 = maskRows[0]
        guard let bytes = UnsafeRawPointer(frame.baseAddress) else { return Symbol(width: w, rows: raw) }
        // Eight modules at a time: bit 0 (dark), 2 (format) and 7 (function) of each byte, gathered by a
        // multiplication into the top byte (byte k's bit lands on bit 56 + k, no carries).
        let ones: UInt64 = 0x0101_0101_0101_0101, gather: UInt64 = 0x0102_0408_1020_4080
        for y in 0..<w {
            var dark: UInt64 = 0, function: UInt64 = 0, format: UInt64 = 0
            var x = 0
            while x + 8 <= w {
                let v = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: y * w + x, as: UInt64.self))
                dark |= (((v & ones) &* gather) >> 56) << UInt64(x)
                function |= (((v >> 7 & ones) &* gather) >> 56) << UInt64(x)
                format |= (((v >> 2 & ones) &* gather) >> 56) << UInt64(x)
                x += 8
            }
            while x < w {
                let v = UInt64(frame[y * w + x])
                dark |= (v & 1) << UInt64(x)
                function |= (v >> 7 & 1) << UInt64(x)
                format |= (v >> 2 & 1) << UInt64(x)
                x += 1
            }
            // Data modules lose mask 0; format modules are 0 until each mask writes its own.
            let dataRow = ~function & all
            raw[y] = (dark & ~(function & format)) ^ (mask0[y] & dataRow)
            data[y] = dataRow
        }
        return bestMask(QREncoder.Unmasked(width: w, raw: raw, data: data, dataColumns: transposed(data)))
    }

    /// Symbols up to version 11 (61 modules), unmasked: each row and column is one 64-bit word, so masking is
    /// one XOR per row, 2×2 blocks are popcounts and runs are found from the transitions. Each candidate's rows
    /// and columns are made as they are scored, never stored: the best one is made again from its mask.
    static func bestMask(_ symbol: QREncoder.Unmasked) -> Symbol {
        let w = symbol.width
        guard w >= 21, w <= 64, symbol.raw.count == w, symbol.data.count == w, symbol.dataColumns.count == 64 else {
            return Symbol(width: w, rows: [UInt64](repeating: 0, count: max(w, 0)))
        }
        let bestMask = scoreMasks(symbol, demerits: nil)
        let (row8, column8) = formatLines(mask: bestMask, width: w)
        let pattern = maskRows[bestMask]
        var rows = [UInt64](repeating: 0, count: w)
        for y in 0..<w { rows[y] = symbol.raw[y] ^ (pattern[y] & symbol.data[y]) | (column8 >> UInt64(y) & 1) << 8 }
        rows[8] |= row8
        return Symbol(width: w, rows: rows)
    }

    /// The mask of lowest penalty (the first one on a tie) of a symbol `bestMask` takes; each mask's penalty
    /// is stored in `demerits` when given (8 places).
    @inline(__always)
    static func scoreMasks(_ symbol: QREncoder.Unmasked, demerits: UnsafeMutablePointer<Int>?) -> Int {
        let w = symbol.width
        let inner = lowBits(w - 1)
        var bestMask = 0
        symbol.raw.withUnsafeBufferPointer { raw in
            symbol.data.withUnsafeBufferPointer { data in
                symbol.dataColumns.withUnsafeBufferPointer { dataColumns in
                    maskWords.withUnsafeBufferPointer { masks in
                        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 64) { rawColumns in
                            withUnsafeTemporaryAllocation(of: Int.self, capacity: w + 2) { runs in
                                withUnsafeTemporaryAllocation(of: Lines.self, capacity: 3 * w) { shared in
                                    maskLines.withUnsafeBufferPointer { maskLines in
                                        guard let rawColumns = rawColumns.baseAddress, let shared = shared.baseAddress,
                                              maskLines.count == 8 * 64 else { return }
                                        for y in 0..<64 { rawColumns[y] = y < w ? raw[y] : 0 }
                                        transpose64(rawColumns)
                                        bestMask = bestMaskIndex(raw: raw, data: data, rawColumns: rawColumns,
                                                                 dataColumns: dataColumns, masks: masks, maskLines: maskLines,
                                                                 shared: shared, width: w, inner: inner, runs: runs,
                                                                 demerits: demerits)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return bestMask
    }

    /// The penalty of each mask of a symbol of 21 to 64 modules, as `bestMask` computes it (for the tests).
    static func maskDemerits(_ symbol: QREncoder.Unmasked) -> [Int] {
        var demerits = [Int](repeating: 0, count: 8)
        demerits.withUnsafeMutableBufferPointer { _ = scoreMasks(symbol, demerits: $0.baseAddress) }
        return demerits
    }

    /// The mask of lowest penalty (the first one on a tie) of a symbol of `w` ≤ 64 modules; `masks`: `maskWords`,
    /// `maskLines`: `maskLines` (8 × 64), `shared`: room for 3 × `w` lines.
    @inline(__always)
    private static func bestMaskIndex(
        raw: UnsafeBufferPointer<UInt64>, data: UnsafeBufferPointer<UInt64>, rawColumns: UnsafeMutablePointer<UInt64>,
        dataColumns: UnsafeBufferPointer<UInt64>, masks: UnsafeBufferPointer<UInt64>,
        maskLines: UnsafeBufferPointer<Lines>, shared: UnsafeMutablePointer<Lines>, width w: Int, inner: UInt64,
        runs: UnsafeMutableBufferPointer<Int>, demerits: UnsafeMutablePointer<Int>?
    ) -> Int {
        var bestDemerit = Int.max, bestMask = 0
        let innerLines = Lines(repeating: inner)
        // What every mask shares, per line i (row i and column i side by side), made once: the unmasked modules,
        // the data modules (the ones a mask flips), and the finder patterns' own 1:1:3:1:1 starts (`knownFinders`).
        let rawLines = shared, dataLines = shared + w, knownLines = shared + 2 * w
        for i in 0..<w {
            rawLines[i] = Lines(raw[i], rawColumns[i])
            dataLines[i] = Lines(data[i], dataColumns[i])
            let known: UInt64 = i >= 2 && i <= 4 ? 1 | 1 &<< UInt64(w &- 7) : (i >= w &- 5 && i <= w &- 3 ? 1 : 0)
            knownLines[i] = Lines(repeating: known)
        }
        // The 1:1:3:1:1 of the finder patterns, seen by N3 in every mask: in rows and columns 2 to 4 at modules 0
        // and w − 7, in rows and columns w − 5 to w − 3 at module 0. Each is always counted (its ends are the
        // symbol's edge or a separator, and beyond the edge is light), whatever the data around it.
        let knownFinders = 40 * 2 * (3 * 2 + 3 * 1)
        for mask in 0..<8 {
            // The format modules of this mask: row 8 and column 8 (module (8, 8) is in both).
            let (row8, column8) = formatLines(mask: mask, width: w)
            let pattern = mask &* 64
            // Row i's format module is bit i of column 8 (at module 8), column i's bit i of row 8; row 8 and column
            // 8 get all of theirs.
            let formatBits = Lines(column8, row8), formatLine8 = Lines(row8, column8)
            var finders = knownFinders
            var counts = Lines(repeating: 0)  // N1 and N2 as 16-bit sums (`weightedCounts`)
            var previous: UInt64 = 0, blockMask: UInt64 = 0  // no 2×2 block ends on row 0
            // Row i and column i side by side.
            for i in 0..<w {
                var line = rawLines[i] ^ (maskLines[pattern &+ i] & dataLines[i])
                    | (formatBits &>> UInt64(i) & Lines(repeating: 1)) &<< 8
                if i == 8 { line |= formatLine8 }
                let row = line[0], column = line[1]
                // 2×2 blocks all dark or all light (never both), ending on this row.
                let both = row & previous, either = row | previous
                let blocks = (both & both &>> 1 | ~either & ~(either &>> 1)) & blockMask
                previous = row
                blockMask = inner
                // N1: a run of L ≥ 5 equal modules holds L − 4 windows of five and costs 3 + (L − 5) =
                // (L − 4) + 2, the 2 once per run (where a window starts after none).
                let equal = ~(line ^ line &>> 1) & innerLines  // bit i: module i equals module i + 1
                let windows = equal & equal &>> 1 & equal &>> 2 & equal &>> 3  // bit i: modules i...i+4 equal
                counts &+= weightedCounts(windows, Lines(blocks, 0), windows & ~(windows &<< 1))
                // N3: lines that may hold a 1:1:3:1:1 pattern (at scale 1 or 2 as `finderPenaltyBits` finds them,
                // before it looks at the 4f modules on each side; or nine dark modules in a row) are counted alone.
                // The finder patterns' own (`knownFinders`) are left out of that test and counted apart.
                let known = knownLines[i]
                let threeDark = line & line &>> 1 & line &>> 2
                let one = line & line &>> 2 & threeDark &>> 2 & line &>> 6
                    & ~(line &<< 1 | line &>> 1 | line &>> 5 | line &>> 7 | known)
                let pair = line & line &>> 1, anyPair = line | line &>> 1
                let two = pair & pair &>> 4 & pair &>> 6 & pair &>> 8 & pair &>> 12
                    & ~(line &<< 1 | anyPair &>> 2 | anyPair &>> 10 | line &>> 14)
                let nineDark = threeDark & threeDark &>> 3 & threeDark &>> 6
                let suspects = one | two | nineDark
                if suspects[0] | suspects[1] != 0 {
                    if nineDark[0] | nineDark[1] == 0 {
                        finders &+= foundFinders(line, one: one, two: two)
                    } else {
                        let knownPenalty = 40 &* known[0].nonzeroBitCount
                        if suspects[0] != 0 { finders &+= finderPenalty(row, width: w, runs: runs) &- knownPenalty }
                        if suspects[1] != 0 { finders &+= finderPenalty(column, width: w, runs: runs) &- knownPenalty }
                    }
                }
            }
            let sums = counts[0] &+ counts[1]
            var demerit = Int(truncatingIfNeeded: (sums &* 0x0001_0001_0001_0001) &>> 48) &+ finders
            // N4 (the dark share) is at least 0: a mask already at the best total cannot win, and its dark
            // modules are not counted (only the running best ones are, about three masks in eight).
            guard demerit < bestDemerit || demerits != nil else { continue }
            // The format modules are light in `raw` and never masked: theirs are added apart.
            var blacks = row8.nonzeroBitCount &+ column8.nonzeroBitCount
            for i in 0..<w { blacks &+= (raw[i] ^ (masks[pattern &+ i] & data[i])).nonzeroBitCount }
            demerit &+= (abs(blackPercent(blacks, of: w &* w) &- 50) / 5) &* 10
            demerits?[mask] = demerit
            if demerit < bestDemerit {
                bestDemerit = demerit
                bestMask = mask
            }
        }
        return bestMask
    }

    /// N3 at scales 1 and 2 of a row and a column at once, from their candidates `one` and `two` (as
    /// `finderPenaltyBits` finds them; `bestMaskIndex` leaves out the finder patterns' own, counted apart):
    /// `finderPenaltyBits`' borders on both lanes. A module cannot start patterns of both scales (dark then light,
    /// or dark then dark), so each bit of `found` is one pattern.
    @inline(never)
    static func foundFinders(_ line: Lines, one: Lines, two: Lines) -> Int {
        let after4 = line | line &>> 1 | line &>> 2 | line &>> 3
        let upTo4 = line | line &<< 1 | line &<< 2 | line &<< 3
        let after8 = after4 | after4 &>> 4, upTo8 = upTo4 | upTo4 &<< 4
        let found = one & ~(upTo4 &<< 1 & after4 &>> 7) | two & ~(upTo8 &<< 1 & after8 &>> 14)
        return 40 &* (found[0].nonzeroBitCount &+ found[1].nonzeroBitCount)
    }

    /// A row and a column, scored together: the same operations on both lanes.
    typealias Lines = SIMD2<UInt64>

    /// popcount(a) + popcount(b) + 2 × (popcount(c) + popcount(b)), per lane, as four 16-bit sums (each at most
    /// 96: up to 64 of them can be added before the total is taken by one multiplication). Nibbles hold at most
    /// 4 + 4, bytes 16 + 2 × 16.
    @inline(__always)
    static func weightedCounts(_ a: Lines, _ b: Lines, _ c: Lines) -> Lines {
        let m1 = Lines(repeating: 0x5555_5555_5555_5555), m2 = Lines(repeating: 0x3333_3333_3333_3333)
        let m4 = Lines(repeating: 0x0F0F_0F0F_0F0F_0F0F), m8 = Lines(repeating: 0x00FF_00FF_00FF_00FF)
        let a2 = a &- (a &>> 1 & m1), b2 = b &- (b &>> 1 & m1), c2 = c &- (c &>> 1 & m1)
        let b4 = (b2 & m2) &+ (b2 &>> 2 & m2)
        let first = (a2 & m2) &+ (a2 &>> 2 & m2) &+ b4, second = (c2 & m2) &+ (c2 &>> 2 & m2) &+ b4
        let bytes = (first & m4) &+ (first &>> 4 & m4) &+ ((second & m4) &+ (second &>> 4 & m4)) &<< 1
        return (bytes & m8) &+ (bytes &>> 8 & m8)
    }

    /// N3 of one line, as `lineRunPenalty` counts it.
    static func finderPenalty(_ line: UInt64, width w: Int, runs: UnsafeMutableBufferPointer<Int>) -> Int {
        let threeDark = line & line >> 1 & line >> 2
        let nineDark = threeDark & threeDark >> 3 & threeDark >> 6
        guard nineDark == 0 else {
            guard nineDark & threeDark >> 9 == 0 else { return finderPenaltyByRuns(line, width: w, runs: runs) }
            return finderPenaltyBits(line) + finderPenaltyScale3(line, threeDark: threeDark)
        }
        return finderPenaltyBits(line)
    }

    /// The format modules of level M with `mask` in a symbol of `w` modules: row 8 (without module (8, 8)) and
    /// column 8 (with it), at the places `formatPositions` lists.
    @inline(__always)
    static func formatLines(mask: Int, width w: Int) -> (row8: UInt64, column8: UInt64) {
        let parts = formatParts[mask & 7]
        return (parts.rowLow | parts.rowHigh &<< UInt64(w &- 8), parts.columnLow | parts.columnHigh &<< UInt64(w &- 7))
    }

    /// Per mask, the format modules near the origin and those whose place depends on the width: row 8 gets
    /// `rowLow` and `rowHigh` from module w − 8, column 8 gets `columnLow` and `columnHigh` from module w − 7.
    static let formatParts: [(rowLow: UInt64, rowHigh: UInt64, columnLow: UInt64, columnHigh: UInt64)] = (0..<8).map { mask in
        let format = formatBits(mask: mask)
        var parts: (rowLow: UInt64, rowHigh: UInt64, columnLow: UInt64, columnHigh: UInt64) = (0, 0, 0, 0)
        for i in 0..<8 where format >> i & 1 != 0 {
            parts.rowHigh |= 1 << UInt64(7 - i)
            parts.columnLow |= 1 << UInt64(i < 6 ? i : i + 1)
        }
        for i in 0..<7 where format >> (8 + i) & 1 != 0 {
            parts.columnHigh |= 1 << UInt64(i)
            parts.rowLow |= 1 << UInt64(i == 0 ? 7 : 6 - i)
        }
        return parts
    }

    /// The 64 words of `rows` (fewer are padded with 0) transposed: bit y of word x is bit x of `rows[y]`.
    static func transposed(_ rows: [UInt64]) -> [UInt64] {
        var words = [UInt64](repeating: 0, count: 64)
        for y in 0..<min(rows.count, 64) { words[y] = rows[y] }
        words.withUnsafeMutableBufferPointer { if let base = $0.baseAddress { transpose64(base) } }
        return words
    }

    /// Transposes 64 × 64 bits in place (bit c of word r becomes bit r of word c): swaps of 32-, 16-, ... 1-bit
    /// blocks across the diagonal.
    static func transpose64(_ a: UnsafeMutablePointer<UInt64>) {
        // Each stage with its block size a constant, so that its loops are unrolled and vectorized.
        @inline(__always) func stage(_ j: Int, _ m: UInt64) {
            var k = 0
            while k < 64 {
                for l in k..<(k &+ j) {
                    let t = (a[l] &>> UInt64(j) ^ a[l &+ j]) & m
                    a[l &+ j] ^= t
                    a[l] ^= t &<< UInt64(j)
                }
                k &+= 2 &* j
            }
        }
        stage(32, 0x0000_0000_FFFF_FFFF)
        stage(16, 0x0000_FFFF_0000_FFFF)
        stage(8, 0x00FF_00FF_00FF_00FF)
        stage(4, 0x0F0F_0F0F_0F0F_0F0F)
        stage(2, 0x3333_3333_3333_3333)
        stage(1, 0x5555_5555_5555_5555)
    }

    /// Mask `mask` as one word per row: bit x of row y is set where the mask flips (x, y).
    static let maskRows: [[UInt64]] = (0..<8).map { mask in (0..<64).map { y in maskLine(mask, at: y, isRow: true) } }

    /// Row y (`isRow`) or column y of mask `mask`, as a word: every mask repeats itself every 12 modules along
    /// a row or a column (its conditions read x and y modulo 2, 3, 6, or x / 3 and y / 2 modulo 2), so the first
    /// 12 modules are tested and copied along the word.
    static func maskLine(_ mask: Int, at y: Int, isRow: Bool) -> UInt64 {
        var word: UInt64 = 0
        for x in 0..<12 where isRow ? flips(mask, x, y) : flips(mask, y, x) { word |= 1 << UInt64(x) }
        word |= word << 12
        word |= word << 24
        return word | word << 48
    }

    /// The share of dark modules in percent, rounded half up as libqrencode 4.1.1 rounds it (N4 = 10 per 5%).
    static func blackPercent(_ blacks: Int, of count: Int) -> Int { (200 * blacks + count) / count / 2 }

    /// Mask `mask` as one word per column: bit y of column x is set where the mask flips (x, y).
    static let maskColumns: [[UInt64]] = (0..<8).map { mask in (0..<64).map { x in maskLine(mask, at: x, isRow: false) } }

    /// `maskRows` then `maskColumns`, flat: mask m's rows at 64m, its columns at 512 + 64m.
    static let maskWords: [UInt64] = Array(maskRows.joined()) + Array(maskColumns.joined())

    /// Mask m's row i and column i side by side at 64m + i.
    static let maskLines: [Lines] = (0..<8).flatMap { mask in
        (0..<64).map { i in Lines(maskRows[mask][i], maskColumns[mask][i]) }
    }

    static func lowBits(_ count: Int) -> UInt64 { count >= 64 ? ~0 : (1 << UInt64(count)) - 1 }

    /// The N1 and N3 penalty of one row or column of `w` modules (bit i = module i, no bit at or above `w`), as
    /// `Mask_calcN1N3` computes it from the line's runs. N1 from the bits: a run of L ≥ 5 equal modules holds
    /// L − 4 windows of five and costs 3 + (L − 5) = (L − 4) + 2. N3 from the bits too (`finderPenaltyBits`), but
    /// for lines with nine dark modules in a row, which alone can hold a pattern at scale 3 or more: those are
    /// cut into runs.
    static func lineRunPenalty(_ line: UInt64, width w: Int, runs: UnsafeMutableBufferPointer<Int>) -> Int {
        lineRunPenalty(line, width: w, inner: lowBits(w - 1), runs: runs)
    }

    /// `inner`: the low w − 1 bits.
    @inline(__always)
    static func lineRunPenalty(_ line: UInt64, width w: Int, inner: UInt64, runs: UnsafeMutableBufferPointer<Int>) -> Int {
        let equal = ~(line ^ line >> 1) & inner  // bit i: module i equals module i + 1
        let windows = equal & equal >> 1 & equal >> 2 & equal >> 3  // bit i: modules i...i+4 equal
        let demerit = countPlusTwice(windows, windows & ~(windows << 1))
        let threeDark = line & line >> 1 & line >> 2
        let nineDark = threeDark & threeDark >> 3 & threeDark >> 6
        guard nineDark == 0 else {
            // Scale 3 needs nine dark modules in a row, scale 4 or more twelve.
            guard nineDark & threeDark >> 9 == 0 else { return demerit + finderPenaltyByRuns(line, width: w, runs: runs) }
            return demerit + finderPenaltyBits(line) + finderPenaltyScale3(line, threeDark: threeDark)
        }
        return demerit + finderPenaltyBits(line)
    }

    /// N3 at scale 3 (`finderPenaltyBits`'s rule): ·111000111111111000111· with no dark module in the 12 before
    /// or none in the 12 after. `threeDark`: bit q set where modules q ... q + 2 are dark.
    static func finderPenaltyScale3(_ line: UInt64, threeDark: UInt64) -> Int {
        let anyThree = line | line >> 1 | line >> 2
        let three = threeDark & threeDark >> 6 & threeDark >> 9 & threeDark >> 12 & threeDark >> 18
            & ~(line << 1 | anyThree >> 3 | anyThree >> 15 | line >> 21)
        guard three != 0 else { return 0 }
        let after4 = line | line >> 1 | line >> 2 | line >> 3
        let upTo4 = line | line << 1 | line << 2 | line << 3
        let after12 = after4 | after4 >> 4 | after4 >> 8, upTo12 = upTo4 | upTo4 << 4 | upTo4 << 8
        return 40 * (three & ~(upTo12 << 1 & after12 >> 21)).nonzeroBitCount
    }

    /// popcount(a) + 2 × popcount(b) in one sideways addition (the build targets x86-64 without POPCNT, where
    /// each `nonzeroBitCount` is such an addition): nibbles hold at most 4 + 2 × 4, bytes 24, the sum 192.
    @inline(__always)
    static func countPlusTwice(_ a: UInt64, _ b: UInt64) -> Int {
        let m1: UInt64 = 0x5555_5555_5555_5555, m2: UInt64 = 0x3333_3333_3333_3333, m4: UInt64 = 0x0F0F_0F0F_0F0F_0F0F
        let a2 = a &- (a >> 1 & m1), b2 = b &- (b >> 1 & m1)
        let nibbles = (a2 & m2) &+ (a2 >> 2 & m2) &+ ((b2 & m2) &+ (b2 >> 2 & m2)) << 1
        let bytes = (nibbles & m4) &+ (nibbles >> 4 & m4)
        return Int(truncatingIfNeeded: (bytes &* 0x0101_0101_0101_0101) >> 56)
    }

    /// N3 of a line at scales 1 and 2 (all a line without nine dark modules in a row can hold), from its bits.
    ///
    /// `Mask_calcN1N3` counts 40 for each five runs dark f, light f, dark 3f, light f, dark f (whole runs) whose
    /// light run before is at least 4f long or is the line's first run (or absent), or whose light run after is
    /// at least 4f long or the line's last run (or absent). With light modules imagined beyond both ends of the
    /// line — which the shifts below bring in, as the line has no bit at or above its width — both borders
    /// read the same: the 4f modules before the pattern, or the 4f after it, are light. So a pattern at module p
    /// is: light at p − 1, the 7f modules of 1:1:3:1:1, light at p + 7f, and no dark module in p − 4f ..< p or
    /// none in p + 7f ..< p + 11f. (A test compares this with the runs on every line of up to 18 modules and
    /// on random and constructed longer ones.)
    @inline(__always)
    static func finderPenaltyBits(_ line: UInt64) -> Int {
        // Scale 1: ·1011101· — dark at p, p+2, p+3, p+4, p+6; light at p−1, p+1, p+5, p+7.
        let one = line & line >> 2 & line >> 3 & line >> 4 & line >> 6
            & ~(line << 1 | line >> 1 | line >> 5 | line >> 7)
        // Scale 2: ·11001111110011· — dark pairs at p, p+4, p+6, p+8, p+12; light at p−1, p+2, p+3, p+10, p+11, p+14.
        let pair = line & line >> 1, anyPair = line | line >> 1
        let two = pair & pair >> 4 & pair >> 6 & pair >> 8 & pair >> 12
            & ~(line << 1 | anyPair >> 2 | anyPair >> 10 | line >> 14)
        guard one | two != 0 else { return 0 }
        // The borders: dark modules in a window after module q (shifts right) and up to module q (shifts left:
        // nothing comes in below module 0, so the window may reach before the line).
        let after4 = line | line >> 1 | line >> 2 | line >> 3  // bit q: a dark module in q ... q + 3
        let upTo4 = line | line << 1 | line << 2 | line << 3  // bit q: a dark module in q − 3 ... q
        let found1 = one & ~(upTo4 << 1 & after4 >> 7)
        let after8 = after4 | after4 >> 4, upTo8 = upTo4 | upTo4 << 4
        let found2 = two & ~(upTo8 << 1 & after8 >> 14)
        return 40 * (found1.nonzeroBitCount + found2.nonzeroBitCount)
    }

    /// N3 of a line cut into libqrencode's runs: light and dark alternating from a light one, -1 in front when
    /// the line starts dark.
    static func finderPenaltyByRuns(_ line: UInt64, width w: Int, runs: UnsafeMutableBufferPointer<Int>) -> Int {
        var head = 0
        if line & 1 == 1 { runs[0] = -1; head = 1 }
        var transitions = (line ^ line >> 1) & lowBits(w - 1)  // bit i: module i differs from module i + 1
        var start = 0
        while transitions != 0 {
            let end = transitions.trailingZeroBitCount + 1
            runs[head] = end - start
            head += 1
            start = end
            transitions &= transitions - 1
        }
        runs[head] = w - start
        return finderPenalty(UnsafeBufferPointer(runs), head + 1)
    }

    /// Larger symbols: libqrencode's `Mask_mask` module by module.
    static func bestMaskByModules(_ raw: [UInt8], _ isData: [Bool], width w: Int) -> Matrix {
        let count = w * w
        let positions = formatPositions(width: w)
        var candidate = [UInt8](repeating: 0, count: count)
        var best = candidate
        var bestDemerit = Int.max
        var runs = [Int](repeating: 0, count: w + 1)
        for mask in 0..<8 {
            var blacks = 0
            for y in 0..<w {
                for x in 0..<w {
                    let i = y * w + x
                    let dark = isData[i] ? raw[i] ^ (flips(mask, x, y) ? 1 : 0) : raw[i]
                    candidate[i] = dark
                    blacks += Int(dark)
                }
            }
            var format = formatBits(mask: mask)
            for (first, second) in positions {
                let bit = UInt8(format & 1)
                candidate[first] = bit
                candidate[second] = bit
                blacks += 2 * Int(bit)
                format >>= 1
            }
            var demerit = (abs(blackPercent(blacks, of: count) - 50) / 5) * 10
            demerit += candidate.withUnsafeBufferPointer { m in
                runs.withUnsafeMutableBufferPointer { penalty(m, width: w, runs: $0) }
            }
            if demerit < bestDemerit {
                bestDemerit = demerit
                swap(&best, &candidate)
            }
        }
        return Matrix(width: w, modules: best)
    }

    /// libqrencode 4.1.1's `Mask_evaluateSymbol`: 2×2 blocks (N2 = 3), runs of five or more (N1 = 3 + excess) and
    /// 1:1:3:1:1 finder-like runs (N3 = 40), over rows and columns.
    static func penalty(_ m: UnsafeBufferPointer<UInt8>, width w: Int, runs: UnsafeMutableBufferPointer<Int>) -> Int {
        var demerit = 0
        for y in 0..<w {
            var head = 0
            runs[0] = 1
            for x in 0..<w {
                let i = y * w + x
                if x > 0 && y > 0 {
                    let b = m[i] & m[i - 1] & m[i - w] & m[i - w - 1]
                    let o = m[i] | m[i - 1] | m[i - w] | m[i - w - 1]
                    if b | (o ^ 1) == 1 { demerit += 3 }
                }
                if x == 0 {
                    if m[i] == 1 { runs[0] = -1; head = 1; runs[1] = 1 }
                } else if m[i] != m[i - 1] {
                    head += 1
                    runs[head] = 1
                } else {
                    runs[head] += 1
                }
            }
            demerit += runPenalty(UnsafeBufferPointer(runs), head + 1)
        }
        for x in 0..<w {
            var head = 0
            runs[0] = 1
            for y in 0..<w {
                let i = y * w + x
                if y == 0 {
                    if m[i] == 1 { runs[0] = -1; head = 1; runs[1] = 1 }
                } else if m[i] != m[i - w] {
                    head += 1
                    runs[head] = 1
                } else {
                    runs[head] += 1
                }
            }
            demerit += runPenalty(UnsafeBufferPointer(runs), head + 1)
        }
        return demerit
    }

    /// libqrencode 4.1.1's `Mask_calcN1N3` over the first `length` run lengths (a leading -1 marks a dark start).
    static func runPenalty(_ runs: UnsafeBufferPointer<Int>, _ length: Int) -> Int {
        var demerit = 0
        for i in 0..<length where runs[i] >= 5 { demerit += 3 + (runs[i] - 5) }
        return demerit + finderPenalty(runs, length)
    }

    /// The N3 half of `Mask_calcN1N3`: 40 for each dark run of 3f between runs of f, f | f, f with a run of at
    /// least 4f (or the start, or the end) beyond them.
    static func finderPenalty(_ runs: UnsafeBufferPointer<Int>, _ length: Int) -> Int {
        var demerit = 0
        var i = 3
        while i < length - 2 {
            let run = runs[i]
            if run % 3 == 0 {
                let fact = run / 3
                if runs[i - 2] == fact, runs[i - 1] == fact, runs[i + 1] == fact, runs[i + 2] == fact {
                    if i == 3 || runs[i - 3] >= 4 * fact {
                        demerit += 40
                    } else if i + 4 >= length || runs[i + 3] >= 4 * fact {
                        demerit += 40
                    }
                }
            }
            i += 2
        }
        return demerit
    }

    // MARK: SVG

    /// An `<svg>` element for `text`, `label` as its accessible name; nil when no code can be made. Each run of
    /// dark modules in a row is one stroke one module high ("M4 4.5h7m2 0h3"): half the bytes of a filled
    /// rectangle per run, the same pixels.
    public static func svg(_ text: String, label: String) -> String? {
        guard let symbol = symbol(text) else { return nil }
        return svg(symbol, label: label)
    }

    static func svg(_ symbol: Symbol, label: String) -> String {
        let quiet = 4
        let w = symbol.width
        let size = w + 2 * quiet
        var out: [UInt8] = []
        // The path: per row at most (w + 1) / 2 runs, the first "M123 123.5h123" and the others "m123 0h123".
        let pathBound = w * (14 + 10 * ((w + 1) / 2))
        out.reserveCapacity(pathBound + 3 * label.utf8.count + 256)
        out.append(contentsOf: "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ".utf8)
        appendDecimal(size, to: &out)
        out.append(0x20)
        appendDecimal(size, to: &out)
        out.append(contentsOf: "\" role=\"img\" aria-label=\"".utf8)
        HTMLEscaper.appendAttribute(label, to: &out)
        out.append(contentsOf: "\" shape-rendering=\"crispEdges\"><rect width=\"".utf8)
        appendDecimal(size, to: &out)
        out.append(contentsOf: "\" height=\"".utf8)
        appendDecimal(size, to: &out)
        out.append(contentsOf: "\" fill=\"#fff\"/><path stroke=\"#000\" d=\"".utf8)
        let head = out.count
        // Room for the fast writer's stores of up to 8 bytes past the last one it keeps.
        let slack = 8
        out.append(contentsOf: repeatElement(0, count: pathBound + slack))
        let length = symbol.words.withUnsafeBufferPointer { words in
            out.withUnsafeMutableBufferPointer { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                if symbol.stride == 1, w < 64 {
                    return digitCodes.withUnsafeBufferPointer { digits in
                        strokeCodes.withUnsafeBufferPointer { strokes in
                            guard let digits = digits.baseAddress, let strokes = strokes.baseAddress else { return 0 }
                            return writePath(words, width: w, quiet: quiet, digits: digits, strokes: strokes,
                                             into: UnsafeMutableRawPointer(base + head))
                        }
                    }
                }
                // A local writer (not captured by an inner closure), so that its fields stay in registers.
                var path = PathWriter(out: base + head, quiet: quiet)
                if symbol.stride == 1 {
                    for y in 0..<w {
                        path.startRow(y)
                        var bits = words[y]
                        while bits != 0 {
                            let start = bits.trailingZeroBitCount
                            let end = start &+ (~(bits >> UInt64(start))).trailingZeroBitCount
                            path.run(start, end)
                            bits = end >= 64 ? 0 : bits & (~0 << UInt64(end))
                        }
                    }
                } else {
                    for y in 0..<w {
                        path.startRow(y)
                        var x = 0
                        while x < w {
                            guard symbol[x, y] else { x += 1; continue }
                            var end = x
                            while end < w, symbol[end, y] { end += 1 }
                            path.run(x, end)
                            x = end
                        }
                    }
                }
                return path.count
            }
        }
        out.removeLast(pathBound + slack - length)
        out.append(contentsOf: "\"/></svg>".utf8)
        return String(decoding: out, as: UTF8.self)
    }

    /// The decimal digits of 0 to 99 as they are stored (little-endian): the digits' ASCII bytes, then at bit 24
    /// their count.
    static let digitCodes: [UInt32] = (0..<100).map { (v: Int) -> UInt32 in
        let ones = UInt32(0x30 + v % 10), tens = UInt32(0x30 + v / 10)
        return v < 10 ? ones | 1 << 24 : tens | ones << 8 | 2 << 24
    }

    /// The strokes after the first of a row, "m" dx " 0h" length, for dx and length below 64 (8 bytes at most), at
    /// dx × 64 + length: the bytes from the lowest, the unused high ones zero (so the length is where the highest
    /// set bit is).
    static let strokeCodes: [UInt64] = {
        var codes = [UInt64](repeating: 0, count: 64 * 64)
        for dx in 0..<64 {
            let dxCode = digitCodes[dx], dxDigits = UInt64(dxCode >> 24)
            let head = 0x6D | UInt64(dxCode & 0xFFFF) << 8 | 0x68_30_20 << (8 &+ 8 &* dxDigits)
            for length in 0..<64 {
                codes[dx * 64 + length] = head | UInt64(digitCodes[length] & 0xFFFF) << (8 &* (4 &+ dxDigits))
            }
        }
        return codes
    }()

    /// The path of a symbol of fewer than 64 modules (one word per row, so every number is below 100), written
    /// at `out`, which has room for it and 8 more bytes; returns its length. The runs of a row are the pairs of
    /// its transitions (bit x set where module x differs from module x − 1: a run starts, or ends before x);
    /// each stroke is written with a few unaligned stores: "M", the number, " ", the number, ".5h" and the length;
    /// the next ones, "m" dx " 0h" length, with one store of their `strokeCodes` word.
    static func writePath(_ words: UnsafeBufferPointer<UInt64>, width w: Int, quiet: Int, digits: UnsafePointer<UInt32>,
                          strokes: UnsafePointer<UInt64>, into out: UnsafeMutableRawPointer) -> Int {
        var count = 0
        @inline(__always) func number(_ value: Int, after prefix: UInt64, of prefixLength: Int, then suffix: UInt64 = 0,
                                      of suffixLength: Int = 0) {
            let code = digits[value]
            let digitCount = Int(code >> 24)
            let word = prefix | UInt64(code & 0xFFFF) << UInt64(8 * prefixLength)
                | suffix << UInt64(8 * (prefixLength + digitCount))
            out.storeBytes(of: word.littleEndian, toByteOffset: count, as: UInt64.self)
            count &+= prefixLength &+ digitCount &+ suffixLength
        }
        for y in 0..<min(w, words.count) {
            var transitions = words[y] ^ words[y] << 1
            guard transitions != 0 else { continue }
            let start = transitions.trailingZeroBitCount
            transitions &= transitions &- 1
            var end = transitions.trailingZeroBitCount
            transitions &= transitions &- 1
            // "M" x " " — then y ".5h".
            number(start &+ quiet, after: 0x4D, of: 1, then: 0x20, of: 1)
            number(y &+ quiet, after: 0, of: 0, then: 0x68_35_2E, of: 3)
            number(end &- start, after: 0, of: 0)
            while transitions != 0 {
                let next = transitions.trailingZeroBitCount
                transitions &= transitions &- 1
                let nextEnd = transitions.trailingZeroBitCount
                transitions &= transitions &- 1
                // "m" dx " 0h" length: dx and the length are below 64.
                let stroke = strokes[(next &- end) &<< 6 | (nextEnd &- next)]
                out.storeBytes(of: stroke.littleEndian, toByteOffset: count, as: UInt64.self)
                count &+= (71 &- stroke.leadingZeroBitCount) &>> 3
                end = nextEnd
            }
        }
        return count
    }

    /// Writes the strokes of a path, row by row, into a buffer large enough for them.
    struct PathWriter {
        let out: UnsafeMutablePointer<UInt8>
        let quiet: Int
        var count = 0
        var y = 0
        var penX = -1  // where the pen is on this row after the last run; -1 before the first run

        init(out: UnsafeMutablePointer<UInt8>, quiet: Int) {
            self.out = out
            self.quiet = quiet
        }

        @inline(__always) mutating func startRow(_ row: Int) {
            y = row
            penX = -1
        }

        /// The dark modules `start..<end` of the current row.
        @inline(__always) mutating func run(_ start: Int, _ end: Int) {
            if penX < 0 {
                out[count] = UInt8(ascii: "M")
                count &+= 1
                decimal(start &+ quiet)
                out[count] = 0x20
                count &+= 1
                decimal(y &+ quiet)
                out[count] = UInt8(ascii: ".")
                out[count &+ 1] = UInt8(ascii: "5")
                count &+= 2
            } else {
                out[count] = UInt8(ascii: "m")
                count &+= 1
                decimal(start &- penX)
                out[count] = 0x20
                out[count &+ 1] = UInt8(ascii: "0")
                count &+= 2
            }
            out[count] = UInt8(ascii: "h")
            count &+= 1
            decimal(end &- start)
            penX = end
        }

        /// `value` (0...999) in decimal.
        @inline(__always) mutating func decimal(_ value: Int) {
            let v = UInt32(truncatingIfNeeded: value)
            if v < 10 {
                out[count] = 0x30 &+ UInt8(truncatingIfNeeded: v)
                count &+= 1
            } else if v < 100 {
                out[count] = 0x30 &+ UInt8(truncatingIfNeeded: v / 10)
                out[count &+ 1] = 0x30 &+ UInt8(truncatingIfNeeded: v % 10)
                count &+= 2
            } else {
                out[count] = 0x30 &+ UInt8(truncatingIfNeeded: v / 100)
                out[count &+ 1] = 0x30 &+ UInt8(truncatingIfNeeded: v / 10 % 10)
                out[count &+ 2] = 0x30 &+ UInt8(truncatingIfNeeded: v % 10)
                count &+= 3
            }
        }
    }

    private static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value >= 10 { appendDecimal(value / 10, to: &out) }
        out.append(UInt8(ascii: "0") + UInt8(value % 10))
    }
}
