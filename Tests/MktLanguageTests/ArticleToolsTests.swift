import Foundation
import MarketModel
import MktResult
import Testing

@testable import MktLanguage

/// The seed capture and small hand-made models for the article and text tools.
enum TextFixtures {
    static let seedName = "2021-04-09_3921acb7a18bc451.txt"
    static let seed: Snapshot? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent("examples/snapshots/\(seedName)")
        guard let data = try? Data(contentsOf: url) else { return nil }
        return SnapshotParser.parse(Array(data), fileName: seedName)
    }()

    static func article(_ paragraphs: [String], quotes: [String] = [], truncated: Bool = false) -> Article {
        Article(
            title: "Marchés : la semaine", readMinutes: 2, paragraphs: paragraphs, seeAlso: [],
            quotes: quotes.map { Quote(text: $0, truncated: false) }, truncated: truncated)
    }

    static func snapshot(article: Article?, headlines: [String] = []) -> Snapshot {
        Snapshot(
            id: "made-up", date: nil, language: .fr, status: .open, instruments: [], article: article,
            headlines: headlines, warnings: [])
    }
}

/// The article and text tools, one nested suite per tool.
@Suite enum ArticleToolsTests {}

extension ArticleToolsTests {
    @Suite struct ExcerptTests {
        @Test func firstParagraphsThenWhatIsLeft() throws {
            let article = try #require(TextFixtures.seed?.article)
            let one = articleText(ArticleText.excerpt(article)).split(separator: "\n", omittingEmptySubsequences: false)
            #expect(one.count == 5)
            #expect(one[0] == "Tesla : Elon Musk rassure la Chine concernant l'espionnage")
            #expect(one[1] == "")
            #expect(one[2].hasPrefix("Non, Tesla ne partagera pas"))
            #expect(one[3] == "")
            #expect(one[4] == "… (2 more paragraphs)")
            let all = articleText(ArticleText.excerpt(article, paragraphs: 3))
            #expect(all.hasSuffix("\"Si Tesla (...)\n\n(continued on the site)"))
            #expect(articleText(ArticleText.excerpt(article, paragraphs: 99)) == all)
            #expect(articleText(ArticleText.excerpt(article, paragraphs: 2)).hasSuffix("\n\n… (1 more paragraph)"))
            #expect(articleText(ArticleText.excerpt(article, paragraphs: 0)) == "\(article.title)\n\n… (3 more paragraphs)")
        }

        @Test func characterBudgetCutsAtAWord() {
            let article = TextFixtures.article(["Le pétrole a reculé vendredi après une semaine agitée."])
            #expect(articleText(ArticleText.excerpt(article, characters: 20)) == "Marchés : la semaine\n\nLe pétrole a …")
            #expect(articleText(ArticleText.excerpt(article, characters: 200)) == "Marchés : la semaine\n\n\(article.paragraphs[0])")
            let cut = TextFixtures.article(["Court."], truncated: true)
            #expect(
                articleText(ArticleText.excerpt(cut, characters: 50))
                    == "Marchés : la semaine\n\nCourt.\n\n(continued on the site)")
        }

        @Test func budgetSpansParagraphs() {
            let article = TextFixtures.article(["Un deux.", "Trois quatre cinq six."])
            #expect(articleText(ArticleText.excerpt(article, characters: 22)) == "Marchés : la semaine\n\nUn deux.\n\nTrois …")
        }

        @Test func neverMidWordUnlessTheFirstWordIsTooLong() {
            #expect(TextCut.prefix("Le pétrole a reculé", budget: 19) == "Le pétrole a reculé")
            #expect(TextCut.prefix("Le pétrole a reculé", budget: 18) == "Le pétrole a …")
            #expect(TextCut.prefix("Anticonstitutionnellement, dit-il", budget: 10) == "Anticonst…")
            #expect(TextCut.prefix("abc def", budget: 0) == "…")
        }

        @Test func neverMidGrapheme() {
            // A decomposed É and é stay whole: the base letter keeps its combining accent.
            let cut = TextCut.prefix("E\u{301}le\u{301}phantesque", budget: 4)
            #expect(Array(cut.unicodeScalars) == Array("E\u{301}le\u{301}…".unicodeScalars))
            #expect(TextCut.prefix("🇫🇷🇫🇷🇫🇷 drapeaux", budget: 3) == "🇫🇷🇫🇷…")
        }

        @Test func cjkBreaksBetweenCharacters() {
            #expect(TextCut.prefix("東京株式市場は反発した。日経平均は上昇。", budget: 8) == "東京株式市場は…")
            #expect(TextCut.prefix("Tesla 在中国建厂", budget: 10) == "Tesla 在中国…")
            #expect(TextCut.prefix("Tesla 在中国建厂", budget: 9) == "Tesla 在中…")
        }
    }
}

