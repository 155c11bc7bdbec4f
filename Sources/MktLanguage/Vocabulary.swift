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
    /// Built-in functions.
    public static let functions: [String] = ["abs", "round", "lower", "upper", "len"]
    /// Output formats for `to` and `set format`.
    public static let formats: [String] = ["table", "csv", "json", "markdown"]
    /// Other reserved words.
    public static let keywords: [String] = ["and", "or", "not", "true", "false", "null", "as", "asc", "desc"]
}
