import Testing

@testable import MktLanguage

/// The `%` operator through the evaluator: exact on decimals, the sign of the dividend.
@Suite struct RemainderTests {
    /// `value`, `error` and `isNull` as the evaluator tests define them.
    let evaluator = EvaluatorTests()

    @Test func remainderIsExact() {
        #expect(evaluator.value("7 % 3") == "1")
        #expect(evaluator.value("7.5 % 2") == "1.5")
        #expect(evaluator.value("7.50 % 2") == "1.50")
        #expect(evaluator.value("-7 % 3") == "-1")
        #expect(evaluator.value("7 % -3") == "1")
        #expect(evaluator.value("6169.41 % 1") == "0.41")
        #expect(evaluator.value("0.3 % 0.1") == "0.0")
        #expect(evaluator.value("1 + 7 % 4 * 2") == "7")
        #expect(evaluator.value("9223372036854775807 % 0.4") == "0.2")
        #expect(evaluator.value("9223372036854775807 % 0.7") == "0.0")
        #expect(evaluator.isNull("null % 2"))
        #expect(
            evaluator.error("5 % 0") == """
                -e:2:1: error: division by zero
                5 % 0
                ^~~~~
                """)
        #expect(evaluator.error("\"a\" % 2")?.hasPrefix("-e:2:1: error: cannot apply '%' to text and a number\n") == true)
    }
}
