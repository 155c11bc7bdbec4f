import MarketModel
import MktResult
import Testing

@testable import MktLanguage

/// `if`, the date functions and the exact text functions, through the evaluator: the
/// values a user sees and the errors as printed.
@Suite struct DateTextFunctionsTests {
    /// `value`, `error` and `isNull` as the evaluator tests define them.
    let evaluator = EvaluatorTests()

    @Test func ifPicksABranch() {
        #expect(evaluator.value("if(true, 1, 2)") == "1")
        #expect(evaluator.value("if(false, 1, 2)") == "2")
        #expect(evaluator.value("if(1 > 2, \"big\", \"small\")") == "small")
        // A null condition picks the else branch, as SQL's CASE does.
        #expect(evaluator.value("if(null, 1, 2)") == "2")
        #expect(evaluator.value("if(null == 1, 1, 2)") == "2")
        // Null in a branch is just a value.
        #expect(evaluator.isNull("if(true, null, 2)"))
        #expect(evaluator.value("if(false, null, 2)") == "2")
        #expect(evaluator.value("IF(2 > 1, 2.50, 0)") == "2.50")
    }

    @Test func ifComputesOnlyTheBranchItPicks() {
        #expect(evaluator.isNull("if(0 == 0, null, 1 / 0)"))
        #expect(evaluator.value("if(2 == 0, null, 1 / 2)") == "0.5")
        #expect(evaluator.value("if(true, 1, year(\"nope\"))") == "1")
        #expect(
            evaluator.error("if(1 == 0, null, 1 / 0)") == """
                -e:2:18: error: division by zero
                if(1 == 0, null, 1 / 0)
                                 ^~~~~
                """)
        // Per row: EUR/USD (pct -0.13) would divide by zero if its else branch ran.
        #expect(evaluator.value("instruments | select if(pct == -0.13, null, 1 / (pct + 0.13)) as x | where x == null | count") == "1")
    }

    @Test func dateParts() {
        #expect(evaluator.value("year(\"2021-04-09\")") == "2021")
        #expect(evaluator.value("month(\"2021-04-09\")") == "4")
        #expect(evaluator.value("day(\"2021-04-09\")") == "9")
        #expect(evaluator.value("weekday(\"2021-04-09\")") == "friday")
        #expect(evaluator.value("year(\"2021-04-09\") + 1") == "2022")
    }

    @Test func weekdaysAcrossALeapDayAndAYearBoundary() {
        #expect(evaluator.value("weekday(\"2020-12-31\")") == "thursday")
        #expect(evaluator.value("weekday(\"2021-01-01\")") == "friday")
        #expect(evaluator.value("weekday(\"2024-02-28\")") == "wednesday")
        #expect(evaluator.value("weekday(\"2024-02-29\")") == "thursday")
        #expect(evaluator.value("weekday(\"2024-03-01\")") == "friday")
        #expect(evaluator.value("weekday(\"2000-02-29\")") == "tuesday")
        #expect(evaluator.value("weekday(\"2021-04-11\")") == "sunday")
        #expect(evaluator.value("weekday(\"2021-04-12\")") == "monday")
        #expect(evaluator.value("weekday(\"0001-01-01\")") == "monday")
        #expect(evaluator.value("weekday(\"9999-12-31\")") == "friday")
        #expect(evaluator.value("day(\"2024-02-29\")") == "29")
        #expect(evaluator.value("month(\"2020-12-31\")") == "12")
        #expect(evaluator.value("year(\"2021-01-01\")") == "2021")
    }

    @Test func invalidDatesAreErrorsNamingTheValue() {
        #expect(
            evaluator.error("year(\"2021-13-01\")") == """
                -e:2:1: error: year needs a date YYYY-MM-DD, got "2021-13-01"
                year("2021-13-01")
                ^~~~~~~~~~~~~~~~~~
                """)
        #expect(
            evaluator.error("weekday(\"2023-02-29\")")?.hasPrefix("-e:2:1: error: weekday needs a date YYYY-MM-DD, got \"2023-02-29\"\n")
                == true)
        #expect(evaluator.error("day(\"2021-4-9\")")?.hasPrefix("-e:2:1: error: day needs a date YYYY-MM-DD, got \"2021-4-9\"\n") == true)
        #expect(
            evaluator.error("month(\"2021-04-09 \")")?.hasPrefix("-e:2:1: error: month needs a date YYYY-MM-DD, got \"2021-04-09 \"\n")
                == true)
        #expect(evaluator.error("year(2021)")?.hasPrefix("-e:2:1: error: year needs a date as text YYYY-MM-DD, got a number\n") == true)
        #expect(evaluator.isNull("year(null)"))
        #expect(evaluator.isNull("weekday(null)"))
    }

    @Test func substringIsSQLsSubstr() {
        #expect(evaluator.value("substring(\"Pétrole WTI\", 2, 3)") == "étr")
        #expect(evaluator.value("substring(\"Pétrole WTI\", 9)") == "WTI")
        #expect(evaluator.value("substring(\"abc\", 1, 1)") == "a")
        // Out of range: the part that exists, possibly empty.
        #expect(evaluator.value("substring(\"abc\", 0, 2)") == "a")
        #expect(evaluator.value("substring(\"abc\", -5, 7)") == "a")
        #expect(evaluator.value("substring(\"abc\", 2, 100)") == "bc")
        #expect(evaluator.value("substring(\"abc\", 4)") == "")
        #expect(evaluator.value("substring(\"abc\", 2, 0)") == "")
        #expect(evaluator.value("substring(\"abc\", 9223372036854775807, 9223372036854775807)") == "")
        // By characters: a decomposed é and a flag are one each.
        #expect(evaluator.value("substring(\"Pe\u{301}trole\", 2, 1)") == "e\u{301}")
        #expect(evaluator.value("substring(\"🇫🇷 CAC\", 2)") == " CAC")
        #expect(evaluator.isNull("substring(null, 1)"))
        #expect(evaluator.isNull("substring(\"abc\", null)"))
        #expect(evaluator.isNull("substring(\"abc\", 1, null)"))
        #expect(
            evaluator.error("substring(\"abc\", 1, -1)")?.hasPrefix("-e:2:1: error: substring needs a length of 0 or more, got -1\n")
                == true)
        #expect(
            evaluator.error("substring(\"abc\", 1.5)")?.hasPrefix("-e:2:1: error: substring needs a whole start position, got 1.5\n")
                == true)
        #expect(evaluator.error("substring(12, 1)")?.hasPrefix("-e:2:1: error: substring needs text, got a number\n") == true)
    }

    @Test func startsEndsAndContainsAreExact() {
        #expect(evaluator.value("starts(\"CAC 40\", \"CAC\")") == "true")
        #expect(evaluator.value("starts(\"CAC 40\", \"cac\")") == "false")
        #expect(evaluator.value("ends(\"CAC 40\", \"40\")") == "true")
        #expect(evaluator.value("ends(\"CAC 40\", \"CAC\")") == "false")
        #expect(evaluator.value("contains(\"Pétrole WTI\", \"trole\")") == "true")
        #expect(evaluator.value("contains(\"Pétrole WTI\", \"petrole\")") == "false")
        #expect(evaluator.value("contains(\"Pétrole WTI\", \"Pétrole\")") == "true")
        #expect(evaluator.value("contains(\"abc\", \"\")") == "true")
        #expect(evaluator.value("starts(\"abc\", \"\")") == "true")
        #expect(evaluator.value("contains(\"\", \"a\")") == "false")
        #expect(evaluator.isNull("contains(null, \"a\")"))
        #expect(evaluator.isNull("starts(\"a\", null)"))
        #expect(evaluator.error("ends(\"CAC 40\", 40)")?.hasPrefix("-e:2:1: error: ends needs text, got a number\n") == true)
        #expect(evaluator.error("contains(true, \"t\")")?.hasPrefix("-e:2:1: error: contains needs text, got a boolean\n") == true)
        #expect(evaluator.value("instruments | where starts(name, \"Euro\") or ends(name, \"USD\") | count") == "3")
        #expect(evaluator.value("instruments | where contains(name, \"USD\") | count") == "2")
    }
}
