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

        init(degree: Int) {
            assert(degree <= 32, "the QR versions Standar encodes use at most 30 codewords a block")
            self.degree = min(degree, 32)
            let g = ReedSolomon.generator(degree)
            var rows = [UInt64](repeating: 0, count: 256 * 4)
            for f in 0..<256 {
                for k in 0..<self.degree {
                    rows[f * 4 + k / 8] |= UInt64(ReedSolomon.multiply(UInt8(f), g[k])) << UInt64(8 * (k % 8))
                }
            }
            self.rows = rows
        }

        /// The remainder of data(x) · x^n divided by the generator: the n error correction codewords of one block,
        /// written to `out[at..<(at + n)]`. The remainder is a shift register of 32 bytes in four words, byte k
        /// of the register in byte k % 8 of word k / 8 (the first coefficient in the lowest byte).
        func remainder(_ data: ArraySlice<UInt8>, into out: inout [UInt8], at: Int) {
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
                out[at + k] = UInt8(truncatingIfNeeded: word >> UInt64(8 * (k % 8)))
            }
        }
    }
}
