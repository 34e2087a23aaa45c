/// What one heading of a standard stands for.
public struct HeadingMatch: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case component(ComponentID)
        /// A grouping heading that is not a component: "SERVICE DELIVERY", "MANUFAKTURING",
        /// "A. Komponen Standar Pelayanan (Service Delivery)", "Komponen Manufacturing".
        case group
        /// Any other section: "Deskripsi", "Kata Kunci", "Catatan", "Maklumat Pelayanan" ...
        case other
    }

    public var kind: Kind
    /// Text written into the heading itself after a separator, e.g. "Biaya/Tarif : GRATIS" -> "GRATIS",
    /// "Jangka Waktu: 14 hari kerja" -> "14 hari kerja". nil when none.
    public var inlineValue: String?
    /// For `.other`: the component this heading most likely meant (a misspelling / near miss), for a
    /// "maksud Anda ...?" hint. nil when nothing is close.
    public var suggestion: ComponentID?

    public init(kind: Kind, inlineValue: String? = nil, suggestion: ComponentID? = nil) {
        self.kind = kind
        self.inlineValue = inlineValue
        self.suggestion = suggestion
    }

    /// The component, when `kind` is `.component`.
    public var component: ComponentID? {
        if case .component(let id) = kind { return id }
        return nil
    }
}

/// Recognises which of the 14 components (if any) a heading of a published standard stands for.
///
/// How a heading is decided
/// ------------------------
/// 1. The value written into the heading is split off first: everything after the first ":" ("Biaya/Tarif :
///    GRATIS"), or after a spaced dash when what follows looks like a value ("Biaya - Gratis", "Jangka Waktu –
///    14 hari"). Slashes and commas never separate a value.
/// 2. The rest is folded (`TextNormalizer.fold`), split into words, leading numbering ("1.", "A.", "iv)",
///    "(2)", "1.1") is dropped and filler words ("dan", "atau", "yang", ...) are removed.
/// 3. Each word is looked up in the vocabulary of known phrases. A word that is not a known Indonesian heading
///    word may match a phrase word fuzzily (same first letter, optimal-string-alignment distance):
///    distance 1 on words of 7+ letters and distance 2 on words of 9+ letters are confident (quality 0.9 / 0.75);
///    distance 1 on 5-6 letters and distance 2 on 7-8 letters are weak (0.7 / 0.6). Known words never match
///    fuzzily, so "Penanganan" is never read as "Pengawasan", nor "Saran" as "Sarana".
/// 4. Every phrase of every component, group heading and known other section is aligned with the words at
///    every start position. A phrase must match consecutive words; trailing words (the service's name) cost
///    nothing. The candidate that starts earliest wins (the head noun phrase of the heading decides), then the
///    one with the highest score (sum of word weights × quality; "pelayanan"/"layanan" weigh 0.5), then the
///    longest. Generic lead words ("Daftar", "Rincian", "Besaran", "Informasi", "Komponen", "Standar", ...)
///    do not count as a position. Group phrases are recognised anywhere in the heading.
/// 5. Bands:
///    - component: a full phrase with mean quality >= 0.75 and score >= 0.75, starting within the first
///      three non-generic words; a misspelt phrase only at the head ("Persyaratn", "Evalusi Kinerja",
///      "Jangka Wakt Penyelesaian"), an exact one also behind one or two other words ("Hasil Evaluasi");
///    - suggestion (`.other` + `suggestion`): a weak fuzzy match of a full phrase near the start ("Biya",
///      "Tarf", "Syrat"), a confident typo that does not stand at the head ("Kunjungan Persyaratn"), a heading
///      that is exactly the first word(s) of a multi-word phrase ("Jaminan", "Jumlah", "Dasar", "Jangka",
///      "Spesifikasi"), or one whose next word is close to the phrase's next word ("Jumlah Pelaksanaan");
///    - otherwise `.other` without suggestion. Explicit non-component sections ("Jam Pelayanan",
///      "Maklumat Pelayanan", "Catatan", ...) are phrases of their own, so they compete on equal terms and
///      never get a suggestion.
///
/// Deliberate decisions for headings that carry two components' words:
/// - the head wins: "Persyaratan Izin Usaha Produk Pangan" -> persyaratan, "Biaya Pelayanan Pengaduan" ->
///   biaya, "Prosedur Pengaduan Masyarakat" -> prosedur (the service is "Pengaduan Masyarakat"),
///   "Waktu Pelayanan Persyaratan" -> waktu;
/// - a procedure word followed by the complaint component's own phrase is the complaint component:
///   "Mekanisme Penanganan Pengaduan", "Tata Cara Pengaduan, Saran dan Masukan", and the bare two-word
///   titles "Mekanisme Pengaduan", "Tata Cara Pengaduan", "Prosedur Pengaduan", "Sarana Pengaduan" when
///   nothing follows them.
public struct HeadingMatcher: Sendable {
    public init() {}

