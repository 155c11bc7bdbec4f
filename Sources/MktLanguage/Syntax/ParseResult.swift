/// What the parser made of some text.
public struct ParseResult: Sendable, Equatable {
    /// The statements that parsed, in order; a statement with an error is left out.
    public var statements: [Statement]
    /// Every syntax error, in source order (the parser recovers at each statement).
    public var diagnostics: [Diagnostic]
    /// The text stops where more must follow: inside a string or parentheses, or right after a
    /// trailing `|`, `,` or `=`, with no error before that point. A REPL shows a continuation
    /// prompt and reads another line; a script reports `diagnostics` instead. Wrong input
    /// (`instruments | | take 3`) is never incomplete.
    public var isIncomplete: Bool

    public init(statements: [Statement], diagnostics: [Diagnostic], isIncomplete: Bool) {
        self.statements = statements
        self.diagnostics = diagnostics
        self.isIncomplete = isIncomplete
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
