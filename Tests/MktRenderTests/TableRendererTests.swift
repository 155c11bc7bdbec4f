import MarketModel
import MktRender
import MktResult
import Testing

@Suite struct TableRendererTests {
    @Test func alignsAccentsAndCJKAndSignsRises() {
        let expected = """
            name            value   change    pct  note
            ───────────  ────────  ───────  ─────  ──────
            CAC 40        6169.41    +3.69  +0.06  a, "b"
            EUR/USD        1.1905  -0.0016  -0.13
            Pétrole WTI     59.34    -0.26  -0.44  x|y z
            日経平均     29768.06        0   +0.3  € 5

            """
        #expect(Renderer.render(Fixtures.ticker, options: Fixtures.options(.table)) == expected)
    }

    @Test func colorsRisesGreenFallsRedAndDimsTheHeader() {
        let esc = "\u{1B}["
        let expected =
            "\(esc)2mname\(esc)0m            \(esc)2mvalue\(esc)0m   \(esc)2mchange\(esc)0m    "
            + "\(esc)2mpct\(esc)0m  \(esc)2mnote\(esc)0m\n"
            + "───────────  ────────  ───────  ─────  ──────\n"
            + "CAC 40        6169.41    \(esc)32m+3.69\(esc)0m  \(esc)32m+0.06\(esc)0m  a, \"b\"\n"
            + "EUR/USD        1.1905  \(esc)31m-0.0016\(esc)0m  \(esc)31m-0.13\(esc)0m\n"
            + "Pétrole WTI     59.34    \(esc)31m-0.26\(esc)0m  \(esc)31m-0.44\(esc)0m  x|y z\n"
            + "日経平均     29768.06        0   \(esc)32m+0.3\(esc)0m  € 5\n"
        #expect(Renderer.render(Fixtures.ticker, options: Fixtures.options(.table, color: true)) == expected)
    }

    @Test func noColorCodesWithoutColor() {
        let text = Renderer.render(Fixtures.ticker, options: Fixtures.options(.table))
        #expect(!text.contains("\u{1B}"))
    }

    @Test func shrinksTheWidestTextColumnToFit() {
        let expected = """
            name       value   change    pct  note
            ──────  ────────  ───────  ─────  ──────
            CAC 40   6169.41    +3.69  +0.06  a, "b"
            EUR/U…    1.1905  -0.0016  -0.13
            Pétro…     59.34    -0.26  -0.44  x|y z
            日経…   29768.06        0   +0.3  € 5

            """
        let text = Renderer.render(Fixtures.ticker, options: Fixtures.options(.table, maxWidth: 40))
        #expect(text == expected)
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 40 })
    }

    @Test func sharesTheCutBetweenTextColumnsAndCutsHeaders() {
        let table = ResultTable(
            columns: [.init("headline"), .init("source"), .init("n")],
            rows: [
                [.text("La bourse de Paris termine en hausse"), .text("Boursorama Actu"), .number(Fixed(12))],
                [.text("Court"), .text("AFP"), .number(Fixed(-3))],
            ])
        let expected = """
            headline     source         n
            ───────────  ────────────  ──
            La bourse…   Boursorama…   12
            Court        AFP           -3

            """
        #expect(Renderer.render(table, options: Fixtures.options(.table, maxWidth: 29)) == expected)

        // Narrower than the narrowest columns: the first column stays, the rest are hidden.
        let narrow = """
            headl…  …
            ──────  ─
            La bo…  …
            Court   …
            … 2 more columns: source, n

            """
        #expect(Renderer.render(table, options: Fixtures.options(.table, maxWidth: 5)) == narrow)
    }

    @Test func neverCutsNumbersEvenInMixedColumns() {
        let table = ResultTable(
            columns: [.init("what"), .init("amount")],
            rows: [
                [.text("x"), .number(Fixed(units: 123_456_789_012, scale: 2))],
                [.text("y"), .text("not available today")],
            ])
        let expected = """
            what  amount
            ────  ─────────────
            x     1234567890.12
            y     not availabl…

            """
        #expect(Renderer.render(table, options: Fixtures.options(.table, maxWidth: 19)) == expected)
    }

    @Test func cutsBeforeAWideCharacterThatWouldOverflow() {
        let table = ResultTable(columns: [.init("k"), .init("v")], rows: [[.text("日本経済新聞社"), .number(Fixed(1))]])
        // Six columns for the text: 日本経 would leave no room for the …, so 日本… and one pad.
        let expected = """
            k       v
            ──────  ─
            日本…   1

            """
        #expect(Renderer.render(table, options: Fixtures.options(.table, maxWidth: 9)) == expected)
    }

    @Test func emptyResultPrintsHeaderAndRuleOnly() {
        let table = ResultTable(columns: [.init("name"), .init("value")], rows: [])
        #expect(Renderer.render(table, options: Fixtures.options(.table)) == "name  value\n────  ─────\n")
    }

    @Test func nullsAndShortRowsPrintEmptyWithoutTrailingSpaces() {
        let table = ResultTable(
            columns: [.init("a"), .init("b"), .init("c")],
            rows: [[.text("x"), .null, .null], [.bool(true)], [.null, .text("ok"), .text("é")]])
        let expected = """
            a     b   c
            ────  ──  ─
            x
            true
                  ok  é

            """
        #expect(Renderer.render(table, options: Fixtures.options(.table)) == expected)
    }

    @Test func controlCharactersCannotReachTheTerminal() {
        let table = ResultTable(columns: [.init("t")], rows: [[.text("a\u{1B}[2Jb\r\nc\td")]])
        #expect(Renderer.render(table, options: Fixtures.options(.table)) == "t\n──────────\na\u{FFFD}[2Jb c d\n")
    }
}