    public func match(_ heading: String) -> HeadingMatch {
        if let split = Self.splitAtColon(heading) {
            let analysis = Self.analyze(split.head)
            if !analysis.hasContent, let value = split.value {
                // "Komponen 4: Biaya/Tarif" - the part before the colon is only numbering.
                let inner = match(value)
                if inner.component != nil { return inner }
            }
            return HeadingMatch(kind: analysis.kind, inlineValue: split.value, suggestion: analysis.suggestion)
        }
        if let split = Self.splitAtDash(heading) {
            let analysis = Self.analyze(split.head)
            if case .component = analysis.kind {
                return HeadingMatch(kind: analysis.kind, inlineValue: split.value, suggestion: nil)
            }
        }
        let analysis = Self.analyze(heading)
        return HeadingMatch(kind: analysis.kind, inlineValue: nil, suggestion: analysis.suggestion)
    }

    // MARK: - Inline values

    private static func isColon(_ s: Unicode.Scalar) -> Bool {
        s == ":" || s.value == 0xFF1A || s.value == 0xFE55 || s.value == 0x2236
    }

    private static func isDash(_ s: Unicode.Scalar) -> Bool {
        s == "-" || (0x2010...0x2015).contains(s.value) || s.value == 0x2212
    }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace
    }

    /// The value text, or nil when it holds no letter or digit ("Biaya :", "Biaya: *)").
    private static func valueText(_ s: Substring) -> String? {
        // "Biaya :: Gratis" - a doubled separator is not part of the value.
        let scalars = s.unicodeScalars
        let start = scalars.firstIndex { !isColon($0) && !isSpace($0) } ?? scalars.endIndex
        let trimmed = TextNormalizer.trimVisible(Substring(scalars[start...]))
        guard trimmed.unicodeScalars.contains(where: TextNormalizer.isWordScalar) else { return nil }
        return trimmed
    }

    /// True when the text before a separator holds words beyond numbering ("1:" does not).
    private static func hasWords(_ s: Substring) -> Bool {
        var words = TextNormalizer.words(TextNormalizer.fold(String(s)))
        dropNumbering(&words)
        return !words.isEmpty
    }

    /// A separator further into the heading than this is not looked at: the part before it would be far longer
    /// than any component's name, and each separator costs a pass over the head (the work per heading stays
    /// linear in its length).
    static let maxHeadLength = 200

    private static func splitAtColon(_ heading: String) -> (head: Substring, value: String?)? {
        let scalars = heading.unicodeScalars
        var index = scalars.startIndex
        var scanned = 0
        while index < scalars.endIndex, scanned < maxHeadLength {
            scanned += 1
            if isColon(scalars[index]) {
                let head = Substring(scalars[scalars.startIndex..<index])
                if hasWords(head) {
                    let rest = Substring(scalars[scalars.index(after: index)...])
                    return (head, valueText(rest))
                }
            }
            index = scalars.index(after: index)
        }
        return nil
    }

    /// First words that make the text after " - " look like a value rather than part of the heading.
    private static let valueLeadWords: Set<String> = [
        "rp", "idr", "gratis", "tidak", "bebas", "tanpa", "free", "maksimal", "maks", "paling", "selambat",
        "kurang", "lebih", "sesuai", "nihil", "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
        "delapan", "sembilan", "sepuluh", "sebelas", "setengah", "sehari", "seminggu", "sebulan", "sejam",
    ]

    private static func splitAtDash(_ heading: String) -> (head: Substring, value: String?)? {
        let scalars = heading.unicodeScalars
        var previous: Unicode.Scalar?
        var index = scalars.startIndex
        var scanned = 0
        while index < scalars.endIndex, scanned < maxHeadLength {
            scanned += 1
            let next = scalars.index(after: index)
            if isDash(scalars[index]), let before = previous, isSpace(before),
               next < scalars.endIndex, isSpace(scalars[next]) {
                let head = Substring(scalars[scalars.startIndex..<index])
                let tail = Substring(scalars[next...])
                // The first word decides whether a value follows: look at a bounded prefix before the whole tail.
                let lead = Substring(tail.unicodeScalars.prefix(64))
                if hasWords(head), let quick = valueText(lead), looksLikeValue(quick),
                   let value = valueText(tail), looksLikeValue(value) {
                    return (head, value)
                }
            }
            previous = scalars[index]
            index = next
        }
        return nil
    }

    private static func looksLikeValue(_ value: String) -> Bool {
        let folded = TextNormalizer.fold(value)
        guard let first = folded.unicodeScalars.first else { return false }
        if (0x30...0x39).contains(first.value) || first == "\u{B1}" { return true }
        guard let word = TextNormalizer.words(folded).first else { return false }
        return valueLeadWords.contains(word)
    }

    // MARK: - Analysis

    private struct Analysis {
        var kind: HeadingMatch.Kind
        var suggestion: ComponentID?
        /// False when the heading holds nothing but numbering and generic words.
        var hasContent: Bool
    }

    private struct Candidate {
        var kind: PatternKind
        var score: Double
        var meanQuality: Double
        var lead: Int
        var length: Int
        var partial: Bool
    }

    /// Drops leading numbering tokens: "1", "12", "1a", single letters ("a", "b"), roman numerals ("iv").
    private static func dropNumbering(_ words: inout [String]) {
        var drop = 0
        for word in words {
            if isNumberingToken(word) { drop += 1 } else { break }
        }
        if drop > 0 { words.removeFirst(drop) }
    }

    private static func isNumberingToken(_ word: String) -> Bool {
        let utf8 = Array(word.utf8)
        guard !utf8.isEmpty else { return false }
        if utf8.count == 1 { return true }
        var digits = 0
        while digits < utf8.count, (0x30...0x39).contains(utf8[digits]) { digits += 1 }
        if digits == utf8.count { return true }
        if digits > 0, digits == utf8.count - 1, (0x61...0x7A).contains(utf8[digits]) { return true }
        if digits == 0, utf8.count <= 5, utf8.allSatisfy({ $0 == 0x69 || $0 == 0x76 || $0 == 0x78 }) { return true }
        return false
    }

    /// Words of a heading that are matched against the phrases.
    static let maxWords = 64

    private static func analyze<S: StringProtocol>(_ text: S) -> Analysis {
        let lexicon = HeadingLexicon.shared
        var words = TextNormalizer.words(TextNormalizer.fold(String(text)))
        dropNumbering(&words)
        // No heading of a standard has this many words; the rest cannot change the decision in practice.
        if words.count > maxWords { words.removeLast(words.count - maxWords) }

        var tokens: [HeadingToken] = []
        tokens.reserveCapacity(words.count)
        for word in words where !HeadingLexicon.fillers.contains(word) {
            if lexicon.ids[word] == nil, !lexicon.known.contains(word), let parts = lexicon.splitCompound(word) {
                for part in parts { tokens.append(lexicon.token(for: part)) }
            } else {
                tokens.append(lexicon.token(for: word))
            }
        }
        let hasContentWords = tokens.contains { !$0.isGeneric }

        var candidates: [Candidate] = []
        var lead = 0
        let count = tokens.count
        for start in 0..<count {
            defer { if !tokens[start].isGeneric { lead += 1 } }
            for first in tokens[start].matches {
                for patternIndex in lexicon.byFirstWord[first.word] {
                    let pattern = lexicon.patterns[patternIndex]
                    var sum = pattern.weights[0] * first.quality
                    var matched = 1
                    while matched < pattern.words.count, start + matched < count,
                          let q = tokens[start + matched].quality(of: pattern.words[matched]) {
                        sum += pattern.weights[matched] * q
                        matched += 1
                    }
                    if matched == pattern.words.count {
                        if pattern.wholeHeading, lead != 0 || start + matched != count { continue }
                        var effectiveLead = lead
                        if pattern.kind == .group { effectiveLead = Swift.min(lead, 1) }
                        candidates.append(Candidate(
                            kind: pattern.kind, score: sum, meanQuality: sum / pattern.totalWeight,
                            lead: effectiveLead, length: matched, partial: false))
                    } else if case .component = pattern.kind, lead == 0,
                              start + matched == count
                              || lexicon.isNear(tokens[start + matched].text, word: pattern.words[matched]) {
                        // The heading is the first word(s) of a phrase ("Jaminan", "Jumlah"), or goes on with a
                        // word close to the phrase's next word ("Jumlah Pelaksanaan").
                        let weight = pattern.weights[0..<matched].reduce(0, +)
                        candidates.append(Candidate(
                            kind: pattern.kind, score: sum, meanQuality: sum / weight,
                            lead: lead, length: matched, partial: true))
                    }
                }
            }
        }

        // A misspelt phrase is only trusted at the head of the heading.
        let accepted = candidates.filter {
            !$0.partial && $0.meanQuality >= 0.75 && $0.score >= 0.75 && $0.lead <= 2
                && ($0.lead == 0 || $0.meanQuality >= 1.0)
        }
        if let best = accepted.min(by: Self.ranksBefore) {
            switch best.kind {
            case .component(let id): return Analysis(kind: .component(id), suggestion: nil, hasContent: true)
            case .group: return Analysis(kind: .group, suggestion: nil, hasContent: true)
            case .other: return Analysis(kind: .other, suggestion: nil, hasContent: true)
            }
        }
        guard hasContentWords else { return Analysis(kind: .other, suggestion: nil, hasContent: false) }

        // Suggestion band.
        var suggestion: ComponentID?
        var suggestionScore = 0.0
        for candidate in candidates {
            guard case .component(let id) = candidate.kind else { continue }
            let score: Double
            if candidate.partial {
                guard candidate.score >= 0.7 else { continue }
                score = candidate.score
            } else {
                guard candidate.lead <= 2, candidate.score >= 0.5 else { continue }
                score = candidate.score - 0.3 * Double(candidate.lead)
            }
            if suggestion == nil || score > suggestionScore
                || (score == suggestionScore && id < (suggestion ?? id)) {
                suggestion = id
                suggestionScore = score
            }
        }
        return Analysis(kind: .other, suggestion: suggestion, hasContent: true)
    }

    private static func ranksBefore(_ a: Candidate, _ b: Candidate) -> Bool {
        if a.lead != b.lead { return a.lead < b.lead }
        if a.score != b.score { return a.score > b.score }
        if a.length != b.length { return a.length > b.length }
        if a.kind.rank != b.kind.rank { return a.kind.rank < b.kind.rank }
        return a.kind.componentOrder < b.kind.componentOrder
    }
}

