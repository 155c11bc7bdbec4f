/// The built-in reference behind `help` and `help TOPIC`.
///
/// Pure text: the shell prints it. Every page has its syntax, what it does and prints, and a
/// worked example against the bundled seed snapshot (`examples/snapshots/2021-04-09_…txt`);
/// the tests parse every example command, so help never shows syntax the parser rejects.
public enum Help {
    /// The overview for `help` (nil topic), or the page for `help TOPIC`; nil when no page has
    /// that name. Topics ignore case and extra spaces: `help Instruments  ALL`, `help avg`,
    /// `help ~`, `help set format`, `help $1`.
    public static func text(for topic: String?) -> String? {
        guard let topic else { return HelpOverview.text }
        let key = normalized(topic)
        if key.isEmpty || overviewNames.contains(key) { return HelpOverview.text }
        return page(for: key)?.text
    }

    /// Every topic name, in the order of the overview then the general topics: for suggestions
    /// and tab completion. Each one opens a page with `text(for:)`.
    public static var topics: [String] { HelpPages.all.map(\.name) }

    /// The page a normalized topic names, by name or alias.
    static func page(for key: String) -> HelpPage? {
        if let index = pageIndex[key] { return HelpPages.all[index] }
        // `help $falls`, `help $2`: any variable opens the page on variables.
        if key.hasPrefix("$") { return pageIndex["variables"].map { HelpPages.all[$0] } }
        return nil
    }

    /// Names that show the overview, as `help` alone does.
    static let overviewNames: Set<String> = ["commands", "overview", "topics"]

    /// Lowercased, trimmed, inner runs of spaces made one, a trailing `()` dropped
    /// (`help round()`), quotes the user typed around the topic removed.
    static func normalized(_ topic: String) -> String {
        var words = topic.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        if words.count >= 2, words.hasPrefix("\""), words.hasSuffix("\"") {
            words = String(words.dropFirst().dropLast())
        }
        if words.hasSuffix("()") { words = String(words.dropLast(2)) }
        return words
    }

    /// Page position by every name and alias, lowercased.
    private static let pageIndex: [String: Int] = {
        var index: [String: Int] = [:]
        for (i, page) in HelpPages.all.enumerated() {
            for name in [page.name] + page.aliases where index[name.lowercased()] == nil {
                index[name.lowercased()] = i
            }
        }
        return index
    }()
}

/// Every page, grouped as the overview lists them; the groups live in `HelpPages+*.swift`.
enum HelpPages {
    static let all: [HelpPage] =
        loading + sources + stages + aggregates + article + session
        + language + fields + functions + formats + running
}
