import MarketModel
import MktResult

/// The built-in reference behind `help` and `help TOPIC`.
///
/// Typed documents: a renderer lays them out. Every page has its syntax, what it does and prints, and a
/// worked example against the bundled seed snapshot (`examples/snapshots/2021-04-09_…txt`);
/// the tests parse every example command, so help never shows syntax the parser rejects.
public enum Help {
    /// The overview for `help` (nil topic), or the page for `help TOPIC`; nil when no page has
    /// that name. Topics ignore case and extra spaces: `help Instruments  ALL`, `help avg`,
    /// `help ~`, `help set format`, `help $1`.
    public static func document(for topic: String?) -> HelpDocument? {
        guard let topic else { return HelpOverview.document }
        let key = normalized(topic)
        if key.isEmpty || overviewNames.contains(key) { return HelpOverview.document }
        return page(for: key)?.document
    }

    /// Topics for a `topic` that has no page, best first, at most `limit`, one per page:
    /// typos (`sortt`: `sort`) and topics it begins (`instrument`: `instruments`,
    /// `instruments all`). Names and aliases are matched, so the one that is nearest is shown.
    /// When no name is that close, the pages whose summary or text mention the word, as
    /// `apropos` does (`help average`: `avg`…); `mentions` is then true. Nothing for a topic of
    /// one or two characters that is not near a name.
    public static func nearestTopics(to topic: String, limit: Int = 3) -> (topics: [String], mentions: Bool) {
        let key = normalized(topic)
        guard !key.isEmpty else { return ([], false) }
        var scored: [(name: String, page: Int, distance: Int, order: Int)] = []
        for (order, entry) in pageIndex.enumerated() {
            scored.append((entry.name, entry.page, Suggestions.distance(key, entry.name), order))
        }
        let threshold = max(1, min(3, key.count / 3))
        let near = scored.filter { s in
            (s.distance <= threshold && s.distance < key.count) || (key.count >= 3 && s.name.hasPrefix(key))
        }
        if !near.isEmpty {
            var seen = Set<Int>()
            let ranked = near.sorted { ($0.distance, $0.order) < ($1.distance, $1.order) }
            return (Array(ranked.filter { seen.insert($0.page).inserted }.prefix(limit).map(\.name)), false)
        }
        guard key.count >= 3 else { return ([], false) }
        // Pages that mention the word: in their summary first, then in their text.
        let word = TextFold.fold(key)
        let pages = HelpPages.all
        let inSummary = pages.filter { TextFold.fold($0.summary).contains(word) }
        let inText = pages.filter { !TextFold.fold($0.summary).contains(word) && TextFold.fold($0.about).contains(word) }
        return (Array((inSummary + inText).prefix(limit).map(\.name)), true)
    }

    /// Every topic name, in the order of the overview then the general topics: for suggestions
    /// and tab completion. Each one opens a page with `document(for:)`.
    public static var topics: [String] { HelpPages.all.map(\.name) }

    /// The page a normalized topic names, by name or alias.
    static func page(for key: String) -> HelpPage? {
        if let index = pageLookup[key] { return HelpPages.all[index] }
        // `help $falls`, `help $2`: any variable opens the page on variables.
        if key.hasPrefix("$") { return pageLookup["variables"].map { HelpPages.all[$0] } }
        return nil
    }

    /// Names that show the overview, as `help` alone does.
    static let overviewNames: Set<String> = ["commands", "overview", "topics"]

    /// Lowercased, trimmed, inner runs of spaces made one, a trailing `()` dropped
    /// (`help round()`), quotes the user typed around the topic removed.
    static func normalized(_ topic: String) -> String {
        var words = Vocabulary.key(topic).split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        if words.count >= 2, words.hasPrefix("\""), words.hasSuffix("\"") {
            words = String(words.dropFirst().dropLast())
        }
        if words.hasSuffix("()") { words = String(words.dropLast(2)) }
        return words
    }

    /// Every name and alias, lowercased, with its page's position, in page order.
    private static let pageIndex: [(name: String, page: Int)] = {
        var seen = Set<String>()
        var index: [(name: String, page: Int)] = []
        for (i, page) in HelpPages.all.enumerated() {
            for name in [page.name] + page.aliases where seen.insert(Vocabulary.key(name)).inserted {
                index.append((Vocabulary.key(name), i))
            }
        }
        return index
    }()

    /// Page position by every name and alias, lowercased.
    private static let pageLookup: [String: Int] = Dictionary(
        pageIndex.map { ($0.name, $0.page) }, uniquingKeysWith: { first, _ in first })
}

/// Every page, grouped as the overview lists them; the groups live in `HelpPages+*.swift`.
enum HelpPages {
    static let all: [HelpPage] =
        loading + sources + archive + compare + views + stages + aggregates + time + article + session
        + language + fields + functions + moreFunctions + formats + running
}