// MARK: - Vocabulary

private enum PatternKind: Sendable, Equatable {
    case component(ComponentID)
    case group
    case other

    var rank: Int {
        switch self {
        case .component: 0
        case .group: 1
        case .other: 2
        }
    }

    var componentOrder: Int {
        if case .component(let id) = self { return id.order }
        return Int.max
    }
}

private struct HeadingToken {
    var text: String
    /// Generic lead words and bare numbers: they do not push a phrase out of the head position.
    var isGeneric: Bool
    var matches: [(word: Int, quality: Double)]

    func quality(of word: Int) -> Double? {
        for m in matches where m.word == word { return m.quality }
        return nil
    }
}

private struct HeadingPattern: Sendable {
    var kind: PatternKind
    var words: [Int]
    var weights: [Double]
    var totalWeight: Double
    /// The phrase must be the whole heading (after numbering and generic lead words).
    var wholeHeading: Bool
}

private struct HeadingLexicon: Sendable {
    static let shared = HeadingLexicon()

    /// Words that carry no meaning for the decision and are removed before matching.
    static let fillers: Set<String> = [
        "dan", "atau", "serta", "yang", "di", "ke", "dari", "untuk", "pada", "bagi", "oleh", "dengan",
        "tentang", "terkait", "dalam", "the", "of", "and", "dll", "sebagai", "berupa", "beserta",
    ]

