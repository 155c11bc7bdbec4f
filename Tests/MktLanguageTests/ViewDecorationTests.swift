import MarketModel
import MktResult
import Testing

@testable import MktLanguage

/// The decoration a view carries with its rows: kept by the stages that keep the columns,
/// dropped by those that make new ones (on the seed, which has one capture of each).
@Suite struct ViewDecorationTests {
    let evaluator = EvaluatorTests()

    @Test func stagesThatKeepTheColumnsKeepTheDrawing() {
        let sparkline = TableDecoration.sparkline(valueColumn: "value", labelColumn: "date")
        let sections = TableDecoration.sections(keys: ["region", "kind"], breadthOf: "pct")
        #expect(evaluator.table("history CAC 40")?.decoration == sparkline)
        #expect(evaluator.table("history CAC 40 | where pct > 0 | sort value | take 1 | last 1")?.decoration == sparkline)
        #expect(evaluator.table("board | sort pct desc")?.decoration == sections)
        #expect(evaluator.table("movers 2 | chart pct")?.decoration == .chart(valueColumn: "pct", labelColumn: "name"))
    }

    @Test func stagesThatMakeColumnsDropIt() {
        #expect(evaluator.table("history CAC 40 | select value")?.decoration == nil)
        #expect(evaluator.table("board | group region")?.decoration == nil)
        #expect(evaluator.table("board | group kind | avg pct")?.decoration == nil)
        #expect(evaluator.table("movers 2 | chart pct | select name")?.decoration == nil)
        #expect(evaluator.table("instruments")?.decoration == nil)
    }

    /// The label is `name`, else the first text column, else the row's place.
    @Test func chartColumnsAreALabelAndTheValue() {
        #expect(evaluator.table("movers 1 | chart abs(change)")?.columns.map(\.name) == ["name", "abs(change)"])
        #expect(evaluator.table("headlines | take 1 | chart n")?.columns.map(\.name) == ["text", "n"])
        #expect(
            evaluator.table("instruments | select value | take 2 | chart value")?.rows.array.map { $0[0] } == [
                .number(Fixed(1)), .number(Fixed(2)),
            ])
    }

    @Test func theParserReadsThePeriodAndChart() {
        #expect(dump("history CAC 40 last 3 from 2021-04-01") == #"(pipeline (history (name "CAC 40") (from "2021-04-01") (last 3)))"#)
        #expect(dump("instruments | chart pct * 2") == "(pipeline (instruments) (chart (* pct 2)))")
    }
}
