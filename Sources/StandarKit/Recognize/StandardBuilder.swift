import Foundation
import Synchronization

/// Turns a parsed service file into a `ServiceStandard`: splits the body into sections by heading, recognizes
/// components — as `##` sections or as the rows of a component table (`TableLayout`) — merges several headings
/// or rows of one component, and reads the fee and duration.
public struct StandardBuilder: Sendable {
    let matcher = HeadingMatcher()
    let cache: HeadingMatchCache?

    /// - Parameter cache: shared by the builders of one run; real sites repeat the same headings thousands of
    ///   times, so matching each distinct heading once saves most of the matcher's work.
    public init(cache: HeadingMatchCache? = nil) {
        self.cache = cache
    }

    /// - Parameters:
    ///   - bodyLineOffset: add to a body-relative line to get the file line.
    public func build(file: String, opd: String, slug: String, frontMatter: FrontMatter,
                      markdown: MarkdownDocument, bodyLineOffset: Int, lastLine: Int) -> (ServiceStandard, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let split = splitSections(markdown.blocks, bodyLineOffset: bodyLineOffset)

        // The components in canonical order, built in place: an array of optionals indexed by the id copied each
        // component out of its optional and destroyed the optional (5.9 M instructions of a 1,000-service build,
        // callgrind). `position` is indexed by `ComponentID.order` (-1: absent); a dictionary hashed the id at
        // every store and grew four times on the way to fourteen entries. It, and the first entry and count of parts
        // of each component (one pass over the entries, not one per component), are kept on the stack: fourteen
        // scans of the entries and a heap array of positions were 2 M instructions of a 1,000-service `check`.
        var ordered: [ComponentContent] = []
        ordered.reserveCapacity(ComponentID.allCases.count)
        // Fourteen: `ComponentID.allCases.count` (ComponentIDTests checks it).
        var position = InlineArray<14, Int>(repeating: -1)
        var firstEntry = InlineArray<14, Int>(repeating: -1)
        var entryCount = InlineArray<14, Int>(repeating: 0)
        for index in split.entries.indices {
            let order = split.entries[index].order
            if firstEntry[order] < 0 { firstEntry[order] = index }
            entryCount[order] += 1
        }
        for id in ComponentID.allCases {
            let first = firstEntry[id.order]
            let count = entryCount[id.order]
            guard count > 0 else { continue }
            if count == 1 {
                // One part, the usual case: read in place, its blocks as they are (no array of parts, and the
                // blocks not copied into a new one); the heading and inline value as array literals, allocated at
                // their size.
                let part = split.entries[first].part
                let inlineValues: [String] = if let value = part.inlineValue { [value] } else { [] }
                let bodyText = MarkdownBlock.plainText(part.blocks)
                var plain = part.inlineValue ?? ""
                if plain.isEmpty { plain = bodyText } else if !bodyText.isEmpty { plain += "\n" + bodyText }
                position[id.order] = ordered.count
                ordered.append(ComponentContent(
                    id: id, headings: [part.heading], line: part.line, fromFrontMatter: false,
                    inlineValues: inlineValues, blocks: part.blocks, plainText: plain,
                    isEmpty: EmptyText.isEmpty(plain), fromTableRow: part.fromRow))
                continue
            }
            let parts = split.entries.compactMap { $0.order == id.order ? $0.part : nil }
            let headings = parts.map(\.heading)
            let inlineValues = parts.compactMap(\.inlineValue)
            // Several parts: each under a level-3 heading of its own.
            var blocks: [MarkdownBlock] = []
            for part in parts {
                blocks.append(MarkdownBlock(kind: .heading(level: 3, [.text(part.heading)]),
                                            startLine: part.bodyLine, endLine: part.bodyLine))
                blocks += part.blocks
            }
            var plain = inlineValues.isEmpty ? "" : inlineValues.joined(separator: "\n")
            let bodyText = MarkdownBlock.plainText(parts.flatMap(\.blocks))
            if !bodyText.isEmpty { plain += plain.isEmpty ? bodyText : "\n" + bodyText }
            position[id.order] = ordered.count
            ordered.append(ComponentContent(
                id: id, headings: headings, line: parts[0].line, fromFrontMatter: false,
                inlineValues: inlineValues, blocks: blocks, plainText: plain, isEmpty: EmptyText.isEmpty(plain),
                fromTableRow: parts.allSatisfy(\.fromRow)))
            diagnostics += ConflictingComponentRule.check(id, parts: parts, file: file)
            // Both layouts in one file: the component is given as a section and as a table row.
            if let section = parts.first(where: { !$0.fromRow }), let row = parts.first(where: \.fromRow) {
                diagnostics.append(DuplicateComponentRule.sectionAndRow(
                    file: file, line: max(section.line, row.line), component: id, heading: section.heading,
                    sectionLine: section.line, row: row.heading, rowLine: row.line))
            }
            // The same heading written twice is usually a copy-paste slip: say so, but keep both parts.
            var seen: [String: Int] = [:]
            for part in parts {
                let key = part.heading
                if let first = seen[key] {
                    diagnostics.append(DuplicateComponentRule.repeatedHeading(
                        file: file, line: part.line, component: id, heading: part.heading, firstLine: first))
                } else {
                    seen[key] = part.line
                }
            }
        }
        // Components written as front-matter keys, in canonical order: where each component's key is in the schema
        // is known in advance (`SchemaKeys.componentPositions`), so each lookup is two array reads (reading the keys
        // present, parsing each as a component id and sorting them was 2.5 M instructions of a 1,000-service build).
        var fromFields: [ComponentContent] = []
        for id in ComponentID.allCases {
            guard let field = frontMatter[component: id] else { continue }
            if position[id.order] >= 0 {
                let existing = position[id.order]
                diagnostics.append(DuplicateComponentRule.frontMatterAndSection(
                    file: file, line: ordered[existing].line, component: id, fieldLine: field.line,
                    heading: ordered[existing].headings.first ?? ""))
                continue
            }
            let blocks: [MarkdownBlock]
            switch field.value {
            case .text(let text):
                blocks = [MarkdownBlock(kind: .paragraph([.text(text)]), startLine: 0, endLine: 0)]
            case .list(let items):
                let list = MarkdownList(ordered: id == .prosedur, start: 1, tight: true, items: items.map {
                    MarkdownListItem(blocks: [MarkdownBlock(kind: .paragraph([.text($0)]), startLine: 0, endLine: 0)],
                                     taskChecked: nil)
                })
                blocks = [MarkdownBlock(kind: .list(list), startLine: 0, endLine: 0)]
            }
            let plain = field.list.joined(separator: "\n")
            fromFields.append(ComponentContent(
                id: id, headings: [], line: field.line, fromFrontMatter: true, inlineValues: [], blocks: blocks,
                plainText: plain, isEmpty: EmptyText.isEmpty(plain)))
        }
        // Both lists are in canonical order: each front-matter component goes before the first section component
        // that follows it.
        if !fromFields.isEmpty {
            var next = 0
            for component in fromFields {
                while next < ordered.count, ordered[next].id < component.id { next += 1 }
                ordered.insert(component, at: next)
                next += 1
            }
            for index in ordered.indices { position[ordered[index].id.order] = index }
        }

        var fee: Fee?
        let biaya = position[ComponentID.biaya.order]
        if biaya >= 0, !ordered[biaya].isEmpty { fee = FeeParser.parse(ordered[biaya].plainText) }
        var duration: ServiceDuration?
        let waktu = position[ComponentID.waktu.order]
        if waktu >= 0, !ordered[waktu].isEmpty { duration = DurationParser.parse(ordered[waktu].plainText) }

        // Made in one piece, every field given to one initializer, rather than made and then amended field by field
        // (2 M instructions of `check` on 1,000 standards, cachegrind).
        let standard = ServiceStandard(
            file: file, opd: opd, slug: slug,
            judul: frontMatter["judul"]?.text ?? slug,
            ringkasan: frontMatter["ringkasan"]?.text,
            kategori: frontMatter["kategori"]?.text,
            nomorSK: frontMatter["nomor_sk"]?.text,
            ditetapkan: frontMatter["ditetapkan"]?.text.flatMap { SimpleDate($0) },
            ditinjau: frontMatter["ditinjau"]?.text.flatMap { SimpleDate($0) },
            kataKunci: frontMatter["kata_kunci"]?.list ?? [],
            draft: frontMatter["draft"]?.text.flatMap { FrontMatterReader.parseBool($0) } ?? false,
            components: ordered, extraSections: split.extras, preamble: split.preamble,
            fee: fee, duration: duration,
            fieldLines: FieldLines(frontMatter), bodyLineOffset: bodyLineOffset,
            lastLine: lastLine,
            frontMatterReadable: !frontMatter.diagnostics.contains { $0.rule == FrontMatterRule.description.id },
            lokasi: frontMatter["lokasi"]?.text,
            jamLayanan: frontMatter["jam_layanan"]?.text,
            daring: frontMatter["daring"]?.text,
            componentTable: split.tables.first,
            bodyMayHoldRawHTML: markdown.mayHoldRawHTML,
            bodyMayHoldTab: markdown.mayHoldTab)
        return (standard, diagnostics)
    }

