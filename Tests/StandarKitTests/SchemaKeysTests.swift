import Testing
@testable import StandarKit

/// `SchemaKeys` finds a front-matter key by comparing only the keys of its UTF-8 length; `FrontMatter` and
/// `FieldLines` keep values by the key's position in the schema.
@Suite struct SchemaKeysTests {
    @Test func findsEveryKeyOfEachSchemaAtItsPosition() {
        for schema in [FrontMatterSchema.service, FrontMatterSchema.site, FrontMatterSchema.opd] {
            let keys = SchemaKeys(schema)
            for (position, spec) in schema.enumerated() {
                #expect(keys.position(of: spec.key) == position)
            }
        }
    }

    @Test func missesOtherKeys() {
        let keys = SchemaKeys(FrontMatterSchema.service)
        // Empty, longer than any key, one letter off, other case, non-ASCII of a key's length.
        for key in ["", String(repeating: "x", count: 200), "judux", "Judul", "jüdul", "judul ", "jaminan_keamananx"] {
            #expect(keys.position(of: key) == nil, "\(key)")
        }
        #expect(SchemaKeys.empty.position(of: "judul") == nil)
        #expect(SchemaKeys.empty.position(of: "") == nil)
    }

    @Test func aKeyGivenTwiceIsFoundAtItsFirstPosition() {
        let keys = SchemaKeys([FieldSpec("a", .text, "1"), FieldSpec("b", .text, "2"), FieldSpec("a", .date, "3")])
        #expect(keys.position(of: "a") == 0)
        #expect(keys.position(of: "b") == 1)
    }

    @Test func nonASCIIKeysOfACustomSchema() {
        let keys = SchemaKeys([FieldSpec("é", .text, ""), FieldSpec("e\u{301}", .text, ""), FieldSpec("ab", .text, "")])
        // "é" is two bytes, like "ab": both are compared, only the equal one matches.
        #expect(keys.position(of: "é") == 0)
        #expect(keys.position(of: "ab") == 2)
        #expect(keys.position(of: "e") == nil)
    }

    @Test func anEmptyFrontMatterHasNoField() {
        let fm = FrontMatter()
        #expect(fm["judul"] == nil)
        #expect(fm[position: 0] == nil)
        #expect(fm[position: -1] == nil)
        #expect(fm.fields.isEmpty)
    }

    @Test func positionsOutsideTheSchemaHoldNothing() {
        let fm = FrontMatterReader().read(FrontMatterSplit.split("---\njudul: A\n---\nisi\n"),
                                          schema: FrontMatterSchema.service, file: "f.md")
        #expect(fm[position: 0]?.text == "A")
        #expect(fm[position: -1] == nil)
        #expect(fm[position: FrontMatterSchema.service.count] == nil)
        #expect(fm.fields.keys.sorted() == ["judul"])
    }

    @Test func fieldLinesOfAFrontMatter() {
        let fm = FrontMatterReader().read(FrontMatterSplit.split("---\nkategori: B\njudul: A\n\nbiaya: Gratis\n---\nisi\n"),
                                          schema: FrontMatterSchema.service, file: "f.md")
        let lines = FieldLines(fm)
        #expect(lines["judul"] == 3)
        #expect(lines["kategori"] == 2)
        #expect(lines["biaya"] == 5)
        #expect(lines["ringkasan"] == nil)
        #expect(lines["tidak_ada"] == nil)
        // In schema order.
        #expect(lines.keys == ["judul", "kategori", "biaya"])
        let none = FieldLines(FrontMatter())
        #expect(none.keys.isEmpty)
        #expect(none["judul"] == nil)
    }

    @Test func fieldLinesFromALiteral() {
        let empty: FieldLines = [:]
        #expect(empty.keys.isEmpty)
        #expect(empty["judul"] == nil)
        // A key given twice: the first line counts.
        let lines = FieldLines(dictionaryLiteral: ("ditinjau", 4), ("ditetapkan", 3), ("ditinjau", 9))
        #expect(lines["ditetapkan"] == 3)
        #expect(lines["ditinjau"] == 4)
        #expect(lines.keys == ["ditinjau", "ditetapkan"])
    }
}

@Suite struct SchemaComponentKeysTests {
    @Test func componentKeysOfEachSchema() {
        let service = SchemaKeys(FrontMatterSchema.service)
        for id in ComponentID.allCases {
            #expect(FrontMatterSchema.service[service.componentPositions[id.order]].key == id.id)
        }
        // The site and OPD schemas name no component.
        #expect(SchemaKeys(FrontMatterSchema.site).componentPositions == Array(repeating: -1, count: 14))
        #expect(SchemaKeys(FrontMatterSchema.opd).componentPositions == Array(repeating: -1, count: 14))
        #expect(SchemaKeys.empty.componentPositions == Array(repeating: -1, count: 14))
        // A custom schema: one component key, given twice (the first counts), among others.
        let custom = SchemaKeys([FieldSpec("x", .text, ""), FieldSpec("biaya", .text, ""), FieldSpec("biaya", .date, "")])
        #expect(custom.componentPositions[ComponentID.biaya.order] == 1)
        #expect(custom.componentPositions.filter { $0 >= 0 }.count == 1)
    }

    @Test func frontMatterByComponent() {
        let fm = FrontMatterReader().read(
            FrontMatterSplit.split("---\njudul: A\nbiaya: Gratis\nprosedur:\n  - Datang\n  - Pulang\n---\nisi\n"),
            schema: FrontMatterSchema.service, file: "f.md")
        #expect(fm[component: .biaya]?.text == "Gratis")
        #expect(fm[component: .prosedur]?.list == ["Datang", "Pulang"])
        #expect(fm[component: .waktu] == nil)
        #expect(FrontMatter()[component: .biaya] == nil)
        // Read against a schema without components: none.
        let site = FrontMatterReader().read(FrontMatterSplit.split("---\njudul: A\n---\n"), schema: FrontMatterSchema.site,
                                            file: "f.md")
        #expect(ComponentID.allCases.allSatisfy { site[component: $0] == nil })
    }
}
