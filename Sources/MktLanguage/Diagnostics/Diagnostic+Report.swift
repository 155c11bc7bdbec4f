import MktResult

extension Diagnostic {
    /// This diagnostic as shown for `source`: its place, message and the line it points into,
    /// for MktRender to lay out.
    public func report(in source: SourceText) -> DiagnosticReport {
        let start = range.start
        let severity: DiagnosticReport.Severity
        switch self.severity {
        case .error: severity = .error
        case .warning: severity = .warning
        case .note: severity = .note
        }
        return DiagnosticReport(
            origin: source.origin, line: start.line, column: start.column, severity: severity, message: text,
            sourceLine: source.line(start.line).map(String.init),
            // The span on its first line only.
            spanLength: range.end.line == start.line ? range.end.column - start.column : nil)
    }
}
