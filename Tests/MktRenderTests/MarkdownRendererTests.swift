import MarketModel
import MktRender
import MktResult
import Testing

@Suite struct MarkdownRendererTests {
    @Test func rightAlignsNumbersEscapesPipesAndFoldsLines() {
        let expected = """
            | name | value | change | pct | note |
            | --- | ---: | ---: | ---: | --- |
            | CAC 40 | 6169.41 | +3.69 | +0.06 | a, "b" |
            | EUR/USD | 1.1905 | -0.0016 | -0.13 |  |
            | Pétrole WTI | 59.34 | -0.26 | -0.44 | x\\|y z |
            | 日経平均 | 29768.06 | 0 | +0.3 | € 5 |

            """
        #expect(Renderer.render(Fixtures.ticker, options: Fixtures.options(.markdown)) == expected)
    }

    @Test func noColorEvenWhenAsked() {
        let text = Renderer.render(Fixtures.ticker, options: Fixtures.options(.markdown, color: true))
        #expect(!text.contains("\u{1B}"))
    }

    @Test func escapesHeadersAndKeepsEmptyResultsValid() {
        let table = ResultTable(columns: [.init("a|b"), .init("n")], rows: [])
        #expect(Renderer.render(table, options: Fixtures.options(.markdown)) == "| a\\|b | n |\n| --- | --- |\n")
    }
}
