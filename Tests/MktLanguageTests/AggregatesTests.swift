import MarketModel
import MktResult
import Testing

@testable import MktLanguage

/// Numbers as the language writes them.
private func nums(_ literals: String...) -> [Value] {
    literals.map { literal in
        literal == "null" ? .null : Fixed(literal: Substring(literal)).map(Value.number) ?? .text(literal)
    }
}

/// What the user sees: the printed value, or `null`.
private func shown(_ v: Value) -> String {
    v == .null ? "null" : v.plainText
}

@Suite struct AggregatesTests {
    @Test func meanIsExactNotBinaryFloat() throws {
        #expect(shown(try Aggregates.avg(nums("0.06", "0.03"))) == "0.045")
        #expect(shown(try Aggregates.avg(nums("1", "2"))) == "1.5")
        #expect(shown(try Aggregates.avg(nums("0.1", "0.2"))) == "0.15")
        // At least the decimals the values are written with, as median.
        #expect(shown(try Aggregates.avg(nums("1.00", "2.00"))) == "1.50")
        #expect(shown(try Aggregates.avg(nums("6169.41", "6169.41"))) == "6169.41")
        #expect(shown(try Aggregates.avg(nums("1.0", "2.00", "3"))) == "2.00")
        #expect(shown(try Aggregates.avg(nums("1", "2", "2"))) == "1.666666666667")
    }

    @Test func sumIsExactAndKeepsTheWrittenDecimals() throws {
        #expect(shown(try Aggregates.sum(nums("0.1", "0.2"))) == "0.3")
        #expect(shown(try Aggregates.sum(nums("1.10", "2.20"))) == "3.30")
        #expect(shown(try Aggregates.sum(nums("1.1905", "-0.0016", "3"))) == "4.1889")
    }

