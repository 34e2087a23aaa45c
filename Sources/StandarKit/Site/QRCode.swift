import CQRencode

/// QR codes made by libqrencode, drawn as inline SVG: one path of dark runs per row, with the quiet zone of
/// four modules the standard asks for. libqrencode guards its shared tables with its own mutex, so this is
/// safe from the parallel service pass.
public enum QRCode {
    /// The modules of `text` encoded as 8-bit data with error correction level M (15% recoverable: enough
    /// for a poster that gets scuffed at a counter); nil when libqrencode refuses (empty or over ~2,300 bytes).
    public static func modules(_ text: String) -> [[Bool]]? {
        guard !text.isEmpty, text.utf8.count <= 2000 else { return nil }
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        guard width > 0, let data = code.pointee.data else { return nil }
        return (0..<width).map { y in (0..<width).map { x in data[y * width + x] & 1 == 1 } }
    }

    /// An `<svg>` element for `text`, `label` as its accessible name; nil when no code can be made.
    public static func svg(_ text: String, label: String) -> String? {
        guard let rows = modules(text) else { return nil }
        let quiet = 4
        let size = rows.count + 2 * quiet
        var path = ""
        for (y, row) in rows.enumerated() {
            var x = 0
            while x < row.count {
                guard row[x] else { x += 1; continue }
                var end = x
                while end < row.count, row[end] { end += 1 }
                path += "M\(x + quiet) \(y + quiet)h\(end - x)v1h-\(end - x)z"
                x = end
            }
        }
        return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(size) \(size)\" role=\"img\""
            + " aria-label=\"\(HTMLEscaper.attribute(label))\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"\(size)\" height=\"\(size)\" fill=\"#fff\"/><path fill=\"#000\" d=\"\(path)\"/></svg>"
    }
}
