import MktResult

/// Reading the help pages' light markup into document blocks; `MktRender` lays them out.
enum HelpText {
    /// The interactive prompt, as examples show it.
    static let prompt = "mkt> "

    /// The lines of `text`, split at `\n` (a final newline adds no empty line).
    static func lines(of text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.count > 1, lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Prose: paragraphs separated by a blank line, each wrapped and indented when laid out. A
    /// paragraph whose lines start with `- ` is a list, one item per `- `; one whose first line
    /// starts with two spaces is kept as written (code, a small table).
    static func paragraphs(_ text: String) -> [HelpDocument.Block] {
        var out: [HelpDocument.Block] = []
        for block in blocks(of: text) {
            if !out.isEmpty { out.append(.line("")) }
            if block.first?.hasPrefix("  ") == true {
                out.append(.code(block))
            } else if block.first?.hasPrefix("- ") == true {
                out.append(.list(listItems(block)))
            } else {
                out.append(.paragraph(block.joined(separator: " ")))
            }
        }
        return out
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
