import Testing

@testable import MktLanguage

/// How `first`, `last`, `delta`, `latest per`, `earliest per`, `in` and `between` parse, and the
/// errors when they are written wrong.
@Suite struct ParserTimeTests {
    /// `last` keeps rows when its argument reads no field; otherwise it is the aggregate.
    @Test func lastIsTheStageOrTheAggregateByItsArgument() {
        #expect(dump("instruments | last 3") == "(pipeline (instruments) (last 3))")
        #expect(dump("instruments | last $n") == "(pipeline (instruments) (last $n))")
        #expect(dump("instruments | last 2 + 1") == "(pipeline (instruments) (last (+ 2 1)))")
        #expect(dump("instruments all | last value") == "(pipeline (instruments all) (aggregate (last value)))")
        #expect(dump("instruments all | LAST pct * 2") == "(pipeline (instruments all) (aggregate (last (* pct 2))))")
        #expect(
            dump("instruments all | group name | last value, first pct, count")
                == "(pipeline (instruments all) (group name) (aggregate (last value) (first pct) count))")
        #expect(
            dump("instruments all | group name | count, last value")
                == "(pipeline (instruments all) (group name) (aggregate count (last value)))")
        // After `group`, `last 2` still keeps rows: the groups' counts, then the last 2.
        #expect(dump("instruments | group kind | last 2") == "(pipeline (instruments) (group kind) (last 2))")
    }

    @Test func firstOrLastOfNoFieldSaysHowToKeepRows() {
        #expect(
            errors("instruments | first 2") == """
                -e:1:21: error: 'first EXPR' is the aggregate: the earliest value of an expression over the rows' fields (as in 'first value'); to keep rows, write 'take 2'
                instruments | first 2
                                    ^
                """)
        #expect(
            errors("instruments | count, last 3") == """
                -e:1:27: error: 'last EXPR' is the aggregate: the latest value of an expression over the rows' fields (as in 'last value'); to keep rows, write '| last 3'
                instruments | count, last 3
                                          ^
                """)
        // `first` is no longer offered for `take`: it is a word of its own.
        #expect(errors("instruments | head 2").contains("did you mean 'take'?"))
    }

    @Test func deltaAndLatestPer() {
        #expect(dump("instruments all | delta value, pct") == "(pipeline (instruments all) (delta value pct))")
        #expect(
            dump("instruments all | group name, region | delta value")
                == "(pipeline (instruments all) (group name region) (delta value))")
        #expect(dump("snapshots | latest per date") == "(pipeline (snapshots) (latest per date))")
        #expect(
            dump("instruments all | EARLIEST PER date, name")
                == "(pipeline (instruments all) (earliest per date name))")
        #expect(
            errors("snapshots | latest date") == """
                -e:1:20: error: expected 'per' after 'latest', as in 'latest per date'
                snapshots | latest date
                                   ^~~~
                """)
        #expect(errors("instruments all | delta").hasPrefix("-e:1:24: error: expected an expression after 'delta'"))
    }

    /// The dump of `where CONDITION`'s condition.
    func condition(_ text: String) -> String {
        let whole = dump("instruments | where " + text)
        let prefix = "(pipeline (instruments) (where ", suffix = "))"
        guard whole.hasPrefix(prefix), whole.hasSuffix(suffix) else { return whole }
        return String(whole.dropFirst(prefix.count).dropLast(suffix.count))
    }

    @Test func inAndBetweenAreComparisons() {
        #expect(condition("name in (\"CAC 40\", \"DAX\")") == #"(in name "CAC 40" "DAX")"#)
        #expect(condition("name NOT IN (\"DAX\")") == #"(not in name "DAX")"#)
        #expect(condition("pct between -1 and 1") == "(between pct -1 1)")
        #expect(condition("pct not between -1 and 1 + 2") == "(not between pct -1 (+ 1 2))")
        // The `and` after the low end is between's; the next one joins two tests.
        #expect(
            condition("pct between -1 and 1 and kind == \"index\"") == #"(and (between pct -1 1) (== kind "index"))"#)
        #expect(condition("not name in (\"DAX\") or true") == #"(or (not (in name "DAX")) true)"#)
        #expect(condition("pct + 1 in (2, 3)") == "(in (+ pct 1) 2 3)")
        #expect(dump("2 between 1 and 3") == "(expr (between 2 1 3))")
    }

    @Test func inAndBetweenErrorsPointAtTheMistake() {
        #expect(
            errors("instruments | where pct between 1") == """
                -e:1:34: error: expected 'and' after the low end of 'between', as in 'pct between -1 and 1'
                instruments | where pct between 1
                                                 ^
                """)
        #expect(
            errors("instruments | where name in \"DAX\"") == """
                -e:1:29: error: expected '(' after 'in', as in 'name in ("CAC 40", "DAX")'
                instruments | where name in "DAX"
                                            ^~~~~
                """)
        #expect(errors("2 between 1 and 2 == true").contains("comparisons cannot be chained"))
        #expect(errors("1 < 2 in (true)").contains("comparisons cannot be chained"))
        #expect(errors("2 in (2").contains("expected ')' to close '('"))
        #expect(
            errors("instruments | where in").hasPrefix("-e:1:21: error: expected an expression after 'where', found 'in'"))
    }
}
