import MktResult

/// Readable outputs as text: articles and excerpts, cards, search hits.
///
/// Page text is made safe (`TerminalText.safe`) before any escape of ours goes around it.
enum TextRenderer {
    /// `text` safe to print, ending with one newline.
    static func page(_ text: String) -> String {
        let safe = TerminalText.safe(text)
        return safe.hasSuffix("\n") ? safe : safe + "\n"
    }

    /// Blocks separated by one blank line, each line word-wrapped to `width` display columns
    /// when a width is given; no final newline.
    static func prose(_ prose: Prose, width: Int?) -> String {
        var out: [String] = []
        for block in prose.blocks {
            if !out.isEmpty { out.append("") }
            for line in block {
                if let width { out += WordWrap.lines(line, width: width) } else { out.append(line) }
            }
        }
        return out.joined(separator: "\n")
    }

    /// Labels padded to one column so the values line up; no final newline.
    ///
    ///     name        Pétrole WTI
    ///     kind        commodity, global
    ///     change      -0.26 (-0.44%)
    static func card(_ card: Card) -> String {
        let labelWidth = card.fields.map(\.label.count).max() ?? 0
        return card.fields.map { field in
            field.label + String(repeating: " ", count: labelWidth - field.label.count + 2) + field.text
        }.joined(separator: "\n")
    }

    /// One hit on a line (`title: `, `paragraph 3: `, `see also 1: `…), the match in bold
    /// yellow with colour, in `[brackets]` without. A hit of a search in every snapshot starts
    /// with the snapshot's id, and its date when the id does not hold it:
    /// `2021-04-09_3921acb7a18bc451, title: …`, `capture-7 (2021-04-09), title: …`.
    static func searchHit(_ hit: SearchHit, color: Bool) -> String {
        var from = ""
        if let snapshot = hit.snapshot {
            let date = hit.date.flatMap { snapshot.contains($0) ? nil : " (\($0))" } ?? ""
            from = TerminalText.safe(snapshot + date) + ", "
        }
        let before = TerminalText.safe(String(hit.context[..<hit.matchRange.lowerBound]))
        let match = TerminalText.safe(String(hit.match))
        let after = TerminalText.safe(String(hit.context[hit.matchRange.upperBound...]))
        let place = hit.source == .title ? "title: " : "\(hit.source.rawValue) \(hit.n): "
        let marked = color ? ANSI.boldYellow + match + ANSI.reset : "[" + match + "]"
        return from + place + before + marked + after + "\n"
    }
}
