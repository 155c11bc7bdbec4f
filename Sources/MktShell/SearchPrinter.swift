import MktLanguage

/// Search hits, one per line: `paragraph 3: … le prix du Pétrole a baissé …`, the match in
/// bold yellow on a terminal, in `[brackets]` elsewhere.
enum SearchPrinter {
    static func text(_ hits: [TextSearch.Hit], color: Bool) -> String {
        var out = ""
        for hit in hits {
            out += "\(hit.source.rawValue) \(hit.n): "
            if color {
                out += String(hit.context[..<hit.matchRange.lowerBound]) + "\u{1B}[1;33m" + hit.match
                    + "\u{1B}[0m" + hit.context[hit.matchRange.upperBound...]
            } else {
                out += hit.plain
            }
            out += "\n"
        }
        return out
    }
}
