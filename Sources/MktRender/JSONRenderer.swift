import MarketModel

/// An array of objects, one row per line, keys in column order; `[]` when there are no rows.
enum JSONRenderer {
    static func render(_ table: ResultTable, isCancelled: () -> Bool) -> String? {
        guard !table.rows.isEmpty else { return "[]\n" }
        let keys = uniqueKeys(table.columns.map(\.name)).map(JSONText.string)
        var out = "[\n"
        for (n, row) in table.rows.enumerated() {
            if Renderer.isCheckpoint(n), isCancelled() { return nil }
            out += n == 0 ? "{" : ",\n{"
            for (i, key) in keys.enumerated() {
                if i > 0 { out += "," }
                out += key
                out += ":"
                JSONText.appendLiteral(CellText.cell(row, i), to: &out)
            }
            out += "}"
        }
        out += "\n]\n"
        return out
    }

    /// Column names made unique (`value`, `value_2`), as `select` and the aggregates already
    /// name them: readers such as jq keep only the last of duplicate keys, which would
    /// silently drop a column of a table built another way.
    static func uniqueKeys(_ names: [String]) -> [String] {
        ColumnNames.unique(names)
    }
}
