/// `source | stage | stage…`: rows from a source, transformed left to right.
public struct Pipeline: Sendable, Equatable {
    public var source: PipelineSource
    /// Possibly empty: `instruments` alone lists the instruments.
    public var stages: [Stage]
    public var range: SourceRange

    public init(source: PipelineSource, stages: [Stage], range: SourceRange) {
        self.source = source
        self.stages = stages
        self.range = range
    }
}

/// Where a pipeline's rows come from.
public enum PipelineSource: Sendable, Equatable {
    /// A source of the table (`instruments`, `instruments all`, `movers 3`…): which one, as
    /// `SourceWord` declares it, and what was written after its words (`SourceArguments`).
    case word(SourceWord.Kind, SourceArguments, range: SourceRange)
    /// `$name`: the value bound by `let`.
    case variable(String, range: SourceRange)

    public var range: SourceRange {
        switch self {
        case .word(_, _, let r), .variable(_, let r): return r
        }
    }
}

/// What a source was given after its words, in the shape its `SourceWord.Arguments` declares:
/// `movers 3` (values), `diff "a" "b"` (values), `history CAC 40 from 2026-01-02 last 5`
/// (a name and a period). Empty for the sources that take nothing.
public struct SourceArguments: Sendable, Equatable {
    /// Expressions, in the order written (`movers N`, `diff A B`).
    public var values: [Expr]
    /// An instrument's name, quoted or as the words written (`history CAC 40`).
    public var name: InstrumentName?
    /// `from DATE`: the first date of a period (a text such as `2026-01-02`).
    public var from: Expr?
    /// `to DATE`: the last date of a period.
    public var to: Expr?
    /// `last N`: the last N captures of a period.
    public var last: Expr?
    /// `search "TEXT" all`: every loaded snapshot rather than the current one.
    public var all = false

    public init(
        values: [Expr] = [], name: InstrumentName? = nil, from: Expr? = nil, to: Expr? = nil, last: Expr? = nil,
        all: Bool = false
    ) {
        self.all = all
        self.values = values
        self.name = name
        self.from = from
        self.to = to
        self.last = last
    }

    /// Nothing written after the source's words.
    public static let none = SourceArguments()
}

/// An instrument named in a statement (`show CAC 40`, `history "S&P 500"`).
public struct InstrumentName: Sendable, Equatable {
    public var text: String
    /// Written in quotes: matched whole, never as a prefix.
    public var isQuoted: Bool
    public var range: SourceRange

    public init(text: String, isQuoted: Bool, range: SourceRange) {
        self.text = text
        self.isQuoted = isQuoted
        self.range = range
    }
}