extension ArticleToolsTests {
    @Suite struct ArticleTextTests {
        @Test func wholeArticleReadable() throws {
            let article = try #require(TextFixtures.seed?.article)
            let lines = articleText(ArticleText.full(article)).split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == 12)
            #expect(lines[0] == "Tesla : Elon Musk rassure la Chine concernant l'espionnage")
            #expect(lines[1] == "1 min read")
            #expect(lines[2] == "" && lines[4] == "" && lines[6] == "" && lines[8] == "" && lines[10] == "")
            #expect(lines[3].hasPrefix("Non, Tesla") && lines[5].hasPrefix("Les autorités chinoises"))
            #expect(lines[7].hasPrefix("Participant à une conférence"))
            #expect(lines[9] == "(continued on the site)")
            #expect(lines[11] == "See also: Tesla : Elon Musk intronisé “roi de la tech”")
        }

        @Test func wrapsByDisplayWidth() throws {
            let article = try #require(TextFixtures.seed?.article)
            let wrapped = articleText(ArticleText.full(article), width: 40)
            let lines = wrapped.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
            #expect(lines.count > 30)
            // Wrapping only moves line breaks: the words are all there, in order.
            let words = { (s: String) in s.split(whereSeparator: \.isWhitespace) }
            #expect(words(wrapped) == words(articleText(ArticleText.full(article))))
        }
    }
}

extension ArticleToolsTests {
    @Suite struct SearchTests {
        static let snapshot = TextFixtures.snapshot(
            article: TextFixtures.article(
                [
                    "Le prix du Pétrole a reculé vendredi, pénalisé par la hausse des stocks américains de brut.",
                    "Au cœur du marché, l'Œuvre des banques centrales. Le petrole, encore le petrole.",
                ],
                quotes: ["le pétrole ne remonte pas"]),
            headlines: ["PÉTROLE : le baril recule", "Rien à voir"])

        @Test func findsIgnoringCaseAndAccentsEverywhere() {
            let hits = TextSearch.search(Self.snapshot, for: "petrole")
            #expect(
                hits.map { "\($0.source.rawValue) \($0.n) \($0.match)" } == [
                    "paragraph 1 Pétrole", "paragraph 2 petrole", "paragraph 2 petrole", "quote 1 pétrole",
                    "headline 1 PÉTROLE",
                ])
        }

        @Test func contextIsCutAtWords() throws {
            let first = try #require(TextSearch.search(Self.snapshot, for: "pétrole").first)
            #expect(first.context == "Le prix du Pétrole a reculé vendredi, pénalisé par la …")
            #expect(first.plain == "Le prix du [Pétrole] a reculé vendredi, pénalisé par la …")
            let stocks = try #require(TextSearch.search(Self.snapshot, for: "STOCKS").first)
            #expect(stocks.plain == "… vendredi, pénalisé par la hausse des [stocks] américains de brut.")
        }

        @Test func foldedPositionsMapBackToTheOriginal() {
            func matches(_ text: String, _ needle: String) -> [String] {
                let folded = FoldedText(text)
                return folded.ranges(of: needle).map { String(text[$0]) }
            }
            // Folding lengthens œ and ß: what follows must still map to the right characters.
            #expect(matches("œœœ abc", "ABC") == ["abc"])
            #expect(matches("Au cœur de l'Œuvre", "oeuvre") == ["Œuvre"])
            #expect(matches("Au cœur de l'Œuvre", "coeur") == ["cœur"])
            #expect(matches("Straße und Strasse", "STRASSE") == ["Straße", "Strasse"])
            #expect(matches("Straße", "ss") == ["ß"])
            // A match inside one character's folding covers that whole character.
            #expect(matches("cœur", "e") == ["œ"])
            #expect(matches("ßs", "s") == ["ß", "s"])
            // Decomposed accents fold shorter; the match keeps the accent.
            #expect(matches("Le Pe\u{301}trole", "pétrole").map { Array($0.unicodeScalars).count } == [8])
            #expect(matches("abc", "") == [])
            #expect(matches("abc", "abcd") == [])
        }

        @Test func matchRangeAfterLengthChangingFolds() throws {
            let snapshot = TextFixtures.snapshot(article: nil, headlines: ["Œœß straße: la Bourse"])
            let hit = try #require(TextSearch.search(snapshot, for: "bourse").first)
            #expect(hit.match == "Bourse")
            #expect(hit.plain == "Œœß straße: la [Bourse]")
        }

        @Test func blankSearchFindsNothing() {
            #expect(TextSearch.search(Self.snapshot, for: "  ").isEmpty)
            #expect(TextSearch.search(Self.snapshot, for: "introuvable").isEmpty)
        }

