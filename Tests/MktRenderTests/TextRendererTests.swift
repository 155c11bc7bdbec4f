import MktResult
import Testing

@testable import MktRender

/// Articles, cards, the status, help documents and search hits: laid out by the renderer
/// from the typed outputs the evaluator emits.
@Suite struct TextRendererTests {
    static let prose = Prose(blocks: [
        ["Marchés : la semaine", "2 min read"],
        ["Le CAC 40 a terminé la séance en légère hausse, porté par le luxe."],
        ["See also: Le pétrole recule"],
    ])

    @Test func articleUnwrappedWithoutAWidth() {
        #expect(
            Renderer.text(.article(Self.prose)) == """
                Marchés : la semaine
                2 min read

                Le CAC 40 a terminé la séance en légère hausse, porté par le luxe.

                See also: Le pétrole recule

                """)
    }

    @Test func articleWrappedToTheWidth() {
        #expect(
            Renderer.text(.article(Self.prose), spec: RenderSpec(width: 20)) == """
                Marchés : la semaine
                2 min read

                Le CAC 40 a terminé
                la séance en légère
                hausse, porté par le
                luxe.

                See also: Le pétrole
                recule

                """)
    }

    @Test func pageTextCannotDriveTheTerminal() {
        let prose = Prose(blocks: [["Titre\u{1B}[2J\u{07}", "a\tb"]])
        #expect(Renderer.text(.article(prose)) == "Titre\u{FFFD}[2J\u{FFFD}\na\tb\n")
        let card = Card(fields: [.init("name", "X\u{1B}]0;owned\u{07}")])
        #expect(Renderer.text(.card(card)) == "name  X\u{FFFD}]0;owned\u{FFFD}\n")
    }

    @Test func cardLabelsInOneColumn() {
        let card = Card(fields: [.init("name", "Pétrole WTI"), .init("consistent", "yes"), .init("kind", "commodity, global")])
        #expect(
            Renderer.text(.card(card), spec: RenderSpec(width: 10, color: true)) == """
                name        Pétrole WTI
                consistent  yes
                kind        commodity, global

                """)
    }

    @Test func statusLines() {
        #expect(
            Renderer.text(.status(["x: market open", "1 snapshot loaded, output format table"]))
                == "x: market open\n1 snapshot loaded, output format table\n")
    }

    @Test func searchHitsBracketedOrHighlighted() throws {
        let context = "… le prix du Pétrole a baissé"
        let start = try #require(context.firstRange(of: "Pétrole"))
        let hits = [
            SearchHit(source: .paragraph, n: 3, context: context, matchRange: start),
            SearchHit(source: .title, n: 1, context: "Pétrole", matchRange: "Pétrole".startIndex..<"Pétrole".endIndex),
        ]
        #expect(Renderer.text(.searchHits(hits)) == "paragraph 3: … le prix du [Pétrole] a baissé\ntitle: [Pétrole]\n")
        #expect(
            Renderer.text(.searchHits(hits), spec: RenderSpec(color: true))
                == "paragraph 3: … le prix du \u{1B}[1;33mPétrole\u{1B}[0m a baissé\ntitle: \u{1B}[1;33mPétrole\u{1B}[0m\n")
    }

    /// A hit of `search … all` starts with its snapshot's id, and the date when the id lacks it.
    @Test func searchHitsOfEverySnapshotSayWhichSnapshot() {
        let text = "Pétrole"
        let all = text.startIndex..<text.endIndex
        let hits = [
            SearchHit(source: .headline, n: 2, context: text, matchRange: all, snapshot: "2021-04-08_x", date: "2021-04-08"),
            SearchHit(source: .title, n: 1, context: text, matchRange: all, snapshot: "capture\u{1B}7", date: "2021-04-09"),
            SearchHit(source: .quote, n: 1, context: text, matchRange: all, snapshot: "undated"),
        ]
        #expect(
            Renderer.text(.searchHits(hits))
                == "2021-04-08_x, headline 2: [Pétrole]\ncapture\u{FFFD}7 (2021-04-09), title: [Pétrole]\nundated, quote 1: [Pétrole]\n")
    }

    static let help = HelpDocument([
        .line("sort — order the rows"),
        .line(""),
        .line("SYNTAX"),
        .code(["PIPELINE | sort EXPR [desc]"]),
        .line(""),
        .line("DESCRIPTION"),
        .paragraph(
            "Orders the rows by the first key, rows with equal first keys by the second, and so on; rows with equal keys keep their order."),
        .line(""),
        .list(["`false` before `true`, and `null` first in ascending order"]),
        .line(""),
        .definitions([.init("pct", "change in percent of the previous close"), .init("name", "as the page writes it")]),
        .line(""),
        .line("EXAMPLE"),
        .code(["mkt> instruments | count", "", "15"]),
    ])

    @Test func helpLaidOutAt80ColumnsOffATerminal() {
        #expect(
            Renderer.text(.help(Self.help)) == """
                sort — order the rows

                SYNTAX
                  PIPELINE | sort EXPR [desc]

                DESCRIPTION
                  Orders the rows by the first key, rows with equal first keys by the second,
                  and so on; rows with equal keys keep their order.

                  - `false` before `true`, and `null` first in ascending order

                  pct   change in percent of the previous close
                  name  as the page writes it

                EXAMPLE
                  mkt> instruments | count

                  15

                """)
        // A wide terminal still gets 80 columns; a narrow one gets its width.
        #expect(Renderer.text(.help(Self.help), spec: RenderSpec(width: 200)) == Renderer.text(.help(Self.help)))
        let narrow = Renderer.text(.help(Self.help), spec: RenderSpec(width: 40))
        #expect(narrow.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 40 })
        #expect(narrow.contains("\n  - `false` before `true`, and `null`\n    first in ascending order\n"))
    }

    @Test func wrapBreaksAtWordsByDisplayWidth() {
        let lines = HelpLayout.wrap("Pétrole WTI et HANG SENG reculent", indent: "  ", width: 16)
        #expect(lines == ["  Pétrole WTI et", "  HANG SENG", "  reculent"])
        let definitions = HelpLayout.definitions([.init("n", "place in the list"), .init("truncated", "cut")], termWidth: 4, width: 80)
        #expect(definitions == ["  n     place in the list", "  truncated", "        cut"])
        let code = HelpLayout.wrap("so `1 / 3` is exact", indent: "", width: 8)
        #expect(code == ["so", "`1 / 3`", "is exact"])
    }

    @Test func wordWrapGolden() {
        #expect(
            WordWrap.lines("Le CAC 40 a terminé la séance en légère hausse.", width: 20)
                == ["Le CAC 40 a terminé", "la séance en légère", "hausse."])
        #expect(WordWrap.lines("日経平均株価は反発した", width: 10) == ["日経平均株", "価は反発し", "た"])
        #expect(WordWrap.lines("Supercalifragilistic ok", width: 8) == ["Supercal", "ifragili", "stic ok"])
        #expect(WordWrap.lines("", width: 10) == [""])
    }
}
