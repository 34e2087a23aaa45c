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
}
