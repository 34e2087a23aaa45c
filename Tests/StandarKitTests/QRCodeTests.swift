import CQRencode
import Foundation
import Testing
@testable import StandarKit

@Suite struct QRCodeTests {
    /// The mask chosen here is the one libqrencode chooses: the symbols are identical, module for module.
    @Test func sameSymbolsAsLibqrencode() throws {
        var texts = ["https://standar.sukamajukota.go.id/disdukcapil/akta-kelahiran/", "a", "0123456789",
                     "https://x.go.id/" + String(repeating: "layanan-", count: 40), "Kode QR – ü, é, 漢字"]
        var generator = TestSeed.generator(0x1924409F)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz-0123456789/")
        for length in 1...420 {
            texts.append("https://standar.go.id/" + String((0..<length).map { _ in alphabet.randomElement(using: &generator)! }))
        }
        var masksSeen: Set<Int> = []
        var widthsSeen: Set<Int> = []
        for text in texts {
            let ours = try #require(QRCode.matrix(text))
            let library = try #require(QRCode.libraryMatrix(text))
            #expect(ours == library, "\(text)")
            masksSeen.insert(Self.mask(of: ours))
            widthsSeen.insert(ours.width)
        }
        // Both the word-per-row pass (up to 64 modules) and the module-by-module one were compared.
        #expect(widthsSeen.contains { $0 <= 64 } && widthsSeen.contains { $0 > 64 }, "\(widthsSeen.sorted())")
        // The comparison means something only if this library has the mask-0 encoder and several masks were chosen.
        let code = try #require(Array("x".utf8).withUnsafeBufferPointer { standar_qr_encode_mask0($0.baseAddress, 1) })
        QRcode_free(code)
        #expect(masksSeen.count >= 4, "\(masksSeen)")
    }

    /// Texts of every symbol size the posters meet and beyond: random URLs of 1 to 300 bytes (versions 2 to 13,
    /// both sides of the 64-module word-per-row limit), random UTF-8 and short texts.
    static func sampleTexts(count: Int) -> [String] {
        var generator = TestSeed.generator(0x802D1125)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz-0123456789/")
        var texts = ["a", "0123456789", "https://standar.sukamajukota.go.id/", "Kode QR – ü, é, 漢字 & \"<>'"]
        for _ in 0..<count {
            let length = Int.random(in: 1...300, using: &generator)
            if Bool.random(using: &generator) {
                texts.append("https://standar.go.id/" + String((0..<length).map { _ in alphabet.randomElement(using: &generator)! }))
            } else {
                let scalars = (0..<length / 2 + 1).compactMap { _ in
                    Unicode.Scalar(UInt32.random(in: Bool.random(using: &generator) ? 0x20...0x7E : 0xA0...0x2FFF, using: &generator))
                }
                texts.append(String(String.UnicodeScalarView(scalars)))
            }
        }
        return texts
    }

    /// More symbols, of random sizes and contents, against libqrencode's own choice.
    @Test func sameSymbolsAsLibqrencodeForRandomTexts() throws {
        var widths: Set<Int> = []
        for text in Self.sampleTexts(count: 1500) {
            let ours = try #require(QRCode.matrix(text))
            let library = try #require(QRCode.libraryMatrix(text))
            let same = ours == library
            #expect(same, "\(text)")
            widths.insert(ours.width)
        }
        #expect(widths.count >= 10, "\(widths.sorted())")
    }

    /// The SVG, byte for byte, is the one the module-by-module writer makes from libqrencode's own symbol.
    @Test func svgSameAsModuleScanOfLibqrencodeSymbol() throws {
        for (index, text) in Self.sampleTexts(count: 600).enumerated() {
            let label = index % 3 == 0 ? "Kode QR: \(text)" : "a \"b\" & <c> 'd'"
            let library = try #require(QRCode.libraryMatrix(text))
            let svg = try #require(QRCode.svg(text, label: label))
            #expect(svg == Self.referenceSVG(library, label: label), "\(text)")
        }
    }