    struct Part {
        var heading: String
        var line: Int
        var bodyLine: Int
        var inlineValue: String?
        var blocks: [MarkdownBlock]
        /// Written as a row of a component table rather than under a heading.
        var fromRow = false
    }

    struct Split {
        var preamble: [MarkdownBlock] = []
        /// The parts of all components in one array, each with its component's `ComponentID.order`; within a
        /// component, in the order they were found. A block is appended to its part in place. An array of parts
        /// per component (fourteen a file, most of one part) cost an allocation and its release through the
        /// runtime's generic array destruction for each (about 5 M instructions of a 1,000-service build,
        /// callgrind).
        var entries: [Entry] = []
        var extras: [ExtraSection] = []
        var tables: [ComponentTableShape] = []
        /// Positions in `preamble` where a component table stood.
        var tableBreaks: Set<Int> = []

        /// A part and the `ComponentID.order` of its component.
        struct Entry {
            var order: Int
            var part: Part
        }

        /// The parts of each component, indexed by `ComponentID.order` (for the tests); setting it keeps each
        /// component's parts in order.
        var components: [[Part]] {
            get {
                var result = [[Part]](repeating: [], count: ComponentID.allCases.count)
                for entry in entries { result[entry.order].append(entry.part) }
                return result
            }
            set {
                entries = newValue.indices.flatMap { order in newValue[order].map { Entry(order: order, part: $0) } }
            }
        }

