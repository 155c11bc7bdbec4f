import MarketModel

/// Rows that can hand their cells to a writer one by one, in column order, without making a
/// row (`[Value]`) per row: the way rows held packed (the instrument index) reach the CSV and
/// JSON writers. What the writer receives is what the rows' values are, cell for cell.
public protocol CellRows: Sendable {
    /// Reads rows `positions` (0 is the first row) in order, each cell to `visitor`, then its
    /// `endRow()`; stops early when that returns false.
    func visit<V: CellVisitor & ~Copyable>(_ positions: Range<Int>, into visitor: inout V)
}

/// Receives the cells of rows in column order, then the end of each row.
public protocol CellVisitor: ~Copyable {
    mutating func null()
    mutating func number(_ value: Fixed)
    mutating func bool(_ value: Bool)
    /// A cell whose column holds one of `keys` values that repeat from row to row (a name, a
    /// snapshot's date): `key` (in `0..<keys`) tells which, and `value()` makes it, so a
    /// writer may encode each of them once.
    mutating func repeated(_ key: Int, of keys: Int, _ value: () -> Value)
    /// Any other cell.
    mutating func value(_ value: Value)
    /// The row is over; false stops the reading (Ctrl-C).
    mutating func endRow() -> Bool
}