    /// The SVG writer of 0357552: a scan of one byte per module, runs appended as they are found.
    static func referenceSVG(_ matrix: QRCode.Matrix, label: String) -> String {
        let quiet = 4
        let w = matrix.width
        let size = w + 2 * quiet
        var out = "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(size) \(size)\" role=\"img\" aria-label=\""
        out += HTMLEscaper.attribute(label)
        out += "\" shape-rendering=\"crispEdges\"><rect width=\"\(size)\" height=\"\(size)\" fill=\"#fff\"/><path stroke=\"#000\" d=\""
        for y in 0..<w {
            var x = 0
            var penX = -1
            while x < w {
                guard matrix[x, y] else { x += 1; continue }
                var end = x
                while end < w, matrix[end, y] { end += 1 }
                out += penX < 0 ? "M\(x + quiet) \(y + quiet).5" : "m\(x - penX) 0"
                out += "h\(end - x)"
                penX = end
                x = end
            }
        }
        return out + "\"/></svg>"
    }

    /// The path writer of rows of fewer than 64 modules (numbers from a table, strokes from the row's
    /// transitions) against the module scan, on random symbols of every width from 1 to 64 (64 takes the
    /// general writer) with empty, full, alternating and edge rows.
    @Test func svgOfWordRowsSameAsModuleScan() {
        var generator = TestSeed.generator(0x5F6A_11C3)
        for width in 1...64 {
            for round in 0..<6 {
                let all = QRCode.lowBits(width)
                let rows = (0..<width).map { y -> UInt64 in
                    switch (y + round) % 7 {
                    case 0: return 0
                    case 1: return all
                    case 2: return 0x5555_5555_5555_5555 & all
                    case 3: return (1 | 1 << UInt64(width - 1)) & all
                    default: return UInt64.random(in: 0...UInt64.max, using: &generator) & all
                    }
                }
                let symbol = QRCode.Symbol(width: width, rows: rows)
                let label = round == 0 ? "Kode QR – ü & \"x\"" : "x"
                #expect(QRCode.svg(symbol, label: label) == Self.referenceSVG(symbol.matrix, label: label), "width \(width)")
            }
        }
    }

    /// The format modules as words (`formatLines`) are the ones `formatPositions` places, for every mask and
    /// every width of a word per row.
    @Test func formatLinesAreTheFormatPositions() {
        for w in stride(from: 21, through: 61, by: 4) {
            for mask in 0..<8 {
                var matrix = QRCode.Matrix(width: w, modules: [UInt8](repeating: 0, count: w * w))
                var format = QRCode.formatBits(mask: mask)
                for (first, second) in QRCode.formatPositions(width: w) {
                    matrix.modules[first] = UInt8(format & 1)
                    matrix.modules[second] = UInt8(format & 1)
                    format >>= 1
                }
                let symbol = QRCode.Symbol(matrix)
                var column8: UInt64 = 0
                for y in 0..<w where symbol[8, y] { column8 |= 1 << UInt64(y) }
                let lines = QRCode.formatLines(mask: mask, width: w)
                #expect(lines.row8 == symbol.words[8] & ~(1 << 8), "width \(w), mask \(mask)")
                #expect(lines.column8 == column8, "width \(w), mask \(mask)")
            }
        }
    }

    /// The penalty of every mask, scored a row and a column at a time, against libqrencode's `Mask_evaluateSymbol`
    /// module by module (`QRCode.penalty`) plus N4, on the masked symbols of random texts of versions 1 to 11.
    @Test func pairedScoringEqualsModuleByModulePenalty() throws {
        var compared = 0
        for text in Self.sampleTexts(count: 300) + ["a", String(repeating: "z", count: 251)] {
            guard let unmasked = Array(text.utf8).withUnsafeBufferPointer(QREncoder.encode) else { continue }
            let w = unmasked.width
            let demerits = QRCode.maskDemerits(unmasked)
            for mask in 0..<8 {
                let (row8, column8) = QRCode.formatLines(mask: mask, width: w)
                let pattern = QRCode.maskRows[mask]
                var rows: [UInt64] = []
                for y in 0..<w {
                    let masked: UInt64 = unmasked.raw[y] ^ (pattern[y] & unmasked.data[y])
                    let format: UInt64 = (column8 >> UInt64(y) & 1) << 8
                    rows.append(masked | format)
                }
                rows[8] |= row8
                let matrix = QRCode.Symbol(width: w, rows: rows).matrix
                var runs = [Int](repeating: 0, count: w + 1)
                let blacks = matrix.modules.reduce(0) { $0 + Int($1) }
                let penalty: Int = matrix.modules.withUnsafeBufferPointer { m in
                    runs.withUnsafeMutableBufferPointer { QRCode.penalty(m, width: w, runs: $0) }
                }
                let balance: Int = (abs(QRCode.blackPercent(blacks, of: w * w) - 50) / 5) * 10
                let expected = penalty + balance
                #expect(demerits[mask] == expected, "\(text.debugDescription), mask \(mask)")
                compared += 1
            }
        }
        #expect(compared > 1500)
    }