        /// Whether the component of `order` has a part.
        func hasParts(_ order: Int) -> Bool {
            entries.contains { $0.order == order }
        }

        /// The position in `entries` of the last part of the component of `order`.
        func lastPart(_ order: Int) -> Int? {
            entries.lastIndex { $0.order == order }
        }
    }

    func splitSections(_ blocks: [MarkdownBlock], bodyLineOffset: Int) -> Split {
        enum Target { case preamble, component(ComponentID), extra(Int) }
        var split = Split()
        // Room for one part of each component: grown from empty, the array was reallocated four times.
        split.entries.reserveCapacity(ComponentID.allCases.count)
        var target = Target.preamble
        // The blocks of `target` not yet handed to it: `blocks[runStart..<index]`. A section's blocks are one run,
        // copied into its part in one piece when the next heading or table ends it; appending them one at a time
        // grew the part's array block by block and copied every block twice on the way (6 M instructions a
        // 1,000-service build, callgrind).
        var runStart = 0
        func flush(upTo end: Int) {
            guard runStart < end else { return }
            let run = blocks[runStart..<end]
            runStart = end
            // An empty array (a new section's) becomes a copy of the run, allocated at its size.
            func hand(to blocks: inout [MarkdownBlock]) {
                if blocks.isEmpty { blocks = Array(run) } else { blocks += run }
            }
            switch target {
            case .preamble: hand(to: &split.preamble)
            case .component(let id):
                if let last = split.lastPart(id.order) { hand(to: &split.entries[last].part.blocks) }
            case .extra(let i): hand(to: &split.extras[i].blocks)
            }
        }
        /// Appends a part of component `id`.
        func add(_ part: consuming Part, to id: ComponentID) {
            split.entries.append(Split.Entry(order: id.order, part: part))
        }
        let layout = TableLayout { text in cache?.match(text, with: matcher) ?? matcher.match(text) }
        for index in blocks.indices {
            if case .table(let table) = blocks[index].kind,
               let recognized = layout.recognize(table, bodyLineOffset: bodyLineOffset) {
                flush(upTo: index)
                runStart = index + 1
                split.tables.append(recognized.shape)
                split.tableBreaks.insert(split.preamble.count)
                for row in recognized.rows {
                    let line = row.line + bodyLineOffset
                    if let id = row.match.component {
                        add(Part(heading: row.label, line: line, bodyLine: row.line, inlineValue: row.match.inlineValue,
                                 blocks: row.blocks, fromRow: true), to: id)
                    } else {
                        split.extras.append(ExtraSection(heading: row.label, level: 2, line: line, isGroup: false,
                                                         blocks: row.blocks, suggestion: row.match.suggestion))
                    }
                }
                // What follows the table (a signature, notes) is not part of its last row.
                if case .component = target { target = .preamble }
                continue
            }
            // Any other block stays in the run of the current target.
            guard case .heading(let level, let inlines) = blocks[index].kind else { continue }
            let inComponent: Bool = if case .component = target { true } else { false }
            if level >= 3, inComponent { continue }
            let startLine = blocks[index].startLine
            let text = MarkdownInline.plainText(inlines).trimmed
            let match = cache?.match(text, with: matcher) ?? matcher.match(text)
            let line = startLine + bodyLineOffset
            switch match.kind {
            case .component(let id):
                flush(upTo: index)
                runStart = index + 1
                add(Part(heading: text, line: line, bodyLine: startLine, inlineValue: match.inlineValue, blocks: []),
                    to: id)
                target = .component(id)
            case .group, .other:
                if level >= 3 { continue }
                flush(upTo: index)
                runStart = index + 1
                let isGroup: Bool = if case .group = match.kind { true } else { false }
                split.extras.append(ExtraSection(heading: text, level: level, line: line, isGroup: isGroup,
                                                 blocks: [], suggestion: match.suggestion))
                target = .extra(split.extras.count - 1)
            }
        }
        flush(upTo: blocks.endIndex)
        if !split.tables.isEmpty { liftParagraphComponents(&split, bodyLineOffset: bodyLineOffset) }
        return split
    }

