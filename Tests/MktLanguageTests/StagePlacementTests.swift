import MktResult
import Testing

@testable import MktLanguage

/// `to` and `save` decide what happens to a printed result, so where they may stand is a
/// matter of syntax: a misplaced one is a syntax error (exit 65, nothing runs), not a failure
/// halfway through a script.
@Suite struct StagePlacementTests {
    @Test func toMustBeLastOrJustBeforeSave() {
        #expect(
            errors("instruments | count; instruments | to csv | take 1") == """
                -e:1:36: error: 'to' must be the last stage (only 'save' may follow it)
                instruments | count; instruments | to csv | take 1
                                                   ^~~~~~
                """)
        #expect(
            errors("instruments | to csv | to json") == """
                -e:1:15: error: 'to' must be the last stage (only 'save' may follow it)
                instruments | to csv | to json
                              ^~~~~~
                """)
    }

    @Test func saveMustBeLast() {
        #expect(
            errors("instruments | save x.csv | to csv") == """
                -e:1:15: error: 'save' must be the last stage
                instruments | save x.csv | to csv
                              ^~~~~~~~~~
                """)
        #expect(
            errors("instruments | save a.csv | save b.csv") == """
                -e:1:15: error: 'save' must be the last stage
                instruments | save a.csv | save b.csv
                              ^~~~~~~~~~
                """)
    }

    @Test func letKeepsRowsSoSaveAndToDoNotBelongThere() {
        #expect(
            errors("let b = instruments | save y.json") == """
                -e:1:23: error: 'let' only keeps rows, it writes nothing: save them afterwards, as in '$b | save y.json'
                let b = instruments | save y.json
                                      ^~~~~~~~~~~
                """)
        #expect(
            errors("let a = instruments | where pct > 0 | to csv") == """
                -e:1:39: error: 'let' only keeps rows, it prints nothing: choose the format when printing them, as in '$a | to csv'
                let a = instruments | where pct > 0 | to csv
                                                      ^~~~~~
                """)
        #expect(
            errors("let a = instruments | to csv | save \"a b.csv\"") == """
                -e:1:23: error: 'let' only keeps rows, it prints nothing: choose the format when printing them, as in '$a | to csv'
                let a = instruments | to csv | save "a b.csv"
                                      ^~~~~~
                """)
    }

    @Test func everyMisplacedStageOfAScriptIsReported() {
        let result = parse("instruments | to csv | take 1\nlet x = instruments | save x.csv\ninstruments | count")
        #expect(
            result.diagnostics.map(\.description) == [
                "1:15: error: 'to' must be the last stage (only 'save' may follow it)",
                "2:23: error: 'let' only keeps rows, it writes nothing: save them afterwards, as in '$x | save x.csv'",
            ])
        #expect(result.statements.count == 1)
    }

    @Test func toThenSaveAndEachAloneStillParse() {
        #expect(
            dump("instruments | where pct > 0 | to csv | save out.txt")
                == "(pipeline (instruments) (where (> pct 0)) (to csv) (save out.txt))")
        #expect(dump("$x | save out.csv") == "(pipeline $x (save out.csv))")
        #expect(
            dump("let top = instruments | sort pct desc | take 3")
                == "(let top (pipeline (instruments) (sort (desc pct)) (take 3)))")
    }
}
