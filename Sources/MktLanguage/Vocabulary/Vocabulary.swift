import MarketModel
import MktResult

/// The words of the mkt language, gathered from the tables that declare them (`CommandWord`,
/// `SourceWord`, `StageWord`, `AggregateFunction`, `Functions.signatures`, `InstrumentField`,
/// `RowFields`, `OutputFormat`, `SettingWord`, `Keyword`): the parser, the evaluator, `help`
/// and tab completion read them here.
///
/// One rule for case: every word of the language (commands, sources, stages, aggregates,
/// functions, keywords, formats, settings, fields) is matched ignoring case (`WordKey`), so
/// `WHERE`, `ROUND(x)` and `PCT` are `where`, `round(x)` and `pct`; columns print as declared.
/// Variable names (`$falls`) are the user's, kept exact.
public enum Vocabulary {
    /// How a typed word is compared with the vocabulary's (which are all lowercase).
    public static func key(_ word: some StringProtocol) -> String { WordKey.of(word) }

    /// Words that start a statement: the commands, the sources, then the ways out (without
    /// the dotted spellings, which completion offers apart).
    public static let statements: [String] =
        CommandWord.all.filter { $0.kind != .exit }.map(\.name) + sources
        + CommandWord.all.filter { $0.kind == .exit && !$0.name.hasPrefix(".") }.map(\.name)
    /// Pipeline sources (first words: `instruments all` starts with `instruments`).
    public static let sources: [String] = unique(SourceWord.all.map(\.word))
    /// Pipeline stages (after `|`).
    /// Pipeline stages (after `|`), each word once (`last` is a stage and an aggregate).
    public static let stages: [String] = unique(StageWord.all.map(\.name))
    /// Aggregates: a stage that turns rows into one value (or one row per group).
    public static let aggregates: [String] = AggregateFunction.allCases.map(\.name)
    /// Every field some source has, each once, in the order of the sources.
    public static let allFields: [String] = unique(SourceWord.all.flatMap(\.columnNames))
    /// Built-in functions.
    public static let functions: [String] = Functions.names
    /// Output formats for `to` and `set format`.
    public static let formats: [String] = OutputFormat.allCases.map(\.rawValue)
    /// Settings of `set`.
    public static let settings: [String] = SettingWord.allCases.map(\.rawValue)

    /// Whether a column of this name shows rises and falls: a signed field of some source
    /// (`change`, `pct`), a change made by `delta` (`delta_value`), or an aggregate that keeps the sign of one (`avg_pct`, `sum_change`;
    /// a spread, `stddev_pct`, is not signed).
    public static func isSigned(column name: String) -> Bool {
        let key = key(name)
        if signedFields.contains(key) || key.hasPrefix("delta_") { return true }
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
