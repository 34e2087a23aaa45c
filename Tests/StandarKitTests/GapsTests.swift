import Testing
@testable import StandarKit

/// `gaps` marks the filled components in one pass; the reference scans the components for each required one.
@Suite struct GapsTests {
    @Test func gapsAsTheScan() {
        var g = TestSeed.generator(0x6A_95)
        for round in 0..<300 {
            var s = PageContextsFastPathTests.standard(&g)
            // Sometimes a component twice (filled once, empty once) and out of order.
            if let id = ComponentID.allCases.randomElement(using: &g), Int.random(in: 0..<3, using: &g) == 0 {
                s.components.insert(ComponentContent(id: id, headings: [], line: 1, fromFrontMatter: false, inlineValues: [],
                                                     blocks: [], plainText: "", isEmpty: Bool.random(using: &g)), at: 0)
            }
            let required = (0..<Int.random(in: 0...16, using: &g)).compactMap { _ in ComponentID.allCases.randomElement(using: &g) }
            let reference = required.filter { id in !s.components.contains { $0.id == id && !$0.isEmpty } }
            #expect(s.gaps(required: required) == reference, "round \(round)")
        }
        let empty = PageContextsFastPathTests.standard(&g)
        #expect(empty.gaps(required: []) == [])
    }
}
