import MarketModel
import MktRender
import MktResult
import Testing

/// Table views as the aligned table draws them, byte for byte: a sparkline footer, sections
/// with breadth lines, bars; Unicode and ASCII, coloured and not, narrow. Other formats print
/// the rows alone.
@Suite struct DecorationRendererTests {
    static func n(_ literal: Substring) -> Value { Fixtures.number(literal) }
    static let esc = "\u{1B}["

    static let history = ResultTable(
        columns: [.init("date"), .init("value"), .init("change", signed: true)],
        rows: [
            [.text("2021-04-08"), n("6165.72"), n("14.53")],
            [.text("2021-04-09"), n("6169.41"), n("3.69")],
            [.text("2021-04-12"), n("6151.38"), n("-18.03")],
        ],
        decoration: .sparkline(valueColumn: "value", labelColumn: "date"))

    static func text(_ table: ResultTable, _ format: OutputFormat = .table, spec: RenderSpec = RenderSpec()) -> String {
        Renderer.text(.table(table, format: format), spec: spec)
    }

    @Test func aSparklineFollowsTheGridWithTheChangeFromFirstToLast() {
        let grid = """
            date          value  change
            ──────────  ───────  ──────
            2021-04-08  6165.72  +14.53
            2021-04-09  6169.41   +3.69
            2021-04-12  6151.38  -18.03

            """
        // 6165.72 is 14.34 of the 18.03 from min to max: level 5.57 of 7, rounded to 6 (▇).
        // Not a terminal: the footer wraps at 72 columns.
        let footer = "  first 6165.72  last 6151.38  min 6151.38  max 6169.41\nchange -14.34 (-0.23%)\n"
        #expect(Self.text(Self.history) == grid + "▇█▁" + footer)
        // Not UTF-8: the rule is `-` too.
        let asciiGrid = grid.replacingOccurrences(of: "─", with: "-")
        #expect(Self.text(Self.history, spec: RenderSpec(unicode: false)) == asciiGrid + "#@_" + footer)
        #expect(Self.text(Self.history, spec: RenderSpec(width: 200)).hasSuffix("max 6169.41  change -14.34 (-0.23%)\n"))
    }

