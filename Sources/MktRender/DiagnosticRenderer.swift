import MktResult

/// Lays a diagnostic out the way clang does: location, severity, message, the source line, and
/// a caret under the span.
enum DiagnosticRenderer {
    /// ```
    /// -e:1:21: error: unknown field 'pcts' — did you mean 'pct'?
    /// instruments | where pcts > 0
    ///                     ^~~~
    /// ```
    /// No trailing newline. With `color`, the severity is bold and coloured and the caret green.
    /// The caret is padded by display width, so it stays under wide or accented text; tabs in
    /// the line are copied so the terminal expands them the same way. Control characters in
    /// the line, the message or the origin print as U+FFFD: a script must not drive the terminal.
    static func text(_ d: DiagnosticReport, color: Bool) -> String {
        var out = "\(TerminalText.safe(d.origin)):\(d.line):\(d.column): "
        out += color ? style(d.severity) : "\(d.severity.rawValue):"
        out += " \(TerminalText.safe(d.message))"
        guard let sourceLine = d.sourceLine else { return out }
        // One replacement character for each control character, so columns still match.
        var characters = Array(TerminalText.safe(sourceLine))
        var column = min(max(d.column - 1, 0), characters.count)
        // A very long line is shown as a window around the column, marked `…` where cut.
        if characters.count > Self.window {
            let from = max(0, column - Self.window / 2)
            let to = min(characters.count, from + Self.window)
            var shown = Array(characters[from..<to])
            if to < characters.count { shown.append("…") }
            if from > 0 {
                shown.insert("…", at: 0)
                column = column - from + 1
            }
            characters = shown
        }
        let line = String(characters)
        var pad = ""
        for c in characters[..<column] {
            pad += c == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of(c))
        }
        // The span on this line only; an empty span (something missing) still gets one caret.
        let span = characters[column...].prefix(max(0, d.spanLength ?? Int.max))
        let width = span.reduce(0) { $0 + ($1 == "\t" ? 1 : DisplayWidth.of($1)) }
        let marker = "^" + String(repeating: "~", count: max(0, width - 1))
        out += "\n\(line)\n\(pad)"
        out += color ? ANSI.paint(marker, ANSI.green) : marker
        return out
    }

    /// The most characters of a source line a diagnostic shows.
    static let window = 160

    private static func style(_ severity: DiagnosticReport.Severity) -> String {
        let code: String
        switch severity {
        case .error: code = ANSI.boldRed
        case .warning: code = ANSI.boldMagenta
        case .note: code = ANSI.boldCyan
        }
        return ANSI.paint("\(severity.rawValue):", code)
    }
}
