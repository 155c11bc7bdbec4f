/// Rows of values under named columns: what a pipeline produces and a renderer prints.
public struct ResultTable: Sendable, Equatable {
    /// What a column is, for the renderer to decide how it looks.
    public struct Column: Sendable, Equatable {
        public var name: String
        /// A signed quantity (a change, a percentage): a rise and a fall are told apart, so a
        /// renderer may show `+` on rises and colour by sign.
        public var isSigned: Bool

        public init(_ name: String, signed: Bool = false) {
            self.name = name
            self.isSigned = signed
        }
    }

    public var columns: [Column]
    /// The rows, stored or made on demand as a renderer pulls them.
    public var rows: ResultRows
    /// How a table view draws more than its grid (a sparkline, sections, bars); nil for a
    /// plain grid. Only the aligned table draws it.
    public var decoration: TableDecoration?

    public init(columns: [Column], rows: [[Value]], decoration: TableDecoration? = nil) {
        self.init(columns: columns, rows: ResultRows(rows), decoration: decoration)
    }

    public init(columns: [Column], rows: ResultRows, decoration: TableDecoration? = nil) {
        self.columns = columns
        self.rows = rows
        self.decoration = decoration
    }
}