    @Test func aSumWhoseWholePartPassesEighteenDigitsIsAnError() throws {
        let big = Value.number(Fixed(units: .max, scale: 0))
        #expect(throws: Aggregates.Failure("sum: the whole part of the exact sum has more than 18 digits")) {
            try Aggregates.sum([big, .number(Fixed(1))])
        }
        // Past even the width the total is kept at while summing.
        let tiny = Value.number(Fixed(units: 1, scale: 18))
        #expect(throws: Aggregates.Failure("sum: the whole part of the exact sum has more than 18 digits")) {
            try Aggregates.sum([tiny] + Array(repeating: big, count: 20))
        }
        // The mean of a total too large for a number is still exact.
        #expect(shown(try Aggregates.avg([big, big])) == "9223372036854775807")
        // Already inexact values are summed in floating point.
        #expect(shown(try Aggregates.sum([.real(0.5), .number(Fixed(1))])) == "1.5")
    }

    @Test func aSumPastEighteenDigitsOnlyInItsDecimalsRoundsThemLikeAProduct() throws {
        #expect(shown(try Aggregates.sum(nums("0.123456789012345678", "10"))) == "10.12345678901234568")
        // Half away from zero, once: …675 is …68, not …67 or …7.
        #expect(shown(try Aggregates.sum(nums("-0.123456789012345675", "-10"))) == "-10.12345678901234568")
        #expect(shown(try Aggregates.sum(nums("0.000000000000000001", "9.2", "9.2"))) == "18.4")
        #expect(shown(try Aggregates.sum(nums("8.999999999999999999", "8.999999999999999999"))) == "18")
        // A total that fits keeps the decimals as written.
        #expect(shown(try Aggregates.sum(nums("0.123456789012345678", "1"))) == "1.123456789012345678")
        // The mean divides the exact total, rounding only its own last decimal.
        #expect(shown(try Aggregates.avg(nums("0.123456789012345678", "10"))) == "5.061728394506172839")
    }

    @Test func nullsAreSkippedButCountedAsRows() throws {
        let values = nums("1", "null", "2")
        #expect(shown(Aggregates.count(values)) == "3")
        #expect(shown(Aggregates.countNonNull(values)) == "2")
        #expect(shown(try Aggregates.sum(values)) == "3")
        #expect(shown(try Aggregates.avg(values)) == "1.5")
        #expect(shown(try Aggregates.median(values)) == "1.5")
        #expect(shown(Aggregates.min(values)) == "1")
        #expect(shown(Aggregates.max(values)) == "2")
    }

    @Test(arguments: [[], [Value.null, .null]])
    func noNumbersGiveNullExceptCounts(values: [Value]) throws {
        #expect(shown(Aggregates.countNonNull(values)) == "0")
        for kind in AggregateFunction.allCases where kind != .count {
            #expect(try Aggregates.apply(kind, to: values) == .null, "\(kind)")
        }
        #expect(shown(try Aggregates.apply(.count, to: values)) == String(values.count))
    }

    @Test func medianIsAValueAsWrittenOrTheMeanOfTheMiddleTwo() throws {
        #expect(shown(try Aggregates.median(nums("3", "1", "2"))) == "2")
        #expect(shown(try Aggregates.median(nums("9", "2.50", "1.5"))) == "2.50")
        #expect(shown(try Aggregates.median(nums("4", "1", "3", "2"))) == "2.5")
        #expect(shown(try Aggregates.median(nums("0.06", "0.03"))) == "0.045")
        #expect(shown(try Aggregates.median([.real(1), .number(Fixed(2))])) == "1.5")
    }

    @Test func medianOfTwoMiddlesKeepsTheirWrittenDecimals() throws {
        // Two equal middles: that value, as written.
        #expect(shown(try Aggregates.median(nums("-0.10", "-0.10", "3.00", "-1.00"))) == "-0.10")
        #expect(shown(try Aggregates.median(nums("2.5", "2.50"))) == "2.50")
        // The mean of two middles keeps at least their decimals, more when exact needs them.
        #expect(shown(try Aggregates.median(nums("-0.10", "-0.20"))) == "-0.15")
        #expect(shown(try Aggregates.median(nums("0.10", "0.20"))) == "0.15")
        #expect(shown(try Aggregates.median(nums("1.00", "2.00"))) == "1.50")
        // Long numbers: the middles are added exactly, then halved once.
        #expect(shown(try Aggregates.median(nums("9.000000000000000001", "9.000000000000000001"))) == "9.000000000000000001")
        #expect(shown(try Aggregates.median(nums("8.999999999999999999", "8.999999999999999999"))) == "8.999999999999999999")
        #expect(shown(try Aggregates.median(nums("5000000000000000001", "5000000000000000001"))) == "5000000000000000001")
        #expect(shown(try Aggregates.median(nums("1", "2.0"))) == "1.5")
        #expect(shown(try Aggregates.median(nums("0.11", "0.12"))) == "0.115")
        #expect(shown(try Aggregates.median(nums("2", "4"))) == "3")
        // An odd count: the middle value as written.
        #expect(shown(try Aggregates.median(nums("-0.10", "0.50", "-0.30"))) == "-0.10")
    }

    @Test func minAndMaxKeepTheValueAsWrittenAndOrderText() {
        #expect(shown(Aggregates.max(nums("1.10", "3.0", "-2"))) == "3.0")
        #expect(shown(Aggregates.min(nums("1.10", "3.0", "-2"))) == "-2")
        // Text in sort order, accents ignored: Pétrole sorts among the P's, after DAX.
        let names: [Value] = [.text("Pétrole WTI"), .text("dax"), .text("CAC 40"), .null]
        #expect(Aggregates.min(names) == .text("CAC 40"))
        #expect(Aggregates.max(names) == .text("Pétrole WTI"))
    }

    @Test func stddevIsTheSampleStandardDeviation() throws {
        // Σ(x − 5)² = 32 over n − 1 = 7: √(32/7) = 2.138089935299…, shown to 12 significant digits.
        let data = nums("2", "4", "4", "4", "5", "5", "7", "9")
        #expect(shown(try Aggregates.stddev(data)) == "2.1380899353")
        // The same through the floating path (Welford).
        #expect(shown(try Aggregates.stddev(data.map { .real(ValueOps.double($0)) })) == "2.1380899353")
        #expect(shown(try Aggregates.stddev(nums("1.5", "1.5", "1.5"))) == "0")
        #expect(try Aggregates.stddev(nums("42")) == .null)
        #expect(try Aggregates.stddev(nums("42", "null")) == .null)
    }

    @Test func stddevIsStableFarFromZero() throws {
        // Deviations −6, −3, 3, 6: √(90/3) = √30, which the naive Σx² formula loses here.
        let data = nums("100000000004", "100000000007", "100000000013", "100000000016")
        #expect(shown(try Aggregates.stddev(data)) == "5.47722557505")
        // Tiny values keep the 18 decimals a Fixed can hold, so fewer significant digits.
        let tiny = nums("0.000000000004", "0.000000000007", "0.000000000013", "0.000000000016")
        #expect(shown(try Aggregates.stddev(tiny)) == "0.000000000005477226")
    }

    @Test func typeErrorsNameTheColumn() {
        #expect(throws: Aggregates.Failure("sum needs numbers, but 'name' holds text")) {
            try Aggregates.sum([.number(Fixed(1)), .text("CAC 40")], column: "name")
        }
        #expect(throws: Aggregates.Failure("avg needs numbers, but got a boolean")) {
            try Aggregates.avg([.bool(true)])
        }
        #expect(throws: Aggregates.Failure("stddev needs numbers, but 'kind' holds text")) {
            try Aggregates.apply(.stddev, to: [.text("index")], column: "kind")
        }
    }

    @Test func seedColumns() throws {
        let s = try #require(TextFixtures.seed)
        let pct = s.instruments.map { Value.number($0.pct) }
        #expect(shown(Aggregates.count(pct)) == "15")
        #expect(shown(try Aggregates.sum(pct)) == "-1.84")
        #expect(shown(try Aggregates.avg(pct)) == "-0.122666666666667")
        #expect(shown(try Aggregates.median(pct)) == "0.03")
        #expect(shown(try Aggregates.stddev(pct)) == "0.795482483121")
        let change = s.instruments.map { Value.number($0.change) }
        #expect(shown(try Aggregates.sum(change)) == "-956.2744")
        #expect(shown(Aggregates.min(change)) == "-1109.31")
    }

    @Test func columnNames() {
        #expect(Aggregates.columnName(.count, expression: nil) == "count")
        #expect(Aggregates.columnName(.avg, expression: "pct") == "avg_pct")
        #expect(Aggregates.columnName(.sum, expression: "change") == "sum_change")
        #expect(Aggregates.columnName(.avg, expression: "abs(change)") == "avg_abs_change")
        #expect(Aggregates.columnName(.max, expression: "change / prev * 100") == "max_change_prev_100")
        #expect(Aggregates.columnName(.min, expression: "len(\"Éte\")") == "min_len_ete")
        #expect(Aggregates.columnName(.avg, expression: "-(+)") == "avg")
        #expect(Aggregates.columnName(.sum, expression: nil) == "sum")
        let long = "value * value * value * value * value * value"
        #expect(Aggregates.columnName(.sum, expression: long) == "sum")
    }
}
