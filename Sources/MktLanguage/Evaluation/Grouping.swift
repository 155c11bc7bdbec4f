import MarketModel
import MktCancel
import MktResult

/// Aggregate stages: one row of aggregates, or one row per group after `group`.
enum Grouping {
    /// The `group` key columns first (when grouping), then one column per aggregate. Groups
    /// come out in key order (first key first). With no aggregates, each group is counted.
    /// `cancellation` is asked every few thousand rows: Ctrl-C stops with `interrupted`.
    static func aggregate(
        _ relation: Relation, by group: [(key: RowFunction, name: String)]?, aggregates: [Aggregate],
        source: SourceText, variables: [String: Binding], cancellation: CancellationToken
    ) throws(RuntimeError) -> Relation {
        let compiler = ExprCompiler(columns: relation.columnNames, variables: variables)
        let specs: [(kind: AggregateFunction, argument: RowFunction?, label: String?, range: SourceRange)] =
            try aggregates.map { (a) throws(RuntimeError) in
                let label: String? = a.argument.flatMap { e in
                    if case .field(let f, _) = e { return f }
                    return nil
                }
                return (
                    a.function, try a.argument.map { (e) throws(RuntimeError) in try compiler.compile(e) }, label,
                    a.range
                )
            }
        let counting = specs.isEmpty
        let columns = ColumnFlow.aggregated(
            keys: group?.map(\.name) ?? [], aggregates: aggregates, from: relation.columns, source: source)

        // One pass over the rows: each row's key finds its bucket (first-seen order; the keys
        // are sorted after), where the aggregates' values are gathered. Rows are made and
        // dropped as they are read, so `instruments all` is never held whole.
        let arguments = specs.compactMap(\.argument)
        // `first` and `last` read each bucket's values in snapshot order: each row's capture
        // is kept beside its values.
        let snapshotOrder = SnapshotOrder(columns: relation.columnNames)
        let ordering = specs.contains { $0.kind.picksInSnapshotOrder } && !snapshotOrder.isRowOrder
        var captures: [[SnapshotOrder.Key]] = []
        var sizes: [Int] = []
        var values: [[[Value]]] = []  // bucket, then aggregate with an argument
        var keys: [[Value]] = []
        var index: [[Value]: Int] = [:]
        var checkpoint = Checkpoint(cancellation)
        try guarded {
            for row in relation.rows {
                try checkpoint.step()
                let key = try group.map { try $0.map { normalized(try $0.key(row)) } } ?? []
                let b: Int
                if let found = index[key] {
                    b = found
                } else {
                    b = keys.count
                    index[key] = b
                    keys.append(key)
                    sizes.append(0)
                    values.append(Array(repeating: [], count: arguments.count))
                    captures.append([])
                }
                sizes[b] += 1
                if ordering { captures[b].append(snapshotOrder.key(row)) }
                for (a, f) in arguments.enumerated() { values[b][a].append(try f(row)) }
            }
        }
        // No rows and no group: one row of aggregates over nothing (`count` is 0).
        if group == nil && keys.isEmpty {
            keys = [[]]
            sizes = [0]
            values = [Array(repeating: [], count: arguments.count)]
            captures = [[]]
        }
        var rows: [[Value]] = []
        for b in keys.indices {
            var row: [Value] = keys[b]
            if counting { row.append(.number(Fixed(sizes[b]))) }
            var a = 0
            let inSnapshotOrder = ordering ? SnapshotOrder.sorted(captures[b]) : nil
            for s in specs {
                guard s.argument != nil else {
                    row.append(.number(Fixed(sizes[b])))  // `count`: the rows, nulls included
                    continue
                }
                do {
                    var these = values[b][a]
                    if s.kind.picksInSnapshotOrder, let inSnapshotOrder { these = inSnapshotOrder.map { these[$0] } }
                    row.append(try Aggregates.apply(s.kind, to: these, column: s.label))
                } catch {
                    throw RuntimeError(error.message, at: s.range)
                }
                values[b][a] = []
                a += 1
                // An aggregate is not interrupted while it works (median sorts all its values).
                if cancellation.isCancelled { throw RuntimeError.interrupted }
            }
            rows.append(row)
        }
        if let group { rows = try sortedByKeys(rows, keyCount: group.count, cancellation: cancellation) }
        return Relation(columns: columns, rows: rows)
    }

    /// Rows of groups in the order of their keys (the first `keyCount` values, first key first).
    static func sortedByKeys(_ rows: [[Value]], keyCount: Int, cancellation: CancellationToken) throws(RuntimeError) -> [[Value]] {
        // Keys decorated once (text folded here, not at each of n·log n comparisons).
        let decorated = rows.map { row in (0..<keyCount).map { SortValue(row[$0]) } }
        var checkpoint = Checkpoint(cancellation, every: 8192)
        let order = try guarded {
            try rows.indices.sorted { a, b in
                try checkpoint.step()
                for k in 0..<keyCount {
                    let c = decorated[a][k].compare(decorated[b][k])
                    if c != 0 { return c < 0 }
                }
                return false
            }
        }
        return order.map { rows[$0] }
    }

    /// Equal numbers group together whatever their written decimals (`2.50` and `2.5`).
    private static func normalized(_ v: Value) -> Value {
        if case .number(let f) = v { return .number(f.normalized) }
        return v
    }
}
