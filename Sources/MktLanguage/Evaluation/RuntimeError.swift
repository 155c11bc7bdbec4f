/// A statement that could not run: where, why, and what the user may have meant.
public struct RuntimeError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A wrong value, field or name (exit 70 in batch runs).
        case runtime
        /// A file could not be read or written (exit 74).
        case io
        /// The problem was already reported (a `source`d script's own errors): stop with the
        /// exit status that run ended with.
        case reported(exitStatus: Int32)
        /// Ctrl-C stopped the statement.
        case interrupted
        /// Not an error: `exit N` ran, and the run (a `source`d script's caller too) stops with
        /// status N.
        case exit(status: Int32)
    }

    public var kind: Kind
    public var message: String
    public var range: SourceRange?
    public var suggestion: String?

    public init(_ message: String, at range: SourceRange? = nil, suggestion: String? = nil, kind: Kind = .runtime) {
        self.kind = kind
        self.message = message
        self.range = range
        self.suggestion = suggestion
    }

    /// The same error placed at `range` when it has no place of its own.
    func placed(at fallback: SourceRange) -> RuntimeError {
        var copy = self
        if copy.range == nil { copy.range = fallback }
        return copy
    }

    /// As a diagnostic to print (errors without a place point at the statement).
    public func diagnostic(statementRange: SourceRange) -> Diagnostic {
        .error(message, at: range ?? statementRange, suggestion: suggestion)
    }
}
