import MarketModel
import MktCancel
import MktResult

/// What a pipeline produced before it is printed.
enum PipelineValue {
    case relation(Relation)
    /// One aggregate without `group`: a bare value, with the name a column would have.
    case value(Value, name: String)
    /// `snapshot` untouched by stages: the whole model.
    case snapshot(Snapshot, summary: Relation)
    /// `search` untouched by stages: the hits, to print with their matches highlighted; the
    /// `rows` are what stages, `to` and `save` get; `none` is the note to print when there is
    /// no hit.
    case searchHits([SearchHit], rows: Relation, none: String)
}

/// Runs `source | stage | …`: rows from a source, then each stage left to right.
struct PipelineRunner {
    let state: SessionState
    let source: SourceText
    /// The session's Ctrl-C, asked between stages and every few thousand rows within one.
    let cancellation: CancellationToken
    /// The instrument index of `state`'s snapshots, built once and kept by the session
    /// (nil: built for this pipeline when a source needs it).
    let indexProvider: (() -> InstrumentIndex)?

    init(
        state: SessionState, source: SourceText, cancellation: CancellationToken,
        index: (() -> InstrumentIndex)? = nil
    ) {
        self.state = state
        self.source = source
        self.cancellation = cancellation
        self.indexProvider = index
    }

    private func instrumentIndex() -> InstrumentIndex {
        indexProvider?() ?? state.instrumentIndex ?? InstrumentIndex(state.snapshots)
    }

    /// The result, the format asked for with `to` (if any), and the path of `save` (if any).
    func run(_ pipeline: Pipeline) throws(RuntimeError) -> (PipelineValue, OutputFormat?, PathArgument?) {
        var value = try rows(of: pipeline.source)
        var format: OutputFormat?
        var savePath: PathArgument?
        var group: [(key: RowFunction, name: String)]?
        // The stage after `group` when the index did both (`group name | avg pct`).
        var skipNext = false
        for (i, stage) in pipeline.stages.enumerated() {
            if cancellation.isCancelled { throw RuntimeError.interrupted }
            if skipNext {
                skipNext = false
                continue
            }
            // The parser already refuses these; a pipeline built another way is checked too.
            if savePath != nil {
                throw RuntimeError("'save' must be the last stage", at: stage.range)
            }
            if format != nil {
                if case .save = stage {
                } else {
                    throw RuntimeError("'to' must be the last stage (only 'save' may follow it)", at: stage.range)
                }
            }
            switch stage {
            case .format(let f, _):
                format = f
                continue
            case .save(let path, _):
                savePath = path
                continue
            case .group(let keys, let range):
                let relation = try requireRelation(value, stage: "group", at: range)
                let next = pipeline.stages.indices.contains(i + 1) ? pipeline.stages[i + 1] : nil
                if state.usesIndexFastPaths, let indexed = relation.rows.indexed {
                    // Index rows: `group K | aggregates` (or `group K` alone) without making rows.
                    var aggregates: [Aggregate]?
                    switch next {
                    case .aggregate(let a, _): aggregates = a
                    case .delta: aggregates = nil
                    default: aggregates = []
                    }
                    if let aggregates,
                        let grouped = IndexGrouping(rows: indexed, columns: relation.columns, source: source)
                            .aggregate(by: keys, aggregates: aggregates, cancellation: cancellation)
                    {
                        value = .relation(grouped)
                        skipNext = !aggregates.isEmpty
                        continue
                    }
                }
                group = try keys.map { (e) throws(RuntimeError) in
                    (try compiler(relation).compile(e), ColumnFlow.name(of: e, in: relation.columns, source: source))
                }
                value = .relation(relation)
                switch next {
                case .aggregate, .delta:
                    break  // they read `group`: one row per group, or every row in its series
                default:
                    // `group kind` alone counts the rows of each group.
                    value = .relation(
                        try Grouping.aggregate(
                            relation, by: group, aggregates: [], source: source, variables: state.variables, cancellation: cancellation))
                    group = nil
                }
                continue
            case .aggregate(let aggregates, let range):
                let relation = try requireRelation(value, stage: "an aggregate", at: range)
                if group == nil, state.usesIndexFastPaths, let indexed = relation.rows.indexed,
                    let row = IndexGrouping(rows: indexed, columns: relation.columns, source: source)
                        .aggregate(by: nil, aggregates: aggregates, cancellation: cancellation)
                {
                    if row.columns.count == 1, let only = row.rows.first?.first {
                        value = .value(only, name: row.columns[0].name)
                    } else {
                        value = .relation(row)
                    }
                } else if let group {
                    value = .relation(
                        try Grouping.aggregate(
                            relation, by: group, aggregates: aggregates, source: source, variables: state.variables,
                            cancellation: cancellation))
                } else {
                    let row = try Grouping.aggregate(
                        relation, by: nil, aggregates: aggregates, source: source, variables: state.variables, cancellation: cancellation)
                    if row.columns.count == 1, let only = row.rows.first?.first {
                        value = .value(only, name: row.columns[0].name)
                    } else {
                        value = .relation(row)
                    }
                }
                group = nil
                continue
            case .delta(let exprs, let range):
                let relation = try requireRelation(value, stage: "delta", at: range)
                value = .relation(
                    try TimeStages.delta(
                        relation, of: exprs, partition: group?.map(\.key), source: source, variables: state.variables,
                        cancellation: cancellation))
                group = nil
                continue
            default:
                break
            }
            let relation = try requireRelation(value, stage: stageName(stage), at: stage.range)
            value = .relation(try apply(stage, to: relation))
        }
        // Ctrl-C during the last stage: no result, even if the stage got to its end.
        if cancellation.isCancelled { throw RuntimeError.interrupted }
        return (value, format, savePath)
    }

