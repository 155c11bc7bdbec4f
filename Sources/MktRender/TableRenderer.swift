import MktCancel
import MktResult

/// Aligned columns for a terminal: a header, a `─` rule (`-` when not UTF-8), then the rows.
///
/// Columns are two spaces apart, numbers right-aligned and everything else left-aligned, with
/// widths measured in terminal columns (`DisplayWidth`) so accents, `€` and CJK line up.
enum TableRenderer {
    static let gap = "  "
    static let rule: Character = "─"
    /// A table of more rows than this is measured on its first `sampleRows` rows only, so its
    /// first lines print as soon as those are read instead of after a pass over every row.
    /// A later cell wider than its column then widens the column from its line on (numbers
    /// always: a cut number would be a wrong number; text as far as the terminal's width
    /// allows, and is cut with `…` beyond it). Which columns are numbers (right-aligned) is
    /// also learnt from those rows.
    static let sampleRows = 5000

    /// Two passes over the rows: the first measures them (widths, which columns are
    /// numeric), keeping nothing else; the second writes them, a line each, as it reads them.
    /// A big table's first pass reads only its first `sampleRows` rows.
    static func write(
        _ table: ResultTable, color: Bool, maxWidth: Int?, unicode: Bool = true, to sink: some RenderSink,
        checkpoint: inout Checkpoint
    ) throws(Cancelled) {
        guard !table.columns.isEmpty else { return }
        let sample = table.rows.count > sampleRows ? sampleRows : nil
        var layout = try Layout(table, color: color, maxWidth: maxWidth, sample: sample, checkpoint: &checkpoint)
        layout.rule = unicode ? TableRenderer.rule : "-"
        var out = ByteBuffer()
        // What was made before Ctrl-C still goes to the sink, as when each line went alone.
        defer { out.flush(to: sink) }
        for line in layout.header { out.append(line) }
        for row in table.rows {
            try checkpoint.tick()
            layout.append(row, to: &out)
            out.flushIfFull(to: sink)
        }
        if let note = layout.note { out.append(note) }
    }

    /// How a table's lines are laid out, measured once over its rows (or the first of them):
    /// the header and rule, each row's line, and the note on columns hidden for width. Table
    /// views (sections) write their own lines between these.
    struct Layout {
        let columns: [ResultTable.Column]
        let color: Bool
        /// What the line under the header is drawn with: `─`, or `-` where the terminal is
        /// not UTF-8.
        var rule: Character = TableRenderer.rule
        /// The widths the rows measured; a measured sample's may grow as later rows are written.
        private(set) var widths: [Int]
        let shown: Int
        let hiddenNames: [String]
        let align: [Bool]
        /// The terminal's width, which text columns widened by later rows stay within.
        let maxWidth: Int?
        /// Whether the widths were measured on a sample, so later rows may widen them.
        let grows: Bool

