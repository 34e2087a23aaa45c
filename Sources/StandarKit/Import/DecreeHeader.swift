/// The decree a set of standards is annexed to, read from the header of the annex: "LAMPIRAN KEPUTUSAN KEPALA
/// DINAS … NOMOR : 800/016/Disdukcapil/2024 TANGGAL : 2 Januari 2024 TENTANG …".
public struct DecreeHeader: Sendable, Equatable {
    public var nomor: String?
    public var tanggal: SimpleDate?
    /// The date as written when it could not be read.
    public var tanggalText: String?

    public init(nomor: String? = nil, tanggal: SimpleDate? = nil, tanggalText: String? = nil) {
        self.nomor = nomor
        self.tanggal = tanggal
        self.tanggalText = tanggalText
    }

    public enum Field: Equatable {
        case nomor(String)
        case tanggal(String)
    }

    /// True for the line that opens an annex header ("LAMPIRAN", "LAMPIRAN I KEPUTUSAN ...").
    static func opensHeader(_ line: String) -> Bool {
        let words = TextNormalizer.words(TextNormalizer.fold(line))
        guard words.first == "lampiran" else { return false }
        // "LAMPIRAN", "LAMPIRAN II", "LAMPIRAN : KEPUTUSAN …" — not "Lampiran formulir permohonan" in a section.
        if words.count <= 2 { return words.count == 1 || ["i", "ii", "iii", "iv", "v", "vi", "1", "2", "3", "4", "5"].contains(words[1]) }
        let decreeWords: Set<String> = ["keputusan", "peraturan", "perbup", "perwali", "pergub", "sk", "surat", "nomor",
                                        "kepala", "bupati", "walikota", "wali", "gubernur", "direktur", "camat", "lurah"]
        return words.prefix(4).contains { decreeWords.contains($0) }
    }

    /// "NOMOR : 800/16/2024", "Nomor 12 Tahun 2024", "TANGGAL : 2 Januari 2024"; with `requireColon` only the
    /// forms with a colon count (outside an annex header).
    static func field(_ line: String, requireColon: Bool) -> Field? {
        let trimmed = line.trimmingSpaces
        let lower = trimmed.lowercased()
        for (key, make) in [("nomor", Field.nomor), ("no.", Field.nomor), ("tanggal", Field.tanggal), ("tgl.", Field.tanggal)] {
            guard lower.hasPrefix(key) else { continue }
            var rest = Substring(trimmed.dropFirst(key.count))
            guard let next = rest.first, next == " " || next == ":" || next == "\t" else { continue }
            rest = rest.drop { $0 == " " || $0 == "\t" }
            let hasColon = rest.first == ":"
            if requireColon && !hasColon { return nil }
            if hasColon { rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" } }
            var value = String(rest).trimmingSpaces
            while let last = value.last, last == "," || last == ";" { value.removeLast() }
            guard !value.isEmpty else { return nil }
            return make(value)
        }
        return nil
    }

    private static let months: [String: Int] = [
        "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "maret": 3, "mar": 3, "april": 4,
        "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agt": 8, "agu": 8, "ags": 8,
        "agst": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nopember": 11,
        "nov": 11, "nop": 11, "desember": 12, "des": 12,
    ]

    /// "2 Januari 2024", "02 Pebruari 2024", "2-1-2024", "02/01/2024", "2024-01-02" -> a date.
    public static func date(_ text: String) -> SimpleDate? {
        let folded = TextNormalizer.fold(text)
        let words = TextNormalizer.words(folded)
        for i in words.indices {
            guard let month = months[words[i]], i > 0, i + 1 < words.count,
                  let day = Int(words[i - 1]), let year = Int(words[i + 1]) else { continue }
            if let d = SimpleDate(year: year, month: month, day: day) { return d }
        }
        // Numeric forms.
        let numbers = folded.split { !$0.isNumber }.compactMap { Int($0) }
        guard numbers.count >= 3 else { return nil }
        for start in 0...(numbers.count - 3) {
            let a = numbers[start], b = numbers[start + 1], c = numbers[start + 2]
            if a >= 1900, let d = SimpleDate(year: a, month: b, day: c) { return d }
            if c >= 1900, let d = SimpleDate(year: c, month: b, day: a) { return d }
        }
        return nil
    }
}
