import MarketModel
import MktResult

/// Rows under named columns, as they flow through a pipeline.
///
/// Sources may carry more columns than a table shows by default (`prev`, `consistent`):
/// `visible` lists the ones shown when nothing was selected.
public struct Relation: Sendable, Equatable {
    public var columns: [ResultTable.Column]
    public var rows: Rows
    /// Indexes of the columns a table shows by default; nil shows them all.
    public var visible: [Int]?
    /// How a table draws these rows beyond the grid (`history`'s sparkline, `board`'s
    /// sections, `chart`'s bars), from the source or stage that made them. The stages that
    /// keep the columns (`where`, `sort`, `take`, `last`) keep it, so the drawing is of the
    /// rows that reach the table; `select`, `group` and the aggregates make rows without it.
    public var decoration: TableDecoration?

    public init(
        columns: [ResultTable.Column], rows: [[Value]], visible: [Int]? = nil, decoration: TableDecoration? = nil
    ) {
        self.init(columns: columns, rows: Rows(rows), visible: visible, decoration: decoration)
    }

    public init(columns: [ResultTable.Column], rows: Rows, visible: [Int]? = nil, decoration: TableDecoration? = nil) {
        self.columns = columns
        self.rows = rows
        self.visible = visible
        self.decoration = decoration
    }

    public var columnNames: [String] { columns.map(\.name) }

    /// The result to print: the visible columns only when `allColumns` is false. Its rows are
    /// these rows, read as the renderer reaches them: nothing is copied or made before.
    public func table(allColumns: Bool) -> ResultTable {
        let rows = self.rows
        guard !allColumns, let visible else {
            return ResultTable(
                columns: columns,
                rows: ResultRows(
                    count: rows.count, row: { rows[$0] }, rows: { AnyIterator(rows.makeIterator()) }, cells: rows.cells),
                decoration: decoration)
        }
        let project = { @Sendable (row: [Value]) in visible.map { $0 < row.count ? row[$0] : .null } }
        return ResultTable(
            columns: visible.map { columns[$0] },
            rows: ResultRows(
                count: rows.count, row: { project(rows[$0]) },
                rows: {
                    var base = rows.makeIterator()
                    return AnyIterator { base.next().map(project) }
                }),
            decoration: decoration)
    }

    /// `columns` with repeated names made unique (`value`, `value_2`): the stages that name
    /// columns (`select`, the aggregates) call it, so tables, CSV, JSON and later stages all
    /// see the same names and `where value_2 > 100` reaches the second column.
    static func uniquelyNamed(_ columns: [ResultTable.Column]) -> [ResultTable.Column] {
        let names = ColumnNames.unique(columns.map(\.name))
        return zip(columns, names).map { column, name in
            var renamed = column
            renamed.name = name
            return renamed
        }
    }
}
