import MarketModel
import MktResult

extension SessionState {
    /// The loaded snapshots in snapshot order (`SnapshotOrder`: by date, then id, which is the
    /// file name; undated ones first, in load order): the order `diff`'s "two latest" and
    /// `history` read them in, as `first`, `last` and `delta` read rows.
    public var chronological: [Snapshot] {
        let order = SnapshotOrder(columns: RowFields.instrumentsAllLead.map(\.name))
        let keys = snapshots.map { s in order.key(RowFields.instrumentsAllLead.map { $0.value(s) }) }
        return SnapshotOrder.sorted(keys).map { snapshots[$0] }
    }

    /// The loaded snapshot `name` stands for: its `n` in `snapshots`, its id, or a unique prefix
    /// of its id.
    func snapshotIndex(_ name: String, at range: SourceRange) throws(RuntimeError) -> Int {
        let ids = snapshots.map(\.id)
        let number = Int(name)
        if let n = number, n >= 1, n <= ids.count { return n - 1 }
        if let exact = ids.firstIndex(of: name) { return exact }
        let matches = ids.indices.filter { ids[$0].hasPrefix(name) }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw RuntimeError("'\(name)' could be \(Evaluator.list(matches.map { ids[$0] })); type more of the id", at: range)
        }
        if ids.isEmpty { throw RuntimeError("no snapshot is loaded; try 'load examples/snapshots'", at: range) }
        if let n = number {
            let valid = ids.count == 1 ? "use 1, the only one loaded" : "use 1 to \(ids.count)"
            let problem = n < 1 ? "snapshots are numbered from 1" : "there is no snapshot \(n)"
            throw RuntimeError("\(problem): \(valid) (see 'snapshots')", at: range)
        }
        throw RuntimeError(
            "no loaded snapshot is '\(name)' (see 'snapshots')", at: range,
            suggestion: Suggestions.closest(to: name, among: ids))
    }

}
