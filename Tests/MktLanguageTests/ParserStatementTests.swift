import MktResult
import Testing

@testable import MktLanguage

@Suite struct ParserStatementTests {
    @Test func load() {
        #expect(dump("load examples/snapshots/*.txt") == "(load examples/snapshots/*.txt)")
        #expect(dump("load a.txt, \"data/x y.txt\",\n  b.txt") == #"(load a.txt "data/x y.txt" b.txt)"#)
        #expect(dump("load ../x(1).txt # comment") == "(load ../x(1).txt)")
    }

    @Test func letBindsPipelinesAndExpressions() {
        #expect(dump("let top = instruments | take 3") == "(let top (pipeline (instruments) (take 3)))")
        #expect(dump("let y = $x") == "(let y (pipeline $x))")
        #expect(dump("let n = $x + 1") == "(let n (+ $x 1))")
        #expect(dump("let r = round(2.345, 2)") == "(let r (call round 2.345 2))")
    }

    @Test func set() {
        #expect(dump("set format csv") == "(set format csv)")
        #expect(dump("set format \"json\"; set FORMAT Markdown") == "(set format \"json\")\n(set FORMAT Markdown)")
        // The settings are known before anything runs: a misspelt one is a syntax error.
        #expect(
            dump("set formt csv") == """
                -e:1:5: error: unknown setting 'formt' (settings: format, timer) — did you mean 'format'?
                set formt csv
                    ^~~~~
                """)
        #expect(dump("set timer on; set TIMER Off") == "(set timer on)\n(set TIMER Off)")
        #expect(dump("set timer 1").hasPrefix("-e:1:11: error: unknown value '1' for 'timer' (on, off)"))
        #expect(dump("set width 100").hasPrefix("-e:1:5: error: unknown setting 'width' (settings: format, timer)"))
    }

    @Test func sourceHelpArticleStatus() {
        #expect(dump("source scripts/daily.mkt") == "(source scripts/daily.mkt)")
        #expect(dump("source \"my script.mkt\"") == #"(source "my script.mkt")"#)
        #expect(dump("help") == "(help)")
        #expect(dump("help sort keys ; status") == "(help \"sort keys\")\n(status)")
        #expect(dump("article\nstatus") == "(article)\n(status)")
    }

    @Test func excerpt() {
        #expect(dump("excerpt") == "(excerpt 1)")
        #expect(dump("excerpt 3") == "(excerpt 3)")
        #expect(dump("excerpt 300 chars") == "(excerpt 300 chars)")
    }

    @Test func searchAndShow() {
        #expect(dump("search \"Elon Musk\"") == #"(pipeline (search "Elon Musk"))"#)
        #expect(dump("show CAC 40") == #"(show "CAC 40")"#)
        #expect(dump("show \"Pétrole WTI\"") == #"(show quoted "Pétrole WTI")"#)
        #expect(dump("show petr   # partial name") == #"(show "petr")"#)
        #expect(dump("show S&P 500; status") == "(show \"S&P 500\")\n(status)")
    }

    @Test func expressionStatements() {
        #expect(dump("1 + 2") == "(expr (+ 1 2))")
        #expect(dump("round(2.345, 2)") == "(expr (call round 2.345 2))")
        #expect(dump("not true") == "(expr (not true))")
        #expect(dump("-(1)") == "(expr (neg 1))")
        #expect(dump("\"a\"") == #"(expr "a")"#)
    }

    @Test func statementRanges() {
        let result = parse("  show CAC 40  \nlet x = 1 + 2")
        #expect(result.statements.map(\.range.description) == ["1:3-1:14", "2:1-2:14"])
    }

    @Test func emptyInputAndSeparators() {
        #expect(dump("") == "")
        #expect(dump(";;\n\n  # only a comment\n;") == "")
    }

    @Test func statementErrors() {
        #expect(
            errors("instrumnts | take 3") == """
                -e:1:1: error: unknown command 'instrumnts' — did you mean 'instruments'?
                instrumnts | take 3
                ^~~~~~~~~~
                """)
        #expect(
            errors("where pct > 0") == """
                -e:1:1: error: 'where' is a pipeline stage: write it after a source, as in 'instruments | where …'
                where pct > 0
                ^~~~~
                """)
        #expect(
            errors("load") == """
                -e:1:5: error: expected a file name after 'load'
                load
                    ^
                """)
        #expect(
            errors("load a.txt b.txt") == """
                -e:1:12: error: expected ',' between file names, found 'b.txt'
                load a.txt b.txt
                           ^~~~~
                """)
        #expect(
            errors("let = 3") == """
                -e:1:5: error: expected a variable name after 'let'
                let = 3
                    ^
                """)
        #expect(
            errors("let x 3") == """
                -e:1:7: error: expected '=' after 'let x'
                let x 3
                      ^
                """)
        #expect(
            errors("set format") == """
                -e:1:11: error: expected a value after 'set format'
                set format
                          ^
                """)
        #expect(
            errors("set format xml") == """
                -e:1:12: error: unknown format 'xml' (formats: table, csv, json, markdown)
                set format xml
                           ^~~
                """)
        #expect(
            errors("set FORMAT \"jsno\"; set format 2") == """
                -e:1:12: error: unknown format 'jsno' (formats: table, csv, json, markdown) — did you mean 'json'?
                set FORMAT "jsno"; set format 2
                           ^~~~~~
                -e:1:31: error: unknown format '2' (formats: table, csv, json, markdown)
                set FORMAT "jsno"; set format 2
                                              ^
                """)
        #expect(dump("set format CSV; set format \"json\"") == "(set format CSV)\n(set format \"json\")")
        #expect(
            errors("excerpt 1.5") == """
                -e:1:9: error: expected a whole number above 0 after 'excerpt'
                excerpt 1.5
                        ^~~
                """)
        #expect(
            errors("search Tesla") == """
                -e:1:8: error: expected quoted text after 'search', as in 'search "Tesla"'
                search Tesla
                       ^~~~~
                """)
        #expect(
            errors("show") == """
                -e:1:5: error: expected an instrument name after 'show', as in 'show CAC 40'
                show
                    ^
                """)
        #expect(
            errors("status now") == """
                -e:1:8: error: expected the end of the statement, found 'now'
                status now
                       ^~~
                """)
        #expect(
            errors("| take 3") == """
                -e:1:1: error: expected a command or an expression, found '|'
                | take 3
                ^
                """)
    }
}
