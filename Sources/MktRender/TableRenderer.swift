import MktCancel
import MktResult

/// Aligned columns for a terminal: a header, a `─` rule, then the rows.
///
/// Columns are two spaces apart, numbers right-aligned and everything else left-aligned, with
/// widths measured in terminal columns (`DisplayWidth`) so accents, `€` and CJK line up.
enum TableRenderer {
    static let gap = "  "
    static let rule: Character = "─"

    /// Two passes over the rows: the first measures them (widths, which columns are
    /// numeric), keeping nothing else; the second writes them, a line each, as it reads them.
    static func write(
        _ table: ResultTable, color: Bool, maxWidth: Int?, to sink: some RenderSink, checkpoint: inout Checkpoint
    ) throws(Cancelled) {
        guard !table.columns.isEmpty else { return }
        let layout = try Layout(table, color: color, maxWidth: maxWidth, checkpoint: &checkpoint)
        for line in layout.header { sink.write(line) }
        for row in table.rows {
            try checkpoint.tick()
            sink.write(layout.line(row))
        }
        if let note = layout.note { sink.write(note) }
    }

    /// How a table's lines are laid out, measured once over its rows: the header and rule,
    /// each row's line, and the note on columns hidden for width. Table views (sections)
    /// write their own lines between these.
    struct Layout {
        let columns: [ResultTable.Column]
        let color: Bool
        let widths: [Int]
        let shown: Int
        let hiddenNames: [String]
        let align: [Bool]

        init(_ table: ResultTable, color: Bool, maxWidth: Int?, checkpoint: inout Checkpoint) throws(Cancelled) {
            let columns = table.columns
            let header = columns.map { CellText.singleLine($0.name) }
            var natural = header.map { DisplayWidth.of($0) }
            // The widest number is the floor of a column: a cut number would be a wrong number.
            var floors = Array(repeating: 0, count: columns.count)
            var kinds = CellText.NumericColumns(count: columns.count)
            for row in table.rows {
                try checkpoint.tick()
                kinds.add(row)
                for i in columns.indices {
                    let cell = Cell(CellText.cell(row, i), signed: columns[i].isSigned)
                    natural[i] = max(natural[i], cell.width)
                    if cell.isNumber { floors[i] = max(floors[i], cell.width) }
                }
            }
            let numeric = kinds.numeric
            var widths = natural
            var shown = natural.count
            if let maxWidth {
                (widths, shown) = ColumnFit.plan(natural: natural, floors: floors, numeric: numeric, limit: maxWidth)
            }
            self.columns = columns
            self.color = color
            self.widths = widths
            self.shown = shown
            // Columns hidden on the right leave a `…` column in their place and a note below.
            hiddenNames = columns[shown...].map { CellText.singleLine($0.name) }
            align = Array(numeric[..<shown]) + (hiddenNames.isEmpty ? [] : [false])
        }

        private var marker: [(text: String, width: Int, sgr: String?)] {
            hiddenNames.isEmpty ? [] : [(text: String(ColumnFit.ellipsis), width: 1, sgr: color ? ANSI.dim : nil)]
        }

        private var allWidths: [Int] { widths + (hiddenNames.isEmpty ? [] : [1]) }

        /// The header line and the rule under it.
        var header: [String] {
            let cells = (0..<shown).map { i in
                let text = ColumnFit.cut(CellText.singleLine(columns[i].name), to: widths[i])
                return (text: text, width: DisplayWidth.of(text), sgr: color ? ANSI.dim : nil)
            }
            let rule = allWidths.map { (text: String(repeating: TableRenderer.rule, count: $0), width: $0, sgr: String?.none) }
            return [line(cells + marker, widths: allWidths, rightAligned: align), line(rule, widths: allWidths, rightAligned: align)]
        }

        /// A row's line.
        func line(_ row: [Value]) -> String {
            let cells = (0..<shown).map { i in
                let cell = Cell(CellText.cell(row, i), signed: columns[i].isSigned)
                let text = cell.isNumber ? cell.text : ColumnFit.cut(cell.text, to: widths[i])
                return (text: text, width: DisplayWidth.of(text), sgr: color ? cell.sgr : nil)
            }
            return line(cells + marker, widths: allWidths, rightAligned: align)
        }

        /// `… 2 more columns: prev, kind` when columns were hidden for width.
        var note: String? {
            guard !hiddenNames.isEmpty else { return nil }
            let text = "… \(hiddenNames.count) more column\(hiddenNames.count == 1 ? "" : "s"): \(hiddenNames.joined(separator: ", "))"
            return (color ? ANSI.paint(text, ANSI.dim) : text) + "\n"
        }

        private func line(_ cells: [(text: String, width: Int, sgr: String?)], widths: [Int], rightAligned: [Bool]) -> String {
            TableRenderer.line(cells, widths: widths, rightAligned: rightAligned)
        }
    }

    /// One line: padding stays outside the colour so a reset never leaves a coloured gap, and
    /// trailing spaces are dropped (they wrap badly and dirty copied text).
    static func line(
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
        /// Green for a rise, red for a fall, in signed columns only.
        var sgr: String?

        init(_ value: Value, signed: Bool) {
            text = CellText.singleLine(CellText.display(value, signed: signed))
            width = DisplayWidth.of(text)
            isNumber = value.isNumeric
            switch (signed, value.sign) {
            case (true, 1): sgr = ANSI.green
            case (true, -1): sgr = ANSI.red
            default: sgr = nil
            }
        }
    }
}