    /// The mask chosen without counting the dark modules of masks already out (N4 skipped) is the first of lowest
    /// full penalty; the skip happens (a later mask's penalty before N4 reaches the best) on most symbols.
    @Test func maskChosenWithoutLosersDarkModulesIsTheFirstLowest() {
        var skipped = 0, symbols = 0
        for text in Self.sampleTexts(count: 300) + ["a", String(repeating: "z", count: 251)] {
            guard let unmasked = Array(text.utf8).withUnsafeBufferPointer(QREncoder.encode) else { continue }
            let demerits = QRCode.maskDemerits(unmasked)
            let lowest = demerits.indices.first { demerits[$0] == demerits.min() } ?? -1
            #expect(QRCode.scoreMasks(unmasked, demerits: nil) == lowest, "\(text.debugDescription)")
            // A mask loses before N4 when its penalty less N4 reaches the best of the masks before it.
            let w = unmasked.width
            var best = Int.max
            var skips = 0
            for mask in 0..<8 {
                let (row8, column8) = QRCode.formatLines(mask: mask, width: w)
                var blacks = row8.nonzeroBitCount + column8.nonzeroBitCount
                for y in 0..<w { blacks += (unmasked.raw[y] ^ (QRCode.maskRows[mask][y] & unmasked.data[y])).nonzeroBitCount }
                let balance = (abs(QRCode.blackPercent(blacks, of: w * w) - 50) / 5) * 10
                if demerits[mask] - balance >= best { skips += 1 }
                best = min(best, demerits[mask])
            }
            skipped += skips
            symbols += 1
        }
        #expect(skipped > 3 * symbols, "\(skipped) masks skipped in \(symbols) symbols")
    }

    /// The weighted sums of popcounts of the paired scoring, against `nonzeroBitCount`, lane by lane.
    @Test func weightedCountsArePopcounts() {
        var generator = TestSeed.generator(0x3C0F_9A21)
        var words: [UInt64] = [0, ~0, 1, 1 << 63, 0x5555_5555_5555_5555]
        for _ in 0..<3000 { words.append(UInt64.random(in: 0...UInt64.max, using: &generator)) }
        for index in 0..<words.count {
            let a = words[index], b = words[(index * 7 + 1) % words.count], c = words[(index * 13 + 2) % words.count]
            let counts = QRCode.weightedCounts(QRCode.Lines(a, c), QRCode.Lines(b, a), QRCode.Lines(c, b))
            let lane0 = a.nonzeroBitCount + b.nonzeroBitCount + 2 * (c.nonzeroBitCount + b.nonzeroBitCount)
            let lane1 = c.nonzeroBitCount + a.nonzeroBitCount + 2 * (b.nonzeroBitCount + a.nonzeroBitCount)
            #expect(Int((counts[0] &* 0x0001_0001_0001_0001) >> 48) == lane0)
            #expect(Int((counts[1] &* 0x0001_0001_0001_0001) >> 48) == lane1)
        }
        // 64 lines of the largest counts still sum without overflow.
        var total = QRCode.Lines(repeating: 0)
        for _ in 0..<64 { total &+= QRCode.weightedCounts(.init(repeating: ~0), .init(repeating: ~0), .init(repeating: ~0)) }
        #expect(Int(((total[0] &+ total[1]) &* 0x0001_0001_0001_0001) >> 48) == 2 * 64 * 6 * 64)
    }

