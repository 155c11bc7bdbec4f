import MarketModel

/// Aligned columns for a terminal: a header, a `─` rule, then the rows.
///
/// Columns are two spaces apart, numbers right-aligned and everything else left-aligned, with
/// widths measured in terminal columns (`DisplayWidth`) so accents, `€` and CJK line up.
enum TableRenderer {
    static let gap = "  "
    static let rule: Character = "─"

    static func render(_ table: ResultTable, color: Bool, maxWidth: Int?, isCancelled: () -> Bool) -> String? {
        guard !table.columns.isEmpty else { return "" }
        let numeric = CellText.numericColumns(table)
        let header = table.columns.map { CellText.singleLine($0.name) }
        var body: [[Cell]] = []
        body.reserveCapacity(table.rows.count)
        for (n, row) in table.rows.enumerated() {
            if Renderer.isCheckpoint(n), isCancelled() { return nil }
            body.append(table.columns.indices.map { i in Cell(CellText.cell(row, i), signColored: table.columns[i].signColored) })
        }

        let natural = table.columns.indices.map { i in
            body.reduce(DisplayWidth.of(header[i])) { max($0, $1[i].width) }
        }
        // The widest number is the floor of a column: a cut number would be a wrong number.
        let floors = table.columns.indices.map { i in
            body.reduce(0) { $1[i].isNumber ? max($0, $1[i].width) : $0 }
        }
        var widths = natural
        var shown = natural.count
        if let maxWidth {
            (widths, shown) = ColumnFit.plan(natural: natural, floors: floors, numeric: numeric, limit: maxWidth)
        }
        // Columns hidden on the right leave a `…` column in their place and a note below.
        let hidden = table.columns[shown...].map { CellText.singleLine($0.name) }
        let marker = hidden.isEmpty ? [] : [(text: String(ColumnFit.ellipsis), width: 1, sgr: color ? ANSI.dim : nil)]
        let markerWidth = hidden.isEmpty ? [] : [1]
        let align = Array(numeric[..<shown]) + (hidden.isEmpty ? [] : [false])

        var out = ""
        let headerCells = (0..<shown).map { i in
            let text = ColumnFit.cut(header[i], to: widths[i])
            return (text: text, width: DisplayWidth.of(text), sgr: color ? ANSI.dim : nil)
        }
        out += line(headerCells + marker, widths: widths + markerWidth, rightAligned: align)
        out += line(
            (widths + markerWidth).map { (text: String(repeating: rule, count: $0), width: $0, sgr: nil) },
            widths: widths + markerWidth, rightAligned: align)
        for (n, row) in body.enumerated() {
            if Renderer.isCheckpoint(n), isCancelled() { return nil }
            let cells = (0..<shown).map { i in
                let text = row[i].isNumber ? row[i].text : ColumnFit.cut(row[i].text, to: widths[i])
                return (text: text, width: DisplayWidth.of(text), sgr: color ? row[i].sgr : nil)
            }
            out += line(cells + marker, widths: widths + markerWidth, rightAligned: align)
        }
        if !hidden.isEmpty {
            let note = "… \(hidden.count) more column\(hidden.count == 1 ? "" : "s"): \(hidden.joined(separator: ", "))"
            out += (color ? ANSI.paint(note, ANSI.dim) : note) + "\n"
        }
        return out
    }

    /// One line: padding stays outside the colour so a reset never leaves a coloured gap, and
    /// trailing spaces are dropped (they wrap badly and dirty copied text).
    private static func line(
        _ cells: [(text: String, width: Int, sgr: String?)], widths: [Int], rightAligned: [Bool]
    ) -> String {
        var out = ""
        for (i, cell) in cells.enumerated() {
            if i > 0 { out += gap }
            let padding = String(repeating: " ", count: max(0, widths[i] - cell.width))
            let painted = cell.sgr.map { ANSI.paint(cell.text, $0) } ?? cell.text
            out += rightAligned[i] ? padding + painted : painted + padding
        }
        while out.last == " " { out.removeLast() }
        return out + "\n"
    }

    /// A body cell, measured once.
    struct Cell {
        var text: String
        var width: Int
        var isNumber: Bool
        /// Green for a rise, red for a fall, in sign-coloured columns only.
        var sgr: String?

        init(_ value: Value, signColored: Bool) {
            text = CellText.singleLine(CellText.display(value, signed: signColored))
            width = DisplayWidth.of(text)
            isNumber = value.isNumeric
            switch (signColored, value.sign) {
            case (true, 1): sgr = ANSI.green
            case (true, -1): sgr = ANSI.red
            default: sgr = nil
            }
        }
    }
}
