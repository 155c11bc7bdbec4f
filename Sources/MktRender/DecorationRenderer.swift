import MarketModel
import MktCancel
import MktResult

/// The aligned table of a table view: the grid as ``TableRenderer`` writes it, drawn as the
/// table's ``TableDecoration`` says (a sparkline footer, sections with breadth lines, bars).
/// Only the table format comes here; the others print the rows alone.
enum DecorationRenderer {
    /// The width drawings (bars, footers, breadth lines) are fitted to when the output is not
    /// a terminal: the grid then takes what it needs, but a drawing needs a width.
    static let defaultWidth = 72

    static func write(
        _ table: ResultTable, spec: RenderSpec, to sink: some RenderSink, checkpoint: inout Checkpoint
    ) throws(Cancelled) {
        let names = table.columns.map(\.name)
        switch table.decoration {
        case .sparkline(let value, _)?:
            try TableRenderer.write(
                table, color: spec.color, maxWidth: spec.width, unicode: spec.unicode, to: sink, checkpoint: &checkpoint)
            guard let column = names.firstIndex(of: value) else { return }
            var values: [Fixed] = []
            for row in table.rows {
                try checkpoint.tick()
                if let f = number(CellText.cell(row, column)) { values.append(f) }
            }
            for line in sparklineFooter(values, spec: spec) { sink.write(line + "\n") }
        case .sections(let keys, let breadthOf)?:
            let keyColumns = keys.compactMap { names.firstIndex(of: $0) }
            guard keyColumns.count == keys.count, !keys.isEmpty, keys.count < names.count else {
                try TableRenderer.write(
                    table, color: spec.color, maxWidth: spec.width, unicode: spec.unicode, to: sink, checkpoint: &checkpoint)
                return
            }
            try writeSections(table, keys: keyColumns, breadthOf: breadthOf, spec: spec, to: sink, checkpoint: &checkpoint)
        case nil:
            try TableRenderer.write(
                table, color: spec.color, maxWidth: spec.width, unicode: spec.unicode, to: sink, checkpoint: &checkpoint)
        case .chart(let value, let label)?:
            guard let v = names.firstIndex(of: value), let l = names.firstIndex(of: label) else {
                try TableRenderer.write(
                    table, color: spec.color, maxWidth: spec.width, unicode: spec.unicode, to: sink, checkpoint: &checkpoint)
                return
            }
            try ChartRenderer.write(table, value: v, label: l, spec: spec, to: sink, checkpoint: &checkpoint)
        }
    }

    /// A number as an exact decimal: `.number` as it is, `.real` to 12 significant digits;
    /// nil for anything else (null, text).
    static func number(_ value: Value) -> Fixed? {
        switch value {
        case .number(let f): return f
        case .real(let d): return Fixed(approximating: d)
        default: return nil
        }
    }

    // MARK: Sparkline

    /// The levels of a sparkline, lowest first.
    static let sparkLevels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let asciiSparkLevels: [Character] = ["_", ".", "-", "=", "+", "*", "#", "@"]

    /// `▆▁▆▃▁  first 6169.41  last 6151.38  min 6151.38  max 6169.41  change -18.03 (-0.29%)`,
    /// wrapped at the width between its items; nothing when there is no number.
    static func sparklineFooter(_ values: [Fixed], spec: RenderSpec) -> [String] {
        guard let first = values.first, let last = values.last, var low = values.first else { return [] }
        var high = low
        for v in values {
            if v < low { low = v }
            if high < v { high = v }
        }
        let width = spec.width ?? defaultWidth
        var items: [Item] = [Item(sparkline(values, low: low, high: high, width: width, unicode: spec.unicode))]
        items += [
            Item(label: "first", first.description, color: spec.color),
            Item(label: "last", last.description, color: spec.color),
            Item(label: "min", low.description, color: spec.color),
            Item(label: "max", high.description, color: spec.color),
        ]
        if let change = last - first {
            var text = CellText.display(.number(change), signed: true)
            if let pct = percent(change, of: first) { text += " (\(CellText.display(.number(pct), signed: true))%)" }
            items.append(Item(label: "change", text, sign: change.signum, color: spec.color))
        }
        return wrap(items, width: width)
    }

    /// One character per value, from its place between `low` and `high` (all in the middle
    /// when they are equal); more values than `width` columns are sampled, the last of each
    /// stretch kept.
    static func sparkline(_ values: [Fixed], low: Fixed, high: Fixed, width: Int, unicode: Bool) -> String {
        let levels = unicode ? sparkLevels : asciiSparkLevels
        var sampled = values
        if width > 0, values.count > width {
            sampled = (0..<width).map { values[((($0 + 1) * values.count) / width) - 1] }
        }
        let lo = low.doubleValue, span = high.doubleValue - low.doubleValue
        return String(
            sampled.map { v in
                guard span > 0 else { return levels[3] }
                let level = Int(((v.doubleValue - lo) / span * 7).rounded())
                return levels[min(7, max(0, level))]
            })
    }

    /// `change / base × 100` rounded half away from zero to 2 decimals; nil when `base` is 0.
    static func percent(_ change: Fixed, of base: Fixed) -> Fixed? {
        guard !base.isZero, let hundredfold = change * Fixed(100), let quotient = Fixed.divide(hundredfold, by: base)
        else { return nil }
        let rounded = quotient.rounded(toPlaces: 2)
        return rounded.rescaled(to: 2) ?? rounded
    }

