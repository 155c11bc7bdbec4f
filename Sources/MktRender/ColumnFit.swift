import MktResult

/// Fitting a table into the terminal: narrowing text columns and cutting their cells with `…`.
enum ColumnFit {
    /// Text columns are not narrowed below this many terminal columns: narrower, a cut cell
    /// says too little to be worth showing.
    static let minimumWidth = 6
    /// A number column keeps its widest number; only its header is cut, down to this (`po…`).
    static let minimumNumberWidth = 3
    static let ellipsis: Character = "…"

    /// How a table fits `limit` terminal columns: the width of each column shown, and how
    /// many columns are shown, from the left. Columns are narrowed first (`widths`); when even
    /// their narrowest overflows, the columns on the right are hidden, the rest shown beside
    /// a one-column `…` marker, so no line ever wraps and alignment holds.
    static func plan(natural: [Int], floors: [Int], numeric: [Bool], limit: Int) -> (widths: [Int], shown: Int) {
        let narrowest = self.narrowest(natural: natural, floors: floors, numeric: numeric)
        let gap = TableRenderer.gap.count
        guard total(narrowest) > limit, natural.count > 1 else {
            return (widths(natural: natural, floors: floors, numeric: numeric, limit: limit), natural.count)
        }
        let marker = gap + DisplayWidth.of(String(ellipsis))
        var shown = 1
        var used = narrowest[0]
        while shown < natural.count, used + gap + narrowest[shown] + marker <= limit {
            used += gap + narrowest[shown]
            shown += 1
        }
        let kept = widths(
            natural: Array(natural[..<shown]), floors: Array(floors[..<shown]), numeric: Array(numeric[..<shown]),
            limit: limit - marker)
        return (kept, shown)
    }

    /// The total width of columns of `widths`, with their gaps.
    static func total(_ widths: [Int]) -> Int {
        widths.reduce(0, +) + TableRenderer.gap.count * max(0, widths.count - 1)
    }

    /// How narrow each column may get: text down to `max(minimumWidth, floor)`, numbers down
    /// to their widest number; never wider than the column's natural width.
    static func narrowest(natural: [Int], floors: [Int], numeric: [Bool]) -> [Int] {
        natural.indices.map { i in
            min(natural[i], max(numeric[i] ? minimumNumberWidth : minimumWidth, floors[i]))
        }
    }

    /// Column widths whose total, with two-space gaps, fits `limit` if that can be done by
    /// narrowing columns, widest first: text columns down to `max(minimumWidth, floor)`,
    /// number columns down to their widest number (their header is cut, never a number).
    /// When it cannot, the columns stay at their narrowest.
    static func widths(natural: [Int], floors: [Int], numeric: [Bool], limit: Int) -> [Int] {
        var widths = natural
        var excess = total(natural) - limit
        let narrowest = self.narrowest(natural: natural, floors: floors, numeric: numeric)
        while excess > 0 {
            let candidates = widths.indices.filter { widths[$0] > narrowest[$0] }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            // Take the widest down to the next widest in one step; ties go one column at a time
            // so equally wide columns share the loss.
            let next = candidates.filter { $0 != widest }.map { widths[$0] }.max() ?? 0
            let room = widths[widest] - max(next, narrowest[widest])
            let step = min(excess, max(1, room))
            widths[widest] -= step
            excess -= step
        }
        return widths
    }

    /// `text` cut to `width` terminal columns, ending in `…` when something was dropped.
    static func cut(_ text: String, to width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        guard width > 0 else { return "" }
        var out = ""
        var used = 0
        for ch in text {
            let w = DisplayWidth.of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        // "La bourse…" reads as cut; "La bourse …" reads as a word "…".
        while out.last?.isWhitespace == true { out.removeLast() }
        out.append(ellipsis)
        return out
    }
}
