import MktCancel
import MktResult

/// RFC 4180 CSV: a header row, `,` separators, LF line endings, no colour and no `+` signs.
///
/// Rows are written as bytes into one reusable buffer (numbers formatted in place, text copied
/// whole unless it needs quotes) and handed to the sink in chunks of about 64 KiB.
enum CSVRenderer {
    /// The header, then each row as it is read.
    static func write(
        _ table: ResultTable, workers: Int = 1, to sink: some RenderSink, checkpoint: inout Checkpoint
    ) throws(Cancelled) {
        guard !table.columns.isEmpty else { return }
        var out = ByteBuffer()
        // What was made before Ctrl-C still goes to the sink, as when each row went alone.
        defer { out.flush(to: sink) }
        for (i, column) in table.columns.enumerated() {
            if i > 0 { out.append(0x2C) }
            appendQuoted(column.name, to: &out)
        }
        out.append(0x0A)
        if let cells = table.rows.cells {
            out.flush(to: sink)
            try CellWriter.write(
                cells, count: table.rows.count, format: .csv, columns: table.columns.map(\.name), workers: workers,
                to: sink, checkpoint: &checkpoint)
            return
        }
        let count = table.columns.count
        for row in table.rows {
            try checkpoint.tick()
            row.withUnsafeBufferPointer { cells in
                for i in 0..<count {
                    if i > 0 { out.append(0x2C) }
                    // A short row (which the evaluator should not make) has empty fields.
                    if i < cells.count { appendField(cells[i], to: &out) }
                }
            }
            out.append(0x0A)
            out.flushIfFull(to: sink)
        }
    }

    /// One value as a CSV field: numbers as exact digits, booleans `true`/`false`, null empty.
    static func field(_ value: Value) -> String {
        quoted(value.plainText)
    }

    /// `field(value)`'s bytes, appended without making a string.
    static func appendField(_ value: Value, to out: inout ByteBuffer) {
        switch value {
        case .null: break
        case .bool(let b): out.append(b ? "true" : "false")
        case .number(let f): out.append(f)
        case .real, .text: appendQuoted(value.plainText, to: &out)
        }
    }

    /// Quotes a field that holds a separator, a quote or a line break, doubling its quotes.
    private static func quoted(_ text: String) -> String {
        var out = ByteBuffer(capacity: text.utf8.count + 2)
        appendQuoted(text, to: &out)
        return out.text
    }

    /// `text` as a field, quoted when it holds `,` `"` LF or CR: ASCII, so a scan of the UTF-8
    /// bytes finds them, and a quote is doubled byte by byte.
    private static func appendQuoted(_ text: String, to out: inout ByteBuffer) {
        var text = text
        text.withUTF8 { bytes in
            let special = bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            guard special else {
                out.append(bytes)
                return
            }
            out.append(0x22)
            for b in bytes {
                if b == 0x22 { out.append(0x22) }
                out.append(b)
            }
            out.append(0x22)
        }
    }
}
