import MktLanguage

/// The text before the cursor as completion needs it, read by the language's own `Lexer`.
///
/// Completion runs on half-typed input the parser would reject, so it does not parse: it takes
/// the tokens of the statement the cursor is in (words, strings, possibly still open, and
/// symbols), and where its `|` are, so the stages before the cursor can be parsed whole
/// (`ColumnFlow` then says which columns reach the stage being typed).
struct CompletionScanner {
    /// One piece of the text.
    enum Piece: Equatable {
        case word(String)
        case string(String, closed: Bool)
        case symbol(String)
    }

    /// The statement the cursor is in.
    struct Statement: Equatable {
        var pieces: [Piece] = []
        /// The text ends inside a comment.
        var inComment = false
        /// The statement's text up to each of its top-level `|`, in order: each one a
        /// pipeline of whole stages.
        var beforePipes: [String] = []
    }

    /// Whether `name` can be written as a bare word (an instrument name otherwise needs quotes).
    static func isBareWord(_ name: String) -> Bool {
        guard let first = name.first, Lexer.startsIdentifier(first) else { return false }
        return name.allSatisfy(Lexer.continuesIdentifier)
    }

    /// The pieces of the statement that `text` ends in: after the last `;` outside parentheses,
    /// or the last line break that ends a statement (not one inside parentheses or a string, or
    /// after a `|`, `,` or operator, where the statement goes on).
    static func currentStatement(_ text: String) -> Statement {
        let source = SourceText(origin: "", text: text)
        let utf8 = text.utf8
        var lexer = Lexer(source)
        var statement = Statement()
        var statementStart = 0
        var lastEnd = 0
        var pendingDot: SourceRange?
        while true {
            let token = lexer.next()
            if token.kind == .eof { break }
            lastEnd = token.range.end.offset
            let slice = String(source.slice(token.range))
            // `.quit` being typed: a `.` then a word touching it.
            if let dot = pendingDot {
                pendingDot = nil
                if case .identifier = token.kind, dot.end == token.range.start {
                    statement.pieces[statement.pieces.count - 1] = .word("." + slice)
                    continue
                }
            }
            switch token.kind {
            case .identifier, .number, .word:
                statement.pieces.append(.word(slice))
            case .variable(let name):
                statement.pieces.append(.word("$" + name))
            case .string(let content):
                statement.pieces.append(.string(content, closed: true))
            case .punct(let p):
                if p == .semicolon && lexer.parenDepth == 0 {
                    statement = Statement()
                    statementStart = token.range.end.offset
                } else {
                    statement.pieces.append(.symbol(p.rawValue))
                    if p == .pipe && lexer.parenDepth == 0 {
                        let start = utf8.index(utf8.startIndex, offsetBy: statementStart)
                        let end = utf8.index(utf8.startIndex, offsetBy: token.range.start.offset)
                        statement.beforePipes.append(String(text[start..<end]))
                    }
                }
            case .newline:
                if !continuesAfter(statement.pieces.last) {
                    statement = Statement()
                    statementStart = token.range.end.offset
                }
            case .invalid(let error):
                switch error {
                case .unterminatedString:
                    statement.pieces.append(.string(unescaped(slice.dropFirst()), closed: false))
                case .invalidEscape:
                    statement.pieces.append(.string("", closed: true))
                case .missingVariableName:
                    statement.pieces.append(.word("$"))
                case .unexpectedCharacter(let c):
                    statement.pieces.append(.symbol(String(c)))
                    if c == "." { pendingDot = token.range }
                case .numberTooLong, .missingFraction, .missingWholePart:
                    statement.pieces.append(.word(slice))
                }
            case .eof:
                break
            }
        }
        // Only blanks and comments follow the last token: the cursor is in one when the last
        // line of them has a `#`.
        let trailing = text.utf8.dropFirst(lastEnd)
        if let rest = String(trailing), rest.split(separator: "\n", omittingEmptySubsequences: false).last?.contains("#") == true {
            statement.inComment = true
        }
        return statement
    }

    /// Whether a line ending in `piece` goes on to the next line (so its newline is no boundary).
    private static func continuesAfter(_ piece: Piece?) -> Bool {
        switch piece {
        case .symbol(let symbol): symbol != ")"
        case .string(_, let closed): !closed
        default: false
        }
    }

    /// An open string's text as typed, its `\"` and `\\` escapes read.
    private static func unescaped(_ text: Substring) -> String {
        var out = ""
        var escaping = false
        for c in text {
            if escaping || c != "\\" {
                out.append(c)
                escaping = false
            } else {
                escaping = true
            }
        }
        return out
    }
}
