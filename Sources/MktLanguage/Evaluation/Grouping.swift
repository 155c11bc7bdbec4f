import MarketModel

/// Aggregate stages: one row of aggregates, or one row per group after `group`.
enum Grouping {
    /// The `group` key columns first (when grouping), then one column per aggregate. Groups
    /// come out in key order (first key first). With no aggregates, each group is counted.
    /// `isCancelled` is polled every few thousand rows: Ctrl-C stops with `interrupted`.
    static func aggregate(
        _ relation: Relation, by group: [(key: RowFunction, name: String)]?, aggregates: [Aggregate],
        source: SourceText, variables: [String: Binding], isCancelled: () -> Bool = { false }
    ) throws(RuntimeError) -> Relation {
        let compiler = ExprCompiler(columns: relation.columnNames, variables: variables)
        let specs: [(kind: Aggregates.Kind, argument: RowFunction?, name: String, label: String?, range: SourceRange)] =
            try aggregates.map { (a) throws(RuntimeError) in
                let kind = Aggregates.Kind(rawValue: a.function.rawValue) ?? .count
                let text: String? = a.argument.map { e in
                    if case .field(let f, _) = e { return f }
                    return String(source.slice(e.range))
                }
                let label: String? = a.argument.flatMap { e in
                    if case .field(let f, _) = e { return f }
                    return nil
                }
                return (
                    kind, try a.argument.map { (e) throws(RuntimeError) in try compiler.compile(e) },
                    Aggregates.columnName(kind, expression: text), label, a.range
                )
            }
        let counting = specs.isEmpty
        var columns: [ResultTable.Column] = []
        for key in group ?? [] {
            columns.append(ResultTable.Column(key.name, signColored: Relation.isSignColored(key.name)))
        }
        if counting { columns.append(ResultTable.Column("count")) }
        for s in specs { columns.append(ResultTable.Column(s.name, signColored: Relation.isSignColored(s.name))) }

        // Bucket the rows' positions by key, in first-seen order, then sort the keys. Rows
        // are read again by position, so `instruments all` is never held whole.
        var buckets: [[Int]] = []
        var keys: [[Value]] = []
        if let group {
            var index: [[Value]: Int] = [:]
            try guarded {
                for (i, row) in relation.rows.enumerated() {
                    if i & 4095 == 0, isCancelled() { throw RuntimeError("interrupted", kind: .interrupted) }
                    let key = try group.map { normalized(try $0.key(row)) }
                    if let b = index[key] {
                        buckets[b].append(i)
                    } else {
                        index[key] = buckets.count
                        keys.append(key)
                        buckets.append([i])
                    }
                }
            }
        }
        var rows: [[Value]] = []
        for b in 0..<(group == nil ? 1 : buckets.count) {
            var row: [Value] = group == nil ? [] : keys[b]
            let size = group == nil ? relation.rows.count : buckets[b].count
            if counting { row.append(.number(Fixed(size))) }
            for s in specs {
                guard let f = s.argument else {
                    row.append(.number(Fixed(size)))  // `count`: the rows, nulls included
                    continue
                }
                let values: [Value] = try guarded {
                    var values: [Value] = []
                    values.reserveCapacity(size)
                    func add(_ row: [Value], _ n: Int) throws {
                        if n & 4095 == 0, isCancelled() { throw RuntimeError("interrupted", kind: .interrupted) }
                        values.append(try f(row))
                    }
                    if group == nil {
                        for (n, row) in relation.rows.enumerated() { try add(row, n) }
                    } else {
                        for (n, i) in buckets[b].enumerated() { try add(relation.rows[i], n) }
                    }
                    return values
                }
                do {
                    row.append(try Aggregates.apply(s.kind, to: values, column: s.label))
                } catch {
                    throw RuntimeError(error.message, at: s.range)
                }
                // An aggregate is not interrupted while it works (median sorts all its values).
                if isCancelled() { throw RuntimeError("interrupted", kind: .interrupted) }
            }
            rows.append(row)
        }
        if let group {
            rows.sort { a, b in
                for k in group.indices {
                    let c = ValueOps.compare(a[k], b[k])
                    if c != 0 { return c < 0 }
                }
                return false
            }
        }
        return Relation(columns: Relation.uniquelyNamed(columns), rows: rows)
    }

    /// Equal numbers group together whatever their written decimals (`2.50` and `2.5`).
    private static func normalized(_ v: Value) -> Value {
        if case .number(let f) = v { return .number(f.normalized) }
        return v
    }
}
