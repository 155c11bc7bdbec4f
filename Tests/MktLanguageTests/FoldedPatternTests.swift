import MarketModel
import Testing

@testable import MktLanguage

/// `~` with a pattern folded once answers as `TextFold.contains` does, on ASCII and accented
/// text, decomposed accents, ligatures, and patterns longer than the text.
@Suite struct FoldedPatternTests {
    static let texts = [
        "", "CAC 40", "cac 40", "Cacao", "Pétrole WTI", "Pe\u{301}trole WTI", "PÉTROLE", "Œuvre", "Straße", "EUR/USD",
        "S&P 500", "Nikkei 225", "ﬁn", "ÀÉÎÕÜ", "a", "AC", "Dow Jones Industrial Average", "日経平均",
    ]
    static let patterns = [
        "", "c", "CAC", "cac 4", "ac", "pet", "PÉT", "e\u{301}", "oeuv", "œu", "ss", "strasse", "/", "500", "ﬁ", "aeiou",
        "Dow Jones Industrial Average and more", "経", " ", "cAc 40",
    ]

    @Test func answersAsTextFoldContains() {
        for pattern in Self.patterns {
            let folded = FoldedPattern(pattern)
            for text in Self.texts {
                #expect(folded.matches(text) == TextFold.contains(text, pattern), "\(text) ~ \(pattern)")
            }
        }
    }

    @Test func findsWhatItShould() {
        #expect(FoldedPattern("cac").matches("CAC 40"))
        #expect(FoldedPattern("PÉT").matches("Pétrole WTI"))
        #expect(!FoldedPattern("dax").matches("CAC 40"))
        #expect(!FoldedPattern("cac 40 x").matches("CAC 40"))
    }
}
