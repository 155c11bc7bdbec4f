import MarketModel
import MktCancel
import MktResult

/// `group` and the aggregates over index rows (`IndexedRows`) without making rows: group keys
/// that are plain fields of an instrument's identity (`name`, `kind`, `region`) or of its
/// snapshot (`date`, `snapshot`, `status`, `language`) become small integers computed once
/// per entry or per snapshot, and `count`, `sum`, `avg`, `min`, `max`, `first` and `last` of a
/// number field are folded row by row on `Fixed` with the exact arithmetic of `Aggregates`.
/// The result is the general path's (`Grouping.aggregate`) value for value; any other shape,
/// and any case where the exact answer would need the general path's fallbacks (overflow,
/// floating point), gives nil and the general path runs.
struct IndexGrouping {
    let rows: IndexedRows
    let columns: [ResultTable.Column]
    let source: SourceText

    private enum KeyField { case entry((InstrumentIndex.Entry) -> Value), snapshot(Int) }

    /// One aggregate's running state in one bucket.
    private struct Accumulator {
        var count = 0
        /// The exact sum at `scale` (`sum`, `avg`); `peak` is the largest partial sum's
        /// magnitude at that scale, so an overflow the general path would meet is seen here.
        var total: Int128 = 0
        var peak: UInt128 = 0
        var scale: Int8 = 0
        /// `min`, `max`, `first`, `last`: the value kept and (for the last two) its capture's rank.
        var best: Fixed?
        var rank = 0
        var overflow = false
    }

