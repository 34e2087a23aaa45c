import Testing
@testable import StandarKit

@Suite struct TemplateObjectTests {
    func text(_ v: TemplateValue?) -> String? {
        if case .text(let s) = v { return s }
        return nil
    }

    @Test func readsSetsAndRemovesLikeADictionary() {
        var o: TemplateObject = ["a": "1", "b": "2", "a": "3"]
        #expect(text(o["a"]) == "3")
        #expect(text(o["b"]) == "2")
        #expect(o["c"] == nil)
        o["b"] = "4"
        o["c"] = "5"
        #expect(text(o["b"]) == "4" && text(o["c"]) == "5")
        o["a"] = nil
        #expect(o["a"] == nil)
        #expect(Set(o.dictionary.keys) == ["b", "c"])
        o.merge(["c": "6", "d": "7"]) { old, _ in old }
        #expect(text(o["c"]) == "5" && text(o["d"]) == "7")
    }

    @Test func rendersNestedObjectsAndTheirDescription() throws {
        let set = try #require(TemplateSet(sources: ["t": "{{a.b}}|{{#a}}{{b}}{{c}}{{/a}}|{{a}}"]))
        let context: TemplateValue = ["a": ["b": "x", "c": "<y>", "d": ""], "c": "luar"]
        #expect(set.render("t", context) == #"x|x&lt;y&gt;|[&quot;b&quot;: &quot;x&quot;, &quot;c&quot;: &quot;&lt;y&gt;&quot;]"#)
    }

    /// An object written as a literal keeps the literal's elements as its members (the same keys, in the same
    /// order, repeated keys included), so it reads and renders as one built from those members.
    @Test func literalObjectsKeepTheLiteralsMembers() throws {
        let literal: TemplateObject = ["a": "1", "b": ["c": 2], "a": "3", "": "kosong", "é": true]
        #expect(literal.members.map(\.0) == ["a", "b", "a", "", "é"])
        #expect(text(literal["a"]) == "3" && text(literal[""]) == "kosong")
        let value: TemplateValue = ["a": "1", "b": ["c": 2], "a": "3", "": "kosong", "é": true]
        guard case .object(let object) = value else { Issue.record("not an object"); return }
        #expect(object.members.map(\.0) == literal.members.map(\.0))
        let built = TemplateValue.object(TemplateObject(members: [
            ("a", "1"), ("b", .object(TemplateObject(members: [("c", 2)]))), ("a", "3"), ("", "kosong"), ("é", true),
        ]))
        let set = try #require(TemplateSet(sources: ["t": "{{a}}|{{b.c}}|{{#b}}{{c}}{{a}}{{/b}}|{{b}}"]))
        #expect(set.render("t", value) == set.render("t", built))
        #expect(set.render("t", value) == "3|2|23|[&quot;c&quot;: 2]")
        let empty: TemplateObject = [:]
        #expect(empty.isEmpty && empty.members.isEmpty)
    }
}