        init(
            _ table: ResultTable, color: Bool, maxWidth: Int?, sample: Int? = nil, checkpoint: inout Checkpoint
        ) throws(Cancelled) {
            let columns = table.columns
            let header = columns.map { CellText.singleLine($0.name) }
            var natural = header.map { DisplayWidth.of($0) }
            // The widest number is the floor of a column: a cut number would be a wrong number.
            var floors = Array(repeating: 0, count: columns.count)
            var kinds = CellText.NumericColumns(count: columns.count)
            let rows = table.rows.makeIterator()
            var measured = 0
            while measured < sample ?? Int.max, let row = rows.next() {
                measured += 1
                try checkpoint.tick()
                kinds.add(row)
                for i in columns.indices {
                    let (width, isNumber) = Self.measure(CellText.cell(row, i), signed: columns[i].isSigned)
                    natural[i] = max(natural[i], width)
                    if isNumber { floors[i] = max(floors[i], width) }
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
            self.maxWidth = maxWidth
            grows = sample != nil
            // Columns hidden on the right leave a `…` column in their place and a note below.
            hiddenNames = columns[shown...].map { CellText.singleLine($0.name) }
            align = Array(numeric[..<shown]) + (hiddenNames.isEmpty ? [] : [false])
        }

        /// A cell's width and whether it is a number, without making the text of a number.
        private static func measure(_ value: Value, signed: Bool) -> (width: Int, isNumber: Bool) {
            if case .number(let f) = value {
                return (ByteBuffer.width(of: f) + (signed && f.signum == 1 ? 1 : 0), true)
            }
            if case .text(let s) = value, let width = CellText.plainWidth(s) { return (width, false) }
            let cell = Cell(value, signed: signed)
            return (cell.width, cell.isNumber)
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
            let rule = allWidths.map { (text: String(repeating: self.rule, count: $0), width: $0, sgr: String?.none) }
            return [
                TableRenderer.line(cells + marker, widths: allWidths, rightAligned: align),
                TableRenderer.line(rule, widths: allWidths, rightAligned: align),
            ]
        }

        /// A row's line, at the widths measured.
        func line(_ row: [Value]) -> String {
            var layout = self
            var out = ByteBuffer(capacity: 256)
            layout.append(row, to: &out)
            return out.text
        }

        /// Appends a row's line to `out`, as `TableRenderer.line` lays out cells: padding
        /// outside the colour, trailing spaces dropped. A cell wider than its column (a row
        /// after a measured sample) widens it, for this line and the ones after.
        mutating func append(_ row: [Value], to out: inout ByteBuffer) {
            let start = out.count
            for i in 0..<shown {
                if i > 0 { out.append(TableRenderer.gap) }
                let value = CellText.cell(row, i)
                let signed = columns[i].isSigned
                if case .number(let f) = value {
                    // The common cell: digits straight into the buffer.
                    let plus = signed && f.signum == 1
                    let width = ByteBuffer.width(of: f) + (plus ? 1 : 0)
                    if width > widths[i] { widths[i] = width }
                    let padding = widths[i] - width
                    if align[i] { out.appendSpaces(padding) }
                    let sgr = color && signed ? (f.signum > 0 ? ANSI.green : f.signum < 0 ? ANSI.red : nil) : nil
                    if let sgr { out.append(sgr) }
                    if plus { out.append(0x2B) }
                    out.append(f)
                    if sgr != nil { out.append(ANSI.reset) }
                    if !align[i] { out.appendSpaces(padding) }
                    continue
                }
                // Printable ASCII text is its own cell, one column a byte; the rest is made safe
                // for the terminal and measured.
                var text: String
                var width: Int
                var sgr: String?
                var isNumber = false
                if case .text(let s) = value, let plain = CellText.plainWidth(s) {
                    (text, width) = (s, plain)
                } else {
                    let cell = Cell(value, signed: signed)
                    (text, width, sgr, isNumber) = (cell.text, cell.width, cell.sgr, cell.isNumber)
                }
                if width > widths[i] {
                    if isNumber {
                        widths[i] = width
                    } else {
                        widen(i, to: width)
                        text = ColumnFit.cut(text, to: widths[i])
                        width = DisplayWidth.of(text)
                    }
                }
                let padding = max(0, widths[i] - width)
                if align[i] { out.appendSpaces(padding) }
                out.append(color ? sgr.map { ANSI.paint(text, $0) } ?? text : text)
                if !align[i] { out.appendSpaces(padding) }
            }
            if !hiddenNames.isEmpty {
                out.append(TableRenderer.gap)
                out.append(color ? ANSI.paint(String(ColumnFit.ellipsis), ANSI.dim) : String(ColumnFit.ellipsis))
            }
            out.trimSpaces(after: start)
            out.append(0x0A)
        }

        /// Widens text column `i` towards `width` as far as the terminal allows (all the way
        /// without one). Only a measured sample leaves a column narrower than a later cell, but
        /// a table fitted to the terminal has no room: there the cell is cut as before.
        private mutating func widen(_ i: Int, to width: Int) {
            guard grows else { return }
            guard let maxWidth else {
                widths[i] = width
                return
            }
            let room = maxWidth - ColumnFit.total(allWidths)
            if room > 0 { widths[i] += min(width - widths[i], room) }
        }

        /// `… 2 more columns: prev, kind` when columns were hidden for width.
        var note: String? {
            guard !hiddenNames.isEmpty else { return nil }
            let text = "… \(hiddenNames.count) more column\(hiddenNames.count == 1 ? "" : "s"): \(hiddenNames.joined(separator: ", "))"
            return (color ? ANSI.paint(text, ANSI.dim) : text) + "\n"
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
