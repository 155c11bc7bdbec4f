import MktResult
import Testing

@testable import MktLanguage

@Suite struct SuggestionsTests {
    @Test func distances() {
        #expect(Suggestions.distance("sortt", "sort") == 1)
        #expect(Suggestions.distance("jsno", "json") == 1)  // one swap, not two substitutions
        #expect(Suggestions.distance("kitten", "sitting") == 3)
        #expect(Suggestions.distance("", "abc") == 3)
        #expect(Suggestions.distance("PCT", "pct") == 0)
    }

    @Test func closestWords() {
        #expect(Suggestions.closest(to: "instrumnts", among: Vocabulary.statements) == "instruments")
        #expect(Suggestions.closest(to: "sortt", among: Vocabulary.stages) == "sort")
        #expect(Suggestions.closest(to: "jsno", among: Vocabulary.formats) == "json")
        #expect(Suggestions.closest(to: "pcts", among: InstrumentField.names) == "pct")
        #expect(Suggestions.closest(to: "SORT", among: Vocabulary.stages) == "sort")
        #expect(Suggestions.closest(to: "Régoin", among: ["région", "value"]) == "région")
    }

    @Test func nothingCloseMeansNoSuggestion() {
        #expect(Suggestions.closest(to: "x", among: RowFields.text.map(\.name)) == nil)
        #expect(Suggestions.closest(to: "banana", among: Vocabulary.stages) == nil)
        #expect(Suggestions.closest(to: "", among: Vocabulary.stages) == nil)
        #expect(Suggestions.closest(to: "abc", among: []) == nil)
        #expect(Suggestions.closest(to: String(repeating: "a", count: 500), among: ["a"]) == nil)
    }

    @Test func tiesGoToTheEarlierCandidate() {
        #expect(Suggestions.closest(to: "mix", among: ["min", "max"]) == "min")
    }
}
