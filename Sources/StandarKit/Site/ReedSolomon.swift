/// Reed–Solomon error correction codewords for QR symbols: GF(256) with the polynomial x⁸ + x⁴ + x³ + x² + 1
/// (0x11D), generator ∏ (x − αⁱ) for i in 0 ..< n (JIS X0510:2004 8.5; libqrencode's `RSECC_encode`).
enum ReedSolomon {
    /// αⁱ for i in 0..<255 (twice over, so that a sum of two logarithms needs no modulo) and log(v) for v ≠ 0.
    static let exp: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 512)
        var v = 1
        for i in 0..<255 {
            table[i] = UInt8(v)
            table[i + 255] = UInt8(v)
            v <<= 1
            if v & 0x100 != 0 { v ^= 0x11D }
        }
        return table
    }()

    static let log: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for i in 0..<255 { table[Int(exp[i])] = UInt8(i) }
        return table
    }()

    /// The product in GF(256).
    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        a == 0 || b == 0 ? 0 : exp[Int(log[Int(a)]) + Int(log[Int(b)])]
    }

    /// The coefficients of the generator of degree `degree`, highest first without the leading 1
    /// (g(x) = x^n + g[0] x^(n−1) + … + g[n−1]).
    static func generator(_ degree: Int) -> [UInt8] {
        var g: [UInt8] = [1]  // highest first
        for i in 0..<degree {
            // g(x) · (x − αⁱ); minus is plus in GF(2⁸).
            var next = [UInt8](repeating: 0, count: g.count + 1)
            for (k, c) in g.enumerated() {
                next[k] ^= c
                next[k + 1] ^= multiply(c, exp[i])
            }
            g = next
        }
        return Array(g.dropFirst())
    }

    /// The products of every byte with each coefficient of the generator of degree `degree` (≤ 32), row by row:
    /// row f holds f · g[k] at k, padded with zeros to 32 bytes, so that dividing by the generator is one XOR of
    /// four words per data byte.
    struct Divisor: Sendable {
        let degree: Int
        let rows: [UInt64]

        /// Multiplication in GF(256) is linear over GF(2): row 1 is the generator, row 2f is row f with each byte
        /// times α (`doubled`), and row f is the XOR of the rows of its bits — a few word operations per row
        /// where a product by logarithms per coefficient took 4 M instructions for the 11 versions of a build.
        init(degree: Int) {
            assert(degree <= 32, "the QR versions Standar encodes use at most 30 codewords a block")
            let n = min(degree, 32)
            self.degree = n
            let g = ReedSolomon.generator(n)
            var rows = [UInt64](repeating: 0, count: 256 * 4)
            rows.withUnsafeMutableBufferPointer { rows in
                for k in 0..<n { rows[4 + k / 8] |= UInt64(g[k]) << UInt64(8 * (k % 8)) }
                var bit = 1
                while bit < 256 {
                    if bit > 1 {
                        for i in 0..<4 { rows[bit &* 4 &+ i] = Divisor.doubled(rows[bit &* 2 &+ i]) }
                    }
                    // The rows of bit + 1 ..< 2 × bit: this bit's row and a row already made.
                    for f in (bit &+ 1)..<(bit &* 2) {
                        for i in 0..<4 { rows[f &* 4 &+ i] = rows[bit &* 4 &+ i] ^ rows[(f &- bit) &* 4 &+ i] }
                    }
                    bit &*= 2
                }
            }
            self.rows = rows
        }

        /// Each of the eight bytes of `word` times α (x): shifted left one bit, 0x1D (the low byte of 0x11D) XORed
        /// into those whose top bit went out.
        @inline(__always)
        static func doubled(_ word: UInt64) -> UInt64 {
            ((word & 0x7F7F_7F7F_7F7F_7F7F) << 1) ^ ((word >> 7) & 0x0101_0101_0101_0101) &* 0x1D
        }

        /// The remainder of data(x) · x^n divided by the generator: the n error correction codewords of one block,
        /// written to `out[at..<(at + n)]`.
        func remainder(_ data: ArraySlice<UInt8>, into out: inout [UInt8], at: Int) {
            guard at >= 0, at + degree <= out.count else { return }
            data.withUnsafeBufferPointer { data in
                out.withUnsafeMutableBufferPointer { out in
                    if let base = out.baseAddress { remainder(data, into: base + at, stride: 1) }
                }
            }
        }

        /// The remainder of data(x) · x^n divided by the generator, coefficient k written to `out[k × stride]`
        /// (the codewords interleaved across blocks). The remainder is a shift register of 32 bytes in four
        /// words, byte k of the register in byte k % 8 of word k / 8 (the first coefficient in the lowest byte).
        func remainder(_ data: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>, stride: Int) {
            var r0: UInt64 = 0, r1: UInt64 = 0, r2: UInt64 = 0, r3: UInt64 = 0
            rows.withUnsafeBufferPointer { rows in
                for byte in data {
                    let f = Int(byte ^ UInt8(truncatingIfNeeded: r0))
                    r0 = r0 >> 8 | r1 << 56
                    r1 = r1 >> 8 | r2 << 56
                    r2 = r2 >> 8 | r3 << 56
                    r3 >>= 8
                    r0 ^= rows[f &* 4]
                    r1 ^= rows[f &* 4 &+ 1]
                    r2 ^= rows[f &* 4 &+ 2]
                    r3 ^= rows[f &* 4 &+ 3]
                }
            }
            for k in 0..<degree {
                let word = k < 8 ? r0 : k < 16 ? r1 : k < 24 ? r2 : r3
                out[k &* stride] = UInt8(truncatingIfNeeded: word >> UInt64(8 * (k % 8)))
            }
        }
    }
}
