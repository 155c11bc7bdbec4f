import MarketModel
import MktCancel
import MktResult

/// `chart`'s bars: a line per row with its label, its value, and a horizontal bar of that
/// value; negative bars run left of an axis, positive ones right of it, on one scale, so
/// that together they fill the terminal's width (``DecorationRenderer/defaultWidth`` when it
/// is not known).
///
/// ```
/// name         pct
/// ─────────  ─────
/// Dow Jones  +0.89       │██████████▌
/// BTC-EUR    -2.17  █████│
/// ```
///
/// Unicode draws `█` with `▌`/`▐` halves and a `│` axis; ASCII draws `#`, a `|` axis and a
/// `-` rule. A row whose value is not a number (null) is listed with no bar, and a note
/// under the bars counts such rows.
enum ChartRenderer {
    /// The fewest columns the bars get, however narrow the terminal.
    static let minimumArea = 4

    struct Bar {
        var label: String
        var value: String
        var sign: Int
        var magnitude: Double
    }

    static func write(
        _ table: ResultTable, value column: Int, label: Int, spec: RenderSpec, to sink: some RenderSink,
        checkpoint: inout Checkpoint
    ) throws(Cancelled) {
        let signed = table.columns[column].isSigned
        var bars: [Bar] = []
        var skipped = 0
        var maxPositive = 0.0, maxNegative = 0.0
        for row in table.rows {
            try checkpoint.tick()
            let value = CellText.cell(row, column)
            guard let number = DecorationRenderer.number(value) else {
                // Listed, with no bar: the row is there, as `to csv` has it.
                skipped += 1
                bars.append(
                    Bar(
                        label: CellText.singleLine(CellText.cell(row, label).plainText),
                        value: CellText.singleLine(CellText.display(value, signed: signed)), sign: 0, magnitude: 0))
                continue
            }
            let d = number.doubleValue
            if d > 0 { maxPositive = max(maxPositive, d) }
            if d < 0 { maxNegative = max(maxNegative, -d) }
            bars.append(
                Bar(
                    label: CellText.singleLine(CellText.cell(row, label).plainText),
                    value: CellText.singleLine(CellText.display(value, signed: signed)), sign: number.signum,
                    magnitude: abs(d)))
        }
        let width = spec.width ?? DecorationRenderer.defaultWidth
        let labelHeader = CellText.singleLine(table.columns[label].name)
        let valueHeader = CellText.singleLine(table.columns[column].name)
        let naturalLabel = bars.reduce(DisplayWidth.of(labelHeader)) { max($0, DisplayWidth.of($1.label)) }
        let labelWidth = min(naturalLabel, max(ColumnFit.minimumWidth, width / 3))
        let valueWidth = bars.reduce(DisplayWidth.of(valueHeader)) { max($0, DisplayWidth.of($1.value)) }
        let area = max(minimumArea, width - labelWidth - valueWidth - 2 * TableRenderer.gap.count - 1)
        let total = maxPositive + maxNegative
        var left = 0
        if maxNegative > 0 {
            left = maxPositive > 0 ? min(area - 1, max(1, Int((Double(area) * maxNegative / total).rounded()))) : area
        }
        let scale = Scale(left: left, right: area - left, perCell: total > 0 ? total / Double(area) : 0, unicode: spec.unicode)

        let widths = [labelWidth, valueWidth]
        let dim = spec.color ? ANSI.dim : nil
        let header = [labelHeader, valueHeader].enumerated().map { i, text in
            let cut = ColumnFit.cut(text, to: widths[i])
            return (text: cut, width: DisplayWidth.of(cut), sgr: dim)
        }
        let rule: Character = spec.unicode ? TableRenderer.rule : "-"
        sink.write(TableRenderer.line(header, widths: widths, rightAligned: [false, true]))
        sink.write(
            TableRenderer.line(
                widths.map { (text: String(repeating: rule, count: $0), width: $0, sgr: String?.none) }, widths: widths,
                rightAligned: [false, false]))
        for bar in bars {
            try checkpoint.tick()
            let text = ColumnFit.cut(bar.label, to: labelWidth)
            let sgr = spec.color && signed ? (bar.sign > 0 ? ANSI.green : bar.sign < 0 ? ANSI.red : nil) : nil
            let cells = [
                (text: text, width: DisplayWidth.of(text), sgr: String?.none),
                (text: bar.value, width: DisplayWidth.of(bar.value), sgr: sgr),
                (text: scale.draw(bar, color: spec.color), width: scale.width, sgr: String?.none),
            ]
            sink.write(TableRenderer.line(cells, widths: widths + [scale.width], rightAligned: [false, true, false]))
        }
        if skipped > 0 {
            let note = skipped == 1 ? "1 row has no number to draw" : "\(skipped) rows have no number to draw"
            sink.write((spec.color ? ANSI.paint(note, ANSI.dim) : note) + "\n")
        }
    }

    /// The bars' area: `left` cells for falls, the axis, `right` cells for rises.
    struct Scale {
        var left: Int
        var right: Int
        /// The value one cell stands for.
        var perCell: Double
        var unicode: Bool

        var width: Int { left + 1 + right }

        /// A bar's cells (in Unicode, with a half cell at its tip), the axis, the padding.
        func draw(_ bar: Bar, color: Bool) -> String {
            let room = bar.sign < 0 ? left : right
            let cells = perCell > 0 ? bar.magnitude / perCell : 0
            var body: String
            if unicode {
                let halves = min(2 * room, Int((cells * 2).rounded()))
                let half = halves % 2 == 1 ? (bar.sign < 0 ? "▐" : "▌") : ""
                let full = String(repeating: "█", count: halves / 2)
                body = bar.sign < 0 ? half + full : full + half
            } else {
                body = String(repeating: "#", count: min(room, Int(cells.rounded())))
            }
            let bodyWidth = body.count
            if color { body = ANSI.paint(body, bar.sign < 0 ? ANSI.red : ANSI.green) }
            let axis = unicode ? "│" : "|"
            let paintedAxis = color ? ANSI.paint(axis, ANSI.dim) : axis
            if bar.sign < 0 {
                return String(repeating: " ", count: left - bodyWidth) + body + paintedAxis
            }
            return String(repeating: " ", count: left) + paintedAxis + (bar.sign > 0 ? body : "")
        }
    }
}