    /// libqrencode's `Mask_calcRunLengthH` on a line given as bits, module by module, then its `Mask_calcN1N3`.
    static func referenceLinePenalty(_ line: UInt64, width: Int) -> Int {
        var runs: [Int] = []
        var previous = line & 1
        if previous == 1 { runs.append(-1) }
        runs.append(1)
        for x in 1..<width {
            let module = line >> UInt64(x) & 1
            if module != previous { runs.append(1); previous = module } else { runs[runs.count - 1] += 1 }
        }
        return runs.withUnsafeBufferPointer { QRCode.runPenalty($0, $0.count) }
    }

    /// N3 at scales 1 and 2 of a row and a column at once (`foundFinders`, from the candidates the mask loop finds)
    /// against `finderPenaltyBits` of each line: every pair of lines of up to 12 modules, random pairs, and lines
    /// with patterns at the first module, at the last ones and side by side; lines with nine dark modules in a
    /// row never reach it.
    @Test func pairedFinderBordersEqualLineByLine() {
        func candidates(_ line: QRCode.Lines) -> (one: QRCode.Lines, two: QRCode.Lines) {
            let threeDark = line & line &>> 1 & line &>> 2
            let one = line & line &>> 2 & threeDark &>> 2 & line &>> 6 & ~(line &<< 1 | line &>> 1 | line &>> 5 | line &>> 7)
            let pair = line & line &>> 1, anyPair = line | line &>> 1
            let two = pair & pair &>> 4 & pair &>> 6 & pair &>> 8 & pair &>> 12
                & ~(line &<< 1 | anyPair &>> 2 | anyPair &>> 10 | line &>> 14)
            return (one, two)
        }
        var mismatches = 0, found = 0
        func check(_ row: UInt64, _ column: UInt64) {
            let line = QRCode.Lines(row, column)
            let (one, two) = candidates(line)
            let got = QRCode.foundFinders(line, one: one, two: two)
            let expected = QRCode.finderPenaltyBits(row) + QRCode.finderPenaltyBits(column)
            if got != expected {
                mismatches += 1
                if mismatches <= 5 { Issue.record("\(String(row, radix: 2)) / \(String(column, radix: 2)): \(got), expected \(expected)") }
            }
            if expected > 0 { found += 1 }
        }
        for row in 0..<UInt64(1 << 12) { check(row, row ^ 0xA5D) }
        var generator = TestSeed.generator(0x51C0_7E11)
        for _ in 0..<50_000 {
            let width = Int.random(in: 21...61, using: &generator)
            let all = QRCode.lowBits(width)
            check(UInt64.random(in: 0...UInt64.max, using: &generator) & all,
                  UInt64.random(in: 0...UInt64.max, using: &generator) & all)
        }
        // 1011101 at module 0, at the end of a 41-module line, twice in a row; 11001111110011 at 0 and at the end.
        let scale1: UInt64 = 0b1011101, scale2: UInt64 = 0b11001111110011
        check(scale1, scale1 << 34)
        check(scale1 | scale1 << 8, scale1 << 4 | scale1 << 30)
        check(scale2, scale2 << 27)
        check(scale2 << 20, scale1 << 10 | scale2 << 40)
        #expect(mismatches == 0)
        #expect(found > 1000)
    }

