/// A problem found in a program, as a value: the parser and evaluator return these, and the
/// shell prints them through MktRender (`report(in:)`). No global error flag anywhere.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error, warning, note
    }

    public var severity: Severity
    /// Where: the caret goes under `range.start`, tildes under the rest of the span.
    public var range: SourceRange
    /// What went wrong, without the suggestion: `unknown stage 'sortt'`.
    public var message: String
    /// A word the user probably meant, shown as ` — did you mean 'sort'?`.
    public var suggestion: String?

    public init(_ severity: Severity, _ message: String, at range: SourceRange, suggestion: String? = nil) {
        self.severity = severity
        self.range = range
        self.message = message
        self.suggestion = suggestion
    }

    /// An error.
    public static func error(_ message: String, at range: SourceRange, suggestion: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: range, suggestion: suggestion)
    }

    /// The message as printed, with the suggestion appended.
    public var text: String {
        guard let suggestion else { return message }
        return "\(message) — did you mean '\(suggestion)'?"
    }

    /// `1:5: error: text`, for tests and logs (the shell prints `report(in:)` through MktRender).
    public var description: String { "\(range.start): \(severity.rawValue): \(text)" }
}
