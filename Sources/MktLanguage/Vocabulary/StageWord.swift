import MktResult

/// A pipeline stage (after `|`), declared once: the parser dispatches on its `kind`, `help`
/// and tab completion list it. The aggregates are stages too, declared by `AggregateFunction`.
public struct StageWord: Sendable {
    /// What a stage does, for the parser to switch on.
    public enum Kind: Sendable, Equatable {
        case filter, sort, take, last, select, group
        case aggregate(AggregateFunction)
        /// `delta EXPR`: the previous capture's value and the change since.
        case delta
        /// `latest per KEY` and `earliest per KEY`: one row per key, from the last (first) capture.
        case latest, earliest
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
        // `last` too: `last value` is the aggregate (`last 3` keeps rows).
        case .filter, .sort, .select, .group, .aggregate, .delta, .latest, .earliest, .last, .chart: return true
        case .take, .format, .save: return false
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
            StageWord(
                name: "delta", kind: .delta, usage: "delta EXPR[, ...]",
                summary: "compare with the previous capture"),
            StageWord(
                name: "latest", kind: .latest, usage: "latest per EXPR[, ...]",
                summary: "one row per key, from the latest capture"),
            StageWord(
                name: "earliest", kind: .earliest, usage: "earliest per EXPR[, ...]",
                summary: "one row per key, from the earliest capture"),
            StageWord(name: "chart", kind: .chart, usage: "chart EXPR", summary: "a horizontal bar per row of EXPR"),
            StageWord(name: "to", kind: .format, usage: "to FORMAT", summary: "print as table, csv, json or markdown"),
            StageWord(name: "save", kind: .save, usage: "save PATH", summary: "write the result to a file"),
        ]

    /// The stage a word names, ignoring case. `last` names two entries, the stage `last N` and
    /// the aggregate `last EXPR`: this gives the stage, and the parser tells them apart by the
    /// argument (`Parser.parseStage`).
    public static func named(_ word: some StringProtocol) -> StageWord? {
        let key = WordKey.of(word)
        return all.first { $0.name == key }
    }
}