    /// The N1 + N3 of a line from its bits, against the runs: every line of 1 to 18 modules, then long random
    /// lines and lines built from runs of f, 3f, about 4f and random lengths around 1:1:3:1:1 patterns.
    @Test func linePenaltyFromBitsEqualsRuns() {
        var runs = [Int](repeating: 0, count: 66)
        var mismatches = 0
        var findersSeen = 0
        runs.withUnsafeMutableBufferPointer { runs in
            func check(_ line: UInt64, _ width: Int) {
                let expected = Self.referenceLinePenalty(line, width: width)
                let got = QRCode.lineRunPenalty(line, width: width, runs: runs)
                if got != expected {
                    mismatches += 1
                    if mismatches <= 5 { Issue.record("width \(width), line \(String(line, radix: 2)): \(got), runs say \(expected)") }
                }
                if expected > Self.referenceN1(line, width: width) { findersSeen += 1 }
            }
            for width in 2...18 {
                for line in 0..<(UInt64(1) << UInt64(width)) { check(line, width) }
            }
            var generator = TestSeed.generator(0xF72A21B3)
            for index in 0..<150_000 {
                let width = Int.random(in: 19...64, using: &generator)
                var line: UInt64 = 0
                if index < 100_000, Bool.random(using: &generator) {
                    line = UInt64.random(in: 0...UInt64.max, using: &generator)
                } else {
                    // The last 50,000 at scale 3 or 4: the bits find scale 3, the runs scale 4 and more.
                    let f = index < 100_000 ? Int.random(in: 1...9, using: &generator) : Int.random(in: 3...4, using: &generator)
                    var x = 0
                    var dark = Bool.random(using: &generator)
                    while x < width {
                        let choice = Int.random(in: 0..<10, using: &generator)
                        if choice == 0 && dark {
                            // A whole pattern, then a light run.
                            for (length, isDark) in [(f, true), (f, false), (3 * f, true), (f, false), (f, true)] {
                                if isDark, x < width { for i in x..<min(x + length, width) { line |= 1 << UInt64(i) } }
                                x += length
                            }
                            dark = false
                            continue
                        }
                        let length = [f, f, 3 * f, 4 * f - 1, 4 * f, 4 * f + 1, Int.random(in: 1...12, using: &generator),
                                      Int.random(in: 1...3, using: &generator), 2 * f, f][choice]
                        if dark { for i in x..<min(x + max(length, 1), width) { line |= 1 << UInt64(i) } }
                        x += max(length, 1)
                        dark.toggle()
                    }
                }
                check(line & QRCode.lowBits(width), width)
            }
        }
        #expect(mismatches == 0)
        #expect(findersSeen > 10_000, "finder patterns seen: \(findersSeen)")
    }

    /// N1 alone, from the runs (for telling how often a line had an N3 pattern).
    static func referenceN1(_ line: UInt64, width: Int) -> Int {
        var demerit = 0, run = 1
        for x in 1...width {
            if x < width, line >> UInt64(x) & 1 == line >> UInt64(x - 1) & 1 { run += 1; continue }
            if run >= 5 { demerit += run - 2 }
            run = 1
        }
        return demerit
    }

    @Test func transposeOf64Words() {
        var generator = TestSeed.generator(0x694EB410)
        let words = (0..<64).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
        var transposed = words
        transposed.withUnsafeMutableBufferPointer { QRCode.transpose64($0.baseAddress!) }
        var wrong = 0
        for r in 0..<64 {
            for c in 0..<64 where transposed[c] >> UInt64(r) & 1 != words[r] >> UInt64(c) & 1 { wrong += 1 }
        }
        #expect(wrong == 0)
    }

    @Test func countPlusTwiceIsTwoPopcounts() {
        var generator = TestSeed.generator(0x1E498486)
        var pairs: [(UInt64, UInt64)] = [(0, 0), (~0, ~0), (~0, 0), (0, ~0), (1 << 63, 1 << 63)]
        for _ in 0..<10_000 {
            pairs.append((UInt64.random(in: 0...UInt64.max, using: &generator), UInt64.random(in: 0...UInt64.max, using: &generator)))
        }
        for (a, b) in pairs {
            #expect(QRCode.countPlusTwice(a, b) == a.nonzeroBitCount + 2 * b.nonzeroBitCount, "\(a) \(b)")
        }
    }

    /// The mask a symbol carries, read back from its format information (bits 10–12 after unmasking).
    static func mask(of matrix: QRCode.Matrix) -> Int {
        let positions = QRCode.formatPositions(width: matrix.width)
        var format = 0
        for (index, (first, _)) in positions.enumerated() where matrix.modules[first] != 0 { format |= 1 << index }
        return ((format ^ 0x5412) >> 10) & 7
    }

    @Test func formatBitsMatchTheStandardTable() {
        // ISO/IEC 18004 table C.1, level M (00): masks 0..7.
        #expect((0..<8).map { QRCode.formatBits(mask: $0) } == [0x5412, 0x5125, 0x5E7C, 0x5B4B, 0x45F9, 0x40CE, 0x4F97, 0x4AA0])
    }

