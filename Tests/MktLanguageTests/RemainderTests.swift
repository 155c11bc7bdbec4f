import Testing

@testable import MktLanguage

/// The `%` operator through the evaluator: exact on decimals, the sign of the dividend.
@Suite struct RemainderTests {
    let evaluator = EvaluatorTests()

    func value(_ text: String) -> String? { evaluator.value(text) }
    func error(_ text: String) -> String? { evaluator.run(text).error }
    func isNull(_ text: String) -> Bool {
        guard case .value(let v, _)? = evaluator.run(text).outputs.last else { return false }
        return v == .null
    }

    @Test func remainderIsExact() {
        #expect(value("7 % 3") == "1")
        #expect(value("7.5 % 2") == "1.5")
        #expect(value("7.50 % 2") == "1.50")
        #expect(value("-7 % 3") == "-1")
        #expect(value("7 % -3") == "1")
        #expect(value("6169.41 % 1") == "0.41")
        #expect(value("0.3 % 0.1") == "0.0")
        #expect(value("1 + 7 % 4 * 2") == "7")
        #expect(value("9223372036854775807 % 0.4") == "0.2")
        #expect(value("9223372036854775807 % 0.7") == "0.0")
        #expect(isNull("null % 2"))
        #expect(
            error("5 % 0") == """
                -e:2:1: error: division by zero
                5 % 0
                ^~~~~
                """)
        #expect(error("\"a\" % 2")?.hasPrefix("-e:2:1: error: cannot apply '%' to text and a number\n") == true)
    }
}
