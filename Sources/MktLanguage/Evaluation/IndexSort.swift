import MarketModel
import MktResult

/// `sort` over index rows (`IndexedRows`) by plain fields, without making rows: each key's
/// `SortValue` per row, read from the packed numbers, or computed once per entry (`name`,
/// `kind`, `region`) or per snapshot (`date`, `snapshot`, `status`, `language`) and shared by
/// its rows. `PipelineRunner` then orders them exactly as it orders keys computed from rows.
enum IndexSort {
    /// One column of sort values per key, or nil when a key is not a plain field the index holds.
    static func keyColumns(_ rows: IndexedRows, columns: [String], keys: [SortKey]) -> [[SortValue]]? {
        let index = rows.index
        var result: [[SortValue]] = []
        for key in keys {
            guard case .field(let name, _) = key.expr,
                let c = columns.firstIndex(of: name) ?? columns.firstIndex(where: { Vocabulary.key($0) == Vocabulary.key(name) })
            else { return nil }
            let column = columns[c]
            var values: [SortValue] = []
            values.reserveCapacity(rows.count)
            if let field = IndexFilter.NumberField(column) {
                let numbers = index.column(field)
                rows.forEach { r in values.append(SortValue(.number(numbers.fixed(r)))) }
            } else if IndexFilter.entryFields.contains(column) {
                // The row's value of the field, as the row would hold it.
                let offset = rows.lead ? RowFields.instrumentsAllLead.count : 0
                guard let f = InstrumentField.all.firstIndex(where: { $0.name == column }), c == offset + f else { return nil }
                let perEntry = index.entries.map { e in SortValue(index.row(Int(e.firstRow), lead: rows.lead)[c]) }
                rows.forEach { r in values.append(perEntry[Int(index.entryOfRow[r])]) }
            } else if rows.lead, IndexFilter.snapshotFields.contains(column), c < RowFields.instrumentsAllLead.count {
                let perSnapshot = index.leads.map { SortValue($0[c]) }
                rows.forEach { r in values.append(perSnapshot[Int(index.snapshotOfRow[r])]) }
            } else {
                return nil
            }
            result.append(values)
        }
        return result
    }
}
