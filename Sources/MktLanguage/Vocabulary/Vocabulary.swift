import MarketModel
import MktResult

/// The words of the mkt language, gathered from the tables that declare them (`SourceWord`,
/// `StageWord`, `AggregateFunction`, `Functions.signatures`, `InstrumentField`, `RowFields`,
/// `OutputFormat`): the parser, the evaluator, `help` and tab completion read them here.
///
/// One rule for case: every word of the language (commands, sources, stages, aggregates,
/// functions, keywords, formats, settings, fields) is matched ignoring case, so `WHERE`,
/// `ROUND(x)` and `PCT` are `where`, `round(x)` and `pct`; columns print as declared.
/// Variable names (`$falls`) are the user's, kept exact.
public enum Vocabulary {
    /// How a typed word is compared with the vocabulary's (which are all lowercase).
    public static func key(_ word: String) -> String { word.lowercased() }

    /// Commands: words that start a statement other than a pipeline or a way out.
    public static let commands: [String] = [
        "load", "let", "set", "source", "help", "article", "excerpt", "search", "show", "status", "use",
    ]
    /// Words that stop a script or leave the shell.
    public static let exits: [String] = ["exit", "quit"]
    /// Words that start a statement: the commands, the sources, the ways out.
    public static let statements: [String] = commands + sources + exits
    /// Pipeline sources (first words: `instruments all` starts with `instruments`).
    public static let sources: [String] = unique(SourceWord.all.map(\.word))
    /// Pipeline stages (after `|`).
    public static let stages: [String] = StageWord.all.map(\.name)
    /// Aggregates: a stage that turns rows into one value (or one row per group).
    public static let aggregates: [String] = AggregateFunction.allCases.map(\.name)
    /// Fields of an instrument row.
    public static let instrumentFields: [String] = InstrumentField.names
    /// Fields of headline and paragraph rows; quotes add `truncated`.
    public static let textFields: [String] = RowFields.text.map(\.name)
    public static let quoteFields: [String] = RowFields.quote.map(\.name)
    /// Columns of `instruments all`: each row's snapshot date and id, then the instrument's fields.
    public static let instrumentsAllFields: [String] = SourceWord.named("instruments all")?.columnNames ?? []
    /// Columns of the `snapshot` source's one row.
    public static let snapshotFields: [String] = RowFields.snapshot.map(\.name)
    /// Columns of `snapshots`, one row per loaded snapshot.
    public static let snapshotsFields: [String] = RowFields.snapshots.map(\.name)
    /// Columns of `warnings`.
    public static let warningFields: [String] = RowFields.warning.map(\.name)
    /// Every field some source has, each once, in the order of the sources.
    public static let allFields: [String] = unique(SourceWord.all.flatMap(\.columnNames))

    /// The columns of the rows `source` produces (`all` for `instruments all`); nil for a word
    /// that is no source.
    public static func columns(ofSource source: String, all: Bool = false) -> [String]? {
        SourceWord.named(all ? source + " all" : source)?.columnNames
    }
    /// Built-in functions.
    public static let functions: [String] = Functions.names
    /// Output formats for `to` and `set format`.
    public static let formats: [String] = OutputFormat.allCases.map(\.rawValue)
    /// Settings of `set`.
    public static let settings: [String] = ["format"]
    /// Other reserved words.
    public static let keywords: [String] = ["and", "or", "not", "true", "false", "null", "as", "asc", "desc"]

    /// Whether a column of this name shows rises and falls: a signed field of some source
    /// (`change`, `pct`), or an aggregate that keeps the sign of one (`avg_pct`, `sum_change`;
    /// a spread, `stddev_pct`, is not signed).
    public static func isSigned(column name: String) -> Bool {
        let key = key(name)
        if signedFields.contains(key) { return true }
        return AggregateFunction.allCases.contains { f in
            f.keepsSign && key.hasPrefix(f.name + "_") && signedFields.contains { key.hasSuffix("_" + $0) }
        }
    }

    private static let signedFields: Set<String> = Set(
        SourceWord.all.flatMap { $0.columns.filter(\.isSigned).map(\.name) })

    private static func unique(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }
    }
}
