import MarketModel
import MktResult

/// The sources that compare instruments: `movers` within the current snapshot, `diff` between
/// two snapshots.
extension PipelineRunner {
    /// `movers [N]`: the N largest rises by pct, largest first, then the N largest falls,
    /// largest first; an instrument that did not move is neither. Ties keep ticker order.
    func movers(_ arguments: SourceArguments, at range: SourceRange) throws(RuntimeError) -> Relation {
        let snapshot = try state.requireCurrent(at: range)
        let n = try arguments.values.first.map { (e) throws(RuntimeError) in try count(e, range: e.range) } ?? 5
        let rises = snapshot.instruments.filter { $0.pct.units > 0 }
        let falls = snapshot.instruments.filter { $0.pct.units < 0 }
        // Stable: `sorted` keeps equal moves in ticker order only with the position as tie-break.
        let largestRises = rises.sorted { $0.pct != $1.pct ? $1.pct < $0.pct : $0.position < $1.position }.prefix(n)
        let largestFalls = falls.sorted { $0.pct != $1.pct ? $0.pct < $1.pct : $0.position < $1.position }.prefix(n)
        let source = SourceWord.Kind.movers.entry
        return Relation(
            columns: source.columns, rows: (largestRises + largestFalls).map { i in RowFields.movers.map { $0.value(i) } })
    }

    /// `diff [A B]`: every instrument of A and B by name, with its value in each. With no ids,
    /// the two latest snapshots in archive order (date, then file name). Rows follow B's
    /// ticker, then the instruments only A has, in A's order.
    func diff(_ arguments: SourceArguments, at range: SourceRange) throws(RuntimeError) -> Relation {
        let (a, b) = try comparedPair(arguments, at: range)
        var fromA: [String: Instrument] = [:]
        for i in a.instruments where fromA[TextFold.fold(i.name)] == nil { fromA[TextFold.fold(i.name)] = i }
        var seen = Set<String>()
        var comparisons: [RowFields.Comparison] = []
        for i in b.instruments {
            let key = TextFold.fold(i.name)
            guard seen.insert(key).inserted else { continue }
            comparisons.append(
                RowFields.Comparison(name: i.name, kind: i.kind, region: i.region, from: fromA[key]?.value, to: i.value))
        }
        for i in a.instruments where seen.insert(TextFold.fold(i.name)).inserted {
            comparisons.append(RowFields.Comparison(name: i.name, kind: i.kind, region: i.region, from: i.value, to: nil))
        }
        let source = SourceWord.Kind.diff.entry
        return Relation(columns: source.columns, rows: comparisons.map { c in RowFields.diff.map { $0.value(c) } })
    }

    /// The two snapshots `diff` compares: the ones named, or the two latest.
    private func comparedPair(_ arguments: SourceArguments, at range: SourceRange) throws(RuntimeError) -> (Snapshot, Snapshot) {
        if arguments.values.count == 2 {
            var picked: [Snapshot] = []
            for e in arguments.values {
                let v = try guarded { try compiler(Relation(columns: [], rows: [])).compile(e)([]) }
                if v == .null { throw RuntimeError("expected a snapshot's id or n, got null", at: e.range) }
                picked.append(state.snapshots[try state.snapshotIndex(v.plainText, at: e.range)])
            }
            return (picked[0], picked[1])
        }
        let ordered = state.chronological
        guard ordered.count >= 2 else {
            throw RuntimeError(
                ordered.isEmpty
                    ? "no snapshot is loaded; try 'load examples/snapshots'"
                    : "diff compares two snapshots, and only one is loaded; load another", at: range)
        }
        return (ordered[ordered.count - 2], ordered[ordered.count - 1])
    }
}
