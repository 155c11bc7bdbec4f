import MarketModel
import MktResult
import Testing

@testable import MktLanguage

/// `if`, the date functions and the exact text functions, through the evaluator: the
/// values a user sees and the errors as printed.
@Suite struct DateTextFunctionsTests {
    let evaluator = EvaluatorTests()

    func value(_ text: String) -> String? { evaluator.value(text) }
    func error(_ text: String) -> String? { evaluator.run(text).error }
    func isNull(_ text: String) -> Bool {
        guard case .value(let v, _)? = evaluator.run(text).outputs.last else { return false }
        return v == .null
    }

    @Test func ifPicksABranch() {
        #expect(value("if(true, 1, 2)") == "1")
        #expect(value("if(false, 1, 2)") == "2")
        #expect(value("if(1 > 2, \"big\", \"small\")") == "small")
        // A null condition picks the else branch, as SQL's CASE does.
        #expect(value("if(null, 1, 2)") == "2")
        #expect(value("if(null == 1, 1, 2)") == "2")
        // Null in a branch is just a value.
        #expect(isNull("if(true, null, 2)"))
        #expect(value("if(false, null, 2)") == "2")
        #expect(value("IF(2 > 1, 2.50, 0)") == "2.50")
    }

    @Test func ifComputesOnlyTheBranchItPicks() {
        #expect(isNull("if(0 == 0, null, 1 / 0)"))
        #expect(value("if(2 == 0, null, 1 / 2)") == "0.5")
        #expect(value("if(true, 1, year(\"nope\"))") == "1")
        #expect(
            error("if(1 == 0, null, 1 / 0)") == """
                -e:2:18: error: division by zero
                if(1 == 0, null, 1 / 0)
                                 ^~~~~
                """)
        // Per row: EUR/USD (pct -0.13) would divide by zero if its else branch ran.
        #expect(value("instruments | select if(pct == -0.13, null, 1 / (pct + 0.13)) as x | where x == null | count") == "1")
    }

    @Test func dateParts() {
        #expect(value("year(\"2021-04-09\")") == "2021")
        #expect(value("month(\"2021-04-09\")") == "4")
        #expect(value("day(\"2021-04-09\")") == "9")
        #expect(value("weekday(\"2021-04-09\")") == "friday")
        #expect(value("year(\"2021-04-09\") + 1") == "2022")
    }

    @Test func weekdaysAcrossALeapDayAndAYearBoundary() {
        #expect(value("weekday(\"2020-12-31\")") == "thursday")
        #expect(value("weekday(\"2021-01-01\")") == "friday")
        #expect(value("weekday(\"2024-02-28\")") == "wednesday")
        #expect(value("weekday(\"2024-02-29\")") == "thursday")
        #expect(value("weekday(\"2024-03-01\")") == "friday")
        #expect(value("weekday(\"2000-02-29\")") == "tuesday")
        #expect(value("weekday(\"2021-04-11\")") == "sunday")
        #expect(value("weekday(\"2021-04-12\")") == "monday")
        #expect(value("weekday(\"0001-01-01\")") == "monday")
        #expect(value("weekday(\"9999-12-31\")") == "friday")
        #expect(value("day(\"2024-02-29\")") == "29")
        #expect(value("month(\"2020-12-31\")") == "12")
        #expect(value("year(\"2021-01-01\")") == "2021")
    }

    @Test func invalidDatesAreErrorsNamingTheValue() {
        #expect(
            error("year(\"2021-13-01\")") == """
                -e:2:1: error: year needs a date YYYY-MM-DD, got "2021-13-01"
                year("2021-13-01")
                ^~~~~~~~~~~~~~~~~~
                """)
        #expect(error("weekday(\"2023-02-29\")")?.hasPrefix("-e:2:1: error: weekday needs a date YYYY-MM-DD, got \"2023-02-29\"\n") == true)
        #expect(error("day(\"2021-4-9\")")?.hasPrefix("-e:2:1: error: day needs a date YYYY-MM-DD, got \"2021-4-9\"\n") == true)
        #expect(error("month(\"2021-04-09 \")")?.hasPrefix("-e:2:1: error: month needs a date YYYY-MM-DD, got \"2021-04-09 \"\n") == true)
        #expect(error("year(2021)")?.hasPrefix("-e:2:1: error: year needs a date as text YYYY-MM-DD, got a number\n") == true)
        #expect(isNull("year(null)"))
        #expect(isNull("weekday(null)"))
    }

    @Test func substringIsSQLsSubstr() {
        #expect(value("substring(\"Pétrole WTI\", 2, 3)") == "étr")
        #expect(value("substring(\"Pétrole WTI\", 9)") == "WTI")
        #expect(value("substring(\"abc\", 1, 1)") == "a")
        // Out of range: the part that exists, possibly empty.
        #expect(value("substring(\"abc\", 0, 2)") == "a")
        #expect(value("substring(\"abc\", -5, 7)") == "a")
        #expect(value("substring(\"abc\", 2, 100)") == "bc")
        #expect(value("substring(\"abc\", 4)") == "")
        #expect(value("substring(\"abc\", 2, 0)") == "")
        #expect(value("substring(\"abc\", 9223372036854775807, 9223372036854775807)") == "")
        // By characters: a decomposed é and a flag are one each.
        #expect(value("substring(\"Pe\u{301}trole\", 2, 1)") == "e\u{301}")
        #expect(value("substring(\"🇫🇷 CAC\", 2)") == " CAC")
        #expect(isNull("substring(null, 1)"))
        #expect(isNull("substring(\"abc\", null)"))
        #expect(isNull("substring(\"abc\", 1, null)"))
        #expect(error("substring(\"abc\", 1, -1)")?.hasPrefix("-e:2:1: error: substring needs a length of 0 or more, got -1\n") == true)
        #expect(error("substring(\"abc\", 1.5)")?.hasPrefix("-e:2:1: error: substring needs a whole start position, got 1.5\n") == true)
        #expect(error("substring(12, 1)")?.hasPrefix("-e:2:1: error: substring needs text, got a number\n") == true)
    }

    @Test func startsEndsAndContainsAreExact() {
        #expect(value("starts(\"CAC 40\", \"CAC\")") == "true")
        #expect(value("starts(\"CAC 40\", \"cac\")") == "false")
        #expect(value("ends(\"CAC 40\", \"40\")") == "true")
        #expect(value("ends(\"CAC 40\", \"CAC\")") == "false")
        #expect(value("contains(\"Pétrole WTI\", \"trole\")") == "true")
        #expect(value("contains(\"Pétrole WTI\", \"petrole\")") == "false")
        #expect(value("contains(\"Pétrole WTI\", \"Pétrole\")") == "true")
        #expect(value("contains(\"abc\", \"\")") == "true")
        #expect(value("starts(\"abc\", \"\")") == "true")
        #expect(value("contains(\"\", \"a\")") == "false")
        #expect(isNull("contains(null, \"a\")"))
        #expect(isNull("starts(\"a\", null)"))
        #expect(error("ends(\"CAC 40\", 40)")?.hasPrefix("-e:2:1: error: ends needs text, got a number\n") == true)
        #expect(error("contains(true, \"t\")")?.hasPrefix("-e:2:1: error: contains needs text, got a boolean\n") == true)
        #expect(value("instruments | where starts(name, \"Euro\") or ends(name, \"USD\") | count") == "3")
        #expect(value("instruments | where contains(name, \"USD\") | count") == "2")
    }
}