    @Test func svgStrokesEveryDarkModuleOnce() throws {
        let url = "https://standar.sukamajukota.go.id/disdukcapil/akta-kelahiran/"
        let matrix = try #require(QRCode.matrix(url))
        let svg = try #require(QRCode.svg(url, label: "x"))
        let path = try #require(svg.split(separator: "d=\"").last?.split(separator: "\"").first)
        // Replay the path: M x y.5 starts a row, m dx 0 moves, h n draws n modules.
        var drawn = [UInt8](repeating: 0, count: matrix.width * matrix.width)
        var scanner = Substring(path)
        var x = 0, y = 0
        func number() -> Int {
            let digits = scanner.prefix { $0.isNumber }
            scanner = scanner.dropFirst(digits.count)
            return Int(digits) ?? -1
        }
        while let command = scanner.first {
            scanner = scanner.dropFirst()
            switch command {
            case "M":
                x = number() - 4
                scanner = scanner.dropFirst()  // space
                y = number() - 4
                #expect(scanner.hasPrefix(".5"))
                scanner = scanner.dropFirst(2)
            case "m":
                x += number()
                #expect(scanner.hasPrefix(" 0"))
                scanner = scanner.dropFirst(2)
            case "h":
                let length = number()
                for i in x..<(x + length) { drawn[y * matrix.width + i] += 1 }
                x += length
            default:
                Issue.record("unexpected \(command)")
                return
            }
        }
        #expect(drawn == matrix.modules)
    }

    // MARK: The encoder for versions 1 to 11

    /// Every length the encoder takes (1 to 251 bytes: versions 1 to 11, each side of every version's limit),
    /// random bytes of every value (as Latin-1 text, two bytes of UTF-8 above 0x7F, so the byte counts vary),
    /// against libqrencode's own symbol and against its mask-0 frame with the mask chosen here.
    @Test func encoderMatchesLibqrencodeAtEveryLength() throws {
        var generator = TestSeed.generator(0x51E7_0C0D)
        var versionsSeen: Set<Int> = []
        for length in 1...260 {
            let ascii = String(decoding: (0..<length).map { _ in UInt8.random(in: 0x20...0x7E, using: &generator) },
                               as: UTF8.self)
            let wide = String(String.UnicodeScalarView((0..<(length / 2 + 1)).compactMap { _ in
                Unicode.Scalar(UInt32.random(in: 0x01...0xFF, using: &generator))
            }))
            for text in [ascii, wide] {
                let bytes = Array(text.utf8)
                let unmasked = bytes.withUnsafeBufferPointer(QREncoder.encode)
                let library = try #require(QRCode.libraryMatrix(text))
                if let unmasked {
                    versionsSeen.insert((unmasked.width - 17) / 4)
                    #expect(QRCode.bestMask(unmasked).matrix == library, "\(bytes.count) bytes: \(text.debugDescription)")
                    #expect(QRCode.librarySymbol(text)?.matrix == library)
                } else {
                    // Above version 11: libqrencode encodes it, 61 modules or more.
                    #expect(bytes.count > 251 && library.width > 61, "\(bytes.count) bytes")
                    #expect(QRCode.matrix(text) == library)
                }
            }
        }
        #expect(versionsSeen == Set(1...11), "\(versionsSeen.sorted())")
    }

    /// The version chosen is the smallest that holds the bytes: the limits of 8-bit data at level M.
    @Test func versionLimitsOfEightBitDataAtLevelM() {
        // JIS X0510:2004 table 7, byte mode, level M, versions 1 to 11.
        let limits = [14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251]
        for (index, limit) in limits.enumerated() {
            #expect(QREncoder.version(forByteCount: limit)?.number == index + 1)
            #expect(QREncoder.version(forByteCount: limit + 1)?.number == (index + 2 <= 11 ? index + 2 : nil))
        }
    }

    /// Each version's data modules: as many as the codeword bits and the remainder bits (7 for versions 2 to 6).
    @Test func dataModulesOfEachVersion() {
        for v in QREncoder.versions {
            let codewords = v.dataCodewords + (v.shortBlocks + v.longBlocks) * v.eccPerBlock
            let remainder = (2...6).contains(v.number) ? 7 : 0
            #expect(v.order.count == codewords * 8 + remainder, "version \(v.number)")
            #expect(Set(v.order).count == v.order.count)
        }
    }

