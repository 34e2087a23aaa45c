import Testing
@testable import StandarKit

struct ComponentIDTests {
    /// `order` (a switch, also what == and hashing use) is the declaration order, and every case is equal only to
    /// itself, also as a dictionary key.
    @Test func orderEqualityAndHashingFollowTheCases() {
        var byID: [ComponentID: Int] = [:]
        for (i, id) in ComponentID.allCases.enumerated() {
            #expect(id.order == i, "\(id)")
            byID[id] = i
            for other in ComponentID.allCases {
                #expect((id == other) == (id.rawValue == other.rawValue))
                #expect((id < other) == (i < (ComponentID.allCases.firstIndex(of: other) ?? -1)))
            }
        }
        #expect(byID.count == 14)
        for (i, id) in ComponentID.allCases.enumerated() { #expect(byID[id] == i) }
        #expect(Set(ComponentID.allCases).count == 14)
    }
}
