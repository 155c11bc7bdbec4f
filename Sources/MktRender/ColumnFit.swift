import MarketModel

/// Fitting a table into the terminal: narrowing text columns and cutting their cells with `…`.
enum ColumnFit {
    /// Text columns are not narrowed below this many terminal columns: narrower, a cut cell
    /// says too little to be worth showing.
    static let minimumWidth = 6
    /// A number column keeps its widest number; only its header is cut, down to this (`po…`).
    static let minimumNumberWidth = 3
    static let ellipsis: Character = "…"

    /// Column widths whose total, with two-space gaps, fits `limit` if that can be done by
    /// narrowing columns, widest first: text columns down to `max(minimumWidth, floor)`,
    /// number columns down to their widest number (their header is cut, never a number).
    /// When it cannot, the columns stay at their narrowest and the table is simply wide.
    static func widths(natural: [Int], floors: [Int], numeric: [Bool], limit: Int) -> [Int] {
        var widths = natural
        let total = natural.reduce(0, +) + TableRenderer.gap.count * max(0, natural.count - 1)
        var excess = total - limit
        let narrowest = natural.indices.map { i in
            min(natural[i], max(numeric[i] ? minimumNumberWidth : minimumWidth, floors[i]))
        }
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
