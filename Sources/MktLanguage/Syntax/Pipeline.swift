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
    /// A source of the table (`instruments`, `instruments all`, `headlines`…): which one, as
    /// `SourceWord` declares it.
    case word(SourceWord.Kind, range: SourceRange)
    /// `$name`: the value bound by `let`.
    case variable(String, range: SourceRange)

    public var range: SourceRange {
        switch self {
        case .word(_, let r), .variable(_, let r): return r
        }
    }
}
