import MktResult
import Testing

@testable import MktLanguage

@Suite struct ParserExpressionTests {
    func expr(_ text: String) -> String { dump(text) }

    @Test func primaries() {
        #expect(expr("6169.41") == "(expr 6169.41)")
        #expect(expr("-0.0016") == "(expr -0.0016)")
        #expect(expr("true; false; null") == "(expr true)\n(expr false)\n(expr null)")
        #expect(expr("$x") == "(pipeline $x)")
        #expect(expr("$x * 2") == "(expr (* $x 2))")
        #expect(expr("len(\"abc\")") == #"(expr (call len "abc"))"#)
        #expect(expr("round(pct)") == "(expr (call round pct))")
        // The number of arguments is known when parsing: a wrong one runs nothing.
        #expect(
            expr("upper()") == """
                -e:1:1: error: upper takes 1 argument, got 0: upper(s)
                upper()
                ^~~~~~~
                """)
    }

    @Test func precedenceLowToHigh() {
        #expect(expr("1 + 2 * 3") == "(expr (+ 1 (* 2 3)))")
        #expect(expr("(1 + 2) * 3") == "(expr (* (+ 1 2) 3))")
        #expect(expr("1 - 2 - 3") == "(expr (- (- 1 2) 3))")
        #expect(expr("8 / 4 / 2") == "(expr (/ (/ 8 4) 2))")
        // `%` binds as `*` and `/` do, left to right.
        #expect(expr("1 + 7 % 4 * 2") == "(expr (+ 1 (* (% 7 4) 2)))")
        #expect(expr("8 / 4 % 3") == "(expr (% (/ 8 4) 3))")
        #expect(expr("if(x == 0, null, 1 / x)") == "(expr (call if (== x 0) null (/ 1 x)))")
        #expect(expr("1 + 2 > 3 - 1") == "(expr (> (+ 1 2) (- 3 1)))")
        #expect(expr("true or false and null") == "(expr (or true (and false null)))")
        #expect(expr("not 1 == 2 and true") == "(expr (and (not (== 1 2)) true))")
        #expect(expr("not not true") == "(expr (not (not true)))")
        #expect(expr("- -1") == "(expr (neg -1))")
        #expect(expr("-abs(2) * 3") == "(expr (* (neg (call abs 2)) 3))")
        #expect(expr("upper(\"a\") ~ \"A\" or 1 != 2") == #"(expr (or (~ (call upper "a") "A") (!= 1 2)))"#)
        #expect(expr("1 <= 2 and 2 >= 1 and 1 < 2") == "(expr (and (and (<= 1 2) (>= 2 1)) (< 1 2)))")
    }

    @Test func nestedCallsAndParens() {
        #expect(expr("round(abs(-2.345) * (1 + 1), 2)") == "(expr (call round (* (call abs -2.345) (+ 1 1)) 2))")
        #expect(expr("(\n1 +\n2\n)") == "(expr (+ 1 2))")
    }

    @Test func rangesCoverParenthesesAndOperands() throws {
        let result = parse("(1 + 2) * -x")
        let statement = try #require(result.statements.first)
        guard case .expression(.binary(.multiply, let left, let right, let range)) = statement else {
            Issue.record("unexpected tree \(ASTDump.dump(result.statements))")
            return
        }
        #expect(range.description == "1:1-1:13")
        #expect(left.range.description == "1:1-1:8")
        #expect(right.range.description == "1:11-1:13")
    }

    @Test func expressionErrors() {
        #expect(
            errors("1 < 2 < 3") == """
                -e:1:7: error: comparisons cannot be chained: use 'and', as in 'a < b and b < c'
                1 < 2 < 3
                      ^
                """)
        #expect(
            errors("lenn(\"a\")") == """
                -e:1:1: error: unknown function 'lenn' — did you mean 'len'?
                lenn("a")
                ^~~~
                """)
        #expect(
            errors("round(1, 2") == """
                -e:1:11: error: expected ')' to close '(' at 1:6
                round(1, 2
                          ^
                """)
        #expect(
            errors("instruments | where (pct > 0 x") == """
                -e:1:30: error: expected ')' to close '(' at 1:21
                instruments | where (pct > 0 x
                                             ^
                """)
        #expect(
            errors("instruments | where and") == """
                -e:1:21: error: expected an expression after 'where', found 'and'
                instruments | where and
                                    ^~~
                """)
        #expect(
            errors("1 +)") == """
                -e:1:4: error: expected an expression after '+'
                1 +)
                   ^
                """)
    }

    @Test func nestingLimitIsAnErrorNotACrash() {
        let deep = String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
        let result = parse(deep)
        #expect(result.diagnostics.count == 1)
        #expect(
            result.diagnostics.first?.message
                == "expression is nested too deeply or too long (the limit is 200 levels)")
        #expect(!result.isIncomplete)
        let long = Array(repeating: "1", count: 6000).joined(separator: " + ")
        #expect(parse(long).diagnostics.count == 1)
        // A flat chain of a few hundred terms is fine: 25 operators count as one level.
        let flat = Array(repeating: "pct > 0", count: 500).joined(separator: " or ")
        #expect(parse("instruments | where " + flat).diagnostics.isEmpty)
        let negations = String(repeating: "not ", count: 5000) + "true"
        #expect(parse(negations).diagnostics.count == 1)
        // Just under the limit still parses.
        let fine = String(repeating: "(", count: 150) + "1" + String(repeating: ")", count: 150)
        #expect(dump(fine) == "(expr 1)")
    }
}
