import MarketModel
import MktResult

/// Snapshot order, defined once: the order of captures in time that `first`, `last`, `delta`,
/// `latest per` and `earliest per` read rows in.
///
/// A row's place is given by its `date` column, then its snapshot id: the `snapshot` column
/// (`instruments all`), or `id` in rows that have no `snapshot` column (`snapshots`). The id is
/// the file name without `.txt`, so this is date, then file name. Dates and ids compare as
/// `sort` compares them (a null date comes first). Rows that tie (the same capture), and rows
/// without those columns, keep their order.
struct SnapshotOrder {
    /// The column of the date, and of the snapshot id, in the rows; nil when they have none.
    let date: Int?
    let id: Int?

    init(columns: [String]) {
        func position(_ name: String) -> Int? { columns.firstIndex { Vocabulary.key($0) == name } }
        date = position("date")
        id = position("snapshot") ?? position("id")
    }

    /// Whether the rows carry a capture at all (otherwise their order is the row order).
    var isRowOrder: Bool { date == nil && id == nil }

    /// A row's place in time, computed once per row.
    struct Key {
        fileprivate let date: SortValue?
        fileprivate let id: SortValue?

        /// -1, 0 or 1: which capture comes first; 0 for the same one.
        func compare(_ other: Key) -> Int {
            if let a = date, let b = other.date {
                let c = a.compare(b)
                if c != 0 { return c }
            }
            if let a = id, let b = other.id { return a.compare(b) }
            return 0
        }
    }

    func key(_ row: [Value]) -> Key {
        Key(
            date: date.map { SortValue($0 < row.count ? row[$0] : .null) },
            id: id.map { SortValue($0 < row.count ? row[$0] : .null) })
    }

    /// The positions `0..<keys.count` in snapshot order; positions of one capture keep their order.
    static func sorted(_ keys: [Key]) -> [Int] {
        keys.indices.sorted { a, b in
            let c = keys[a].compare(keys[b])
            return c != 0 ? c < 0 : a < b
        }
    }
}
