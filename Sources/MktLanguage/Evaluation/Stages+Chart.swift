import MarketModel
import MktResult

/// `chart EXPR`: two columns, a label and the value of EXPR, drawn in a table as a bar per
/// row (`TableDecoration.chart`); `to csv` and `save` give the label and value rows.
///
/// The label is the `name` column, else the first column whose first value (not null) is
/// text, else the row's place (`n`, from 1). A null value is kept as a row (listed with no
/// bar, and the table notes it); any other value that is not a number (text, true/false) is an error
/// pointing at EXPR.
extension PipelineRunner {
    func chart(_ expr: Expr, of relation: Relation, at range: SourceRange) throws(RuntimeError) -> Relation {
        let value = try compiler(relation).compile(expr)
        let label = Self.chartLabel(of: relation)
        var rows: [[Value]] = []
        var n = 0
        for row in relation.rows {
            if cancellation.isCancelled { throw RuntimeError.interrupted }
            n += 1
            let v = try guarded { try value(row) }
            switch v {
            case .number, .real, .null: break
            case .text, .bool:
                throw RuntimeError(
                    "chart draws numbers, but row \(n) gives \(ValueOps.typeName(v)) '\(v.plainText)'", at: expr.range)
            }
            let labelValue = label.map { $0 < row.count ? row[$0] : .null } ?? .number(Fixed(n))
            rows.append([labelValue, v])
        }
        let columns = ColumnFlow.charted(expr, from: relation.columns, labelName: label.map { relation.columns[$0].name }, source: source)
        return Relation(
            columns: columns, rows: rows, decoration: .chart(valueColumn: columns[1].name, labelColumn: columns[0].name))
    }

    /// The column that labels the bars: `name`, else the first holding text.
    static func chartLabel(of relation: Relation) -> Int? {
        if let name = relation.columns.firstIndex(where: { $0.name == "name" }) { return name }
        var undecided = Set(relation.columns.indices)
        var firstText: Int?
        for row in relation.rows where !undecided.isEmpty {
            for i in undecided.sorted() where i < row.count && row[i] != .null {
                undecided.remove(i)
                if case .text = row[i], firstText.map({ i < $0 }) ?? true { firstText = i }
            }
            // Every column before the first text one is known not to be text: no other can lead.
            if let firstText, !undecided.contains(where: { $0 < firstText }) { return firstText }
        }
        return firstText
    }
}

extension ColumnFlow {
    /// `chart`'s columns: the label (`labelName`; when the rows are not known, `name`, else the
    /// first column), then the value, named as a `select` item would be.
    static func charted(
        _ expr: Expr, from columns: [ResultTable.Column], labelName: String? = nil, source: SourceText
    ) -> [ResultTable.Column] {
        let valueName = name(of: expr, in: columns, source: source)
        let label =
            labelName ?? (columns.contains { $0.name == "name" } ? "name" : columns.first { $0.name != valueName }?.name ?? "n")
        let valueColumn = columns.first { $0.name == valueName }.map { ResultTable.Column(valueName, signed: $0.isSigned) }
        return Relation.uniquelyNamed([ResultTable.Column(label), valueColumn ?? column(valueName)])
    }
}
