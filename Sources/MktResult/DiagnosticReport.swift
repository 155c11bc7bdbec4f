/// A diagnostic ready to be shown: where, how bad, what, and the source line with the span to
/// underline. The language makes these from its diagnostics; MktRender lays them out.
public struct DiagnosticReport: Sendable, Equatable {
    public enum Severity: String, Sendable {
        case error, warning, note
    }

    /// The input's name: `-e`, `-e#2`, `stdin`, a script's path.
    public var origin: String
    /// 1-based line and column of the span's start.
    public var line: Int
    public var column: Int
    public var severity: Severity
    /// The whole message, suggestion included.
    public var message: String
    /// The source line the span starts on; nil when there is none (past the end of the input).
    public var sourceLine: String?
    /// How many characters of the line the span covers from `column`; nil: to the end of the line.
    public var spanLength: Int?

    public init(
        origin: String, line: Int, column: Int, severity: Severity, message: String, sourceLine: String?,
        spanLength: Int?
    ) {
        self.origin = origin
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
        self.sourceLine = sourceLine
        self.spanLength = spanLength
    }
}
