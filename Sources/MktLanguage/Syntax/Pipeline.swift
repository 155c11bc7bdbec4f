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
    /// `instruments` or `instruments all` (`all`: across every loaded snapshot, not only the current one).
    case instruments(all: Bool, range: SourceRange)
    /// `headlines`: rows `n`, `text`.
    case headlines(range: SourceRange)
    /// `paragraphs`: the article's paragraphs, rows `n`, `text`.
    case paragraphs(range: SourceRange)
    /// `quotes`: the article's quotations, rows `n`, `text`, `truncated`.
    case quotes(range: SourceRange)
    /// `snapshot`: the current snapshot's summary fields, one row.
    case snapshot(range: SourceRange)
    /// `snapshots`: every loaded snapshot, one row each, in load order.
    case snapshots(range: SourceRange)
    /// `warnings`: what could not be read in every loaded snapshot: `snapshot`, `line`, `message`.
    case warnings(range: SourceRange)
    /// `$name`: the value bound by `let`.
    case variable(String, range: SourceRange)

    public var range: SourceRange {
        switch self {
        case .instruments(_, let r), .headlines(let r), .paragraphs(let r), .quotes(let r), .snapshot(let r),
            .snapshots(let r), .warnings(let r),
            .variable(_, let r):
            return r
        }
    }
}
