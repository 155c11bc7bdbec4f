/// A pipeline stage (after `|`), declared once: the parser reads its word, `help` and tab
/// completion list it. The aggregates are stages too, declared by `AggregateFunction`.
public struct StageWord: Sendable {
    /// The word: `where`.
    public let name: String
    /// Whether its arguments are expressions over the rows' fields (so completion offers fields).
    public let takesExpressions: Bool

    /// Every stage, in the order `help` lists them: the aggregates stand after `group`.
    public static let all: [StageWord] =
        [
            StageWord(name: "where", takesExpressions: true),
            StageWord(name: "sort", takesExpressions: true),
            StageWord(name: "take", takesExpressions: false),
            StageWord(name: "last", takesExpressions: false),
            StageWord(name: "select", takesExpressions: true),
            StageWord(name: "group", takesExpressions: true),
        ]
        + AggregateFunction.allCases.map { StageWord(name: $0.name, takesExpressions: true) }
        + [
            StageWord(name: "to", takesExpressions: false),
            StageWord(name: "save", takesExpressions: false),
        ]

    /// The stage a word names, ignoring case.
    public static func named(_ word: String) -> StageWord? {
        let key = Vocabulary.key(word)
        return all.first { $0.name == key }
    }
}
