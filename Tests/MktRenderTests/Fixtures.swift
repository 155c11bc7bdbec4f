import MarketModel
import MktRender
import MktResult

/// Hand-built results shared by the renderer tests: a slice of the seed's ticker with an
/// accented name, a CJK name, a fall, a rise, a zero and a note column that needs escaping.
enum Fixtures {
    static func number(_ literal: Substring) -> Value {
        Fixed(literal: literal).map(Value.number) ?? .text("bad literal \(literal)")
    }

    static let ticker = ResultTable(
        columns: [
            .init("name"), .init("value"), .init("change", signed: true),
            .init("pct", signed: true), .init("note"),
        ],
        rows: [
            [.text("CAC 40"), number("6169.41"), number("3.69"), number("0.06"), .text("a, \"b\"")],
            [.text("EUR/USD"), number("1.1905"), number("-0.0016"), number("-0.13"), .null],
            [.text("Pétrole WTI"), number("59.34"), number("-0.26"), number("-0.44"), .text("x|y\nz")],
            [.text("日経平均"), number("29768.06"), number("0"), .real(0.1 + 0.2), .text("€ 5")],
        ])

    static func options(_ format: OutputFormat, color: Bool = false, maxWidth: Int? = nil) -> RenderOptions {
        RenderOptions(format: format, color: color, maxWidth: maxWidth)
    }
}

/// A table's format and spec, as the renderer tests name them.
struct RenderOptions {
    var format: OutputFormat
    var color = false
    var maxWidth: Int?
}

extension Renderer {
    /// `table` in `options.format`, through the one entry point, as one string.
    static func render(_ table: ResultTable, options: RenderOptions) -> String {
        text(.table(table, format: options.format), spec: RenderSpec(width: options.maxWidth, color: options.color))
    }
}

extension Renderer {
    /// A single value in `options.format`, through the one entry point.
    static func render(value: Value, options: RenderOptions) -> String {
        text(.value(value, format: options.format), spec: RenderSpec(width: options.maxWidth, color: options.color))
    }
}