    /// In the table layout, components the table lacks are often written above it as paragraphs: a title line
    /// ("**Dasar Hukum**", "Dasar Hukum :") followed by its text, or "Dasar Hukum: UU …" on one line. Such a
    /// preamble paragraph starts a part of that component, which takes the blocks up to the next such title or
    /// the table. Section-layout files are left alone: there an unmarked title is `heading-not-marked`.
    func liftParagraphComponents(_ split: inout Split, bodyLineOffset: Int) {
        var kept: [MarkdownBlock] = []
        var current: ComponentID?
        for (index, block) in split.preamble.enumerated() {
            if split.tableBreaks.contains(index) { current = nil }
            if case .paragraph(let inlines) = block.kind,
               let (title, style) = HeadingNotMarkedRule.title(of: inlines, listItem: false), style != .noSpace {
                let match = cache?.match(title, with: matcher) ?? matcher.match(title)
                if let id = match.component, !split.hasParts(id.order) {
                    let rest = Array(inlines.drop { if case .softBreak = $0 { false } else if case .lineBreak = $0 { false } else { true } }.dropFirst())
                    let blocks = rest.isEmpty ? [] : [MarkdownBlock(kind: .paragraph(rest), startLine: block.startLine + 1,
                                                                   endLine: block.endLine)]
                    split.entries.append(Split.Entry(order: id.order, part: Part(
                        heading: title, line: block.startLine + bodyLineOffset, bodyLine: block.startLine,
                        inlineValue: match.inlineValue, blocks: blocks)))
                    current = id
                    continue
                }
            }
            if let i = current?.order, let last = split.lastPart(i) {
                split.entries[last].part.blocks.append(block)
            } else {
                kept.append(block)
            }
        }
        split.preamble = kept
    }
}


/// Heading matches of one run, shared by its workers.
///
/// A site repeats a few hundred headings thousands of times (19,031 lookups of 158 distinct headings on the
/// 1,000-service site). A `[String: HeadingMatch]` behind an `NSLock` spent about 800 instructions a lookup: SipHash
/// over every byte of the heading, the lock, and the exclusivity checks of the locked class. Here the heading's
/// UTF-8 is digested outside the lock (`HeadingTable.digest`, eight bytes a step) and looked up in a
/// `HeadingTable` behind a `Mutex`. Keys are equal when their bytes are: a heading spelled with other bytes than a
/// canonically equivalent cached one is matched on its own, as it would be without the cache.
public final class HeadingMatchCache: Sendable {
    private let table = Mutex(HeadingTable())
    /// Bounds memory on sites with many distinct headings.
    private let limit = 50_000

    public init() {}