        @Test func seedSearch() throws {
            let seed = try #require(TextFixtures.seed)
            let hits = TextSearch.search(seed, for: "chine")
            #expect(hits.map { "\($0.source.rawValue) \($0.n)" } == ["title 1", "paragraph 1", "paragraph 2"])
            #expect(TextSearch.search(seed, for: "espionnage").map(\.source) == [.title, .paragraph, .paragraph, .quote])
            // The "see also" line is searched too: `intronise` finds `intronisé`.
            #expect(TextSearch.search(seed, for: "intronise").map(\.plain) == ["Tesla : Elon Musk [intronisé] “roi de la tech”"])
        }
    }
}

extension ArticleToolsTests {
    @Suite struct InstrumentToolsTests {
        @Test func cardGolden() throws {
            let seed = try #require(TextFixtures.seed)
            let oil = try #require(seed.instruments.first { $0.name == "Pétrole WTI" })
            #expect(
                cardText(InstrumentCard.card(oil, in: seed)) == """
                    name        Pétrole WTI
                    kind        commodity, global
                    value       59.34
                    change      -0.26 (-0.44%)
                    prev        59.60
                    consistent  yes
                    position    8 of 15
                    snapshot    2021-04-09 (2021-04-09_3921acb7a18bc451)
                    """)
            let cac = try #require(seed.instruments.first)
            #expect(InstrumentCard.fields(cac, in: seed)[3].text == "+3.69 (+0.06%)")
        }

        @Test(arguments: [
            ("petr", "Pétrole WTI"), ("PÉTROLE wti", "Pétrole WTI"), ("wti", "Pétrole WTI"),
            ("cac", "CAC 40"), ("  cac  ", "CAC 40"), ("cac40", "CAC 40"), ("sp500", "S&P 500"),
            ("s&p", "S&P 500"), ("euro", "Euro Stoxx 50"), ("dax", "DAX"), ("btc", "BTC-EUR"),
            ("hang seng", "HANG SENG"), ("gold", "Gold future"),
        ])
        func resolvesOneInstrument(query: String, name: String) throws {
            let seed = try #require(TextFixtures.seed)
            #expect(
                InstrumentLookup.resolve(query, in: seed.instruments)
                    == .found(
                        try #require(
                            seed.instruments.first { $0.name == name })))
        }

        @Test func ambiguousAndNotFound() throws {
            let all = try #require(TextFixtures.seed).instruments
            #expect(InstrumentLookup.resolve("n", in: all) == .ambiguous(["Nasdaq", "Nikkei 225"]))
            #expect(InstrumentLookup.resolve("eur", in: all) == .ambiguous(["Euro Stoxx 50", "EUR/USD"]))
            #expect(InstrumentLookup.resolve("usd", in: all) == .ambiguous(["EUR/USD", "GBP/USD"]))
            #expect(InstrumentLookup.resolve("nasdq", in: all) == .notFound(suggestion: "Nasdaq"))
            #expect(InstrumentLookup.resolve("nikei", in: all) == .notFound(suggestion: "Nikkei 225"))
            #expect(InstrumentLookup.resolve("zzz", in: all) == .notFound(suggestion: nil))
            #expect(InstrumentLookup.resolve(" ", in: all) == .notFound(suggestion: nil))
        }

        @Test func exactNameBeatsALongerOne() {
            let a = Instrument(position: 1, name: "Nasdaq 100", value: Fixed(1), change: .zero, pct: .zero)
            let b = Instrument(position: 2, name: "Nasdaq", value: Fixed(1), change: .zero, pct: .zero)
            #expect(InstrumentLookup.resolve("nasdaq", in: [a, b]) == .found(b))
            #expect(InstrumentLookup.resolve("nasd", in: [a, b]) == .ambiguous(["Nasdaq 100", "Nasdaq"]))
        }

        @Test func statusLines() throws {
            let seed = try #require(TextFixtures.seed)
            #expect(
                StatusLine.text(seed)
                    == "2021-04-09 (2021-04-09_3921acb7a18bc451): market closed, "
                    + "15 instruments (15 consistent), article 'Tesla : Elon Musk rassure la Chine …' "
                    + "(3 paragraphs, truncated), 5 headlines, 0 warnings")
            var other = TextFixtures.snapshot(article: nil, headlines: ["Une"])
            other.instruments = [
                Instrument(position: 1, name: "X", value: Fixed(2), change: Fixed(1), pct: Fixed(3))
            ]
            other.warnings = [ParseWarning(line: 3, message: "bad number")]
            #expect(
                StatusLine.text(other)
                    == "made-up: market open, 1 instrument (0 consistent), no article, 1 headline, 1 warning")
        }
    }
}
