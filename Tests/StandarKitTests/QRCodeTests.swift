import CQRencode
import Foundation
import Testing
@testable import StandarKit

@Suite struct QRCodeTests {
    /// The mask chosen here is the one libqrencode chooses: the symbols are identical, module for module.
    @Test func sameSymbolsAsLibqrencode() throws {
        var texts = ["https://standar.sukamajukota.go.id/disdukcapil/akta-kelahiran/", "a", "0123456789",
                     "https://x.go.id/" + String(repeating: "layanan-", count: 40), "Kode QR – ü, é, 漢字"]
        var generator = SystemRandomNumberGenerator()
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
        var generator = SystemRandomNumberGenerator()
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
            #expect(ours == library, "\(text)")
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
}
