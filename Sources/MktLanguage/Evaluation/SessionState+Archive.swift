import MarketModel
import MktResult

extension SessionState {
    /// The loaded snapshots in archive order: by date, then by file name (the capture order a
    /// scraper's `YYYY-MM-DD_HHMM.txt` names give); snapshots without a date come first, in
    /// load order. `diff`'s "two latest" and the period of `history` read it.
    public var chronological: [Snapshot] {
        let keyed = snapshots.enumerated().map { i, s in (s, i, fileName(of: s)) }
        return keyed.sorted { a, b in
            switch (a.0.date, b.0.date) {
            case (nil, nil): return a.1 < b.1
            case (nil, _): return true
            case (_, nil): return false
            case (let x?, let y?):
                if x != y { return x < y }
                if a.2 != b.2 { return a.2 < b.2 }
                return a.1 < b.1
            }
        }.map(\.0)
    }

    /// The name of the file a snapshot was read from (`2026-01-02_0900.txt`), or its id.
    func fileName(of s: Snapshot) -> String {
        guard let path = files[s.id]?.file.path else { return s.id }
        return String(path.split(separator: "/").last ?? Substring(path))
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