    /// Generic words that may precede a component phrase without pushing it out of the head position:
    /// "Daftar Persyaratan", "Rincian Biaya", "Standar Waktu Pelayanan", "Pelayanan Pengaduan".
    static let generic: Set<String> = [
        "daftar", "rincian", "besaran", "besarnya", "informasi", "uraian", "komponen", "ketentuan",
        "kelengkapan", "standar", "pelayanan", "layanan", "total", "nilai", "jenis", "penjelasan", "mengenai",
        "perihal", "detail", "detil", "sub", "bagian", "no", "nomor", "poin", "butir", "berkas", "dokumen",
    ]

    /// Ordinary heading words that must never be read as a misspelt component word.
    static let extraKnown: [String] = [
        "pelaksanaan", "permohonan", "penerbitan", "pendaftaran", "pembuatan", "pengurusan", "perizinan",
        "izin", "ijin", "usaha", "akta", "kelahiran", "kematian", "perkawinan", "perceraian", "kartu", "keluarga",
        "penduduk", "bangunan", "gedung", "masyarakat", "umum", "publik", "pemohon", "berkas", "dokumen",
        "surat", "formulir", "pembayaran", "kompensasi", "kompetisi", "evakuasi", "pengadaan", "pengolahan",
        "pengamanan", "kenyamanan", "pengawalan", "prosedural", "produksi", "produktif", "produsen", "organisasi",
        "instansi", "dinas", "kantor", "unit", "bidang", "seksi", "kecamatan", "kelurahan", "desa", "daerah",
        "kabupaten", "kota", "provinsi", "nasional", "rumah", "sakit", "kesehatan", "pendidikan", "sosial",
        "pajak", "kendaraan", "lingkungan", "tanah", "rekomendasi", "legalisir", "legalisasi", "pengesahan",
        "perpanjangan", "perubahan", "pencabutan", "penggantian", "pindah", "mutasi", "tahunan", "sasaran",
        "pelayan", "keluarga", "pangan", "obat", "tambahan", "tata", "tertib", "kerja", "jam", "hari",
        "buka", "tutup", "pukul", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "biasa",
        "khusus", "teknis", "syarat", "penyampaian", "pengelolaan", "penanganan", "penyelesaian", "proses",
        "pengawas", "pelaksana", "kinerja", "keterangan", "catatan", "lampiran", "deskripsi", "pendahuluan",
        "tujuan", "manfaat", "persetujuan", "penetapan", "pengajuan", "penyerahan", "pengambilan", "verifikasi",
        "validasi", "pemeriksaan", "pengujian", "penilaian", "survei", "survey", "kepuasan", "indeks", "motto",
        "maklumat", "janji", "komitmen", "pernyataan", "sanksi", "hak", "kewajiban", "pengguna", "penerima",
        "sumber", "daya", "manusia", "sdm", "teknologi", "aplikasi", "online", "daring", "luring", "offline",
        "website", "situs", "email", "telepon", "whatsapp", "lapor", "sp4n", "kotak", "loket", "ruang",
        "tunggu", "antrian", "antrean", "parkir", "toilet", "mushola", "difabel", "disabilitas", "lansia",
        "prioritas", "kelompok", "rentan", "kesiapsiagaan", "darurat", "bencana", "kebakaran", "apar",
        "keluhan", "kritik", "tanggapan", "umpan", "balik", "monitoring", "pemantauan", "laporan", "pelaporan",
        "penutup", "lokasi", "alamat", "kontak", "definisi", "pengertian", "latar", "belakang", "lingkup",
        "referensi", "visi", "misi", "moto", "kata", "kunci", "jadwal", "operasional", "biasanya",
        "tahanan", "langkat", "langka", "pengadilan", "penanaman", "modal", "fasilitasi", "fasilitator",
        "pengawetan", "pengamatan", "pengakuan", "pengajuan", "mekanis", "tatapan", "harapan", "pencatatan",
        "perlindungan", "pembinaan", "pemberdayaan", "penyuluhan", "pelatihan", "pengujian", "pengiriman",
    ]

