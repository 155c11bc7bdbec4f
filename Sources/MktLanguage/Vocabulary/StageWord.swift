import MktResult

/// A pipeline stage (after `|`), declared once: the parser dispatches on its `kind`, `help`
/// and tab completion list it. The aggregates are stages too, declared by `AggregateFunction`.
public struct StageWord: Sendable {
    /// What a stage does, for the parser to switch on.
    public enum Kind: Sendable, Equatable {
        case filter, sort, take, last, select, group
        case aggregate(AggregateFunction)
        case chart
        case format, save
    }

    /// The word: `where`.
    public let name: String
    public let kind: Kind
    /// How it is written, as `help` lists it: `where EXPR`.
    public let usage: String
    /// What it does, in a few words.
    public let summary: String

    /// Whether its arguments are expressions over the rows' fields (so completion offers fields).
    public var takesExpressions: Bool {
        switch kind {
        case .filter, .sort, .select, .group, .aggregate, .chart: return true
        case .take, .last, .format, .save: return false
        }
    }

    /// Every stage, in the order `help` lists them: the aggregates stand after `group`.
    public static let all: [StageWord] =
        [
            StageWord(name: "where", kind: .filter, usage: "where EXPR", summary: "keep the rows where EXPR is true"),
            StageWord(name: "sort", kind: .sort, usage: "sort EXPR [desc][, ...]", summary: "order the rows"),
            StageWord(name: "take", kind: .take, usage: "take N", summary: "keep the first N rows"),
            StageWord(name: "last", kind: .last, usage: "last N", summary: "keep the last N rows"),
            StageWord(
                name: "select", kind: .select, usage: "select EXPR [as NAME][, ...]", summary: "choose and compute columns"),
            StageWord(
                name: "group", kind: .group, usage: "group EXPR", summary: "one row per value, for the aggregate after it"),
        ]
        + AggregateFunction.allCases.map {
            StageWord(name: $0.name, kind: .aggregate($0), usage: $0.usage, summary: $0.summary)
        }
        + [
            StageWord(name: "chart", kind: .chart, usage: "chart EXPR", summary: "a horizontal bar per row of EXPR"),
            StageWord(name: "to", kind: .format, usage: "to FORMAT", summary: "print as table, csv, json or markdown"),
            StageWord(name: "save", kind: .save, usage: "save PATH", summary: "write the result to a file"),
        ]

    /// The stage a word names, ignoring case.
    public static func named(_ word: some StringProtocol) -> StageWord? {
        let key = WordKey.of(word)
        return all.first { $0.name == key }
    }
}
