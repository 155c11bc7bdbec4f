import MktResult
import Testing

@Suite struct ColumnNamesTests {
    @Test func repeatsGetTheNextFreeNumber() {
        #expect(ColumnNames.unique(["value", "value"]) == ["value", "value_2"])
        #expect(ColumnNames.unique(["count", "count", "count_2"]) == ["count", "count_3", "count_2"])
        #expect(ColumnNames.unique(["a", "b", "a", "a"]) == ["a", "b", "a_2", "a_3"])
        #expect(ColumnNames.unique(["name", "Name"]) == ["name", "Name"])
        #expect(ColumnNames.unique([]) == [])
    }
}
