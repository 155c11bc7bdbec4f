import MarketModel

/// One lexical unit with the range it came from.
public struct Token: Sendable, Equatable {
    /// What the lexer saw.
    public enum Kind: Sendable, Equatable {
        /// A word of letters, digits and `_`: a command, stage, keyword, field or function name.
        /// Keywords are not reserved by the lexer; the parser reads them in context.
        case identifier(String)
        /// `$name`: a variable.
        case variable(String)
        /// A decimal literal, kept exact.
        case number(Fixed)
        /// A double-quoted string, escapes decoded.
        case string(String)
        /// Raw text read on the parser's request: a bare path word after `load`, `source` or
        /// `save`, or the rest of a statement after `show` or `help`.
        case word(String)
        /// Operators and separators.
        case punct(Punctuation)
        /// A line break that ends a statement (breaks inside parentheses or after `|`, `,` or `=`
        /// are skipped by the lexer).
        case newline
        case eof
        /// Text the lexer could not read; the parser reports it when it reaches it.
        case invalid(LexError)
    }

    /// Punctuation and operators, spelled as written.
    public enum Punctuation: String, Sendable, CaseIterable {
        case pipe = "|", comma = ",", semicolon = ";", leftParen = "(", rightParen = ")"
        case assign = "="
        case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">"
        case greaterEqual = ">=", tilde = "~"
        case plus = "+", minus = "-", star = "*", slash = "/", percent = "%"
    }

    /// What went wrong while reading a token.
    public enum LexError: Sendable, Equatable {
        case unterminatedString
        case invalidEscape(Character)
        case unexpectedCharacter(Character)
        case numberTooLong(String)
        case missingFraction(String)
        /// `.5`: the digits after the point, as written.
        case missingWholePart(String)
        case missingVariableName

        /// The message a user sees; declared here, next to the lexer that raises these.
        public var message: String {
            switch self {
            case .unterminatedString:
                return "unterminated string"
            case .invalidEscape(let c):
                return "unknown escape '\\\(c)' in string (use \\\" for a quote and \\\\ for a backslash)"
            case .unexpectedCharacter(let c):
                switch c {
                case "'", "‘", "’", "“", "”", "«", "»", "`":
                    return "unexpected character '\(c)': strings are written in straight double quotes, \"like this\""
                case "&": return "unexpected character '&': write 'and'"
                case "!": return "unexpected character '!': write 'not', or '!=' for 'is not equal to'"
                default: return "unexpected character '\(c)'"
                }
            case .numberTooLong(let text):
                return "number '\(text)' has too many digits to keep exactly (at most 18)"
            case .missingFraction(let text):
                return "expected digits after the '.' in '\(text)'"
            case .missingWholePart:
                return "a number starts with a digit"
            case .missingVariableName:
                return "expected a variable name after '$'"
            }
        }

        /// What the user probably meant, shown as ` — did you mean '0.5'?`.
        public var suggestion: String? {
            if case .missingWholePart(let text) = self { return "0" + text }
            return nil
        }
    }

    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// Whether this token ends a statement: a newline, `;` or the end of input.
    public var endsStatement: Bool {
        switch kind {
        case .newline, .eof, .punct(.semicolon): return true
        default: return false
        }
    }

    /// True for the given word of the language, in any case: `token.isWord("all")` is true
    /// for `all` and `ALL` (see `Vocabulary` for the rule).
    public func isWord(_ word: String) -> Bool {
        if case .identifier(let name) = kind { return Vocabulary.key(name) == word }
        return false
    }

    /// The word of the language an identifier spells, lowercased; nil for other tokens.
    public var word: String? {
        if case .identifier(let name) = kind { return Vocabulary.key(name) }
        return nil
    }

    /// True for the given punctuation.
    public func isPunct(_ punctuation: Punctuation) -> Bool {
        kind == .punct(punctuation)
    }
}

extension Token.Kind: CustomStringConvertible {
    /// A compact form for token dumps in tests: `id(pct)`, `$x`, `num(0.5)`, `str("a")`, `'|'`.
    public var description: String {
        switch self {
        case .identifier(let name): return "id(\(name))"
        case .variable(let name): return "$\(name)"
        case .number(let value): return "num(\(value))"
        case .string(let text): return "str(\(ASTDump.quoted(text)))"
        case .word(let text): return "word(\(text))"
        case .punct(let p): return "'\(p.rawValue)'"
        case .newline: return "nl"
        case .eof: return "eof"
        case .invalid(let error): return "error(\(error.message))"
        }
    }
}
