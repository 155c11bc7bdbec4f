import MktResult
import Testing

@testable import MktLanguage

/// Comparing values of different kinds is a type error, the same for `==`/`!=` as for `<`:
/// `pct == "0.06"` used to keep no row without a word. Null goes with anything.
@Suite struct ComparisonTypeTests {
    let evaluator = EvaluatorTests()

    @Test func equalityBetweenANumberAndTextIsATypeError() {
        #expect(
            evaluator.run("instruments | where pct == \"0.06\"").error == """
                -e:2:21: error: cannot compare a number with text — "0.06" is text: write 0.06 without quotes
                instruments | where pct == "0.06"
                                    ^~~~~~~~~~~~~
                """)
        #expect(
            evaluator.run("instruments | where \"-1.07\" != pct").error == """
                -e:2:21: error: cannot compare text with a number — "-1.07" is text: write -1.07 without quotes
                instruments | where "-1.07" != pct
                                    ^~~~~~~~~~~~~~
                """)
        #expect(
            evaluator.run("instruments | where name == 3").error == """
                -e:2:21: error: cannot compare text with a number
                instruments | where name == 3
                                    ^~~~~~~~~
                """)
    }

    @Test func orderingGivesTheSameHint() {
        #expect(
            evaluator.run("instruments | where pct < \"0.5\"").error == """
                -e:2:21: error: cannot compare a number with text — "0.5" is text: write 0.5 without quotes
                instruments | where pct < "0.5"
                                    ^~~~~~~~~~~
                """)
    }

    @Test func booleansCompareOnlyWithBooleans() {
        #expect(
            evaluator.run("instruments | where consistent == \"true\"").error == """
                -e:2:21: error: cannot compare a boolean with text — "true" is text: write true without quotes
                instruments | where consistent == "true"
                                    ^~~~~~~~~~~~~~~~~~~~
                """)
        #expect(
            evaluator.run("instruments | where consistent != 1").error?
                .hasPrefix("-e:2:21: error: cannot compare a boolean with a number\n") == true)
        #expect(evaluator.run("true < \"a\"").error?.hasPrefix("-e:2:1: error: cannot compare a boolean with text\n") == true)
        #expect(evaluator.value("instruments | where consistent == true | count") == "15")
    }

    @Test func nullComparesWithAnything() {
        #expect(evaluator.value("instruments | where prev == null | count") == "0")
        #expect(evaluator.value("instruments | where name != null | count") == "15")
        #expect(evaluator.value("null == 1") == "false")
        #expect(evaluator.value("null == null") == "true")
    }

    @Test func sameKindsStillCompare() {
        #expect(evaluator.value("2.50 == 2.5") == "true")
        #expect(evaluator.value("\"CAC\" != \"cac\"") == "true")
        #expect(evaluator.value("instruments | where pct == 0.06 | count") == "1")
    }

    @Test func matchingIsForText() {
        #expect(
            evaluator.run("instruments | where pct ~ \"0.0\"").error == """
                -e:2:21: error: '~' matches text, but 'pct' is a number: compare numbers with '==', '<' or '>'
                instruments | where pct ~ "0.0"
                                    ^~~~~~~~~~~
                """)
        #expect(
            evaluator.run("instruments | where name ~ 40").error == """
                -e:2:21: error: '~' matches text, but 40 is a number — write "40" in quotes to match those characters
                instruments | where name ~ 40
                                    ^~~~~~~~~
                """)
        #expect(
            evaluator.run("instruments | where consistent ~ \"t\"").error?
                .hasPrefix("-e:2:21: error: '~' matches text, but 'consistent' is a boolean") == true)
        #expect(
            evaluator.run("instruments | where name ~ (pct * 2)").error?
                .hasPrefix("-e:2:21: error: '~' matches text, but the right side is a number") == true)
        #expect(evaluator.value("instruments | where name ~ \"40\" | count") == "1")
        // Null matches nothing and is matched by nothing, as with `<`: the result is null.
        #expect(evaluator.run("\"abc\" ~ null").outputs.last == .value(.null, format: .table))
    }

    @Test func lenNeedsText() {
        #expect(
            evaluator.run("len(3)").error == """
                -e:2:1: error: len needs text, got a number
                len(3)
                ^~~~~~
                """)
        #expect(evaluator.value("len(\"Pétrole\")") == "7")
        #expect(evaluator.run("len(null)").outputs.last == .value(.null, format: .table))
    }
}