    // MARK: Sources

    func rows(of source: PipelineSource) throws(RuntimeError) -> PipelineValue {
        switch source {
        case .word(.instrumentsAll, _, let range):
            _ = try state.requireCurrent(at: range)
            let index = instrumentIndex()
            return .relation(
                Sources.indexed(
                    Sources.instrumentsAllSource, IndexedRows(index: index, lead: true, selected: nil, range: index.allRows)))
        case .word(.instruments, _, let range):
            _ = try state.requireCurrent(at: range)
            guard let current = state.currentIndex else { throw RuntimeError("no snapshot is loaded", at: range) }
            let index = instrumentIndex()
            return .relation(
                Sources.indexed(
                    Sources.instrumentsSource, IndexedRows(index: index, lead: false, selected: nil, range: index.rows(of: current))))
        case .word(.headlines, _, let range):
            return .relation(Sources.texts(try state.requireCurrent(at: range).headlines))
        case .word(.paragraphs, _, let range):
            return .relation(Sources.texts(try state.requireCurrent(at: range).article?.paragraphs ?? [], source: .paragraphs))
        case .word(.quotes, _, let range):
            return .relation(Sources.quotes(try state.requireCurrent(at: range).article?.quotes ?? []))
        case .word(.snapshot, _, let range):
            let s = try state.requireCurrent(at: range)
            return .snapshot(s, summary: Sources.summary(of: s))
        case .word(.snapshots, _, _):
            return .relation(Sources.snapshots(state.snapshots, current: state.currentIndex, files: state.files))
        case .word(.warnings, _, _):
            return .relation(Sources.warnings(of: state.snapshots))
        case .word(.movers, let arguments, let range):
            return .relation(try movers(arguments, at: range))
        case .word(.diff, let arguments, let range):
            return .relation(try diff(arguments, at: range))
        case .word(.history, let arguments, let range):
            return .relation(try history(arguments, at: range))
        case .word(.board, _, let range):
            return .relation(Sources.board(of: try state.requireCurrent(at: range)))
        case .word(.headlinesAll, _, let range):
            return .relation(try everySnapshotTexts(.headlinesAll, at: range))
        case .word(.paragraphsAll, _, let range):
            return .relation(try everySnapshotTexts(.paragraphsAll, at: range))
        case .word(.quotesAll, _, let range):
            return .relation(try everySnapshotTexts(.quotesAll, at: range))
        case .word(.audit, _, let range):
            return .relation(try audit(at: range))
        case .word(.news, let arguments, let range):
            return .relation(try news(arguments, at: range))
        case .word(.search, let arguments, let range):
            return try search(arguments, at: range)
        case .variable(let name, let range):
            switch state.variables[name] {
            case .relation(let r): return .relation(r)
            case .value(let v): return .value(v, name: name)
            case nil:
                throw ExprCompiler.unknownVariable(name, at: range, variables: state.variables)
            }
        }
    }

