import MktResult

/// The aggregates, declared once: the parser reads them as stages, `Aggregates` computes them,
/// `help` and tab completion list them.
public enum AggregateFunction: String, Sendable, CaseIterable {
    case count, sum, avg, min, max, median, stddev, first, last

    /// The word as the language spells it.
    public var name: String { rawValue }

    /// The aggregate a word names, ignoring case (`AVG` is `avg`).
    public init?(word: String) {
        self.init(rawValue: WordKey.of(word))
    }

    /// Whether it aggregates an expression (`sum pct`); `count` counts rows.
    public var takesArgument: Bool { self != .count }

    /// Whether it picks one value in snapshot order (`first`, `last`: see `SnapshotOrder`).
    public var picksInSnapshotOrder: Bool { self == .first || self == .last }

    /// Whether the result is a quantity of the same kind as its argument, so the aggregate of
    /// a signed field is signed too (a sum of changes is a change; a spread or a count is not).
    public var keepsSign: Bool {
        switch self {
        case .sum, .avg, .min, .max, .median, .first, .last: return true
        case .count, .stddev: return false
        }
    }

    /// What it gives, in a word or two, as `help` lists it (`sum|avg EXPR  total, mean`).
    public var summary: String {
        switch self {
        case .count: return "the number of rows"
        case .sum: return "total"
        case .avg: return "mean"
        case .min: return "smallest"
        case .max: return "largest"
        case .median: return "middle value"
        case .stddev: return "sample standard deviation"
        case .first: return "earliest value"
        case .last: return "latest value"
        }
    }

    /// The aggregates `help` lists on one line each, in its order: `sum|avg|min|max EXPR`.
    public static let overviewLines: [[AggregateFunction]] = [[.count], [.sum, .avg, .min, .max], [.median, .stddev], [.first, .last]]

    /// How it is written, for `help` and error messages: `avg EXPR`.
    public var usage: String { takesArgument ? "\(name) EXPR" : name }
}
