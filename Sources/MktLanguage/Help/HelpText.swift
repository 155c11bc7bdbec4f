import MarketModel

/// Laying out help text: word wrapping by display width, indentation, definition lists.
enum HelpText {
    /// No help line is wider than this many columns.
    static let width = 80
    /// The indentation of everything under a heading.
    static let indent = "  "
    /// The interactive prompt, as examples show it.
    static let prompt = "mkt> "

    /// The lines of `text`, split at `\n` (a final newline adds no empty line).
    static func lines(of text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.count > 1, lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Prose: paragraphs separated by a blank line, each wrapped and indented. A paragraph whose
    /// lines start with `- ` is a list, one wrapped item per `- `; one whose first line starts
    /// with two spaces is kept as written (code, a small table).
    static func paragraphs(_ text: String) -> [String] {
        var out: [String] = []
        for block in blocks(of: text) {
            if !out.isEmpty { out.append("") }
            if block.first?.hasPrefix("  ") == true {
                out += block.map { indent + $0 }
            } else if block.first?.hasPrefix("- ") == true {
                for item in listItems(block) {
                    out += wrap(item, indent: indent + "- ", hanging: indent + "  ")
                }
            } else {
                out += wrap(block.joined(separator: " "), indent: indent)
            }
        }
        return out
    }

    /// `text` wrapped at word boundaries to `width` columns: the first line starts with
    /// `indent`, the others with `hanging` (default: `indent`). A word longer than a line
    /// stands alone on its line. Code in backticks (`` `1 / 3` ``) is never broken.
    static func wrap(_ text: String, indent: String, hanging: String? = nil, width: Int = width) -> [String] {
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
    /// wider than the column (`termWidth`, else the widest term up to 24) sits on its own line, the meaning below.
    static func definitions(_ rows: [(String, String)], termWidth: Int? = nil) -> [String] {
        let natural = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        let column = termWidth ?? min(natural, 24)
        let hanging = indent + String(repeating: " ", count: column + 2)
        var out: [String] = []
        for (term, meaning) in rows {
            let termColumns = DisplayWidth.of(term)
            if termColumns > column {
                out.append(indent + term)
                out += wrap(meaning, indent: hanging)
            } else {
                let first = indent + term + String(repeating: " ", count: column - termColumns + 2)
                out += wrap(meaning, indent: first, hanging: hanging)
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

    /// Paragraphs of `text`: runs of non-empty lines.
    private static func blocks(of text: String) -> [[String]] {
        var blocks: [[String]] = []
        var current: [String] = []
        for line in lines(of: text) {
            if line.allSatisfy({ $0 == " " }) {
                if !current.isEmpty { blocks.append(current) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks
    }

    /// The items of a `- ` list, continuation lines joined to their item.
    private static func listItems(_ block: [String]) -> [String] {
        var items: [String] = []
        for line in block {
            if line.hasPrefix("- ") {
                items.append(String(line.dropFirst(2)))
            } else if let last = items.indices.last {
                items[last] += " " + line.drop { $0 == " " }
            } else {
                items.append(line)
            }
        }
        return items
    }
}
