import MarketModel
import MktResult

/// The rows of a relation: stored, or made one at a time from the loaded snapshots.
///
/// `instruments all` over an archive is millions of rows; stages that keep few of them
/// (`where`, `take`, the aggregates, `group`) read the snapshots row by row instead of holding
/// every row at once, and `let x = instruments all` costs nothing. `sort` keeps the new order
/// of the rows it was given, not copies of them.
public struct Rows: RandomAccessCollection, Sendable, Equatable {
    private indirect enum Storage: Sendable {
        case stored([[Value]])
        case perSnapshot(SnapshotRows)
        case reordered(Rows, [Int])
        case indexed(IndexedRows)
    }

    private let storage: Storage

    public init(_ rows: [[Value]]) { storage = .stored(rows) }

    /// Every instrument of `snapshots`, each row led by its snapshot's date and id.
    init(instrumentsOf snapshots: [Snapshot]) {
        storage = .perSnapshot(
            SnapshotRows(snapshots, count: { $0.instruments.count }, item: { Sources.instrumentRow($0.instruments[$1]) }))
    }

    /// `count(s)` items of each of `snapshots`, each row led by its snapshot's date and id
    /// (`Sources.instrumentsAllLead`), then `item(s, k)`, made as they are read.
    init(
        eachOf snapshots: [Snapshot], count: @escaping @Sendable (Snapshot) -> Int,
        item: @escaping @Sendable (Snapshot, Int) -> [Value]
    ) {
        storage = .perSnapshot(SnapshotRows(snapshots, count: count, item: item))
    }

    /// Rows of an instrument index (`instruments`, `instruments all`, what `where` kept of them).
    init(indexed: IndexedRows) { storage = .indexed(indexed) }

    /// The index rows these are, when they are (the fast paths read them without making rows).
    var indexed: IndexedRows? {
        if case .indexed(let rows) = storage { return rows }
        return nil
    }

    /// The rows cell by cell, for the CSV and JSON writers, when they are index rows, or index
    /// rows sorted (`instruments all | sort pct | to csv`).
    var cells: (any CellRows)? {
        switch storage {
        case .indexed(let rows): return rows
        case .reordered(let base, let positions):
            guard let rows = base.indexed else { return nil }
            let selected = positions.map { Int32(truncatingIfNeeded: rows.rowNumber($0)) }
            return IndexedRows(index: rows.index, lead: rows.lead, selected: selected, range: rows.range)
        default: return nil
        }
    }

    /// `base`'s rows in the order of `positions` (each an index of `base`).
    init(_ base: Rows, reorderedBy positions: [Int]) {
        switch base.storage {
        case .reordered(let inner, let innerPositions):
            // A sort of sorted rows: one step back to the rows themselves.
            storage = .reordered(inner, positions.map { innerPositions[$0] })
        default:
            storage = .reordered(base, positions)
        }
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .stored(let rows): rows.count
        case .perSnapshot(let made): made.count
        case .reordered(_, let positions): positions.count
        case .indexed(let rows): rows.count
        }
    }

    public subscript(position: Int) -> [Value] {
        switch storage {
        case .stored(let rows): rows[position]
        case .perSnapshot(let made): made.row(at: position)
        case .reordered(let base, let positions): base[positions[position]]
        case .indexed(let rows): rows.row(at: position)
        }
    }

    /// In order, without the index arithmetic of random access: the way stages read rows.
    public func makeIterator() -> Iterator {
        switch storage {
        case .stored(let rows): Iterator(stored: rows.makeIterator())
        case .perSnapshot(let made): Iterator(made: made.makeIterator())
        case .reordered(let base, let positions): Iterator(base: base, positions: positions.makeIterator())
        case .indexed(let rows): Iterator(indexed: rows)
        }
    }

    public struct Iterator: IteratorProtocol {
        fileprivate var stored: IndexingIterator<[[Value]]>?
        fileprivate var made: SnapshotRows.Iterator?
        fileprivate var base: Rows?
        fileprivate var positions: IndexingIterator<[Int]>?
        fileprivate var indexed: IndexedRows?
        fileprivate var indexedNext = 0

        fileprivate init(stored: IndexingIterator<[[Value]]>) { self.stored = stored }
        fileprivate init(made: SnapshotRows.Iterator) { self.made = made }
        fileprivate init(indexed: IndexedRows) { self.indexed = indexed }
        fileprivate init(base: Rows, positions: IndexingIterator<[Int]>) {
            self.base = base
            self.positions = positions
        }

        public mutating func next() -> [Value]? {
            if stored != nil { return stored?.next() }
            if made != nil { return made?.next() }
            if let indexed {
                guard indexedNext < indexed.count else { return nil }
                indexedNext += 1
                return indexed.row(at: indexedNext - 1)
            }
            guard let base, let p = positions?.next() else { return nil }
            return base[p]
        }
    }

    /// The rows as an array (made rows are made now).
    public var array: [[Value]] {
        if case .stored(let rows) = storage { return rows }
        return Array(self)
    }

    public static func == (a: Rows, b: Rows) -> Bool {
        a.count == b.count && a.elementsEqual(b)
    }
}

extension Rows: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: [Value]...) { self.init(elements) }
}

/// Rows of every snapshot made one at a time (`instruments all`, `headlines all`): where each
/// snapshot's rows start, the snapshots, and how to make a snapshot's k-th row after its lead.
private struct SnapshotRows: Sendable {
    let snapshots: [Snapshot]
    /// `starts[k]` is the index of snapshot k's first row; one more entry holds the count.
    let starts: [Int]
    /// A snapshot's k-th row, without the lead.
    let item: @Sendable (Snapshot, Int) -> [Value]

    init(
        _ snapshots: [Snapshot], count: @escaping @Sendable (Snapshot) -> Int,
        item: @escaping @Sendable (Snapshot, Int) -> [Value]
    ) {
        self.snapshots = snapshots
        self.item = item
        var starts = [0]
        starts.reserveCapacity(snapshots.count + 1)
        for s in snapshots { starts.append((starts.last ?? 0) + count(s)) }
        self.starts = starts
    }

    var count: Int { starts.last ?? 0 }

    func row(at position: Int) -> [Value] {
        // The last snapshot whose first row is at or before `position`: snapshots without
        // rows share their start with the next one, so the last of them is the one that
        // holds the row.
        var low = 0
        var high = snapshots.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= position { low = mid } else { high = mid - 1 }
        }
        var row = Sources.instrumentsAllLead(snapshots[low])
        row += item(snapshots[low], position - starts[low])
        return row
    }

    func makeIterator() -> Iterator { Iterator(rows: self) }

    struct Iterator: IteratorProtocol {
        let rows: SnapshotRows
        var snapshot = 0
        var k = 0
        var itemsHere: Int?
        var leading: [Value]?

        init(rows: SnapshotRows) { self.rows = rows }

        mutating func next() -> [Value]? {
            while snapshot < rows.snapshots.count {
                let s = rows.snapshots[snapshot]
                let count = itemsHere ?? rows.starts[snapshot + 1] - rows.starts[snapshot]
                itemsHere = count
                if k < count {
                    let lead = leading ?? Sources.instrumentsAllLead(s)
                    leading = lead
                    var row = lead
                    let own = rows.item(s, k)
                    row.reserveCapacity(lead.count + own.count)
                    row += own
                    k += 1
                    return row
                }
                snapshot += 1
                k = 0
                itemsHere = nil
                leading = nil
            }
            return nil
        }
    }
}
