import MarketModel
import MktResult
import Testing

@testable import MktLanguage

/// The sources over every snapshot as the parser reads them, and the pieces behind `audit`
/// and `news`: the alias table, whole-word mentions, the pct problem's text.
@Suite struct ArchiveSourcesTests {
    @Test func allFormsAndAuditAreSourcesOfTheirOwn() {
        #expect(dump("headlines all | count") == "(pipeline (headlines all) (aggregate count))")
        #expect(dump("PARAGRAPHS ALL") == "(pipeline (paragraphs all))")
        #expect(dump("quotes all | where truncated") == "(pipeline (quotes all) (where truncated))")
        #expect(dump("headlines | count") == "(pipeline (headlines) (aggregate count))")
        #expect(dump("audit | group check") == "(pipeline (audit) (group check))")
        #expect(parse("audit 3").diagnostics.map(\.message) == ["expected '|' or the end of the statement, found '3'"])
    }

    @Test func newsTakesANameOfWordsOrQuoted() {
        #expect(dump("news Wall Street | take 1") == #"(pipeline (news (name "Wall Street")) (take 1))"#)
        #expect(dump(#"news "S&P 500""#) == #"(pipeline (news (name quoted "S&P 500")))"#)
        #expect(parse("news").diagnostics.map(\.message) == ["expected an instrument's name after 'news', as in 'news CAC 40'"])
        #expect(parse("news | count").diagnostics.map(\.message) == ["expected an instrument's name after 'news', as in 'news CAC 40'"])
    }

    @Test func searchAllIsOneMoreWord() {
        #expect(dump(#"search "Tesla" all"#) == #"(pipeline (search "Tesla" all))"#)
        #expect(dump(#"search "Tesla" ALL; status"#) == "(pipeline (search \"Tesla\" all))\n(status)")
        #expect(dump(#"search "Tesla""#) == #"(pipeline (search "Tesla"))"#)
        // A source of rows like any other.
        #expect(dump(#"search "Tesla" all | count"#) == #"(pipeline (search "Tesla" all) (aggregate count))"#)
        let d = parse(#"search "Tesla" everywhere"#).diagnostics
        #expect(
            d.map(\.message) == [
                "expected 'all', '|' or the end of the statement after the searched text, found 'everywhere'"
            ])
        #expect(d.first?.range.start.column == 16)
    }

    @Test func anAliasStandsForItsInstrumentsAndAnInstrumentForItsAliases() {
        #expect(NewsAliases.instruments(forAlias: "wall  STREET") == ["Dow Jones", "S&P 500", "Nasdaq", "Nasdaq 100"])
        #expect(NewsAliases.instruments(forAlias: "francfort") == ["DAX"])
        #expect(NewsAliases.instruments(forAlias: "petrole") == ["Pétrole WTI"])
        #expect(NewsAliases.instruments(forAlias: "CAC 40") == nil, "a name is no alias")
        #expect(NewsAliases.terms(for: ["Dow Jones"]) == ["Dow Jones", "Wall Street", "Dow"])
        #expect(NewsAliases.terms(for: ["pétrole wti"]) == ["pétrole wti", "pétrole", "brut", "WTI", "oil", "crude"])
        #expect(NewsAliases.terms(for: ["Tesla"]) == ["Tesla"])
    }

    @Test func mentionsAreWholeWordsIgnoringCaseAndAccents() {
        #expect(NewsMentions.first(in: "A la Bourse de Paris, le titre", of: ["paris"]) == "Paris")
        #expect(NewsMentions.first(in: "Le Parisien et les parisiens", of: ["Paris"]) == nil)
        #expect(NewsMentions.first(in: "Le PETROLE recule", of: ["pétrole"]) == "PETROLE")
        #expect(NewsMentions.first(in: "BTC-EUR monte", of: ["BTC"]) == "BTC")
        // The first mention in the text, the longest of those starting there.
        #expect(NewsMentions.first(in: "Wall Street et le Dow Jones", of: ["Dow", "Dow Jones", "Wall Street"]) == "Wall Street")
        #expect(NewsMentions.first(in: "le Dow Jones recule", of: ["Dow", "Dow Jones"]) == "Dow Jones")
        #expect(NewsMentions.first(in: "a Dowling, the Dow", of: ["Dow"]) == "Dow")
    }

    @Test func aPctProblemSaysWhatWouldMatch() {
        let wrong = Instrument(
            position: 1, name: "CAC 40", value: Fixed(units: 616004, scale: 2), change: Fixed(units: -937, scale: 2),
            pct: Fixed(units: -50, scale: 2))
        #expect(!wrong.consistent)
        #expect(PipelineRunner.pctProblem(wrong) == "pct -0.50 does not match change -9.37 on prev 6169.41 (-0.15)")
        let flat = Instrument(position: 1, name: "X", value: Fixed(5), change: Fixed(5), pct: Fixed(units: 10, scale: 1))
        #expect(PipelineRunner.pctProblem(flat) == "pct 1.0 cannot be checked: the previous value (value − change) is 0")
    }
}
