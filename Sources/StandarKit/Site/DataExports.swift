import Foundation

/// Machine-readable outputs: /data/layanan.json, /data/layanan.csv, /cari/indeks.json, sitemap.xml, robots.txt
/// and the Atom feed. All are deterministic: fixed order, no build time.
enum DataExports {
    // MARK: layanan.json (streamed: head, one fragment per service, tail)

    static func servicesJSONHead(_ config: SiteConfig) -> String {
        JSONWriter.recordsHead([("versi", .int(1)), ("situs", .string(config.judul))], arrayKey: "layanan")
    }

    static func servicesJSONTail(count: Int) -> String { JSONWriter.recordsTail(rows: count) + "\n" }

    /// One service's row (the writer puts "," between rows).
    /// Written member by member (what `JSONWriter.recordRowBytes` writes for the same object): building the
    /// `JSONValue` tree first was half of this function's 2.9% of a build's CPU.
    static func serviceJSON(_ s: ServiceStandard, _ summary: ServiceSummary, opd: OPD) -> [UInt8] {
        // The component texts are most of the row; the rest is about a kilobyte.
        var w = JSONWriter(layout: .line, capacity: s.components.reduce(1536) { $0 + $1.plainText.utf8.count + 32 })
        w.put(literal: "\n    {")
        w.member("opd", s.opd, first: true)
        w.member("opd_nama", opd.nama)
        w.member("slug", s.slug)
        w.member("judul", s.judul)
        // "/" + summary.path, whatever the base URL.
        var url = OutputBytes(capacity: 64)
        url.append(0x2F)
        summary.appendPath(to: &url)
        w.member("url")
        w.appendQuoted(url.bytes)
        w.member("ringkasan", s.ringkasan)
        w.member("kategori", s.kategori)
        w.member("nomor_sk", s.nomorSK)
        w.member("ditetapkan", s.ditetapkan?.description)
        w.member("ditinjau", s.ditinjau?.description)
        w.member("kata_kunci")
        w.put(literal: "[")
        for (i, word) in s.kataKunci.enumerated() {
            if i > 0 { w.put(literal: ", ") }
            w.appendQuoted(word)
        }
        w.put(literal: "]")
        w.member("lokasi", s.lokasi ?? opd.alamat)
        w.member("jam_layanan", s.jamLayanan ?? opd.jamLayanan)
        w.member("daring", s.daring)
        if let fee = s.fee {
            w.member("biaya")
            w.put(literal: "{")
            w.member("teks", fee.text, first: true)
            w.member("gratis", fee.isFree)
            w.member("bersyarat", fee.state == .bersyarat)
            w.member("min", number: fee.min)
            w.member("maks", number: fee.max)
            w.put(literal: "}")
        } else {
            w.member("biaya", .null)
        }
        if let d = s.duration {
            w.member("waktu")
            w.put(literal: "{")
            w.member("teks", d.text, first: true)
            w.member("nilai", JSONValue(d.value))
            w.member("nilai_maks", JSONValue(d.maxValue))
            w.member("satuan", d.unit?.rawValue)
            w.put(literal: "}")
        } else {
            w.member("waktu", .null)
        }
        w.member("lengkap", summary.complete)
        w.member("kekurangan")
        w.put(literal: "[")
        for (i, id) in summary.gaps.enumerated() {
            if i > 0 { w.put(literal: ", ") }
            w.appendQuoted(id.id)
        }
        w.put(literal: "]")
        w.member("komponen")
        w.put(literal: "{")
        for (n, id) in ComponentID.allCases.enumerated() {
            w.member(jsonKey(id), s.filledComponentIndex(id).map { s.components[$0].plainText }, first: n == 0)
        }
        w.put(literal: "}}")
        return w.bytes
    }

