import MktCancel
import MktResult

/// An array of objects, one row per line, keys in column order; `[]` when there are no rows.
enum JSONRenderer {
    /// `[`, then each row as it is read, then `]`.
    static func write(_ table: ResultTable, to sink: some RenderSink, checkpoint: inout Checkpoint) throws(Cancelled) {
        guard !table.rows.isEmpty else {
            sink.write("[]\n")
            return
        }
        let keys = uniqueKeys(table.columns.map(\.name)).map(JSONText.string)
        sink.write("[\n")
        var first = true
        for row in table.rows {
            try checkpoint.tick()
            var out = first ? "{" : ",\n{"
            first = false
            for (i, key) in keys.enumerated() {
                if i > 0 { out += "," }
                out += key
                out += ":"
                JSONText.appendLiteral(CellText.cell(row, i), to: &out)
            }
            out += "}"
            sink.write(out)
        }
        sink.write("\n]\n")
    }

    /// Column names made unique (`value`, `value_2`), as `select` and the aggregates already
    /// name them: readers such as jq keep only the last of duplicate keys, which would
    /// silently drop a column of a table built another way.
    static func uniqueKeys(_ names: [String]) -> [String] {
        ColumnNames.unique(names)
    }
}
