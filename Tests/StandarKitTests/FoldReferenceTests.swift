import Foundation
import Testing
@testable import StandarKit

/// `TextNormalizer.foldScalars` writes UTF-8 bytes; the scalar-view version it replaced is kept here as the reference.
struct FoldReferenceTests {
    static func reference(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        func emit(_ scalar: Unicode.Scalar) {
            if pendingSpace, !out.isEmpty { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                switch v {
                case 0x41...0x5A: emit(Unicode.Scalar(UInt8(v + 0x20)))
                case 0x09...0x0D, 0x20: pendingSpace = true
                case 0x00...0x08, 0x0E...0x1F, 0x7F: continue
                default: emit(scalar)
                }
                continue
            }
            switch v {
            case 0xFF01...0xFF5E:
                let ascii = v - 0xFEE0
                emit(Unicode.Scalar(UInt8((0x41...0x5A).contains(ascii) ? ascii + 0x20 : ascii)))
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x02B9: emit("'")
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: emit("\"")
            case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0x2043: emit("-")
            case 0x2026: emit("."); emit("."); emit(".")
            case 0x00D7: emit("x")
            case 0x2044, 0x2215: emit("/")
            case 0xFE55, 0x2236: emit(":")
            default:
                let props = scalar.properties
                if props.isWhitespace { pendingSpace = true; continue }
                switch props.generalCategory {
                case .format, .control, .nonspacingMark, .spacingMark, .enclosingMark: continue
                default: break
                }
                if props.isAlphabetic {
                    for part in props.lowercaseMapping.decomposedStringWithCanonicalMapping.unicodeScalars {
                        switch part.properties.generalCategory {
                        case .nonspacingMark, .spacingMark, .enclosingMark: continue
                        default: emit(part)
                        }
                    }
                } else {
                    emit(scalar)
                }
            }
        }
        return String(out)
    }

    @Test func foldsAsTheScalarViewVersion() {
        let pieces = ["Akta", " ", "\u{A0}", "\u{2003}", "É", "é", "e\u{301}", "–", "—", "“", "”", "‘", "…", "×", "Ａ", "／",
                      "：", "\u{200B}", "\u{AD}", "\u{FEFF}", "ß", "İ", "Ø", "日本", "𝔸", "👍", "½", "\t", "\n", "\u{1}", "Rp",
                      "١٢", "ǅ", "ﬁ", "Ω", "\u{2028}", "\u{7F}"]
        var g = TemplateProgramTests.Seeded(state: 0xF01D)
        var texts = pieces
        for _ in 0..<5_000 {
            texts.append((0..<Int.random(in: 0...8, using: &g)).map { _ in pieces.randomElement(using: &g) ?? "" }.joined())
        }
        for text in texts { #expect(TextNormalizer.foldScalars(text) == Self.reference(text), "\(text.debugDescription)") }
    }
}
