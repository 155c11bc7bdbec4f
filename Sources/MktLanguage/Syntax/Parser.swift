/// Turns source text into statements, reporting every syntax error rather than only the first.
///
/// Hand-written and grammar-shaped: one method per rule, the rule as its first doc line (Lua
/// `lparser.c`). Inside a statement an error is thrown as a `SyntaxError`; `parseScript`
/// catches it, records the diagnostic and skips to the next `;` or line (jlox `synchronize`).
public struct Parser: Sendable {
    /// How deep expressions may nest (parentheses, prefix operators, operator chains). Past it
    /// the parser reports an error instead of recursing, so no input can exhaust the stack.
    public static let maximumDepth = 200

    /// Parses a whole script, REPL entry or `-e` text.
    public static func parse(_ source: SourceText) -> ParseResult {
        var parser = Parser(source)
        return parser.parseScript()
    }

    /// An error inside a statement, carried up to the statement loop.
    struct SyntaxError: Error {
        var diagnostic: Diagnostic
        /// Raised at the end of input (or by a string left open there): the text may be incomplete.
        var atEnd: Bool
    }

    /// A token read ahead, with the lexer as it was before it, to re-read in another mode.
    private struct Lookahead: Sendable {
        var token: Token
        var lexerBefore: Lexer
    }

    let source: SourceText
    private var lexer: Lexer
    private var lookahead: [Lookahead] = []
    /// The last token consumed: "after 'where'" messages and the end of node ranges come from it.
    private(set) var previous: Token
    private var diagnostics: [Diagnostic] = []
    private var errorBeforeEnd = false
    /// Current expression nesting, checked against `maximumDepth`.
    var depth = 0

    init(_ source: SourceText) {
        self.source = source
        lexer = Lexer(source)
        previous = Token(.newline, SourceRange(at: .start))
    }

    /// script -> (statement? (';' | NEWLINE))* EOF
    mutating func parseScript() -> ParseResult {
        var statements: [Statement] = []
        while true {
            while peek().kind == .newline || peek().isPunct(.semicolon) { advance() }
            if peek().kind == .eof { break }
            do {
                statements.append(try parseStatement())
                try expectStatementEnd()
            } catch {
                diagnostics.append(error.diagnostic)
                if !error.atEnd { errorBeforeEnd = true }
                depth = 0
                synchronize()
            }
        }
        return ParseResult(
            statements: statements, diagnostics: diagnostics, isIncomplete: lexer.isOpen && !errorBeforeEnd)
    }

    /// Skips the rest of a bad statement: up to and including the next `;` or line break
    /// (line breaks inside parentheses were already dropped by the lexer).
    private mutating func synchronize() {
        while true {
            let token = advance()
            if token.endsStatement { return }
        }
    }

    /// Requires the statement to end here.
    mutating func expectStatementEnd() throws(SyntaxError) {
        let token = peek()
        if token.kind == .eof { return }
        if token.endsStatement {
            advance()
            return
        }
        throw error("expected the end of the statement, found \(describe(token))", at: token)
    }

    // MARK: Tokens

    /// The token `offset` places ahead, read in normal mode.
    mutating func peek(_ offset: Int = 0) -> Token {
        while lookahead.count <= offset {
            let before = lexer
            lookahead.append(Lookahead(token: lexer.next(), lexerBefore: before))
        }
        return lookahead[offset].token
    }

    /// Consumes the current token (at the end of input, `eof` stays current).
    @discardableResult
    mutating func advance() -> Token {
        let token = peek()
        if token.kind != .eof { lookahead.removeFirst() }
        previous = token
        return token
    }

    /// Re-reads the current token in `mode`: raw paths after `load`, names after `show`.
    mutating func relex(_ mode: Lexer.Mode) {
        if let first = lookahead.first { lexer = first.lexerBefore }
        lookahead.removeAll()
        let before = lexer
        lookahead.append(Lookahead(token: lexer.next(mode), lexerBefore: before))
    }

    /// Consumes the current token if it is `punctuation`.
    mutating func match(_ punctuation: Token.Punctuation) -> Bool {
        guard peek().isPunct(punctuation) else { return false }
        advance()
        return true
    }

    /// Consumes an identifier or throws `message`.
    mutating func expectIdentifier(_ message: String) throws(SyntaxError) -> Identifier {
        let token = peek()
        guard case .identifier(let name) = token.kind else { throw error(message, at: token) }
        advance()
        return Identifier(name, range: token.range)
    }

    /// From `start` to the end of the last consumed token.
    func range(from start: SourceLocation) -> SourceRange {
        SourceRange(start: start, end: max(start, previous.range.end))
    }

    // MARK: Errors

    /// An error about `token`. Something missing at a statement end is pointed at just after
    /// the previous token, where it should have been. A token the lexer could not read reports
    /// its own problem instead, since that is the real cause.
    func error(_ message: String, at token: Token, suggestion: String? = nil) -> SyntaxError {
        switch token.kind {
        case .invalid(let lexError):
            return SyntaxError(
                diagnostic: .error(lexError.message, at: token.range, suggestion: lexError.suggestion),
                atEnd: lexError == .unterminatedString)
        case .newline, .eof, .punct(.semicolon):
            let at = SourceRange(at: previous.range.end)
            return SyntaxError(
                diagnostic: .error(message, at: at, suggestion: suggestion), atEnd: token.kind == .eof)
        default:
            return SyntaxError(diagnostic: .error(message, at: token.range, suggestion: suggestion), atEnd: false)
        }
    }

    /// How messages name a token: `'|'`, `'sortt'`, `the end of the line`.
    func describe(_ token: Token) -> String {
        switch token.kind {
        case .newline: return "the end of the line"
        case .eof: return "the end of the input"
        default:
            let text = source.slice(token.range)
            return "'\(text.count > 24 ? text.prefix(24) + "…" : text)'"
        }
    }

    /// How messages name the token just consumed, for "expected … after 'where'".
    var afterPrevious: String { describe(previous) }
}
