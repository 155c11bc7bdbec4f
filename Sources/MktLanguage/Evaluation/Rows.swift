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
        case instruments(InstrumentRows)
        case reordered(Rows, [Int])
    }

    private let storage: Storage

    public init(_ rows: [[Value]]) { storage = .stored(rows) }

    /// Every instrument of `snapshots`, each row led by its snapshot's date and id.
    init(instrumentsOf snapshots: [Snapshot]) { storage = .instruments(InstrumentRows(snapshots)) }

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
        case .instruments(let made): made.count
        case .reordered(_, let positions): positions.count
        }
    }

    public subscript(position: Int) -> [Value] {
        switch storage {
        case .stored(let rows): rows[position]
        case .instruments(let made): made.row(at: position)
        case .reordered(let base, let positions): base[positions[position]]
        }
    }

    /// In order, without the index arithmetic of random access: the way stages read rows.
    public func makeIterator() -> Iterator {
        switch storage {
        case .stored(let rows): Iterator(stored: rows.makeIterator())
        case .instruments(let made): Iterator(made: made.makeIterator())
        case .reordered(let base, let positions): Iterator(base: base, positions: positions.makeIterator())
        }
    }

    public struct Iterator: IteratorProtocol {
        fileprivate var stored: IndexingIterator<[[Value]]>?
        fileprivate var made: InstrumentRows.Iterator?
        fileprivate var base: Rows?
        fileprivate var positions: IndexingIterator<[Int]>?

        fileprivate init(stored: IndexingIterator<[[Value]]>) { self.stored = stored }
        fileprivate init(made: InstrumentRows.Iterator) { self.made = made }
        fileprivate init(base: Rows, positions: IndexingIterator<[Int]>) {
            self.base = base
            self.positions = positions
        }

        public mutating func next() -> [Value]? {
            if stored != nil { return stored?.next() }
            if made != nil { return made?.next() }
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

/// `instruments all`, made row by row: where each snapshot's rows start, and the snapshots.
private struct InstrumentRows: Sendable {
    let snapshots: [Snapshot]
    /// `starts[k]` is the index of snapshot k's first row; one more entry holds the count.
    let starts: [Int]

    init(_ snapshots: [Snapshot]) {
        self.snapshots = snapshots
        var starts = [0]
        starts.reserveCapacity(snapshots.count + 1)
        for s in snapshots { starts.append((starts.last ?? 0) + s.instruments.count) }
        self.starts = starts
    }

    var count: Int { starts.last ?? 0 }

    func row(at position: Int) -> [Value] {
        // The last snapshot whose first row is at or before `position`: snapshots without
        // instruments share their start with the next one, so the last of them is the one
        // that holds the row.
        var low = 0
        var high = snapshots.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= position { low = mid } else { high = mid - 1 }
        }
        return Self.row(snapshots[low], snapshots[low].instruments[position - starts[low]])
    }

    static func row(_ s: Snapshot, _ i: Instrument) -> [Value] {
        var row = Sources.instrumentsAllLead(s)
        row.reserveCapacity(row.count + InstrumentField.all.count)
        row += Sources.instrumentRow(i)
        return row
    }

    func makeIterator() -> Iterator { Iterator(snapshots: snapshots) }

    struct Iterator: IteratorProtocol {
        let snapshots: [Snapshot]
        var snapshot = 0
        var instrument = 0
        var leading: [Value]?

        init(snapshots: [Snapshot]) { self.snapshots = snapshots }

        mutating func next() -> [Value]? {
            while snapshot < snapshots.count {
                let s = snapshots[snapshot]
                if instrument < s.instruments.count {
                    let lead = leading ?? Sources.instrumentsAllLead(s)
                    leading = lead
                    var row = lead
                    row.reserveCapacity(lead.count + InstrumentField.all.count)
                    row += Sources.instrumentRow(s.instruments[instrument])
                    instrument += 1
                    return row
                }
                snapshot += 1
                instrument = 0
                leading = nil
            }
            return nil
        }
    }
}
