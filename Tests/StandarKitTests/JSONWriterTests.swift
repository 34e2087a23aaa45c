import Testing
@testable import StandarKit

@Suite struct JSONWriterTests {
    let value: JSONValue = .object([
        ("a", .int(1)), ("b", .array([.string("x"), .bool(true), .null])), ("c", .object([("d", .number(2.5))])),
        ("e", .array([.object([("f", .number(3))]), .object([])])),
    ])

    @Test func compactAndLine() {
        #expect(JSONWriter.string(value, layout: .compact) == #"{"a":1,"b":["x",true,null],"c":{"d":2.5},"e":[{"f":3},{}]}"#)
        #expect(JSONWriter.string(value, layout: .line) == #"{"a": 1, "b": ["x", true, null], "c": {"d": 2.5}, "e": [{"f": 3}, {}]}"#)
    }

    @Test func recordsLayout() {
        #expect(JSONWriter.string(value, layout: .records) == """
            {
              "a": 1,
              "b": [
                "x",
                true,
                null
              ],
              "c": {"d": 2.5},
              "e": [
                {"f": 3},
                {}
              ]
            }
            """)
        #expect(JSONWriter.string(.object([("xs", .array([]))]), layout: .records) == "{\n  \"xs\": []\n}")
    }

    /// A record file streamed row by row is the records layout of the whole object.
    @Test func streamedRecordsEqualTheWholeObject() {
        for rows in [[], [JSONValue.object([("n", .int(1))])], [.object([("n", .int(1))]), .string("<&>")]] {
            let head: [(String, JSONValue)] = [("versi", .int(1)), ("situs", .string("Kota \"A\""))]
            let streamed = JSONWriter.recordsHead(head, arrayKey: "layanan")
                + rows.map { JSONWriter.recordRow($0) }.joined(separator: ",") + JSONWriter.recordsTail(rows: rows.count)
            #expect(streamed == JSONWriter.string(.object(head + [("layanan", .array(rows))]), layout: .records))
        }
    }

    @Test func documentLayout() {
        let long = JSONValue.array((1...30).map { .string("kata\($0)") })
        let text = JSONWriter.string(.object([("pendek", .array([.string("a"), .string("b")])), ("panjang", long),
                                              ("kosong", .object([]))]), layout: .document)
        #expect(text.hasPrefix("{\n  \"pendek\": [\"a\", \"b\"],\n  \"panjang\": [\n    \"kata1\",\n"))
        #expect(text.hasSuffix("    \"kata30\"\n  ],\n  \"kosong\": {}\n}"))
    }

    @Test func numbers() {
        #expect(JSONWriter.string(.array([.number(3), .number(1.5), .number(-2), .int(-7)]), layout: .compact) == "[3,1.5,-2,-7]")
        #expect(JSONWriter.string(.array([JSONValue(nil as Double?), JSONValue(nil as Int?), JSONValue(nil as String?)]), layout: .compact) == "[null,null,null]")
    }

    @Test func quoting() {
        #expect(JSONWriter.quote("a\"b\\c\n\r\t\u{1}\u{1F}/") == #""a\"b\\c\n\r\t\u0001\u001f/""#)
        #expect(JSONWriter.quote("<script>&\u{2028}\u{2029}") == #""\u003cscript\u003e\u0026\u2028\u2029""#)
        #expect(JSONWriter.quote("<opd>&\u{2028}", scriptSafe: false) == "\"<opd>&\u{2028}\"")
        #expect(JSONWriter.quote("é—ü") == "\"é—ü\"")
        #expect(JSONWriter.string(.object([("<k>", .string("<v>"))]), layout: .compact, scriptSafe: false) == #"{"<k>":"<v>"}"#)
    }
}
