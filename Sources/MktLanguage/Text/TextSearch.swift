import MarketModel
import MktResult

/// `search "TEXT"`: where text occurs in the article (title, paragraphs, quotes, see-also
/// lines) and in the headlines, ignoring case and accents (`petrole` finds `Pétrole`), with the hit in context.
public enum TextSearch {
    /// One occurrence of the searched text.
    public typealias Hit = SearchHit

    /// How many characters of context each side of a hit, at most.
    public static let contextCharacters = 40

    /// Every occurrence of `text`, in the order title, paragraphs, quotes, see-also lines,
    /// headlines, and within each
    /// item from left to right; several occurrences in one paragraph are several hits. Blank
    /// search text finds nothing (the caller may want to say so).
    public static func search(_ snapshot: Snapshot, for text: String) -> [Hit] {
        guard text.contains(where: { !$0.isWhitespace }) else { return [] }
        var hits: [Hit] = []
        if let article = snapshot.article {
            hits += self.hits(in: article.title, for: text, source: .title, n: 1)
            for (i, p) in article.paragraphs.enumerated() {
                hits += self.hits(in: p, for: text, source: .paragraph, n: i + 1)
            }
            for (i, q) in article.quotes.enumerated() {
                hits += self.hits(in: q.text, for: text, source: .quote, n: i + 1)
            }
            for (i, line) in article.seeAlso.enumerated() {
                hits += self.hits(in: line, for: text, source: .seeAlso, n: i + 1)
            }
        }
        for (i, h) in snapshot.headlines.enumerated() {
            hits += self.hits(in: h, for: text, source: .headline, n: i + 1)
        }
        return hits
    }

    /// The hits of `needle` in one item's `text`.
    public static func hits(in text: String, for needle: String, source: Hit.Source, n: Int) -> [Hit] {
        FoldedText(text).ranges(of: needle).map { range in
            let before = TextCut.tail(text[..<range.lowerBound], limit: contextCharacters)
            let after = TextCut.head(text[range.upperBound...], limit: contextCharacters)
            let context = before + text[range] + after
            // UTF-8 offsets survive concatenation, and the match is whole characters, so these
            // are character boundaries of `context`.
            let start = context.utf8.index(context.startIndex, offsetBy: before.utf8.count)
            let end = context.utf8.index(start, offsetBy: text[range].utf8.count)
            return Hit(source: source, n: n, context: context, matchRange: start..<end)
        }
    }
}
