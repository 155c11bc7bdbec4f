import MarketModel
import MktCancel
import MktResult

/// The stages that read rows in snapshot order (`SnapshotOrder`): `delta` compares each row
/// with the previous capture of its series, `latest per` / `earliest per` keep one row per key.
enum TimeStages {
    /// `delta X, Y…`: every row, in its place, with `prev_X` (X on the previous row of the same
    /// series in snapshot order; null on the first) and `delta_X` (X − prev_X, exact; null when
    /// either is null) after its columns, for each expression. A series is the rows with equal
    /// `partition` values (the keys of a `group` written before), else equal `name`, else all
    /// the rows.
    static func delta(
        _ relation: Relation, of exprs: [Expr], partition: [RowFunction]?, source: SourceText,
        variables: [String: Binding], cancellation: CancellationToken
    ) throws(RuntimeError) -> Relation {
        let compiler = ExprCompiler(columns: relation.columnNames, variables: variables)
        let compiled = try exprs.map { (e) throws(RuntimeError) in try compiler.compile(e) }
        let series: [RowFunction]
        if let partition {
            series = partition
        } else if let name = relation.columnNames.firstIndex(where: { Vocabulary.key($0) == "name" }) {
            series = [{ row in name < row.count ? row[name] : .null }]
        } else {
            series = []
        }
        let order = SnapshotOrder(columns: relation.columnNames)
        var rows: [[Value]] = []
        var values: [[Value]] = []
        var seriesKeys: [[Value]] = []
        var captures: [SnapshotOrder.Key] = []
        var checkpoint = Checkpoint(cancellation)
        try guarded {
            for row in relation.rows {
                try checkpoint.step()
                rows.append(row)
                values.append(try compiled.map { try $0(row) })
                seriesKeys.append(try series.map { normalized(try $0(row)) })
                captures.append(order.key(row))
            }
        }
        // Each row's predecessor in its series, walking the rows in snapshot order.
        var previous = [Int?](repeating: nil, count: rows.count)
        var lastOfSeries: [[Value]: Int] = [:]
        for i in SnapshotOrder.sorted(captures) {
            previous[i] = lastOfSeries[seriesKeys[i]]
            lastOfSeries[seriesKeys[i]] = i
        }
        let names = exprs.map { ColumnFlow.name(of: $0, in: relation.columns, source: source) }
        for i in rows.indices {
            try checkpoint.step()
            for (e, expr) in exprs.enumerated() {
                let now = values[i][e]
                let before = previous[i].map { values[$0][e] } ?? .null
                rows[i].append(before)
                rows[i].append(try difference(now, before, column: names[e], at: expr.range))
            }
        }
        var result = Relation(
            columns: ColumnFlow.delta(exprs, from: relation.columns, source: source), rows: rows)
        if let visible = relation.visible {
            result.visible = visible + Array(relation.columns.count..<result.columns.count)
        }
        return result
    }

    /// `latest per KEY…` (`earliest per` when `earliest`): for each distinct key, the row of
    /// the latest (earliest) capture; several rows of that capture: the last (first) of them.
    /// The rows kept come out in snapshot order.
    static func latest(
        _ relation: Relation, per keys: [Expr], earliest: Bool, variables: [String: Binding],
        cancellation: CancellationToken
    ) throws(RuntimeError) -> Relation {
        let compiler = ExprCompiler(columns: relation.columnNames, variables: variables)
        let compiled = try keys.map { (e) throws(RuntimeError) in try compiler.compile(e) }
        let order = SnapshotOrder(columns: relation.columnNames)
        var rowKeys: [[Value]] = []
        var captures: [SnapshotOrder.Key] = []
        var checkpoint = Checkpoint(cancellation)
        try guarded {
            for row in relation.rows {
                try checkpoint.step()
                rowKeys.append(try compiled.map { normalized(try $0(row)) })
                captures.append(order.key(row))
            }
        }
        let sorted = SnapshotOrder.sorted(captures)
        // The place in snapshot order of the row each key keeps.
        var kept: [[Value]: Int] = [:]
        for (place, i) in sorted.enumerated() {
            if earliest && kept[rowKeys[i]] != nil { continue }
            kept[rowKeys[i]] = place
        }
        var result = relation
        result.rows = Rows(relation.rows, reorderedBy: kept.values.sorted().map { sorted[$0] })
        return result
    }

    /// `now − before`, exact; null when either is null. Not numbers, or a difference past 18
    /// digits, is an error naming the column.
    private static func difference(
        _ now: Value, _ before: Value, column: String, at range: SourceRange
    ) throws(RuntimeError)
        -> Value
    {
        if now == .null || before == .null { return .null }
        guard now.isNumeric, before.isNumeric else {
            let wrong = now.isNumeric ? before : now
            throw RuntimeError("delta needs numbers, but '\(column)' holds \(ValueOps.typeName(wrong))", at: range)
        }
        do {
            return try ValueOps.arithmetic(.subtract, now, before)
        } catch {
            throw RuntimeError("delta of '\(column)': \(ExprCompiler.message(error))", at: range)
        }
    }

    /// Equal numbers are one key whatever their written decimals (`2.50` and `2.5`), as in `group`.
    private static func normalized(_ v: Value) -> Value {
        if case .number(let f) = v { return .number(f.normalized) }
        return v
    }
}