    /// A component's id as a literal key (`id.id`, which the tests check): quoted as any text, the fourteen keys
    /// of a row cost about 220 instructions each (3.1 M for 1,000 rows, callgrind).
    static func jsonKey(_ id: ComponentID) -> StaticString {
        switch id {
        case .persyaratan: "persyaratan"
        case .prosedur: "prosedur"
        case .waktu: "waktu"
        case .biaya: "biaya"
        case .produk: "produk"
        case .pengaduan: "pengaduan"
        case .dasarHukum: "dasar_hukum"
        case .sarana: "sarana"
        case .kompetensi: "kompetensi"
        case .pengawasan: "pengawasan"
        case .jumlahPelaksana: "jumlah_pelaksana"
        case .jaminanPelayanan: "jaminan_pelayanan"
        case .jaminanKeamanan: "jaminan_keamanan"
        case .evaluasi: "evaluasi"
        }
    }

    /// A number as the data files write it: whole numbers without a fraction.
    static func double(_ v: Double) -> String { JSONWriter.string(.number(v), layout: .compact) }

    // MARK: layanan.csv

    static let csvColumns = ["opd", "opd_nama", "slug", "judul", "url", "kategori", "ringkasan", "nomor_sk",
                             "ditetapkan", "ditinjau", "biaya_teks", "biaya_gratis", "biaya_min", "biaya_maks",
                             "waktu_teks", "waktu_nilai", "waktu_nilai_maks", "waktu_satuan", "lengkap", "kekurangan",
                             "lokasi", "jam_layanan", "daring"]
        + ComponentID.allCases.map(\.id)

    /// UTF-8 with a byte-order mark and CRLF rows (how spreadsheet programs recognise UTF-8 CSV).
    static var servicesCSVHead: String { "\u{FEFF}" + csvColumns.joined(separator: ",") + "\r\n" }

    /// One service's row. Each field is appended where it is kept (no array of the row's texts first: building
    /// it, and copying each text to read it, were about half of this function's 29 M instructions, callgrind).
    static func serviceCSV(_ s: ServiceStandard, _ summary: ServiceSummary, opd: OPD, model: SiteModel) -> [UInt8] {
        // The component texts are most of the row.
        var out = OutputBytes(capacity: s.components.reduce(1024) { $0 + $1.plainText.utf8.count + 8 })
        appendCSVField(s.opd, to: &out)
        func next(_ field: String?) {
            out.append(0x2C)
            if let field { appendCSVField(field, to: &out) }
        }
        next(opd.nama)
        next(s.slug)
        next(s.judul)
        out.append(0x2C)
        var url = OutputBytes(capacity: 128)
        model.appendAddress(of: summary, to: &url)
        appendCSVField(url.bytes, to: &out)
        next(s.kategori)
        next(s.ringkasan)
        next(s.nomorSK)
        next(s.ditetapkan?.description)
        next(s.ditinjau?.description)
        next(s.fee?.text)
        next(s.fee.map { $0.isFree ? "ya" : "tidak" })
        next(s.fee?.min.map(String.init))
        next(s.fee?.max.map(String.init))
        next(s.duration?.text)
        next(s.duration?.value.map { double($0) })
        next(s.duration?.maxValue.map { double($0) })
        next(s.duration?.unit?.rawValue)
        next(summary.complete ? "ya" : "tidak")
        next(summary.gaps.isEmpty ? nil : summary.gaps.map(\.id).joined(separator: " "))
        next(s.lokasi ?? opd.alamat)
        next(s.jamLayanan ?? opd.jamLayanan)
        next(s.daring)
        // The components' texts, read in place.
        for id in ComponentID.allCases {
            next(s.filledComponentIndex(id).map { s.components[$0].plainText })
        }
        out.append(0x0D)
        out.append(0x0A)
        return out.array
    }

    /// `csvField(value)` appended as UTF-8 bytes.
    static func appendCSVField(_ value: String, to out: inout [UInt8]) {
        var field = OutputBytes(capacity: value.utf8.count + 3)
        appendCSVField(value, to: &field)
        out.append(contentsOf: field.bytes)
    }

    /// `csvField(value)` appended as UTF-8 bytes, read where the string keeps them (`withUTF8` needs a mutable
    /// copy: a retain and a release per field).
    static func appendCSVField(_ value: String, to out: inout OutputBytes) {
        let done: Void? = value.utf8.withContiguousStorageIfAvailable { appendCSVField($0, to: &out) }
        guard done == nil else { return }
        var value = value
        value.withUTF8 { appendCSVField($0, to: &out) }
    }

