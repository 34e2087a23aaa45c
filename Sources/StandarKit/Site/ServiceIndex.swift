/// The index for citizens without JavaScript, split so that no page grows with the site: a hub
/// (`/layanan/indeks/`: the letters with their entry counts and the categories with their service counts), one
/// page per letter (`/layanan/indeks/<huruf>/`, every title and keyword starting with it) and one per category
/// (`/layanan/kategori/<slug>/`), each cut into pages of at most `pageSize` entries (`.../2/`, `.../3/`, ...).
/// Computed once per build from the site model; the page contexts and the sitemaps read it.
struct ServiceIndex: Sendable {
    /// Most entries on one letter or category page.
    static let pageSize = 200
    static let hubPath = "layanan/indeks/"
    static let categoryRoot = "layanan/kategori/"

    /// A title (`term` nil) or a keyword of service `service`; `key` is the folded text it sorts and files under.
    struct Entry: Sendable {
        var key: String
        var term: String?
        var service: Int
    }

    struct Letter: Sendable {
        /// "a" ... "z", "0-9" or "lain" (the URL segment).
        var slug: String
        /// "A" ... "Z", "0–9" or "Lainnya".
        var label: String
        var entries: [Entry]
        /// The jump links of a letter page: the first entry of each start ("ak", "al", ... and, where one start
        /// spans more than a page, longer ones: "surat i", "surat k"), by position. At most `jumpLimit`, so they
        /// do not grow with the site either.
        var starts: [(prefix: String, position: Int)] = []
    }

    struct Category: Sendable {
        var name: String
        var slug: String
        /// Services sorted by title.
        var services: [Int]
    }

    /// A to Z (every letter, also one without entries), then "0–9" and "Lainnya" when they have entries.
    let letters: [Letter]
    /// Sorted by name, "Lainnya" (services without a category) last.
    let categories: [Category]

    init(_ model: SiteModel) {
        // Each title, and each keyword the title does not start with, under its first letter (so "akta
        // kelahiran" is under A even when the title is "Pelayanan Akta Kelahiran").
        var terms: [Entry] = []
        for (i, s) in model.services.enumerated() {
            let title = Self.sortKey(s.judul)
            terms.append(Entry(key: title, term: nil, service: i))
            for k in s.kataKunci {
                let folded = Self.sortKey(k)
                if !folded.isEmpty, !title.hasPrefix(folded) { terms.append(Entry(key: folded, term: k, service: i)) }
            }
        }
        // By key, then service. When every key is ASCII (titles fold to ASCII almost always), by their bytes:
        // that is String's order there (ASCII is its own normal form), and String's comparison cost about 250
        // instructions a pair, 16 M for the 5,000 terms of 1,000 services (callgrind).
        if terms.allSatisfy({ Self.isASCII($0.key) }) {
            terms = Self.sortedOnBytes(terms)
        } else {
            terms.sort { Self.precedes($0, $1) }
        }
        var byLetter = (UInt8(ascii: "a")...UInt8(ascii: "z")).map {
            Letter(slug: String(UnicodeScalar($0)), label: String(UnicodeScalar($0 - 32)), entries: [])
        }
        var digits = Letter(slug: "0-9", label: "0–9", entries: [])
        var other = Letter(slug: "lain", label: "Lainnya", entries: [])
        for t in terms {
            switch t.key.utf8.first {
            case let b? where b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z"):
                byLetter[Int(b - UInt8(ascii: "a"))].entries.append(t)
            case let b? where b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"): digits.entries.append(t)
            default: other.entries.append(t)
            }
        }
        for l in byLetter.indices { byLetter[l].starts = Self.starts(byLetter[l].entries) }
        letters = byLetter + [digits, other].filter { !$0.entries.isEmpty }

        var byCategory: [String: [Int]] = [:]
        for (i, s) in model.services.enumerated() { byCategory[s.kategori ?? "Lainnya", default: []].append(i) }
        let names = byCategory.keys.sorted { ($0 == "Lainnya" ? 1 : 0, $0) < ($1 == "Lainnya" ? 1 : 0, $1) }
        var used: Set<String> = []
        categories = names.enumerated().map { n, name in
            let services = (byCategory[name] ?? []).sorted {
                (model.services[$0].judul, $0) < (model.services[$1].judul, $1)
            }
            return Category(name: name, slug: Self.categorySlug(name, number: n + 1, used: &used), services: services)
        }
    }

