import MarketModel
import MktResult

/// One step of a pipeline, after a `|`.
public enum Stage: Sendable, Equatable {
    /// `where expr`: keep the rows for which the expression is true.
    case filter(Expr, range: SourceRange)
    /// `sort key, key…`: stable sort, first key first.
    case sort([SortKey], range: SourceRange)
    /// `take expr`: the first N rows.
    case take(Expr, range: SourceRange)
    /// `last expr`: the last N rows.
    case last(Expr, range: SourceRange)
    /// `select item, item…`: compute columns.
    case select([SelectItem], range: SourceRange)
    /// `group kind, region`: the following aggregates produce one row per distinct key.
    case group([Expr], range: SourceRange)
    /// `count`, `sum pct`, `avg value, max pct`…: fold rows into values.
    case aggregate([Aggregate], range: SourceRange)
    /// `delta value, pct`: each row gains `prev_value` and `delta_value`… from the previous row
    /// of its series in snapshot order.
    case delta([Expr], range: SourceRange)
    /// `latest per date` (`earliest per date` when `earliest`): one row per key, the one of
    /// the latest (earliest) capture, in snapshot order.
    case latest([Expr], earliest: Bool, range: SourceRange)
    /// `chart expr`: a bar per row of the expression's number, labelled by `name` (or the
    /// first text column).
    case chart(Expr, range: SourceRange)
    /// `to csv`: the output format of this result.
    case format(OutputFormat, range: SourceRange)
    /// `save path`: write the result to a file.
    case save(PathArgument, range: SourceRange)

    /// The range from the stage word to the end of its arguments.
    public var range: SourceRange {
        switch self {
        case .filter(_, let r), .sort(_, let r), .take(_, let r), .last(_, let r), .select(_, let r),
            .group(_, let r), .aggregate(_, let r), .format(_, let r), .save(_, let r), .delta(_, let r),
            .latest(_, _, let r), .chart(_, let r):
            return r
        }
    }
}

/// A `sort` key: an expression and a direction.
public struct SortKey: Sendable, Equatable {
    public var expr: Expr
    /// `desc` was written; `asc` or nothing means ascending.
    public var descending: Bool
    public var range: SourceRange
}

/// A `select` column.
public struct SelectItem: Sendable, Equatable {
    public var expr: Expr
    /// The name after `as`, if any.
    public var alias: Identifier?
    /// The column's name: the alias, else the field name, else the expression's source text.
    public var columnName: String
    public var range: SourceRange
}

/// One aggregate of an aggregate stage.
public struct Aggregate: Sendable, Equatable {
    public var function: AggregateFunction
    /// The expression aggregated; nil exactly for `count`.
    public var argument: Expr?
    public var range: SourceRange
}
