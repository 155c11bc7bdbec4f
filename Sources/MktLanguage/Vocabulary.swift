/// The words of the mkt language, in one place: the parser, `help` and tab completion use them.
public enum Vocabulary {
    /// Words that start a statement.
    public static let statements: [String] = [
        "load", "let", "set", "source", "help", "article", "excerpt", "search", "show", "status", "use",
        "instruments", "headlines", "paragraphs", "quotes", "snapshot", "snapshots", "warnings", "exit", "quit",
    ]
    /// Pipeline sources.
    public static let sources: [String] = [
        "instruments", "headlines", "paragraphs", "quotes", "snapshot", "snapshots", "warnings",
    ]
    /// Pipeline stages (after `|`).
    public static let stages: [String] = [
        "where", "sort", "take", "last", "select", "group", "count", "sum", "avg", "min", "max",
        "median", "stddev", "to", "save",
    ]
    /// Aggregates: a stage that turns rows into one value (or one row per group).
    public static let aggregates: [String] = ["count", "sum", "avg", "min", "max", "median", "stddev"]
    /// Fields of an instrument row.
    public static let instrumentFields: [String] = [
        "position", "name", "value", "change", "pct", "prev", "kind", "region", "consistent",
    ]
    /// Fields of headline and paragraph rows; quotes add `truncated`.
    public static let textFields: [String] = ["n", "text"]
    public static let quoteFields: [String] = ["n", "text", "truncated"]
    /// Columns of `instruments all`: each row's snapshot date and id, then the instrument's fields.
    public static let instrumentsAllFields: [String] = ["date", "snapshot"] + instrumentFields
    /// Columns of the `snapshot` source's one row.
    public static let snapshotFields: [String] = [
        "id", "date", "language", "status", "instruments", "article", "headlines", "warnings",
    ]
    /// Columns of `snapshots`, one row per loaded snapshot: its place in the list, the columns
    /// of `snapshot`, and whether it is the current one.
    public static let snapshotsFields: [String] = ["n"] + snapshotFields + ["current", "file"]
    /// Columns of `warnings`.
    public static let warningFields: [String] = ["snapshot", "line", "message"]

    /// The columns of the rows `source` produces (`all` for `instruments all`); nil for a word
    /// that is no source.
    public static func columns(ofSource source: String, all: Bool = false) -> [String]? {
        switch source {
        case "instruments": return all ? instrumentsAllFields : instrumentFields
        case "headlines", "paragraphs": return textFields
        case "quotes": return quoteFields
        case "snapshot": return snapshotFields
        case "snapshots": return snapshotsFields
        case "warnings": return warningFields
        default: return nil
        }
    }
    /// Built-in functions.
    public static let functions: [String] = ["abs", "round", "lower", "upper", "len", "string"]
    /// Output formats for `to` and `set format`.
    public static let formats: [String] = ["table", "csv", "json", "markdown"]
    /// Other reserved words.
    public static let keywords: [String] = ["and", "or", "not", "true", "false", "null", "as", "asc", "desc"]
}