    /// `csvField` of the UTF-8 text `bytes`, appended.
    static func appendCSVField(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout OutputBytes) {
        guard let first = bytes.first else { return }
        let formula = first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 || first == 0x0D
        let (needsQuotes, hasQuote) = csvSpecials(bytes)
        if needsQuotes { out.append(0x22) }
        if formula { out.append(0x27) }
        if hasQuote {
            for b in bytes {
                out.append(b)
                if b == 0x22 { out.append(0x22) }
            }
        } else if let start = bytes.baseAddress {
            out.append(start, count: bytes.count)
        }
        if needsQuotes { out.append(0x22) }
    }

    /// Whether the UTF-8 text `bytes` needs quotes in a CSV field (it holds a comma, semicolon, line break or
    /// quote), and whether it holds a quote. Sixteen bytes at a time, the last block overlapping the one before
    /// it and a text shorter than a block copied into one padded with zeros: the scan with a per-block test of
    /// all five specials, then eight-byte words and single bytes for the rest, cost about 350 instructions a
    /// field (12.0 M for the 34,000 fields of 1,000 services, callgrind). Once one special is found only quotes
    /// matter, so the rest of the text is compared with the quote alone, and tested once at the end.
    static func csvSpecials(_ bytes: UnsafeBufferPointer<UInt8>) -> (needsQuotes: Bool, hasQuote: Bool) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return (false, false) }
        let n = bytes.count
        guard n >= 16 else {
            var block = ByteBlock.Block(repeating: 0)
            withUnsafeMutableBytes(of: &block) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
            let quote = ByteBlock.equal(block, 0x22)
            return (ByteBlock.any(quote .| csvBreaks(block)), ByteBlock.any(quote))
        }
        let raw = UnsafeRawPointer(base), last = n - 16
        var at = 0
        while true {
            let v = raw.loadUnaligned(fromByteOffset: at, as: ByteBlock.Block.self)
            var quote = ByteBlock.equal(v, 0x22)
            if ByteBlock.any(quote .| csvBreaks(v)) {
                while at < last {
                    at = min(at + 16, last)
                    quote = quote .| ByteBlock.equal(raw.loadUnaligned(fromByteOffset: at, as: ByteBlock.Block.self), 0x22)
                }
                return (true, ByteBlock.any(quote))
            }
            if at == last { return (false, false) }
            at = min(at + 16, last)
        }
    }

    /// The lanes of `v` that hold a comma, semicolon, line feed or carriage return.
    @inline(__always)
    private static func csvBreaks(_ v: ByteBlock.Block) -> ByteBlock.Lanes {
        ByteBlock.equal(v, 0x2C) .| ByteBlock.equal(v, 0x3B) .| ByteBlock.equal(v, 0x0A) .| ByteBlock.equal(v, 0x0D)
    }

    /// Quotes a field; a leading =, +, -, @ gets a "'" so a spreadsheet never runs it as a formula.
    static func csvField(_ value: String) -> String {
        var out = OutputBytes(capacity: value.utf8.count + 3)
        appendCSVField(value, to: &out)
        return out.string
    }

    // MARK: Search index

    /// The words a service is found by.
    static func searchText(for s: ServiceSummary, opd: OPD) -> String {
        let fixed = (s.judul, s.ringkasan ?? "", s.kategori ?? "", opd.nama, opd.singkatan ?? "", s.produk)
        // The parts in order; as an array only for a text that is not ASCII (the two arrays made for each service,
        // its parts and with its keywords, cost about 3,000 instructions a service, callgrind).
        func parts() -> [String] { [fixed.0, fixed.1, fixed.2, fixed.3, fixed.4, fixed.5] + s.kataKunci }
        // ASCII parts (most services) are read in place, without joining them first, into room made for all.
        let capacity = s.kataKunci.reduce(6 + s.kataKunci.count) { $0 + $1.utf8.count } + fixed.0.utf8.count
            + fixed.1.utf8.count + fixed.2.utf8.count + fixed.3.utf8.count + fixed.4.utf8.count + fixed.5.utf8.count
        var words = ASCIIWords(capacity: capacity)
        guard words.add(fixed.0), words.add(fixed.1), words.add(fixed.2), words.add(fixed.3), words.add(fixed.4),
              words.add(fixed.5) else { return foldedSearchText(parts()) }
        for keyword in s.kataKunci where !words.add(keyword) { return foldedSearchText(parts()) }
        return words.text
    }

    /// `searchText` of the parts joined by spaces, when one of them is not ASCII: folding is scalar by scalar
    /// and a space always ends a word, so each part is folded on its own (only the non-ASCII ones scalar by
    /// scalar) and read in place; the joined text is folded whole only when a folded part is still not ASCII.
    static func foldedSearchText(_ parts: [String]) -> String {
        var words = ASCIIWords()
        for part in parts where !words.add(TextNormalizer.fold(part)) { return searchText(parts.joined(separator: " ")) }
        return words.text
    }

    /// The search index as UTF-8 bytes, in one buffer reserved near its final size: built by String appends, its
    /// doublings held up to 10.8 MB at the build's peak of memory for a 3.8 MB file (10,000 services, massif).
    /// Each row is written piece by piece by one writer (what `JSONWriter` writes for the row's array, compact)
    /// and moved into the buffer.
    static func searchIndex(_ model: SiteModel, searchTexts: [String]) -> [UInt8] {
        let opds = JSONValue.array(model.opds.map { .array([.string($0.slug), .string($0.nama), .string($0.singkatan ?? "")]) })
        var out: [UInt8] = []
        // Each row: its search text, the title, path, fee, time and keywords (about 200 bytes besides the text).
        out.reserveCapacity(searchTexts.reduce(4096) { $0 + $1.utf8.count + 256 })
        out.append(contentsOf: "{\"v\":1,\"opd\":".utf8)
        out.append(contentsOf: JSONWriter.bytes(opds, layout: .compact))
        out.append(contentsOf: ",\"l\":[".utf8)
        var w = JSONWriter(layout: .compact, capacity: 1024)
        // The search texts of the keywords, each worked out once: services share most of their keywords (89
        // distinct of 3,996 at 1,000 services), and each took about 3,500 instructions (callgrind).
        var phrases: [String: String] = [:]
        for (i, s) in model.services.enumerated() {
            if i == 0 { w.put(literal: "\n[") } else { w.put(literal: ",\n[") }
            w.appendQuoted(s.judul)
            w.put(literal: ",")
            w.appendQuoted(s.path)
            w.put(literal: ",")
            w.write(.int(model.opdOf[i]))
            w.put(literal: ",")
            w.appendQuoted(s.feeShort)
            w.put(literal: ",")
            w.appendQuoted(s.durationShort)
            if s.free { w.put(literal: ",1,") } else { w.put(literal: ",0,") }
            w.appendQuoted(i < searchTexts.count ? searchTexts[i] : "")
            // The keywords as phrases too, joined by ",": a query that is one of them is what its authors expect
            // citizens to type.
            w.put(literal: ",\"")
            var first = true
            for keyword in s.kataKunci {
                let phrase: String
                if let known = phrases[keyword] {
                    phrase = known
                } else {
                    phrase = searchText(keyword)
                    phrases[keyword] = phrase
                }
                guard !phrase.isEmpty else { continue }
                if !first { w.put(literal: ",") }
                w.appendEscaped(phrase)
                first = false
            }
            w.put(literal: "\"]")
            w.move(into: &out)
        }
        out.append(contentsOf: "]}\n".utf8)
        return out
    }

    /// Lowercase, without diacritics and punctuation, each word once.
    static func searchText(_ text: String) -> String {
        // ASCII text (most of it): lowercase and split by bytes.
        var words = ASCIIWords()
        if words.add(text) { return words.text }
        // Text whose folded form is ASCII (accents and dashes folded away): the same split by bytes.
        let folded = TextNormalizer.fold(text)
        var foldedWords = ASCIIWords()
        if foldedWords.add(folded) { return foldedWords.text }
        var seen: Set<String> = []
        var out = ""
        var word = String.UnicodeScalarView()
        func flush() {
            guard !word.isEmpty else { return }
            let w = String(word)
            if seen.insert(w).inserted {
                if !out.isEmpty { out += " " }
                out += w
            }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in folded.unicodeScalars {
            let v = scalar.value
            // An ASCII scalar is alphabetic or numeric when it is a letter or a digit.
            if v < 0x80 ? (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// The search words of ASCII text: lowercase letters and digits, split at every other byte, each word once in
    /// the order of first appearance, joined by spaces.
    struct ASCIIWords {
        /// A word kept: where it starts in `bytes`, its length and its hash.
        typealias Word = (start: Int, count: Int, hash: UInt64)

        /// The text so far in `bytes[..<count]`; the bytes after it are room for the next words (zeros).
        private var bytes: [UInt8]
        private var count = 0
        private var words: [Word] = []
        /// Open addressing: an index into `words` + 1, 0 for an empty slot; the count is a power of two.
        private var slots = [Int](repeating: 0, count: 64)

        /// Words with room for texts of `capacity` bytes in all (one byte more for each text) made at once: making
        /// room for each text as it came cost about 400 instructions a text (callgrind). Room for the words too,
        /// about one for every eight bytes: grown from empty, their list was reallocated about six times a service
        /// (2.2 M instructions for 1,000 services, callgrind).
        init(capacity: Int = 0) {
            bytes = [UInt8](repeating: 0, count: capacity)
            words.reserveCapacity(capacity / 8)
        }

        var text: String { String(decoding: bytes[..<count], as: UTF8.self) }

        /// What `TextNormalizer.fold` makes of a non-ASCII scalar that is common in standards: punctuation it
        /// maps to ASCII punctuation ("“", "–", "…") or white space ends a word; a format character (zero-width
        /// space, soft hyphen, bidi mark, BOM) is deleted. Nil for any other: the text is then folded first.
        static func role(of scalar: UInt32) -> Bool? {
            switch scalar {
            // Folded to ' " - ... / or white space: a word break.
            case 0x2010...0x2015, 0x2018...0x201F, 0x2026, 0x2032, 0x2033, 0x2043, 0x2044, 0x00AB, 0x00BB, 0x2212,
                 0x2215, 0x00A0, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                return true
            // Format characters, which the fold deletes.
            case 0x00AD, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0xFEFF:
                return false
            default:
                return nil
            }
        }

        /// The scalar of the two- or three-byte sequence at `i` (well-formed: the text is a String), and its length;
        /// nil for a four-byte one.
        @inline(__always)
        static func scalar(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
            let b = utf8[i]
            if b < 0xE0, i + 1 < utf8.count { return (UInt32(b & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F), 2) }
            if b < 0xF0, i + 2 < utf8.count {
                return (UInt32(b & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F), 3)
            }
            return nil
        }

        /// Adds the words of `text`; false (and nothing added) when `text` holds a non-ASCII scalar other than
        /// the punctuation, spaces and format characters of `role(of:)` (ringkasan often quote the service's
        /// name in curly quotes, and such texts were folded scalar by scalar: 72,000 instructions a service).
        mutating func add(_ text: String) -> Bool {
            var text = text
            return text.withUTF8 { utf8 in
                guard let source = utf8.baseAddress else { return true }
                let n = utf8.count
                var i = 0
                while i < n {
                    // Eight ASCII bytes at a time.
                    if i + 8 <= n, UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        i += 8
                        continue
                    }
                    guard utf8[i] >= 0x80 else { i += 1; continue }
                    guard let (scalar, length) = Self.scalar(utf8, at: i), Self.role(of: scalar) != nil else { return false }
                    i += length
                }
                // At most one byte out per byte in (a separator per word start).
                if bytes.count - count < n + 1 {
                    bytes.append(contentsOf: repeatElement(0, count: max(n + 1, bytes.count)))
                }
                var out: [UInt8] = [], words: [Word] = [], slots: [Int] = []
                swap(&out, &bytes)
                swap(&words, &self.words)
                swap(&slots, &self.slots)
                defer {
                    swap(&out, &bytes)
                    swap(&words, &self.words)
                    swap(&slots, &self.slots)
                }
                let start = count
                count = out.withUnsafeMutableBufferPointer { buffer in
                    guard let dst = buffer.baseAddress else { return start }
                    return Self.write(utf8, into: dst, at: start, words: &words, slots: &slots)
                }
                return true
            }
        }

        /// Writes the words of `utf8` (checked by `add`) through `dst` from `start`, each new word after a space
        /// when the text is not empty, and returns where the text ends. Its own function, the loop's state in
        /// locals, each byte classed by one look-up in `byteClasses`: read and written through a closure's
        /// captures, classed by comparisons and with each word hashed in a second pass, it cost about 50
        /// instructions a byte (callgrind).
        static func write(_ utf8: UnsafeBufferPointer<UInt8>, into dst: UnsafeMutablePointer<UInt8>, at start: Int,
                          words: inout [Word], slots: inout [Int]) -> Int {
            byteClasses.withUnsafeBufferPointer { classes in
                guard let source = utf8.baseAddress else { return start }
                let n = utf8.count
                var end = start
                var wordStart = -1
                var hash = fnvBasis
                var i = 0
                while i < n {
                    let b = source[i]
                    i += 1
                    let byteClass = classes[Int(b)]
                    if byteClass >= 0x30 {
                        // A letter or digit, lowercased.
                        if wordStart < 0 {
                            if end > 0 {
                                dst[end] = 0x20
                                end &+= 1
                            }
                            wordStart = end
                            hash = fnvBasis
                        }
                        dst[end] = byteClass
                        end &+= 1
                        hash = (hash ^ UInt64(byteClass)) &* fnvPrime
                        // The rest of the run of letters and digits in a loop of its own (about 10 instructions a
                        // byte, 17 through the loop above, callgrind); `end` and `i` stay below 2 * n.
                        while i < n {
                            let next = classes[Int(source[i])]
                            guard next >= 0x30 else { break }
                            dst[end] = next
                            end &+= 1
                            i &+= 1
                            hash = (hash ^ UInt64(next)) &* fnvPrime
                        }
                    } else if byteClass == separator {
                        if wordStart >= 0 {
                            end = endWord(dst, start: wordStart, end: end, hash: hash, words: &words, slots: &slots)
                            wordStart = -1
                        }
                    } else if byteClass == nonASCII {
                        guard let (scalar, length) = Self.scalar(utf8, at: i - 1) else { break }
                        i += length - 1
                        // A format character is deleted; the others end a word.
                        if Self.role(of: scalar) == true, wordStart >= 0 {
                            end = endWord(dst, start: wordStart, end: end, hash: hash, words: &words, slots: &slots)
                            wordStart = -1
                        }
                    }
                    // Control characters are dropped, not word breaks, as `TextNormalizer.fold` drops them: the
                    // words of a text are the same whether or not another part sends it through the fold.
                }
                if wordStart >= 0 { end = endWord(dst, start: wordStart, end: end, hash: hash, words: &words, slots: &slots) }
                return end
            }
        }

        /// `byteClasses` of a byte that ends a word (ASCII punctuation, white space), of a control character
        /// (dropped) and of a byte of a non-ASCII scalar; letters and digits are their lowercase selves (0x30 on).
        static let separator: UInt8 = 0, dropped: UInt8 = 1, nonASCII: UInt8 = 2

        /// The class of each byte value (see `separator`).
        static let byteClasses: [UInt8] = (0...255).map { (b: Int) -> UInt8 in
            switch b {
            case 0x30...0x39, 0x61...0x7A: UInt8(b)
            case 0x41...0x5A: UInt8(b | 0x20)
            case 0x09...0x0D, 0x20...0x7E: separator
            case 0x80...: nonASCII
            default: dropped
            }
        }

        /// FNV-1a, hashed byte by byte as a word is written.
        @inline(__always) static var fnvBasis: UInt64 { 0xcbf29ce484222325 }
        @inline(__always) static var fnvPrime: UInt64 { 0x100000001b3 }

        /// Keeps the word written at `bytes[start..<end]` (its FNV-1a hash `hash`) if it is new and returns `end`,
        /// else takes it back (with its separator) and returns where the text now ends.
        static func endWord(_ bytes: UnsafeMutablePointer<UInt8>, start: Int, end: Int, hash: UInt64,
                            words: inout [Word], slots: inout [Int]) -> Int {
            let count = end - start
            var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            while slots[slot] != 0 {
                let word = words[slots[slot] - 1]
                if word.hash == hash, word.count == count, memcmp(bytes + word.start, bytes + start, count) == 0 {
                    return start == 0 ? 0 : start - 1
                }
                slot = (slot + 1) & (slots.count - 1)
            }
            words.append((start, count, hash))
            slots[slot] = words.count
            if words.count * 2 > slots.count {
                slots = [Int](repeating: 0, count: slots.count * 2)
                for (n, word) in words.enumerated() {
                    var slot = Int(truncatingIfNeeded: word.hash) & (slots.count - 1)
                    while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
                    slots[slot] = n + 1
                }
            }
            return end
        }
    }

    // MARK: robots, feed (sitemaps: Sitemaps.swift)

    static func robots(_ model: SiteModel) -> String {
        var out = "User-agent: *\nAllow: /\n"
        if let sitemap = model.absolute("sitemap.xml") { out += "Sitemap: \(sitemap)\n" }
        return out
    }

    /// Atom feed of standards by the date they were set or last reviewed, newest first (at most 50).
    static func feed(_ model: SiteModel) -> String {
        let recent = model.recentlyReviewed(limit: 50)
        let updated = recent.first.flatMap { model.services[$0].lastReviewed }
        func atomDate(_ d: SimpleDate?) -> String { "\(d ?? SimpleDate(dayNumber: 0))T00:00:00+07:00" }
        let selfURL = model.absolute("feed.xml")
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"id\">\n"
        out += "  <title>\(HTMLEscaper.text(model.config.judul))</title>\n"
        out += "  <id>\(HTMLEscaper.text(model.absolute("") ?? "urn:standar:\(Slug.suggest(model.config.judul))"))</id>\n"
        out += "  <updated>\(atomDate(updated))</updated>\n"
        if let selfURL { out += "  <link rel=\"self\" href=\"\(HTMLEscaper.attribute(selfURL))\"/>\n" }
        if let home = model.absolute("") { out += "  <link href=\"\(HTMLEscaper.attribute(home))\"/>\n" }
        out += "  <author><name>\(HTMLEscaper.text(model.config.pemda ?? model.config.judul))</name></author>\n"
        for i in recent {
            let s = model.services[i]
            let opd = model.opd(of: i)
            let status = s.ditinjau != nil ? "Ditinjau" : "Ditetapkan"
            out += "  <entry>\n"
            out += "    <title>\(HTMLEscaper.text(s.judul)) — \(HTMLEscaper.text(opd.singkatan ?? opd.nama))</title>\n"
            out += "    <id>\(HTMLEscaper.text(model.absolute(s.path) ?? "urn:standar:\(s.opd):\(s.slug)"))</id>\n"
            if let url = model.absolute(s.path) { out += "    <link href=\"\(HTMLEscaper.attribute(url))\"/>\n" }
            out += "    <updated>\(atomDate(s.lastReviewed))</updated>\n"
            out += "    <summary>\(HTMLEscaper.text("\(status) \(s.lastReviewed?.indonesian ?? ""). Biaya: \(s.feeShort). Waktu: \(s.durationShort)."))</summary>\n"
            out += "  </entry>\n"
        }
        out += GitHistory.feedEntries(model, atomDate: atomDate)
        out += "</feed>\n"
        return out
    }
}