@Suite struct NarrowTerminalTests {
    /// The default instruments table in a 50-column terminal: numbers whole, headers cut.
    @Test func instrumentsFitFiftyColumns() {
        func n(_ s: String) -> Value { .number(Fixed(literal: Substring(s)) ?? .zero) }
        let table = ResultTable(
            columns: ["position", "name", "value", "change", "pct", "kind", "region"].map { ResultTable.Column($0) },
            rows: [
                [n("1"), .text("CAC 40"), n("6169.41"), n("3.69"), n("0.06"), .text("index"), .text("europe")],
                [n("7"), .text("CMC Crypto 200"), n("1235.89"), n("8.34"), n("0.68"), .text("index"), .text("global")],
                [n("8"), .text("Pétrole WTI"), n("59.34"), n("-0.26"), n("-0.44"), .text("commodity"), .text("global")],
            ])
        let text = Renderer.render(table, options: RenderOptions(format: .table, maxWidth: 50))
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 50 }, "\(text)")
        #expect(text.contains("6169.41"))
        #expect(text.contains("-0.44"))
        #expect(lines.first?.hasPrefix("po…") == true, "\(text)")
    }

    /// Too many columns for the terminal even at their narrowest: the ones on the right are
    /// hidden behind a `…` column, named below, and no line is wider than the terminal.
    @Test func hidesColumnsThatCannotFit() {
        func n(_ s: String) -> Value { .number(Fixed(literal: Substring(s)) ?? .zero) }
        let table = ResultTable(
            columns: ["name", "value", "change", "pct", "prev", "kind", "region"].map { ResultTable.Column($0) },
            rows: [
                [.text("CAC 40"), n("6169.41"), n("3.69"), n("0.06"), n("6165.72"), .text("index"), .text("europe")],
                [.text("Pétrole WTI"), n("59.34"), n("-0.26"), n("-0.44"), n("59.60"), .text("commodity"), .text("global")],
            ])
        let expected = """
            name           value  change    pct  …
            ───────────  ───────  ──────  ─────  ─
            CAC 40       6169.41    3.69   0.06  …
            Pétrole WTI    59.34   -0.26  -0.44  …
            … 3 more columns: prev, kind, region

            """
        let text = Renderer.render(table, options: RenderOptions(format: .table, maxWidth: 40))
        #expect(text == expected)
        #expect(text.split(separator: "\n").dropLast().allSatisfy { DisplayWidth.of($0) <= 40 })
        // Wide enough for every column at its narrowest: nothing is hidden.
        #expect(!Renderer.render(table, options: RenderOptions(format: .table, maxWidth: 60)).contains("more column"))
    }
}