    /// The number of headings cached (for tests).
    var count: Int { table.withLock { $0.count } }

    func match(_ heading: String, with matcher: HeadingMatcher) -> HeadingMatch {
        // In place for a native string (no copy of the string to make it mutable for `withUTF8`).
        if let found = heading.utf8.withContiguousStorageIfAvailable({ match(heading, bytes: $0, with: matcher) }) {
            return found
        }
        return Array(heading.utf8).withUnsafeBufferPointer { match(heading, bytes: $0, with: matcher) }
    }

    private func match(_ heading: String, bytes: UnsafeBufferPointer<UInt8>, with matcher: HeadingMatcher) -> HeadingMatch {
        let digest = HeadingTable.digest(bytes)
        if let known = table.withLock({ $0.match(for: bytes, digest: digest) }) { return known }
        let match = matcher.match(heading)
        table.withLock { if $0.count < limit { $0.insert(match, for: bytes, digest: digest) } }
        return match
    }
}

/// The table of `HeadingMatchCache`: open addressing with linear probing over the headings' UTF-8 bytes.
///
/// A slot holds the position of an entry in `entries`, or -1; an entry is found when its digest and its bytes are
/// equal to the key's (`memcmp`). At most half the slots are used.
struct HeadingTable {
    private var slots: [Int32] = Array(repeating: -1, count: 16)
    private var entries: [(digest: UInt64, key: [UInt8], match: HeadingMatch)] = []

    /// The number of headings stored.
    var count: Int { entries.count }

    /// The match stored for the heading of UTF-8 `key` whose digest is `digest`.
    func match(for key: UnsafeBufferPointer<UInt8>, digest: UInt64) -> HeadingMatch? {
        let position = find(key, digest: digest)
        return position.entry.map { entries[$0].match }
    }

    /// Stores `match` for the heading of UTF-8 `key` whose digest is `digest`, replacing the one stored.
    mutating func insert(_ match: HeadingMatch, for key: UnsafeBufferPointer<UInt8>, digest: UInt64) {
        let position = find(key, digest: digest)
        if let entry = position.entry {
            entries[entry].match = match
            return
        }
        slots[position.slot] = Int32(truncatingIfNeeded: entries.count)
        entries.append((digest, Array(key), match))
        if entries.count * 2 > slots.count { grow() }
    }

    /// The slot that holds `key` and its entry, or the empty slot where it would go (`entry` nil).
    private func find(_ key: UnsafeBufferPointer<UInt8>, digest: UInt64) -> (slot: Int, entry: Int?) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: digest) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return (slot, nil) }
            if entries[entry].digest == digest, Self.equal(entries[entry].key, key) { return (slot, entry) }
            slot = (slot + 1) & mask
        }
    }

    /// Twice the slots, every entry placed again.
    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.digest) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: index)
        }
    }

    private static func equal(_ stored: [UInt8], _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard stored.count == key.count else { return false }
        return stored.withUnsafeBufferPointer { mine in
            guard let a = mine.baseAddress, let b = key.baseAddress else { return true }
            return memcmp(a, b, key.count) == 0
        }
    }

    /// Differs between runs, so that no set of headings collides on every run.
    private static let seed: UInt64 = {
        var hasher = Hasher()
        hasher.combine(0x4865_6164 as UInt32)
        return UInt64(UInt(bitPattern: hasher.finalize()))
    }()

    /// The 64-bit digest of `bytes`: the count, then each 8-byte word (little-endian) mixed in turn; a last partial
    /// word is the final eight bytes (overlapping the word before), or the bytes themselves when there are fewer
    /// than eight.
    static func digest(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawBufferPointer(bytes)
        let count = raw.count
        var state = mix(seed, UInt64(count))
        var offset = 0
        while offset + 8 <= count {
            state = mix(state, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        if offset < count {
            if count >= 8 {
                state = mix(state, raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
            } else {
                var word: UInt64 = 0
                for index in 0..<count { word |= UInt64(raw[index]) << (8 * index) }
                state = mix(state, word)
            }
        }
        return state
    }

    /// One step: a multiply by an odd constant (a bijection) and a fold of the high half into the low one, so that
    /// every bit of a word reaches the slot bits.
    private static func mix(_ state: UInt64, _ word: UInt64) -> UInt64 {
        let product = (state ^ word) &* 0x9E37_79B9_7F4A_7C15
        return product ^ (product >> 32)
    }
}