    // MARK: Stages

    private func apply(_ stage: Stage, to relation: Relation) throws(RuntimeError) -> Relation {
        var result = relation
        switch stage {
        case .filter(let expr, _):
            if state.usesIndexFastPaths, let indexed = relation.rows.indexed,
                let kept = IndexFilter(rows: indexed, columns: relation.columnNames, variables: state.variables)
                    .filter(expr, cancellation: cancellation)
            {
                result.rows = Rows(indexed: kept)
                return result
            }
            let test = try compiler(relation).compile(expr)
            result.rows = Rows(
                try eachRow(relation.rows) { row, kept in
                    if ValueOps.truthy(try test(row)) { kept.append(row) }
                })
        case .sort(let keys, _):
            if state.usesIndexFastPaths, let indexed = relation.rows.indexed,
                let columns = IndexSort.keyColumns(indexed, columns: relation.columnNames, keys: keys)
            {
                let order = try sortedOrder(relation.rows.count, by: columns, descending: keys.map(\.descending))
                result.rows = Rows(relation.rows, reorderedBy: order)
                return result
            }
            let compiled = try keys.map { (k) throws(RuntimeError) -> RowFunction in try compiler(relation).compile(k.expr) }
            // Every key of every row is computed once, before sorting, in loops that notice Ctrl-C
            // (text keys folded here, not at every comparison).
            let columns = try compiled.map { (key) throws(RuntimeError) -> [SortValue] in
                try eachRow(relation.rows) { row, out in out.append(SortValue(try key(row))) }
            }
            let order = try sortedOrder(relation.rows.count, by: columns, descending: keys.map(\.descending))
            result.rows = Rows(relation.rows, reorderedBy: order)
        case .take(let expr, let range):
            result.rows = Rows(Array(relation.rows.prefix(try count(expr, range: range))))
        case .last(let expr, let range):
            result.rows = Rows(Array(relation.rows.suffix(try count(expr, range: range))))
        case .select(let items, _):
            let compiled = try items.map { (item) throws(RuntimeError) -> RowFunction in
                try compiler(relation).compile(item.expr)
            }
            result.columns = ColumnFlow.selected(items, from: relation.columns, source: source)
            result.rows = Rows(try eachRow(relation.rows) { row, out in out.append(try compiled.map { try $0(row) }) })
            result.visible = nil
            result.decoration = nil
        case .latest(let keys, let earliest, _):
            result = try TimeStages.latest(
                relation, per: keys, earliest: earliest, variables: state.variables, cancellation: cancellation)
        case .chart(let expr, let range):
            result = try chart(expr, of: relation, at: range)
        case .group, .aggregate, .delta, .format, .save:
            break  // handled by `run`
        }
        return result
    }

