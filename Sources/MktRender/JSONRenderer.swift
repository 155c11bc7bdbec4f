import MktCancel
import MktResult

/// An array of objects, one row per line, keys in column order; `[]` when there are no rows.
///
/// Rows are written as bytes into one reusable buffer (the keys encoded once, numbers
/// formatted in place, text escaped in runs) and handed to the sink in chunks of about 64 KiB.
enum JSONRenderer {
    /// `[`, then each row as it is read, then `]`.
    static func write(_ table: ResultTable, to sink: some RenderSink, checkpoint: inout Checkpoint) throws(Cancelled) {
        guard !table.rows.isEmpty else {
            sink.write("[]\n")
            return
        }
        // `"name":` and `,"pct":`, encoded once.
        let keys = uniqueKeys(table.columns.map(\.name)).enumerated().map { i, key in
            Array(((i > 0 ? "," : "") + JSONText.string(key) + ":").utf8)
        }
        var out = ByteBuffer()
        defer { out.flush(to: sink) }
        out.append("[\n")
        var first = true
        for row in table.rows {
            try checkpoint.tick()
            if !first { out.append(",\n") }
            first = false
            out.append(0x7B)  // {
            for (i, key) in keys.enumerated() {
                out.append(key)
                JSONText.appendLiteral(CellText.cell(row, i), to: &out)
            }
            out.append(0x7D)  // }
            out.flushIfFull(to: sink)
        }
        out.append("\n]\n")
    }

    /// Column names made unique (`value`, `value_2`), as `select` and the aggregates already
    /// name them: readers such as jq keep only the last of duplicate keys, which would
    /// silently drop a column of a table built another way.
    static func uniqueKeys(_ names: [String]) -> [String] {
        ColumnNames.unique(names)
    }
}