    func aggregate(
        by group: [Expr]?, aggregates: [Aggregate], cancellation: CancellationToken
    ) -> Relation? {
        let names = columns.map(\.name)
        func column(_ e: Expr) -> String? {
            guard case .field(let name, _) = e,
                let i = names.firstIndex(of: name) ?? names.firstIndex(where: { Vocabulary.key($0) == Vocabulary.key(name) })
            else { return nil }
            return names[i]
        }
        // The keys.
        var keyFields: [KeyField] = []
        for e in group ?? [] {
            switch column(e) {
            case "name": keyFields.append(.entry { .text($0.name) })
            case "kind": keyFields.append(.entry { .text($0.kind.rawValue) })
            case "region": keyFields.append(.entry { .text($0.region.rawValue) })
            case let c? where rows.lead && IndexFilter.snapshotFields.contains(c):
                guard let i = names.firstIndex(of: c) else { return nil }
                keyFields.append(.snapshot(i))
            default: return nil
            }
        }
        // The aggregates.
        var specs: [(kind: AggregateFunction, field: IndexFilter.NumberField?)] = []
        for a in aggregates {
            switch a.function {
            case .median, .stddev: return nil
            default: break
            }
            guard let argument = a.argument else {
                specs.append((a.function, nil))
                continue
            }
            guard let c = column(argument), let field = IndexFilter.NumberField(c) else { return nil }
            specs.append((a.function, field))
        }
        let index = rows.index
        // Each entry's and each snapshot's part of the key, as small integers.
        // A group's key is the one of its first row, as `Grouping` keeps it (`Pétrole` written
        // either way is one group, under the spelling met first).
        let entryValues: [[Value]] = index.entries.map { e in keyFields.map { if case .entry(let f) = $0 { f(e) } else { .null } } }
        let entryKeys = intern(entryValues)
        let bySnapshot = keyFields.contains { if case .snapshot = $0 { true } else { false } }
        let snapshotKeys =
            bySnapshot
            ? intern(index.leads.map { lead in keyFields.map { if case .snapshot(let i) = $0 { lead[i] } else { .null } } })
            : (ids: Array(repeating: 0, count: index.leads.count), values: [Array(repeating: .null, count: keyFields.count)], count: 1)
        let snapshotValues: [[Value]] =
            bySnapshot ? index.leads.map { lead in keyFields.map { if case .snapshot(let i) = $0 { lead[i] } else { .null } } } : []
        let (entryCount, snapshotCount) = (entryKeys.count, snapshotKeys.count)
        let dense = entryCount.multipliedReportingOverflow(by: snapshotCount)
        guard !dense.overflow, dense.partialValue <= 1 << 23 else { return nil }
        var bucketOf = [Int32](repeating: -1, count: dense.partialValue)
        var keyRows: [[Value]] = []
        var sizes: [Int] = []
        // First each row's bucket, then each aggregate in a loop of its own over the column.
        var bucketOfRow: [Int32] = []
        bucketOfRow.reserveCapacity(rows.count)
        var checkpoint = Checkpoint(cancellation)
        var stopped = false
        rows.forEach { r in
            if stopped || checkpoint.shouldStop() {
                stopped = true
                return
            }
            let entry = Int(index.entryOfRow[r]), snapshot = bySnapshot ? Int(index.snapshotOfRow[r]) : 0
            let e = entryKeys.ids[entry]
            let s = bySnapshot ? snapshotKeys.ids[snapshot] : 0
            let slot = e * snapshotCount + s
            var b = bucketOf[slot]
            if b < 0 {
                b = Int32(truncatingIfNeeded: keyRows.count)
                bucketOf[slot] = b
                let entryPart = entryValues[entry], snapshotPart = bySnapshot ? snapshotValues[snapshot] : []
                keyRows.append(
                    keyFields.indices.map { k in if case .entry = keyFields[k] { entryPart[k] } else { snapshotPart[k] } })
                sizes.append(0)
            }
            sizes[Int(b)] += 1
            bucketOfRow.append(b)
        }
        if stopped { return nil }
        // `first` and `last`: each snapshot's place in snapshot order.
        let ranks = specs.contains { $0.kind.picksInSnapshotOrder } ? snapshotRanks() : []
        var accumulators: [[Accumulator]] = []
        for spec in specs {
            guard let field = spec.field else {
                accumulators.append([])
                continue
            }
            accumulators.append(fold(spec.kind, index.column(field), buckets: bucketOfRow, count: keyRows.count, ranks: ranks))
            if cancellation.isCancelled { return nil }
        }
        // No rows and no group: one row over nothing.
        if group == nil && keyRows.isEmpty {
            keyRows = [[]]
            sizes = [0]
            accumulators = accumulators.map { _ in [Accumulator()] }
        }
        var result: [[Value]] = []
        result.reserveCapacity(keyRows.count)
        for b in keyRows.indices {
            var row = keyRows[b]
            if specs.isEmpty { row.append(.number(Fixed(sizes[b]))) }
            for a in specs.indices {
                guard specs[a].field != nil else {
                    row.append(.number(Fixed(sizes[b])))
                    continue
                }
                guard let v = Self.value(specs[a].kind, accumulators[a][b]) else { return nil }
                row.append(v)
            }
            result.append(row)
        }
        let aggregatedColumns = ColumnFlow.aggregated(
            keys: (group ?? []).map { ColumnFlow.name(of: $0, in: columns, source: source) }, aggregates: aggregates,
            from: columns, source: source)
        if group != nil {
            guard let sorted = try? Grouping.sortedByKeys(result, keyCount: keyFields.count, cancellation: cancellation)
            else { return nil }
            result = sorted
        }
        return Relation(columns: aggregatedColumns, rows: result)
    }

    /// Distinct key tuples (as `group` compares them: `Value` equality) and each item's id.
    private func intern(_ keys: [[Value]]) -> (ids: [Int], values: [[Value]], count: Int) {
        var byKey: [[Value]: Int] = [:]
        var values: [[Value]] = []
        let ids = keys.map { key in
            if let id = byKey[key] { return id }
            byKey[key] = values.count
            values.append(key)
            return values.count - 1
        }
        return (ids, values, max(1, values.count))
    }

