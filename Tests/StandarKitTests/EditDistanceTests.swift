import Testing
@testable import StandarKit

@Suite struct EditDistanceTests {
    func osa(_ a: String, _ b: String, limit: Int = 10) -> Int {
        EditDistance.osa(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
    }

    @Test func countsEachKindOfEditOnce() {
        #expect(osa("biaya", "biaya") == 0)
        #expect(osa("biaya", "biya") == 1)        // deletion
        #expect(osa("biya", "biaya") == 1)        // insertion
        #expect(osa("biaya", "biaja") == 1)       // substitution
        #expect(osa("biaya", "baiya") == 1)       // adjacent transposition
        #expect(osa("", "abc") == 3)
        #expect(osa("abc", "") == 3)
        #expect(osa("kitten", "sitting") == 3)
    }

    /// Optimal string alignment, not full Damerau-Levenshtein: a transposed pair cannot be edited again.
    @Test func transposedPairIsNotEditedAgain() {
        #expect(osa("ca", "abc") == 3)
    }

    @Test func givesUpPastTheLimit() {
        #expect(osa("persyaratan", "prosedur", limit: 2) == 3)
        #expect(osa("a", "abcdef", limit: 2) == 3)
        #expect(osa("waktu", "wakut", limit: 1) == 1)
    }

    @Test func worksOnBytes() {
        #expect(EditDistance.osa(Array("prosedur".utf8), Array("porsedur".utf8), limit: 2) == 1)
    }

    @Test func suggestionsUseTheSameDistance() {
        #expect(Suggest.closest(to: "judl", among: ["judul", "ringkasan"]) == "judul")
        #expect(Suggest.closest(to: "xyz", among: ["judul", "ringkasan"]) == nil)
    }
}
