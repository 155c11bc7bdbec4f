import MktResult

/// Laying out a help document: indentation, word wrapping by display width, definition lists.
enum HelpLayout {
    /// The indentation of everything under a heading.
    static let indent = "  "
    /// A definition list's term column is at most this wide unless the document says.
    static let termColumnLimit = 24

    /// The document's lines, none wider than `width` columns except words longer than a line
    /// and code, which is kept as written.
    static func lines(_ document: HelpDocument, width: Int) -> [String] {
        var out: [String] = []
        for block in document.blocks {
            switch block {
            case .line(let text):
                out.append(text)
            case .code(let lines):
                out += lines.map { $0.isEmpty ? "" : indent + $0 }
            case .paragraph(let text):
                out += wrap(text, indent: indent, width: width)
            case .list(let items):
                for item in items {
                    out += wrap(item, indent: indent + "- ", hanging: indent + "  ", width: width)
                }
            case .definitions(let rows, let termWidth):
                out += definitions(rows, termWidth: termWidth, width: width)
            case .flow(let text):
                out += wrap(text, indent: "", width: width)
            }
        }
        return out
    }

    /// `text` wrapped at word boundaries to `width` columns: the first line starts with
    /// `indent`, the others with `hanging` (default: `indent`). A word longer than a line
    /// stands alone on its line. Code in backticks (`` `1 / 3` ``) is never broken.
    static func wrap(_ text: String, indent: String, hanging: String? = nil, width: Int) -> [String] {
        let rest = hanging ?? indent
        var out: [String] = []
        var line = indent
        var lineHasWord = false
        for word in words(of: text) {
            let candidate = lineHasWord ? line + " " + word : line + word
            if lineHasWord, DisplayWidth.of(candidate) > width {
                out.append(line)
                line = rest + word
            } else {
                line = candidate
            }
            lineHasWord = true
        }
        if lineHasWord { out.append(line) }
        return out
    }

    /// A definition list: each term padded to one column, its meaning wrapped beside it. A term
    /// wider than the column (`termWidth`, else the widest term up to 24) sits on its own line,
    /// the meaning below.
    static func definitions(_ rows: [HelpDocument.Definition], termWidth: Int?, width: Int) -> [String] {
        let natural = rows.map { DisplayWidth.of($0.term) }.max() ?? 0
        let column = termWidth ?? min(natural, termColumnLimit)
        let hanging = indent + String(repeating: " ", count: column + 2)
        var out: [String] = []
        for row in rows {
            let termColumns = DisplayWidth.of(row.term)
            if termColumns > column {
                out.append(indent + row.term)
                out += wrap(row.meaning, indent: hanging, width: width)
            } else {
                let first = indent + row.term + String(repeating: " ", count: column - termColumns + 2)
                out += wrap(row.meaning, indent: first, hanging: hanging, width: width)
            }
        }
        return out
    }

    /// The words of `text`, split at spaces except inside a `code span`.
    static func words(of text: String) -> [String] {
        var words: [String] = []
        var inCode = false
        for piece in text.split(separator: " ") {
            if inCode, let last = words.indices.last {
                words[last] += " " + piece
            } else {
                words.append(String(piece))
            }
            if piece.count(where: { $0 == "`" }) % 2 == 1 { inCode.toggle() }
        }
        return words
    }
}
