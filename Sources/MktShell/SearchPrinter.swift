import MarketModel
import MktLanguage
import MktRender

/// Search hits, one per line (`title:`, `paragraph 3:`, `see also 1:`…): `paragraph 3: … le prix du Pétrole a baissé …`, the match in
/// bold yellow on a terminal, in `[brackets]` elsewhere.
enum SearchPrinter {
    static func text(_ hits: [TextSearch.Hit], color: Bool) -> String {
        var out = ""
        for hit in hits {
            out += hit.source == .title ? "title: " : "\(hit.source.rawValue) \(hit.n): "
            // Page text is made safe before our own escapes go around the match.
            let before = TerminalText.safe(String(hit.context[..<hit.matchRange.lowerBound]))
            let match = TerminalText.safe(String(hit.match))
            let after = TerminalText.safe(String(hit.context[hit.matchRange.upperBound...]))
            out += color ? before + "\u{1B}[1;33m" + match + "\u{1B}[0m" + after : before + "[" + match + "]" + after
            out += "\n"
        }
        return out
    }
}
