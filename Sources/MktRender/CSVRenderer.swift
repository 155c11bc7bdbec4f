import MktCancel
import MktResult

/// RFC 4180 CSV: a header row, `,` separators, LF line endings, no colour and no `+` signs.
enum CSVRenderer {
    /// The header, then each row as it is read.
    static func write(_ table: ResultTable, to sink: some RenderSink, checkpoint: inout Checkpoint) throws(Cancelled) {
        guard !table.columns.isEmpty else { return }
        sink.write(record(table.columns.map { quoted($0.name) }))
        let columns = table.columns.indices
        for row in table.rows {
            try checkpoint.tick()
            sink.write(record(columns.map { field(CellText.cell(row, $0)) }))
        }
    }

    /// One value as a CSV field: numbers as exact digits, booleans `true`/`false`, null empty.
    static func field(_ value: Value) -> String {
        quoted(value.plainText)
    }

    private static func record(_ fields: [String]) -> String {
        fields.joined(separator: ",") + "\n"
    }

    /// Quotes a field that holds a separator, a quote or a line break, doubling its quotes.
    private static func quoted(_ text: String) -> String {
        // `,` `"` LF CR: ASCII, so a scan of the UTF-8 bytes finds them.
        var contiguous = text
        let special = contiguous.withUTF8 { bytes in
            bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        }
        guard special else { return text }
        var out = "\""
        for ch in text.unicodeScalars {
            if ch == "\"" { out += "\"" }
            out.unicodeScalars.append(ch)
        }
        return out + "\""
    }
}