    var ids: [String: Int] = [:]
    var words: [[UInt8]] = []
    var patterns: [HeadingPattern] = []
    var byFirstWord: [[Int]] = []
    var known: Set<String> = []
    /// Length in Unicode scalars of the longest phrase word (bounds `splitCompound`).
    var longestWord = 0

    private init() {
        var specs: [(PatternKind, [String], Bool)] = []
        func add(_ kind: PatternKind, _ phrases: [String], whole: Bool = false) {
            for phrase in phrases { specs.append((kind, TextNormalizer.words(TextNormalizer.fold(phrase)), whole)) }
        }

        add(.component(.persyaratan), [
            "persyaratan", "persyaratan pelayanan", "persyaratan layanan", "persyaratan administrasi",
            "persyaratan administratif", "persyaratan teknis", "persyaratan administrasi dan teknis",
            "persyaratan administratif dan teknis", "persyaratan umum", "persyaratan khusus", "syarat",
            "syarat-syarat", "syarat pelayanan", "syarat dan ketentuan", "persyaratan dokumen",
            "kelengkapan berkas", "kelengkapan dokumen",
        ])
        add(.component(.prosedur), [
            "sistem, mekanisme dan prosedur", "sistem dan mekanisme", "sistem dan prosedur",
            "mekanisme dan prosedur", "prosedur dan mekanisme", "prosedur", "prosedur pelayanan",
            "prosedur layanan", "mekanisme", "mekanisme pelayanan", "alur", "alur layanan", "alur pelayanan",
            "alur proses", "alur prosedur", "tata cara", "tata cara pelayanan", "tatacara", "langkah",
            "langkah-langkah", "langkah-langkah pelayanan", "tahapan", "tahapan pelayanan", "tahapan proses",
            "flowchart", "bagan alir", "diagram alir", "sop", "proses pelayanan", "proses layanan",
        ])
        add(.component(.waktu), [
            "jangka waktu penyelesaian", "jangka waktu pelayanan", "jangka waktu layanan", "jangka waktu",
            "jangka waktu proses", "waktu penyelesaian", "waktu penyelesaian pelayanan", "waktu pelayanan",
            "waktu layanan", "waktu proses", "waktu pemrosesan", "lama proses", "lama pelayanan",
            "lama penyelesaian", "lama waktu", "lama waktu penyelesaian", "durasi", "durasi pelayanan",
            "waktu", "tenggat waktu", "batas waktu",
        ])
        add(.component(.biaya), [
            "biaya", "biaya/tarif", "tarif", "tarip", "retribusi", "biaya pelayanan", "biaya layanan",
            "tarif retribusi", "tarif pelayanan", "pungutan", "biaya retribusi",
        ])
        add(.component(.produk), [
            "produk", "produk pelayanan", "produk layanan", "spesifikasi produk", "spesifikasi produk pelayanan",
            "hasil pelayanan", "hasil layanan", "hasil produk", "output", "output pelayanan", "keluaran",
            "produk yang dihasilkan",
        ])
        var pengaduan = [
            "penanganan pengaduan, saran dan masukan", "penanganan pengaduan", "pengelolaan pengaduan",
            "pengaduan", "pengaduan, saran dan masukan", "saran dan masukan", "kritik dan saran",
            "layanan pengaduan", "saluran pengaduan", "media pengaduan", "penanganan keluhan",
            "pengelolaan pengaduan pelayanan publik",
        ]
        for lead in ["prosedur", "mekanisme", "tata cara", "alur", "sistem"] {
            pengaduan += [
                "\(lead) penanganan pengaduan", "\(lead) pengelolaan pengaduan",
                "\(lead) pengaduan, saran dan masukan",
            ]
        }
        add(.component(.pengaduan), pengaduan)
        add(.component(.pengaduan), [
            "prosedur pengaduan", "mekanisme pengaduan", "tata cara pengaduan", "alur pengaduan",
            "sistem pengaduan", "sarana pengaduan",
        ], whole: true)
        add(.component(.dasarHukum), [
            "dasar hukum", "dasar hukum pelayanan", "landasan hukum", "regulasi", "peraturan perundang-undangan",
            "dasar peraturan", "acuan hukum",
        ])
        add(.component(.sarana), [
            "sarana, prasarana dan/atau fasilitas", "sarana dan prasarana", "sarana", "prasarana", "fasilitas",
            "sarpras", "sarana dan fasilitas", "fasilitas pelayanan", "sarana pelayanan",
            "sarana prasarana pelayanan",
        ])
        add(.component(.kompetensi), [
            "kompetensi pelaksana", "kompetensi petugas", "kompetensi pegawai", "kompetensi", "kompetensi sdm",
            "kualifikasi pelaksana", "kompetensi pelaksana pelayanan",
        ])
        add(.component(.pengawasan), [
            "pengawasan internal", "pengawasan intern", "pengawasan", "pengawasan pelayanan",
            "pengendalian internal", "pengawas internal", "pengawas intern",
        ])
        add(.component(.jumlahPelaksana), [
            "jumlah pelaksana", "jumlah petugas", "jumlah personil", "jumlah personel", "jumlah pegawai",
            "jumlah sdm", "jumlah tenaga", "jumlah pelaksana pelayanan",
        ])
        add(.component(.jaminanPelayanan), [
            "jaminan pelayanan", "jaminan layanan", "jaminan kepastian pelayanan",
        ])
        add(.component(.jaminanKeamanan), [
            "jaminan keamanan dan keselamatan pelayanan", "jaminan keamanan dan keselamatan", "jaminan keamanan",
            "jaminan keselamatan", "jaminan keselamatan dan keamanan", "keamanan dan keselamatan",
            "keamanan dan keselamatan pelayanan", "keselamatan dan keamanan",
        ])
        add(.component(.evaluasi), [
            "evaluasi kinerja pelaksana", "evaluasi kinerja", "evaluasi", "evaluasi pelaksana",
            "evaluasi pelayanan", "evaluasi kinerja pelayanan",
        ])
        add(.group, [
            "service delivery", "manufacturing", "manufakturing", "manufaktur", "manufacture",
            "komponen standar pelayanan", "komponen standar", "standar pelayanan", "pengelolaan pelayanan",
            "penyampaian pelayanan", "proses penyampaian pelayanan", "proses pengelolaan pelayanan",
        ])
        add(.other, [
            "jam pelayanan", "jam layanan", "jam kerja", "jam operasional", "jam buka", "jadwal",
            "jadwal pelayanan", "jadwal layanan", "waktu operasional", "waktu buka", "hari dan jam pelayanan",
            "hari dan jam layanan", "waktu dan jam pelayanan", "hari pelayanan", "hari kerja", "maklumat",
            "maklumat pelayanan", "deskripsi", "kata kunci", "catatan", "keterangan", "pendahuluan", "lampiran",
            "informasi tambahan", "latar belakang", "tujuan", "ruang lingkup", "definisi", "pengertian",
            "kontak", "alamat", "lokasi", "penutup", "visi", "misi", "motto", "moto", "referensi",
        ])

        for (kind, phrase, whole) in specs {
            let content = phrase.filter { !Self.fillers.contains($0) }
            guard !content.isEmpty else { continue }
            var wordIDs: [Int] = []
            var weights: [Double] = []
            for word in content {
                let id: Int
                if let existing = ids[word] {
                    id = existing
                } else {
                    id = words.count
                    ids[word] = id
                    words.append(Array(word.utf8))
                    byFirstWord.append([])
                }
                wordIDs.append(id)
                weights.append(word == "pelayanan" || word == "layanan" ? 0.5 : 1.0)
            }
            byFirstWord[wordIDs[0]].append(patterns.count)
            patterns.append(HeadingPattern(
                kind: kind, words: wordIDs, weights: weights, totalWeight: weights.reduce(0, +),
                wholeHeading: whole))
        }
        known = Set(Self.extraKnown).union(Self.generic).union(Self.fillers).union(ids.keys)
        longestWord = ids.keys.map { $0.unicodeScalars.count }.max() ?? 0
    }