    /// The exact mean: the sum (in 128 bits) divided by the count, with at least the decimals
    /// the values are written with, as the `avg` aggregate gives it.
    static func mean(_ values: [Fixed]) -> Fixed? {
        guard !values.isEmpty else { return nil }
        let scale = values.map(\.scale).max() ?? 0
        var total: Int128 = 0
        for v in values { total += Int128(v.units) * Fixed.pow128(Int(scale - v.scale)) }
        guard let mean = Fixed.divide(units: total, scale: scale, by: Fixed(values.count)) else { return nil }
        return mean.scale < scale ? mean.rescaled(to: scale) ?? mean : mean
    }

    // MARK: Footer lines

    /// A piece of a footer line: its text, and the same painted.
    struct Item {
        var plain: String
        var painted: String

        init(_ text: String) {
            plain = text
            painted = text
        }

        /// `first 6169.41`: the label dimmed, the value green or red by `sign` when coloured.
        init(label: String, _ value: String, sign: Int = 0, color: Bool) {
            plain = label + " " + value
            guard color else {
                painted = plain
                return
            }
            let sgr = sign > 0 ? ANSI.green : sign < 0 ? ANSI.red : nil
            painted = ANSI.paint(label, ANSI.dim) + " " + (sgr.map { ANSI.paint(value, $0) } ?? value)
        }
    }

    /// The items two spaces apart, a new line (starting with `indent`) before an item that
    /// would pass `width`.
    static func wrap(_ items: [Item], width: Int, indent: String = "") -> [String] {
        var lines: [String] = []
        var line = indent, used = DisplayWidth.of(indent), empty = true
        for item in items {
            let w = DisplayWidth.of(item.plain)
            if !empty, used + 2 + w > width {
                lines.append(line)
                line = indent
                used = DisplayWidth.of(indent)
                empty = true
            }
            if !empty {
                line += "  "
                used += 2
            }
            line += item.painted
            used += w
            empty = false
        }
        if !empty { lines.append(line) }
        return lines
    }

    // MARK: Sections

    /// The rows grouped by the key columns (groups in the order their keys first appear, rows
    /// in their order within each), under one header: a heading per group naming its keys,
    /// its rows without the key columns, and a breadth line; a blank line between groups.
    static func writeSections(
        _ table: ResultTable, keys: [Int], breadthOf: String, spec: RenderSpec, to sink: some RenderSink,
        checkpoint: inout Checkpoint
    ) throws(Cancelled) {
        var order: [[Value]] = []
        var groups: [[Value]: [[Value]]] = [:]
        for row in table.rows {
            try checkpoint.tick()
            let key = keys.map { CellText.cell(row, $0) }
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(row)
        }
        let kept = table.columns.indices.filter { !keys.contains($0) }
        let project = { (row: [Value]) in kept.map { CellText.cell(row, $0) } }
        let grid = ResultTable(
            columns: kept.map { table.columns[$0] }, rows: order.flatMap { (groups[$0] ?? []).map(project) })
        var layout = try TableRenderer.Layout(grid, color: spec.color, maxWidth: spec.width, checkpoint: &checkpoint)
        layout.rule = spec.unicode ? TableRenderer.rule : "-"
        let breadth = table.columns.firstIndex { $0.name == breadthOf }
        for line in layout.header { sink.write(line) }
        for (n, key) in order.enumerated() {
            if n > 0 { sink.write("\n") }
            let title = CellText.singleLine(key.map { $0 == .null ? "null" : $0.plainText }.joined(separator: spec.unicode ? " · " : " / "))
            sink.write((spec.color ? ANSI.paint(title, ANSI.bold) : title) + "\n")
            let rows = groups[key] ?? []
            for row in rows {
                try checkpoint.tick()
                sink.write(layout.line(project(row)))
            }
            if let breadth {
                let values = rows.compactMap { number(CellText.cell($0, breadth)) }
                for line in breadthLine(values, of: breadthOf, spec: spec) { sink.write(line + "\n") }
            }
        }
        if let note = layout.note { sink.write(note) }
    }

    /// `  rising 2  falling 1  flat 0  avg pct +0.01`: how many values are above, below
    /// and at zero, and their mean rounded (half away from zero) to the decimals the values
    /// are written with, as a pct reads.
    static func breadthLine(_ values: [Fixed], of name: String, spec: RenderSpec) -> [String] {
        let rising = values.filter { $0.signum > 0 }.count
        let falling = values.filter { $0.signum < 0 }.count
        var items = [
            Item(label: "rising", String(rising), sign: rising > 0 ? 1 : 0, color: spec.color),
            Item(label: "falling", String(falling), sign: falling > 0 ? -1 : 0, color: spec.color),
            Item(label: "flat", String(values.count - rising - falling), color: spec.color),
        ]
        if let exact = mean(values) {
            let places = values.map(\.scale).max() ?? 0
            let rounded = exact.rounded(toPlaces: Int(places))
            let mean = rounded.rescaled(to: places) ?? rounded
            items.append(
                Item(label: "avg \(name)", CellText.display(.number(mean), signed: true), sign: mean.signum, color: spec.color))
        }
        return wrap(items, width: spec.width ?? defaultWidth, indent: "  ")
    }
}
