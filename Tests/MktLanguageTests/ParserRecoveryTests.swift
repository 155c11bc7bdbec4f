import MktResult
import Testing

@testable import MktLanguage

@Suite struct ParserRecoveryTests {
    @Test func everyBadLineIsReported() {
        let script = """
            #!/usr/bin/env mkt
            load examples/snapshots/*.txt
            instrumnts | take 3
            instruments | sortt pct
            status
            instruments | where pct > ; article
            let x = (1 +
              2)
            instruments | to jsno
            """
        let result = parse(script)
        #expect(
            result.diagnostics.map(\.description) == [
                "3:1: error: unknown command 'instrumnts' — did you mean 'instruments'?",
                "4:15: error: unknown stage 'sortt' — did you mean 'sort'?",
                "6:26: error: expected an expression after '>'",
                "9:18: error: unknown format 'jsno' — did you mean 'json'?",
            ])
        #expect(
            ASTDump.dump(result.statements) == """
                (load examples/snapshots/*.txt)
                (status)
                (article)
                (let x (+ 1 2))
                """)
        #expect(!result.isIncomplete)
    }

    @Test func threeBadLinesThreeDiagnostics() {
        let script = "instruments | | take 3\nlet = 2\nshow CAC 40\n1 +)\n"
        #expect(
            errors(script, origin: "script.mkt") == """
                script.mkt:1:15: error: expected a stage after '|', such as 'where' or 'sort'
                instruments | | take 3
                              ^
                script.mkt:2:5: error: expected a variable name after 'let'
                let = 2
                    ^
                script.mkt:4:4: error: expected an expression after '+'
                1 +)
                   ^
                """)
        #expect(parse(script).statements.count == 1)
    }

    @Test(arguments: [
        "instruments |", "instruments | where pct > 0 |  # more to come", "(1 + 2", "\"abc",
        "let x =", "let x =\n", "load a.txt,", "instruments | sort pct,", "round(1,", "show \"Pétrole",
        "status; instruments |\n",
    ])
    func incomplete(_ text: String) {
        let result = parse(text)
        #expect(result.isIncomplete, "\(text.debugDescription) should be incomplete")
        #expect(result.hasErrors)
    }

    @Test(arguments: [
        "instruments | | take 3", "1 +)", "1 +", "instruments", "instruments | take 3",
        "instrumnts |", "1 +) ; instruments |", "(1 +) + (", "status now |",
    ])
    func notIncomplete(_ text: String) {
        #expect(!parse(text).isIncomplete, "\(text.debugDescription) should not be incomplete")
    }

    @Test func completedContinuationParses() {
        #expect(dump("instruments |\nwhere pct > 0") == "(pipeline (instruments) (where (> pct 0)))")
        #expect(dump("\"abc\ndef\"") == #"(expr "abc\ndef")"#)
        #expect(dump("let x =\ninstruments") == "(let x (pipeline (instruments)))")
    }

    @Test func incompleteMessagesAsTheUserSeesThem() {
        #expect(
            errors("instruments |") == """
                -e:1:14: error: expected a stage after '|', such as 'where' or 'sort'
                instruments |
                             ^
                """)
        #expect(
            errors("(1 + 2") == """
                -e:1:7: error: expected ')' to close '(' at 1:1
                (1 + 2
                      ^
                """)
        #expect(
            errors("search \"abc") == """
                -e:1:8: error: unterminated string
                search "abc
                       ^~~~
                """)
        #expect(
            errors("let x =") == """
                -e:1:8: error: expected an expression after '='
                let x =
                       ^
                """)
    }

    @Test func lexicalErrorsWinOverParserExpectations() {
        #expect(
            errors("instruments | where name == \"a\\q\"") == """
                -e:1:31: error: unknown escape '\\q' in string (use \\" for a quote and \\\\ for a backslash)
                instruments | where name == "a\\q"
                                              ^~
                """)
        #expect(
            errors("1 @ 2") == """
                -e:1:3: error: unexpected character '@'
                1 @ 2
                  ^
                """)
    }
}