    func token(for word: String) -> HeadingToken {
        HeadingToken(text: word, isGeneric: Self.generic.contains(word) || Self.isDigits(word),
                                matches: matches(for: word))
    }

    private static func isDigits(_ word: String) -> Bool {
        word.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    private func matches(for word: String) -> [(word: Int, quality: Double)] {
        if let id = ids[word] { return [(id, 1.0)] }
        if known.contains(word) { return [] }
        let bytes = Array(word.utf8)
        guard bytes.count >= 4, let first = bytes.first, !(0x30...0x39).contains(first) else { return [] }
        var result: [(word: Int, quality: Double)] = []
        for (id, candidate) in words.enumerated() {
            guard candidate.count >= 5, candidate[0] == first, abs(candidate.count - bytes.count) <= 2 else { continue }
            let distance = EditDistance.osa(bytes, candidate, limit: 2)
            if let q = Self.quality(distance: distance, length: candidate.count) {
                result.append((id, q))
            }
        }
        return result
    }

    /// Quality of a fuzzy word match; see the bands in `HeadingMatcher`'s documentation.
    private static func quality(distance: Int, length: Int) -> Double? {
        switch distance {
        case 0: return 1.0
        case 1: return length >= 7 ? 0.9 : (length >= 5 ? 0.7 : nil)
        case 2: return length >= 9 ? 0.75 : (length >= 7 ? 0.6 : nil)
        default: return nil
        }
    }

    /// True when `text` is within the fuzzy bands of phrase word `word`, even if `text` is a known word.
    func isNear(_ text: String, word: Int) -> Bool {
        let candidate = words[word]
        let bytes = Array(text.utf8)
        guard candidate.count >= 5, bytes.first == candidate.first else { return false }
        return Self.quality(distance: EditDistance.osa(bytes, candidate, limit: 2), length: candidate.count) != nil
    }

    /// Splits a run-together word into two phrase words: "dasarhukum", "biayatarif", "saranaprasarana".
    /// Both halves must be phrase words, so only words up to twice `longestWord` are tried, and only the cuts
    /// that leave neither half longer than it: a bounded amount of work per word, however long the word is
    /// (a 64 KB word in a heading took 124 s when every cut built its two strings).
    func splitCompound(_ word: String) -> [String]? {
        // A scalar is at most 4 UTF-8 bytes: this rejects long words without walking them.
        guard word.utf8.count <= 8 * longestWord else { return nil }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 7, scalars.count <= 2 * longestWord else { return nil }
        for cut in Swift.max(3, scalars.count - longestWord)...Swift.min(longestWord, scalars.count - 3) {
            let left = String(String.UnicodeScalarView(scalars[0..<cut]))
            guard ids[left] != nil else { continue }
            let right = String(String.UnicodeScalarView(scalars[cut...]))
            if ids[right] != nil { return [left, right] }
        }
        return nil
    }
}