    /// The positions `0..<count` in the order of the sort keys (`columns[k][row]`, one column per key),
    /// ties kept in their original order. Only positions move while sorting, not rows, and
    /// Ctrl-C is noticed within a few thousand comparisons.
    private func sortedOrder(_ count: Int, by columns: [[SortValue]], descending: [Bool]) throws(RuntimeError) -> [Int] {
        var order = Array(0..<count)
        var checkpoint = Checkpoint(cancellation, every: 8192)
        try guarded {
            try order.sort { a, b in
                try checkpoint.step()
                for k in columns.indices {
                    let c = columns[k][a].compare(columns[k][b])
                    if c != 0 { return descending[k] ? c > 0 : c < 0 }
                }
                return a < b
            }
        }
        return order
    }

    /// Runs `body` over the rows, collecting what it appends; stops with `interrupted` when
    /// Ctrl-C was pressed (checked every 4096 rows, so a long stage stops promptly).
    private func eachRow<C: Collection, T>(_ rows: C, _ body: (C.Element, inout [T]) throws -> Void) throws(RuntimeError) -> [T] {
        var out: [T] = []
        out.reserveCapacity(rows.count)
        var checkpoint = Checkpoint(cancellation)
        try guarded {
            for row in rows {
                try checkpoint.step()
                try body(row, &out)
            }
        }
        return out
    }

    func count(_ expr: Expr, range: SourceRange) throws(RuntimeError) -> Int {
        let v = try guarded { try compiler(Relation(columns: [], rows: [])).compile(expr)([]) }
        guard case .number(let f) = v, f.scale == 0 || f.normalized.scale == 0, f.units >= 0 else {
            throw RuntimeError("expected a whole number of rows, got '\(v.plainText)'", at: expr.range)
        }
        return Int(f.normalized.units)
    }

    func compiler(_ relation: Relation) -> ExprCompiler {
        ExprCompiler(columns: relation.columnNames, variables: state.variables)
    }

    private func requireRelation(_ value: PipelineValue, stage: String, at range: SourceRange) throws(RuntimeError) -> Relation {
        switch value {
        case .relation(let r): return r
        case .snapshot(_, let summary): return summary
        case .searchHits(_, let rows, _): return rows
        case .value(_, let name):
            throw RuntimeError("\(stage) needs rows, but '\(name)' is a single value", at: range)
        }
    }

    private func stageName(_ stage: Stage) -> String {
        switch stage {
        case .filter: return "where"
        case .sort: return "sort"
        case .take: return "take"
        case .last: return "last"
        case .select: return "select"
        case .latest(_, let earliest, _): return earliest ? "earliest per" : "latest per"
        case .chart: return "chart"
        default: return "this stage"
        }
    }
}

extension RuntimeError {
    /// How a statement stopped by Ctrl-C ends.
    static var interrupted: RuntimeError { RuntimeError("interrupted", kind: .interrupted) }
}

extension Checkpoint {
    /// `tick()` for the evaluator: throws `RuntimeError.interrupted` once the work should stop.
    @inline(__always)
    mutating func step() throws(RuntimeError) {
        if shouldStop() { throw RuntimeError.interrupted }
    }
}

/// Runs a throwing body and rethrows its errors as `RuntimeError` (row closures throw untyped).
func guarded<T>(_ body: () throws -> T) throws(RuntimeError) -> T {
    do {
        return try body()
    } catch let error as RuntimeError {
        throw error
    } catch {
        throw RuntimeError("\(error)")
    }
}

/// A sort key: the order of `ValueOps.compare`, with text folded in advance.
struct SortValue {
    let value: Value
    let folded: [UInt8]?

    init(_ value: Value) {
        self.value = value
        if case .text(let t) = value {
            folded = Array(TextFold.fold(t).utf8)
        } else {
            folded = nil
        }
    }

    func compare(_ other: SortValue) -> Int {
        guard let x = folded, let y = other.folded, case .text(let a) = value, case .text(let b) = other.value
        else { return ValueOps.compare(value, other.value) }
        return ValueOps.compareText(x, a, y, b)
    }
}