    /// The order of the index: by key, then by service.
    static func precedes(_ a: Entry, _ b: Entry) -> Bool { (a.key, a.service) < (b.key, b.service) }

    /// `terms` sorted by key bytes, then service, then their place in `terms` (the stable order of `precedes` for
    /// ASCII keys). The keys are copied once into one buffer and each term sorts as its first 8 bytes (one
    /// big-endian word, zero-padded), its span in the buffer and its service: comparing Entries (memcmp of
    /// their keys read in place) cost about 130 instructions a pair, 10 M for the 5,000 terms of 1,000 services (callgrind).
    static func sortedOnBytes(_ terms: [Entry]) -> [Entry] {
        struct Item {
            /// The key's first 8 bytes, big-endian, zeros after its end.
            var head: UInt64
            var start: Int
            var count: Int
            var service: Int
            var index: Int
        }
        var pool: [UInt8] = []
        var items: [Item] = []
        items.reserveCapacity(terms.count)
        for (index, term) in terms.enumerated() {
            let start = pool.count
            pool.append(contentsOf: term.key.utf8)
            var head: UInt64 = 0
            for i in 0..<8 { head = head << 8 | UInt64(start + i < pool.count ? pool[start + i] : 0) }
            items.append(Item(head: head, start: start, count: pool.count - start, service: term.service, index: index))
        }
        // Room for a whole word past the last key.
        pool.append(contentsOf: repeatElement(0, count: 8))
        pool.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            items.sort { a, b in
                if a.head != b.head { return a.head < b.head }
                // The first 8 bytes are equal (or the shorter key ends within them, and zeros follow in the other).
                let n = min(a.count, b.count)
                var i = 8
                while i < n {
                    let x = UInt64(bigEndian: base.loadUnaligned(fromByteOffset: a.start + i, as: UInt64.self))
                    let y = UInt64(bigEndian: base.loadUnaligned(fromByteOffset: b.start + i, as: UInt64.self))
                    if x != y {
                        // Differ within n: the first differing byte decides; past n, the shorter key comes first.
                        let shift = (x ^ y).leadingZeroBitCount & ~7
                        if i + shift / 8 < n { return x < y }
                        break
                    }
                    i += 8
                }
                if a.count != b.count { return a.count < b.count }
                if a.service != b.service { return a.service < b.service }
                return a.index < b.index
            }
        }
        return items.map { terms[$0.index] }
    }

    static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.allSatisfy { $0 < 0x80 } }
    }

    /// Most jump links on a letter page.
    static let jumpLimit = 32

    /// The jump targets of one letter's sorted entries: groups of entries sharing their first two characters;
    /// while a group holds more than a page, the largest is split by a longer start (up to 40 characters) when
    /// the limit allows. Groups whose start ends in a space or punctuation are left out (they follow the group
    /// just before them).
    static func starts(_ entries: [Entry]) -> [(prefix: String, position: Int)] {
        // Sorted entries p-1 and p share their first n bytes (keys are folded, mostly ASCII): they are in one
        // group of starts of n bytes or fewer. Int.max: the same key.
        let shared: [Int] = entries.indices.map { p in p > 0 ? sharedBytes(entries[p - 1].key, entries[p].key) : 0 }
        typealias Group = (length: Int, range: Range<Int>)
        func groups(_ range: Range<Int>, length: Int) -> [Group] {
            var out: [Group] = []
            for p in range {
                if p > range.lowerBound, shared[p] >= length {
                    out[out.count - 1].range = out[out.count - 1].range.lowerBound..<(p + 1)
                } else {
                    out.append((length, p..<(p + 1)))
                }
            }
            return out
        }
        func prefix(_ group: Group) -> String {
            String(decoding: entries[group.range.lowerBound].key.utf8.prefix(group.length), as: UTF8.self)
        }
        // A start that ends in a space or punctuation, or cuts a character in two, is not shown.
        func shown(_ group: Group) -> Bool {
            prefix(group).last.map { $0.isLetter || $0.isNumber } ?? false
        }
        var list = groups(entries.indices, length: 2)
        // Groups that are not split (the same key throughout, or too many parts for the limit), by where they start.
        var whole: Set<Int> = []
        while let g = list.indices.filter({ list[$0].range.count > pageSize && !whole.contains(list[$0].range.lowerBound) })
            .max(by: { list[$0].range.count < list[$1].range.count }) {
            // The shortest longer start that splits the group.
            let length = (shared[list[g].range.dropFirst()].min() ?? Int.max).addingReportingOverflow(1).partialValue
            var split = list
            if length > list[g].length, length <= 40 { split.replaceSubrange(g...g, with: groups(list[g].range, length: length)) }
            if split.count == list.count || split.count(where: shown) > jumpLimit {
                whole.insert(list[g].range.lowerBound)
            } else {
                list = split
            }
        }
        return list.filter(shown).map { (prefix($0), $0.range.lowerBound) }
    }

    /// How many leading UTF-8 bytes `a` and `b` share; Int.max when they are the same. On contiguous bytes: walking
    /// the two `utf8` views by index cost about 1,300 instructions a pair (callgrind).
    static func sharedBytes(_ a: String, _ b: String) -> Int {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let n = min(x.count, y.count)
                var i = 0
                while i < n, x[i] == y[i] { i += 1 }
                return i == x.count && i == y.count ? Int.max : i
            }
        }
    }

    /// What an entry sorts and is filed under: folded, lowercase, without leading punctuation (a title
    /// "(Baru) Izin ..." is under B); text without any ASCII letter or digit stays as it is ("Lainnya").
    static func sortKey(_ text: String) -> String {
        // ASCII titles on their bytes (the fold already lowercases them): the Character version cost about 4,000
        // instructions a title (callgrind).
        if let folded = TextNormalizer.foldASCII(text) {
            let start = folded.utf8.firstIndex { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || ($0 >= 0x30 && $0 <= 0x39) }
            guard let start, start != folded.utf8.startIndex else { return folded }
            return String(folded[start...])
        }
        return sortKeyCharacters(text)
    }

    /// `sortKey` by Characters, for any text.
    static func sortKeyCharacters(_ text: String) -> String {
        let folded = TextNormalizer.fold(text).lowercased()
        let trimmed = folded.drop { ch in
            !ch.isASCII || !(ch.isLetter || ch.isNumber)
        }
        return trimmed.isEmpty ? folded : String(trimmed)
    }

    /// A clean, unique URL segment for a category: its slug ("Kependudukan dan Catatan Sipil" ->
    /// "kependudukan-dan-catatan-sipil"), "-2", "-3", ... when two names give the same one, and
    /// "kategori-<n>" for a name without any letter or digit.
    static func categorySlug(_ name: String, number: Int, used: inout Set<String>) -> String {
        let hasAlphanumeric = TextNormalizer.fold(name).unicodeScalars.contains {
            ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9")
        }
        let base = hasAlphanumeric ? String(Slug.suggest(name).prefix(80)) : "kategori-\(number)"
        var slug = base
        var n = 2
        while !used.insert(slug).inserted {
            slug = "\(base)-\(n)"
            n += 1
        }
        return slug
    }

    static func pageCount(_ entries: Int) -> Int { max(1, (entries + pageSize - 1) / pageSize) }

    /// The entries of page `page` (1-based) of a list of `count`.
    static func pageRange(_ page: Int, count: Int) -> Range<Int> {
        let start = min(count, (page - 1) * pageSize)
        return start..<min(count, start + pageSize)
    }

    static func letterPath(_ slug: String, page: Int = 1) -> String {
        hubPath + slug + "/" + (page == 1 ? "" : "\(page)/")
    }

    static func categoryPath(_ slug: String, page: Int = 1) -> String {
        categoryRoot + slug + "/" + (page == 1 ? "" : "\(page)/")
    }

    /// The letters that have a page (with at least one entry).
    var lettersWithEntries: [Int] { letters.indices.filter { !letters[$0].entries.isEmpty } }

    /// Every letter and category page (not the hub), in the order they are written.
    var pagePaths: [String] {
        var paths: [String] = []
        for l in lettersWithEntries {
            paths += (1...Self.pageCount(letters[l].entries.count)).map { Self.letterPath(letters[l].slug, page: $0) }
        }
        for c in categories {
            paths += (1...Self.pageCount(c.services.count)).map { Self.categoryPath(c.slug, page: $0) }
        }
        return paths
    }

    /// Whether an output path belongs to the letter or category pages, whose set changes with titles and keywords.
    static func isLetterOrCategoryPage(_ path: String) -> Bool {
        (path.hasPrefix(hubPath) && path != hubPath + "index.html") || path.hasPrefix(categoryRoot)
    }
}
