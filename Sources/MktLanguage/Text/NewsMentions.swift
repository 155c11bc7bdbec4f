import MarketModel
import MktResult

/// Where news texts mention an instrument (`news NAME`): whole words, ignoring case and accents.
enum NewsMentions {
    /// The first mention in `text` of one of `terms` as written there: the one starting
    /// first, the longest of those (`Dow Jones` rather than `Dow`); nil when none is there.
    /// A mention is whole words: no letter or digit touches either end (`Paris` is not in
    /// `Parisien`, `BTC` is in `BTC-EUR`).
    static func first(in text: String, of terms: [String]) -> Substring? {
        let folded = FoldedText(text)
        var best: Range<String.Index>?
        for term in terms {
            guard let range = folded.ranges(of: term).first(where: { isWhole($0, in: text) }) else { continue }
            if let current = best,
                current.lowerBound < range.lowerBound
                    || (current.lowerBound == range.lowerBound && current.upperBound >= range.upperBound)
            {
                continue
            }
            best = range
        }
        return best.map { text[$0] }
    }

    private static func isWhole(_ range: Range<String.Index>, in text: String) -> Bool {
        func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }
        if range.lowerBound > text.startIndex, isWordCharacter(text[text.index(before: range.lowerBound)]) { return false }
        if range.upperBound < text.endIndex, isWordCharacter(text[range.upperBound]) { return false }
        return true
    }

    /// Every title, paragraph and headline of `snapshots` (in load order, each page's in page
    /// order: title, paragraphs, headlines) mentioning one of `terms`.
    static func mentions(of terms: [String], in snapshots: [Snapshot]) -> [RowFields.Mention] {
        var found: [RowFields.Mention] = []
        for s in snapshots {
            var items: [(RowFields.Mention.Part, Int, String)] = []
            if let article = s.article {
                items.append((.title, 1, article.title))
                items += article.paragraphs.enumerated().map { (.paragraph, $0.offset + 1, $0.element) }
            }
            items += s.headlines.enumerated().map { (.headline, $0.offset + 1, $0.element) }
            for (part, n, text) in items {
                guard let match = first(in: text, of: terms) else { continue }
                found.append(RowFields.Mention(snapshot: s, part: part, n: n, match: String(match), text: text))
            }
        }
        return found
    }
}