    /// Each snapshot's place in snapshot order (`SnapshotOrder`), or all 0 in row order.
    private func snapshotRanks() -> [Int] {
        let order = SnapshotOrder(columns: columns.map(\.name))
        guard rows.lead, !order.isRowOrder else { return Array(repeating: 0, count: rows.index.leads.count) }
        let sorted = SnapshotOrder.sorted(rows.index.leads.map { order.key($0) })
        var ranks = Array(repeating: 0, count: sorted.count)
        for (place, s) in sorted.enumerated() { ranks[s] = place }
        return ranks
    }

    /// 10⁰ … 10¹⁸, the scales a `Fixed` has.
    private static let powers: [Int128] = (0...Int(Fixed.maxScale)).map { Fixed.pow128($0) }

    /// One aggregate of `column` per bucket (`buckets[i]` is the bucket of the i-th row), each
    /// kind in a loop of its own.
    private func fold(
        _ kind: AggregateFunction, _ column: InstrumentIndex.NumberColumn, buckets: [Int32], count: Int, ranks: [Int]
    ) -> [Accumulator] {
        var acc = Array(repeating: Accumulator(), count: count)
        var i = 0
        let index = rows.index
        switch kind {
        case .sum, .avg:
            let powers = Self.powers
            rows.forEach { r in
                let b = Int(buckets[i])
                i += 1
                let units = column.units[r], scale = column.scales[r]
                acc[b].count += 1
                if scale > acc[b].scale {
                    let p = powers[Int(scale - acc[b].scale)]
                    let (t, o1) = acc[b].total.multipliedReportingOverflow(by: p)
                    let (m, o2) = acc[b].peak.multipliedReportingOverflow(by: UInt128(p))
                    if o1 || o2 { acc[b].overflow = true }
                    (acc[b].total, acc[b].peak, acc[b].scale) = (t, m, scale)
                }
                let x = scale == acc[b].scale ? Int128(units) : Int128(units) * powers[Int(acc[b].scale - scale)]
                let (t, o) = acc[b].total.addingReportingOverflow(x)
                if o { acc[b].overflow = true }
                acc[b].total = t
                if t.magnitude > acc[b].peak { acc[b].peak = t.magnitude }
            }
        case .min, .max:
            let smallest = kind == .min
            rows.forEach { r in
                let b = Int(buckets[i])
                i += 1
                let x = column.fixed(r)
                acc[b].count += 1
                if let best = acc[b].best, smallest ? !(x < best) : !(best < x) { return }
                acc[b].best = x
            }
        case .first, .last:
            let first = kind == .first
            rows.forEach { r in
                let b = Int(buckets[i])
                i += 1
                let rank = ranks.isEmpty ? 0 : ranks[Int(index.snapshotOfRow[r])]
                acc[b].count += 1
                // Rows come in row order: the first keeps the earliest capture, the last the latest.
                if acc[b].best != nil, first ? rank >= acc[b].rank : rank < acc[b].rank { return }
                (acc[b].best, acc[b].rank) = (column.fixed(r), rank)
            }
        case .count, .median, .stddev:
            break
        }
        return acc
    }

    /// The aggregate's value, as `Aggregates.apply` gives it; nil when only the general path
    /// can give it (an overflow to report, a floating-point fallback).
    private static func value(_ kind: AggregateFunction, _ acc: Accumulator) -> Value? {
        if kind == .count { return .number(Fixed(acc.count)) }
        guard acc.count > 0 else { return .null }
        switch kind {
        case .sum, .avg:
            if acc.overflow || acc.peak > UInt128(Int128.max) { return nil }
            if kind == .sum { return Fixed.fitting(units: acc.total, scale: Int(acc.scale)).map(Value.number) }
            guard let mean = Fixed.divide(units: acc.total, scale: acc.scale, by: Fixed(acc.count)) else { return nil }
            return .number(mean.scale < acc.scale ? mean.rescaled(to: acc.scale) ?? mean : mean)
        default:
            return acc.best.map(Value.number) ?? .null
        }
    }
}
