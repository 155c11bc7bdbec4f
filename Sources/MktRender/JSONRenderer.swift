import MktCancel
import MktResult

/// An array of objects, one row per line, keys in column order; `[]` when there are no rows.
///
/// Rows are written as bytes into one reusable buffer (the keys encoded once, numbers
/// formatted in place, text escaped in runs) and handed to the sink in chunks of about 64 KiB.
enum JSONRenderer {
    /// `[`, then each row as it is read, then `]`.
    static func write(
        _ table: ResultTable, workers: Int = 1, to sink: some RenderSink, checkpoint: inout Checkpoint
    ) throws(Cancelled) {
        guard !table.rows.isEmpty else {
            sink.write("[]\n")
            return
        }
        // `"name":` and `,"pct":`, encoded once, side by side in one block (no array to
        // retain per cell).
        var encoded = ByteBuffer(capacity: 256)
        var keys: [Range<Int>] = []
        for (i, key) in uniqueKeys(table.columns.map(\.name)).enumerated() {
            let start = encoded.count
            encoded.append((i > 0 ? "," : "") + JSONText.string(key) + ":")
            keys.append(start..<encoded.count)
        }
        var out = ByteBuffer()
        defer { out.flush(to: sink) }
        out.append("[\n")
        if let cells = table.rows.cells {
            out.flush(to: sink)
            try CellWriter.write(
                cells, count: table.rows.count, format: .json, columns: table.columns.map(\.name), workers: workers,
                to: sink, checkpoint: &checkpoint)
            out.append("\n]\n")
            return
        }
        var first = true
        for row in table.rows {
            try checkpoint.tick()
            if !first { out.append(",\n") }
            first = false
            out.append(0x7B)  // {
            row.withUnsafeBufferPointer { cells in
                for i in keys.indices {
                    encoded.copy(keys[i], to: &out)
                    // A short row (which the evaluator should not make) has nulls.
                    JSONText.appendLiteral(i < cells.count ? cells[i] : .null, to: &out)
                }
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
