import MarketModel

/// A GitHub-flavoured Markdown table: numeric columns right-aligned, `+` on rises, no colour.
enum MarkdownRenderer {
    static func render(_ table: ResultTable, isCancelled: () -> Bool) -> String? {
        guard !table.columns.isEmpty else { return "" }
        let numeric = CellText.numericColumns(table)
        var out = line(table.columns.map { escaped($0.name) })
        out += line(numeric.map { $0 ? "---:" : "---" })
        for (i, row) in table.rows.enumerated() {
            if Renderer.isCheckpoint(i), isCancelled() { return nil }
            out += line(
                table.columns.indices.map { i in
                    escaped(CellText.display(CellText.cell(row, i), signed: table.columns[i].signColored))
                })
        }
        return out
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
