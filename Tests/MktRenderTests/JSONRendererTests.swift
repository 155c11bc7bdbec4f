import Foundation
import MarketModel
import MktRender
import MktResult
import Testing

@Suite struct JSONRendererTests {
    @Test func oneObjectPerLineWithNumbersAsWritten() {
        let expected = """
            [
            {"name":"CAC 40","value":6169.41,"change":3.69,"pct":0.06,"note":"a, \\"b\\""},
            {"name":"EUR/USD","value":1.1905,"change":-0.0016,"pct":-0.13,"note":null},
            {"name":"Pétrole WTI","value":59.34,"change":-0.26,"pct":-0.44,"note":"x|y\\nz"},
            {"name":"日経平均","value":29768.06,"change":0,"pct":0.3,"note":"€ 5"}
            ]

            """
        #expect(Renderer.render(Fixtures.ticker, options: Fixtures.options(.json)) == expected)
    }

    @Test func parsesBackWithFoundation() throws {
        let text = Renderer.render(Fixtures.ticker, options: Fixtures.options(.json))
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(rows.count == 4)
        #expect(rows[0]["note"] as? String == "a, \"b\"")
        #expect(rows[1]["note"] is NSNull)
        #expect((rows[1]["change"] as? NSNumber)?.doubleValue == -0.0016)
        #expect(rows[3]["name"] as? String == "日経平均")
    }

    @Test func emptyResultIsAnEmptyArray() {
        let table = ResultTable(columns: [.init("name")], rows: [])
        #expect(Renderer.render(table, options: Fixtures.options(.json)) == "[]\n")
    }

    @Test func nonFiniteRealsAreNullAndDuplicateKeysAreMadeUnique() throws {
        let table = ResultTable(
            columns: [.init("x"), .init("x"), .init("x_2"), .init("ok")],
            rows: [[.real(.nan), .real(.infinity), .real(1e-3), .bool(false)]])
        let text = Renderer.render(table, options: Fixtures.options(.json))
        #expect(text == "[\n{\"x\":null,\"x_3\":null,\"x_2\":0.001,\"ok\":false}\n]\n")
        let rows = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
        #expect(rows?.first?.count == 4)
    }
}
