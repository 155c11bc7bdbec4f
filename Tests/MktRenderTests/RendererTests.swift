import MarketModel
import MktRender
import MktResult
import Testing

@Suite struct RendererTests {
    @Test func singleValuesPrintBare() {
        let table = Fixtures.options(.table)
        #expect(Renderer.render(value: .number(Fixed(15)), options: table) == "15\n")
        #expect(Renderer.render(value: .number(Fixed(units: 45, scale: 3)), options: table) == "0.045\n")
        #expect(Renderer.render(value: .text("Pétrole \"WTI\""), options: table) == "Pétrole \"WTI\"\n")
        #expect(Renderer.render(value: .real(0.1 + 0.2), options: table) == "0.3\n")
        #expect(Renderer.render(value: .null, options: table) == "null\n")
    }

    @Test func aSingleValueFromAPageCannotDriveTheTerminal() {
        // `instruments | min name` on a page whose name holds an escape sequence.
        let value = Value.text("AAA\u{1B}[31mEVIL\u{9B}2J")
        #expect(Renderer.render(value: value, options: Fixtures.options(.table)) == "AAA\u{FFFD}[31mEVIL\u{FFFD}2J\n")
        #expect(Renderer.render(value: value, options: Fixtures.options(.markdown)) == "AAA\u{FFFD}[31mEVIL\u{FFFD}2J\n")
    }

    @Test func singleValuesInJSONAreLiterals() {
        let json = Fixtures.options(.json)
        #expect(Renderer.render(value: .text("say \"hi\"\n"), options: json) == "\"say \\\"hi\\\"\\n\"\n")
        #expect(Renderer.render(value: .number(Fixed(units: -16, scale: 4)), options: json) == "-0.0016\n")
        #expect(Renderer.render(value: .real(.nan), options: json) == "null\n")
        #expect(Renderer.render(value: .null, options: json) == "null\n")
        #expect(Renderer.render(value: .bool(true), options: json) == "true\n")
    }

    @Test func singleValuesInCSVAreFields() {
        let csv = Fixtures.options(.csv)
        #expect(Renderer.render(value: .text("a,b"), options: csv) == "\"a,b\"\n")
        #expect(Renderer.render(value: .number(Fixed(units: 369, scale: 2)), options: csv) == "3.69\n")
    }

    @Test func formatsFromFileExtensions() {
        #expect(OutputFormat(fileExtension: "txt") == .table)
        #expect(OutputFormat(fileExtension: "csv") == .csv)
        #expect(OutputFormat(fileExtension: ".JSON") == .json)
        #expect(OutputFormat(fileExtension: "md") == .markdown)
        #expect(OutputFormat(fileExtension: "markdown") == .markdown)
        #expect(OutputFormat(fileExtension: "xlsx") == nil)
        #expect(OutputFormat(rawValue: "markdown") == .markdown)
    }
}
