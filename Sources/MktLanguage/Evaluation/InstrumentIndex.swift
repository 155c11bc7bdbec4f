import MarketModel
import MktResult

/// A packed view of the instruments of the loaded snapshots, built once per load (lazily, by
/// the first query that reads instruments) and read by the fast paths of `where`, `group` and
/// the aggregates (`IndexFilter`, `IndexGrouping`) and by `Rows` to make rows.
///
/// Each row (an instrument of a snapshot, in load order, then ticker order) is two integers,
/// its snapshot and its *entry*, an interned (name as written, kind, region), and its numbers. Predicates and group keys
/// over names are computed once per entry, not once per row; the numbers are read from the
/// snapshots themselves. Names repeat page after page at the same place in the ticker, so
/// interning compares a name with the entry at its place on the previous page before hashing.
final class InstrumentIndex: Sendable {
    /// An interned instrument identity: everything a row holds that does not change per page.
    struct Entry: Sendable {
        let name: String
        let kind: InstrumentKind
        let region: Region
        /// The first row that has this entry (the row predicates over names are computed on).
        let firstRow: Int32
    }

    let snapshots: [Snapshot]
    /// `starts[s]` is the first row of snapshot `s`; one more entry holds the count.
    let starts: [Int]
    /// Per row: its snapshot, and its entry.
    let snapshotOfRow: [Int32]
    let entryOfRow: [Int32]
    let entries: [Entry]
    /// Per row, the numbers, packed: `value`, `change`, `pct` and `position` (as `Fixed`).
    let numbers: [NumberColumn]

    /// A number field of every row.
    struct NumberColumn: Sendable {
        var units: [Int64] = []
        var scales: [Int8] = []

        init(capacity: Int) {
            units.reserveCapacity(capacity)
            scales.reserveCapacity(capacity)
        }

        @inline(__always)
        func fixed(_ row: Int) -> Fixed { Fixed(units: units[row], scale: scales[row]) }

        mutating func append(_ f: Fixed) {
            units.append(f.units)
            scales.append(f.scale)
        }
    }

    /// The column of a number field.
    func column(_ field: IndexFilter.NumberField) -> NumberColumn { numbers[field.rawValue] }

    /// The values `instruments all` leads each snapshot's rows with (`Sources.instrumentsAllLead`).
    let leads: [[Value]]

    /// The index of `snapshots`, built in `workers` contiguous pieces at once (one thread
    /// each), then joined: the entries of each piece are interned again, in order, so the
    /// index is the same whatever the number of workers.
    init(_ snapshots: [Snapshot], workers: Int = 1, rowsPerPiece: Int = 50_000) {
        self.snapshots = snapshots
        var starts: [Int] = [0]
        starts.reserveCapacity(snapshots.count + 1)
        for s in snapshots.indices { starts.append((starts.last ?? 0) + snapshots[s].instruments.count) }
        let total = starts.last ?? 0
        let columns = RowColumns(rows: total)
        let pieces = Piece.build(snapshots, starts: starts, workers: workers, rowsPerPiece: rowsPerPiece, into: columns)
        var joined = pieces.first ?? Piece(rows: 0..<0)
        for piece in pieces.dropFirst() { joined.join(piece, in: columns) }
        self.starts = starts
        self.entries = joined.entries
        self.snapshotOfRow = RowColumns.take(columns.snapshotOfRow)
        self.entryOfRow = RowColumns.take(columns.entryOfRow)
        var numbers: [NumberColumn] = []
        for f in 0..<4 {
            var column = NumberColumn(capacity: 0)
            column.units = RowColumns.take(columns.units[f])
            column.scales = RowColumns.take(columns.scales[f])
            numbers.append(column)
        }
        self.numbers = numbers
        self.leads = snapshots.map(Sources.instrumentsAllLead)
    }

    /// An entry's identity: the name's exact bytes (`Pétrole` written with a combining accent
    /// is another entry than with `é`: it prints and sorts apart, though `==` finds them equal),
    /// its kind and its region.
    struct Key: Hashable {
        let name: String
        let kind: InstrumentKind
        let region: Region

        static func == (a: Key, b: Key) -> Bool {
            a.kind == b.kind && a.region == b.region && InstrumentIndex.sameBytes(a.name, b.name)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(kind)
            hasher.combine(region)
            hasher.combine(name.utf8.count)
            for byte in name.utf8 { hasher.combine(byte) }
        }
    }

    @inline(__always)
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
    }

    var rowCount: Int { entryOfRow.count }

    /// The instrument of `row`.
    func instrument(_ row: Int) -> Instrument {
        let s = Int(snapshotOfRow[row])
        return snapshots[s].instruments[row - starts[s]]
    }

    /// The row as `instruments all` makes it (`lead`), or as `instruments` does.
    func row(_ row: Int, lead: Bool) -> [Value] {
        let own = Sources.instrumentRow(instrument(row))
        guard lead else { return own }
        var made = leads[Int(snapshotOfRow[row])]
        made.reserveCapacity(made.count + own.count)
        made += own
        return made
    }

    /// The rows of snapshot `s`.
    func rows(of s: Int) -> Range<Int> { starts[s]..<starts[s + 1] }

    var allRows: Range<Int> { 0..<rowCount }
}

/// Which rows of an index a relation holds: `instruments all`, `instruments` (one snapshot,
/// without the lead), or what a `where` kept of them.
struct IndexedRows: Sendable {
    let index: InstrumentIndex
    /// Whether rows are led by their snapshot's date, id, status and language.
    let lead: Bool
    /// The rows, in order; nil for `range`, every row of the source.
    let selected: [Int32]?
    let range: Range<Int>

    var count: Int { selected?.count ?? range.count }

    /// The `i`-th row's number in the index.
    @inline(__always)
    func rowNumber(_ i: Int) -> Int {
        if let selected { return Int(selected[i]) }
        return range.lowerBound + i
    }

    func row(at i: Int) -> [Value] { index.row(rowNumber(i), lead: lead) }

    /// Calls `body` with each row's number, in order.
    @inline(__always)
    func forEach(_ body: (Int) -> Void) {
        if let selected {
            for r in selected { body(Int(r)) }
        } else {
            for r in range { body(r) }
        }
    }
}
