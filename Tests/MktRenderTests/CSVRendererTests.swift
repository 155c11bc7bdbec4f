import MarketModel
import MktRender
import MktResult
import Testing

@Suite struct CSVRendererTests {
    @Test func quotesOnlyWhatNeedsQuotingWithExactDigitsAndNoSigns() {
        let expected = """
            name,value,change,pct,note
            CAC 40,6169.41,3.69,0.06,"a, ""b\"""
            EUR/USD,1.1905,-0.0016,-0.13,
            Pétrole WTI,59.34,-0.26,-0.44,"x|y
            z"
            日経平均,29768.06,0,0.3,€ 5

            """
        #expect(Renderer.render(Fixtures.ticker, options: Fixtures.options(.csv)) == expected)
    }

    @Test func colorAndWidthDoNotApply() {
        let plain = Renderer.render(Fixtures.ticker, options: Fixtures.options(.csv))
        #expect(Renderer.render(Fixtures.ticker, options: Fixtures.options(.csv, color: true, maxWidth: 10)) == plain)
    }

    @Test func quotesHeadersBooleansAndCarriageReturns() {
        let table = ResultTable(
            columns: [.init("a,b"), .init("ok"), .init("say \"hi\"")],
            rows: [[.text("line\r\nbreak"), .bool(true), .null], [.text(""), .bool(false), .real(-2.5)]])
        let expected = "\"a,b\",ok,\"say \"\"hi\"\"\"\n\"line\r\nbreak\",true,\n,false,-2.5\n"
        #expect(Renderer.render(table, options: Fixtures.options(.csv)) == expected)
    }

    @Test func emptyResultIsTheHeaderRow() {
        let table = ResultTable(columns: [.init("name"), .init("value")], rows: [])
        #expect(Renderer.render(table, options: Fixtures.options(.csv)) == "name,value\n")
    }
}
