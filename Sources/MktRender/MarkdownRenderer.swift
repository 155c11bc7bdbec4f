import MktCancel
import MktResult

/// A GitHub-flavoured Markdown table: numeric columns right-aligned, `+` on rises, no colour.
///
/// The alignment row needs to know which columns are numeric, so the rows are read twice:
/// once for the kinds of their values, then to write them one by one.
enum MarkdownRenderer {
    static func write(_ table: ResultTable, to sink: some RenderSink, checkpoint: inout Checkpoint) throws(Cancelled) {
        guard !table.columns.isEmpty else { return }
        let numeric = try CellText.numericColumns(table, checkpoint: &checkpoint)
        sink.write(line(table.columns.map { escaped($0.name) }))
        sink.write(line(numeric.map { $0 ? "---:" : "---" }))
        let columns = table.columns
        for row in table.rows {
            try checkpoint.tick()
            sink.write(
                line(
                    columns.indices.map { i in
                        escaped(CellText.display(CellText.cell(row, i), signed: columns[i].isSigned))
                    }))
        }
    }

    private static func line(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |\n"
    }

    /// A pipe would end the cell and a line break the row.
    private static func escaped(_ text: String) -> String {
        var out = ""
        for ch in CellText.singleLine(text) {
            if ch == "|" { out += "\\" }
            out.append(ch)
        }
        return out
    }
}