    @Test func aColouredFooterDimsItsLabelsAndColoursTheChange() {
        let e = Self.esc
        let footer = Self.text(Self.history, spec: RenderSpec(color: true)).split(separator: "\n").suffix(2)
        #expect(
            Array(footer) == [
                "▇█▁  \(e)2mfirst\(e)0m 6165.72  \(e)2mlast\(e)0m 6151.38  \(e)2mmin\(e)0m 6151.38  "
                    + "\(e)2mmax\(e)0m 6169.41",
                "\(e)2mchange\(e)0m \(e)31m-14.34 (-0.23%)\(e)0m",
            ])
    }

    @Test func aNarrowFooterWrapsBetweenItemsAndLongSparklinesAreSampled() {
        let lines = Self.text(Self.history, spec: RenderSpec(width: 30)).split(separator: "\n").suffix(4)
        #expect(Array(lines) == ["▇█▁  first 6165.72", "last 6151.38  min 6151.38", "max 6169.41", "change -14.34 (-0.23%)"])
        let many = ResultTable(
            columns: [.init("value")], rows: (1...10).map { [Value.number(Fixed($0))] },
            decoration: .sparkline(valueColumn: "value", labelColumn: "date"))
        let footer = Self.text(many, spec: RenderSpec(width: 5)).split(separator: "\n")[12]
        // Ten values in five columns: the last of each pair (2, 4, 6, 8, 10).
        #expect(footer == "▂▃▅▆█")
    }

    @Test func equalValuesSitInTheMiddleAndNoNumberMeansNoFooter() {
        let flat = ResultTable(
            columns: [.init("value")], rows: [[Self.n("1.50")], [Self.n("1.5")]],
            decoration: .sparkline(valueColumn: "value", labelColumn: "date"))
        #expect(Self.text(flat).hasSuffix("▄▄  first 1.50  last 1.5  min 1.50  max 1.50  change 0.00 (0.00%)\n"))
        let none = ResultTable(columns: [.init("value")], rows: [[.null]], decoration: flat.decoration)
        #expect(Self.text(none) == "value\n─────\n\n")
    }

    @Test func otherFormatsPrintTheRowsAlone() {
        let plain = ResultTable(columns: Self.history.columns, rows: Self.history.rows)
        for format in [OutputFormat.csv, .json, .markdown] {
            #expect(Self.text(Self.history, format) == Self.text(plain, format), "\(format)")
        }
        #expect(
            Self.text(Self.history, .csv)
                == "date,value,change\n2021-04-08,6165.72,14.53\n2021-04-09,6169.41,3.69\n2021-04-12,6151.38,-18.03\n")
    }

    static let board = ResultTable(
        columns: [.init("region"), .init("kind"), .init("name"), .init("pct", signed: true)],
        rows: [
            [.text("europe"), .text("index"), .text("CAC 40"), n("0.06")],
            [.text("global"), .text("fx"), .text("EUR/USD"), n("-0.13")],
            [.text("europe"), .text("index"), .text("DAX"), n("0.00")],
            [.text("global"), .text("fx"), .text("GBP/USD"), n("-0.20")],
            [.text("europe"), .text("index"), .text("FTSE 100"), n("-0.01")],
        ],
        decoration: .sections(keys: ["region", "kind"], breadthOf: "pct"))

    @Test func sectionsGroupRowsUnderTheirKeysWithABreadthLine() {
        #expect(
            Self.text(Self.board) == """
                name        pct
                ────────  ─────
                europe · index
                CAC 40    +0.06
                DAX        0.00
                FTSE 100  -0.01
                  rising 1  falling 1  flat 1  avg pct +0.02

                global · fx
                EUR/USD   -0.13
                GBP/USD   -0.20
                  rising 0  falling 2  flat 0  avg pct -0.17

                """)
        let ascii = Self.text(Self.board, spec: RenderSpec(unicode: false))
        #expect(ascii.contains("\neurope / index\n") && ascii.contains("\nglobal / fx\n"))
    }

    @Test func colouredSectionsHaveBoldHeadingsAndSignedCounts() {
        let e = Self.esc
        let lines = Self.text(Self.board, spec: RenderSpec(color: true)).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[2] == "\(e)1meurope · index\(e)0m")
        #expect(lines[3] == "CAC 40    \(e)32m+0.06\(e)0m")
        #expect(
            lines[6]
                == "  \(e)2mrising\(e)0m \(e)32m1\(e)0m  \(e)2mfalling\(e)0m \(e)31m1\(e)0m  \(e)2mflat\(e)0m 1  "
                + "\(e)2mavg pct\(e)0m \(e)32m+0.02\(e)0m")
    }

    @Test func narrowSectionsWrapTheBreadthLine() {
        let text = Self.text(Self.board, spec: RenderSpec(width: 24))
        #expect(text.contains("\n  rising 1  falling 1\n  flat 1  avg pct +0.02\n\n"))
        #expect(text.hasSuffix("\n  rising 0  falling 2\n  flat 0  avg pct -0.17\n"))
    }

    static let moves = ResultTable(
        columns: [.init("name"), .init("pct", signed: true)],
        rows: [
            [.text("Dow Jones"), n("0.89")],
            [.text("BTC-EUR"), n("-2.17")],
            [.text("HANG SENG"), n("-1.07")],
            [.text("Gold"), .null],
        ],
        decoration: .chart(valueColumn: "pct", labelColumn: "name"))

    @Test func barsRunBothWaysFromAnAxisOnOneScale() {
        // 40 columns: name 9, value 5, two gaps and the axis leave 21 cells for 3.06 (0.89
        // up, 2.17 down): 15 cells left of the axis, 6 right. Dow Jones 6.1 cells, HANG SENG
        // 7.34 (7 and a half), BTC-EUR the whole 15.
        #expect(
            Self.text(Self.moves, spec: RenderSpec(width: 40)) == """
                name         pct
                ─────────  ─────
                Dow Jones  +0.89                 │██████
                BTC-EUR    -2.17  ███████████████│
                HANG SENG  -1.07         ▐███████│
                Gold                             │
                1 row has no number to draw

                """)
    }

    @Test func asciiBarsAreHashesWithAPipeAxis() {
        #expect(
            Self.text(Self.moves, spec: RenderSpec(width: 40, unicode: false)) == """
                name         pct
                ---------  -----
                Dow Jones  +0.89                 |######
                BTC-EUR    -2.17  ###############|
                HANG SENG  -1.07          #######|
                Gold                             |
                1 row has no number to draw

                """)
    }

    @Test func colouredBarsAreGreenAndRed() {
        let e = Self.esc
        let lines = Self.text(Self.moves, spec: RenderSpec(width: 40, color: true)).split(separator: "\n")
        #expect(lines[2] == "Dow Jones  \(e)32m+0.89\(e)0m                 \(e)2m│\(e)0m\(e)32m██████\(e)0m")
        #expect(lines[4] == "HANG SENG  \(e)31m-1.07\(e)0m         \(e)31m▐███████\(e)0m\(e)2m│\(e)0m")
        #expect(lines[5] == "Gold                             \(e)2m│\(e)0m")
        #expect(lines[6] == "\(e)2m1 row has no number to draw\(e)0m")
    }

    @Test func aNarrowChartKeepsItsBarsAndCutsLabels() {
        let text = Self.text(Self.moves, spec: RenderSpec(width: 20, unicode: false))
        #expect(
            text == """
                name      pct
                ------  -----
                Dow J…  +0.89     |#
                BTC-E…  -2.17  ###|
                HANG…   -1.07    #|
                Gold              |
                1 row has no number to draw

                """)
    }
}