    /// Reed–Solomon against the worked example of ISO/IEC 18004 annex I (version 1-M, "01234567").
    @Test func reedSolomonOfTheStandardsExample() {
        let data: [UInt8] = [0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11,
                             0xEC, 0x11]
        var ecc = [UInt8](repeating: 0, count: 10)
        ReedSolomon.Divisor(degree: 10).remainder(data[...], into: &ecc, at: 0)
        #expect(ecc == [0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55])
    }

    /// The table-driven division against polynomial long division, for every degree the versions use.
    @Test func reedSolomonTableAgainstLongDivision() {
        var generator = TestSeed.generator(0x2EED_5010)
        for degree in [10, 16, 18, 22, 24, 26, 28, 30] {
            let g = [1] + ReedSolomon.generator(degree)
            for length in [1, 13, 51, 60] {
                let data = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
                // data(x) · x^n mod g(x), coefficient by coefficient.
                var long = data + [UInt8](repeating: 0, count: degree)
                for i in 0..<data.count where long[i] != 0 {
                    let factor = long[i]
                    for k in 0...degree { long[i + k] ^= ReedSolomon.multiply(g[k], factor) }
                }
                var ecc = [UInt8](repeating: 0, count: degree + 2)
                ReedSolomon.Divisor(degree: degree).remainder(data[...], into: &ecc, at: 1)
                #expect(Array(ecc[1...degree]) == Array(long[data.count...]), "degree \(degree), \(length) bytes")
                #expect(ecc[0] == 0 && ecc[degree + 1] == 0)
            }
        }
    }

    /// The divisor's table, built by doubling and XOR, against the products by logarithms it was first built
    /// from, for every degree up to 32 (the versions use 10 to 30).
    @Test func reedSolomonTableEqualsProductsByLogarithms() {
        for degree in 1...32 {
            let g = ReedSolomon.generator(degree)
            var reference = [UInt64](repeating: 0, count: 256 * 4)
            for f in 0..<256 {
                for k in 0..<degree {
                    reference[f * 4 + k / 8] |= UInt64(ReedSolomon.multiply(UInt8(f), g[k])) << UInt64(8 * (k % 8))
                }
            }
            #expect(ReedSolomon.Divisor(degree: degree).rows == reference, "degree \(degree)")
        }
        // Each byte times α, against the product by logarithms (0x80 and 0xFF carry out of the byte).
        for value in 0..<256 {
            let word = UInt64(value) * 0x0101_0101_0101_0101
            let doubled = UInt64(ReedSolomon.multiply(UInt8(value), 2)) * 0x0101_0101_0101_0101
            #expect(ReedSolomon.Divisor.doubled(word) == doubled, "\(value)")
        }
    }

    /// The mask tables, built from 12 modules copied along the word, against `flips` module by module (the
    /// 64 × 64 words the tables were first built from).
    @Test func maskTablesAreTheMaskConditions() {
        for mask in 0..<8 {
            for line in 0..<64 {
                var row: UInt64 = 0, column: UInt64 = 0
                for k in 0..<64 {
                    if QRCode.flips(mask, k, line) { row |= 1 << UInt64(k) }
                    if QRCode.flips(mask, line, k) { column |= 1 << UInt64(k) }
                }
                #expect(QRCode.maskRows[mask][line] == row, "mask \(mask), row \(line)")
                #expect(QRCode.maskColumns[mask][line] == column, "mask \(mask), column \(line)")
            }
        }
        #expect(QRCode.maskWords == Array(QRCode.maskRows.joined()) + Array(QRCode.maskColumns.joined()))
    }

    /// Every stroke word of the path writer spells "m" dx " 0h" length, its length where its highest set bit is.
    @Test func strokeCodesSpellTheStrokes() {
        for dx in 0..<64 {
            for length in 0..<64 {
                let code = QRCode.strokeCodes[dx * 64 + length]
                let count = (71 - code.leadingZeroBitCount) / 8
                let bytes = (0..<count).map { UInt8(truncatingIfNeeded: code >> UInt64(8 * $0)) }
                #expect(String(decoding: bytes, as: UTF8.self) == "m\(dx) 0h\(length)")
                #expect(count == 8 || code >> UInt64(8 * count) == 0)
            }
        }
    }
}
