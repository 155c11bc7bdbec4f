import MktResult
import Testing

@testable import MktLanguage

@Suite struct ParserPipelineTests {
    @Test func sources() {
        #expect(dump("instruments") == "(pipeline (instruments))")
        #expect(dump("instruments all") == "(pipeline (instruments all))")
        #expect(
            dump("headlines; paragraphs; quotes; snapshot")
                == "(pipeline (headlines))\n(pipeline (paragraphs))\n(pipeline (quotes))\n(pipeline (snapshot))")
        #expect(dump("$top") == "(pipeline $top)")
        #expect(dump("$top | take 1") == "(pipeline $top (take 1))")
    }

    @Test func whereTakeLastGroup() {
        #expect(
            dump("instruments | where pct > 0 and kind == \"index\"")
                == #"(pipeline (instruments) (where (and (> pct 0) (== kind "index"))))"#)
        #expect(dump("instruments | take 3 | last 1") == "(pipeline (instruments) (take 3) (last 1))")
        #expect(
            dump("instruments | group region | avg pct")
                == "(pipeline (instruments) (group region) (aggregate (avg pct)))")
        #expect(
            dump("instruments | group kind, lower(region) | count")
                == "(pipeline (instruments) (group kind (call lower region)) (aggregate count))")
    }

    @Test func sortKeys() {
        #expect(dump("instruments | sort pct desc, name") == "(pipeline (instruments) (sort (desc pct) (asc name)))")
        #expect(dump("instruments | sort abs(pct) asc") == "(pipeline (instruments) (sort (asc (call abs pct))))")
    }

    @Test func selectNamesColumns() {
        #expect(
            dump("instruments | select name, pct * 2 as double, round(pct, 1)")
                == #"(pipeline (instruments) (select (column "name" name) (column "double" (* pct 2)) (column "round(pct, 1)" (call round pct 1))))"#
        )
    }

    @Test func aggregates() {
        #expect(dump("instruments | count") == "(pipeline (instruments) (aggregate count))")
        #expect(
            dump("instruments | count, sum pct, min value, max value, median pct, stddev pct")
                == "(pipeline (instruments) (aggregate count (sum pct) (min value) (max value) (median pct) (stddev pct)))")
    }

    @Test func formatsAndSave() {
        #expect(dump("instruments | to csv") == "(pipeline (instruments) (to csv))")
        #expect(
            dump("headlines | to markdown | save out/h.md")
                == "(pipeline (headlines) (to markdown) (save out/h.md))")
        #expect(dump("quotes | save \"my quotes.json\"") == #"(pipeline (quotes) (save "my quotes.json"))"#)
        #expect(
            dump("instruments | to table; instruments | to json")
                == "(pipeline (instruments) (to table))\n(pipeline (instruments) (to json))")
    }

    @Test func pipelinesSpanLines() {
        // A line break before `|` ends the statement: only a trailing `|` continues it.
        #expect(
            errors("instruments\n| take 2") == """
                -e:2:1: error: expected a command or an expression, found '|'
                | take 2
                ^
                """)
        #expect(
            dump("instruments |\n  where pct > 0 |\n  sort pct,\n  name | take 2")
                == "(pipeline (instruments) (where (> pct 0)) (sort (asc pct) (asc name)) (take 2))")
    }

    @Test func stageRanges() throws {
        let result = parse("instruments | where pct > 0 | sort pct desc")
        let statement = try #require(result.statements.first)
        guard case .pipeline(let p) = statement else {
            Issue.record("not a pipeline")
            return
        }
        #expect(p.range.description == "1:1-1:44")
        #expect(p.source.range.description == "1:1-1:12")
        #expect(p.stages.map(\.range.description) == ["1:15-1:28", "1:31-1:44"])
    }

    @Test func stageErrors() {
        #expect(
            errors("instruments | sortt pct") == """
                -e:1:15: error: unknown stage 'sortt' — did you mean 'sort'?
                instruments | sortt pct
                              ^~~~~
                """)
        #expect(
            errors("instruments | to jsno") == """
                -e:1:18: error: unknown format 'jsno' — did you mean 'json'?
                instruments | to jsno
                                 ^~~~
                """)
        #expect(
            errors("instruments | where") == """
                -e:1:20: error: expected an expression after 'where'
                instruments | where
                                   ^
                """)
        #expect(
            errors("instruments | count, summ pct") == """
                -e:1:22: error: unknown aggregate 'summ' — did you mean 'sum'?
                instruments | count, summ pct
                                     ^~~~
                """)
        #expect(
            errors("instruments take 3") == """
                -e:1:13: error: expected '|' or the end of the statement, found 'take'
                instruments take 3
                            ^~~~
                """)
        #expect(
            errors("instruments | select pct as") == """
                -e:1:28: error: expected a column name after 'as'
                instruments | select pct as
                                           ^
                """)
        #expect(
            errors("instruments | save") == """
                -e:1:19: error: expected a file name after 'save'
                instruments | save
                                  ^
                """)
        #expect(
            errors("instruments | 3") == """
                -e:1:15: error: expected a stage after '|', such as 'where' or 'sort'
                instruments | 3
                              ^
                """)
    }
}
