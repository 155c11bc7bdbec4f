import MarketModel
import MktResult
import Testing

@testable import MktLanguage

@Suite struct UniqueColumnsTests {
    let evaluator = EvaluatorTests()

    @Test func selectMakesRepeatedNamesUniqueAndKeepsTheirColours() throws {
        let t = try #require(evaluator.table("instruments | take 1 | select name as pct, pct, pct"))
        #expect(t.columns.map(\.name) == ["pct", "pct_2", "pct_3"])
        #expect(t.columns.map(\.isSigned) == [true, true, true])
        #expect(evaluator.value("instruments | select name as value, value | where value_2 > 30000 | count") == "2")
    }

    @Test func groupKeysAndAggregatesShareOneSetOfNames() throws {
        let t = try #require(evaluator.table("instruments | group kind | count | group count | count"))
        #expect(t.columns.map(\.name) == ["count", "count_2"])
        #expect(t.rows.map { $0.map(\.plainText) } == [["1", "1"], ["2", "2"], ["10", "1"]])
        let one = try #require(evaluator.table("instruments | avg pct, avg pct"))
        #expect(one.columns.map(\.name) == ["avg_pct", "avg_pct_2"])
    }
}

@Suite struct UnknownFieldTests {
    let evaluator = EvaluatorTests()

    @Test func listsTheFieldsWhenNoneIsClose() {
        #expect(
            evaluator.run("headlines | sort zzzz").error == """
                -e:2:18: error: unknown field 'zzzz'; the rows have n, text
                headlines | sort zzzz
                                 ^~~~
                """)
        #expect(
            evaluator.run("instruments | select name as value, value | where val > 1").error?
                .hasPrefix("-e:2:51: error: unknown field 'val'; the rows have value, value_2\n") == true)
    }

    @Test func aLongListIsCutAfterTwentyFour() {
        let columns = (1...30).map { "c\($0)" }
        #expect(ExprCompiler.fieldList(columns) == (1...24).map { "c\($0)" }.joined(separator: ", ") + " and 6 more")
        #expect(ExprCompiler.fieldList(["a"]) == "a")
    }
}
