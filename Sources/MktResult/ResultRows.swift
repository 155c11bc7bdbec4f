/// The rows of a result: stored, or a source that makes each row when it is read.
///
/// A renderer reads rows in order, one at a time, and writes each before reading the next,
/// so a result made on demand (`instruments all | to csv` over an archive) is never held
/// whole: its first rows are printed before its last are made. Reading the rows again makes
/// them again (the aligned table reads them twice: widths first, then the lines).
public struct ResultRows: RandomAccessCollection, Sendable, Equatable {
    private enum Storage: Sendable {
        case stored([[Value]])
        case source(count: Int, row: @Sendable (Int) -> [Value], rows: @Sendable () -> AnyIterator<[Value]>)
    }

    private let storage: Storage
    /// The same rows, cell by cell without making them, when their source can (CSV and JSON
    /// writers read them so).
    public let cells: (any CellRows)?

    /// Rows held in memory.
    public init(_ rows: [[Value]]) {
        storage = .stored(rows)
        cells = nil
    }

    /// `count` rows made on demand: `row(i)` makes row `i`, and `rows()` starts making them
    /// all in order (the way renderers read them, usually cheaper than one by one); `cells`
    /// reads the same rows cell by cell, when the source can.
    public init(
        count: Int, row: @escaping @Sendable (Int) -> [Value], rows: @escaping @Sendable () -> AnyIterator<[Value]>,
        cells: (any CellRows)? = nil
    ) {
        storage = .source(count: count, row: row, rows: rows)
        self.cells = cells
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .stored(let rows): rows.count
        case .source(let count, _, _): count
        }
    }

    public subscript(position: Int) -> [Value] {
        switch storage {
        case .stored(let rows): rows[position]
        case .source(_, let row, _): row(position)
        }
    }

    /// The rows in order, each made as it is reached.
    public func makeIterator() -> AnyIterator<[Value]> {
        switch storage {
        case .stored(let rows): AnyIterator(rows.makeIterator())
        case .source(_, _, let rows): rows()
        }
    }

    /// Every row as an array (rows made on demand are made now).
    public var array: [[Value]] {
        if case .stored(let rows) = storage { return rows }
        return Array(self)
    }

    public static func == (a: ResultRows, b: ResultRows) -> Bool {
        a.count == b.count && a.elementsEqual(b)
    }
}

extension ResultRows: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: [Value]...) { self.init(elements) }
}
