import MarketModel
import MktResult

/// Turns source text into tokens, one at a time, on the parser's request.
///
/// Most of the language is ordinary tokens (`next(.normal)`). Paths and instrument names are
/// not: `load examples/*.txt` and `show CAC 40` are raw text, so after those commands the
/// parser asks for `.path` or `.text` instead. The lexer is a value: the parser keeps copies
/// to rewind when it has looked ahead in the wrong mode.
public struct Lexer: Sendable {
    /// How to read the next token.
    public enum Mode: Sendable {
        /// Identifiers, numbers, strings, punctuation.
        case normal
        /// A string, or a bare run of characters other than space `,` `;` `|` `#` `"`.
        case path
        /// A string, or the rest of the statement (up to `;`, `#` or the line end), trimmed.
        case text
    }

    public let source: SourceText
    private var index: String.Index
    private var location: SourceLocation
    /// Open parentheses; a newline inside them does not end the statement.
    public private(set) var parenDepth = 0
    /// The last token read, so a newline right after `|`, `,` or `=` can continue the statement.
    private var last: Token.Kind = .newline
    /// Whether the input ended inside a string.
    public private(set) var endedInString = false

    public init(_ source: SourceText) {
        self.source = source
        index = source.text.startIndex
        location = .start
    }

    /// Whether the text read so far stops where more must follow: inside a string or
    /// parentheses, or right after `|`, `,` or `=`. The REPL then asks for another line.
    public var isOpen: Bool { endedInString || parenDepth > 0 || continuesAfterNewline }

    /// Every token of `source` read in normal mode, up to and including `eof`.
    public static func tokenize(_ source: SourceText) -> [Token] {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.kind == .eof { return tokens }
        }
    }

    /// Reads the next token; at the end of input, `eof` every time.
    public mutating func next(_ mode: Mode = .normal) -> Token {
        skipTrivia()
        let start = location
        guard let c = current else { return Token(.eof, SourceRange(at: start)) }
        switch mode {
        case .normal:
            break
        case .path:
            if c != "\"", !Lexer.endsPathWord(c) { return readRaw(from: start, stop: Lexer.endsPathWord) }
        case .text:
            if c != "\"", !Lexer.endsText(c) { return readRaw(from: start, stop: Lexer.endsText) }
        }
        if c.isLineBreak {
            advance()
            return make(.newline, from: start)
        }
        if c == "\"" { return readString(from: start) }
        if c.isASCII, c.isNumber { return readNumber(from: start) }
        if c == ".", let d = peekNext, d.isASCII, d.isNumber { return readFractionOnly(from: start) }
        if c == ".", let command = dotCommand() { return make(.identifier(command), from: start) }
        if Lexer.startsIdentifier(c) { return make(.identifier(readIdentifier()), from: start) }
        if c == "$" {
            advance()
            // `$name`, or `$1`, `$2`…: a script's arguments.
            guard let n = current, Lexer.startsIdentifier(n) || (n.isASCII && n.isNumber) else {
                return make(.invalid(.missingVariableName), from: start)
            }
            return make(.variable(readIdentifier()), from: start)
        }
        return readPunctuation(from: start)
    }

    // MARK: Trivia

    private var continuesAfterNewline: Bool {
        parenDepth > 0 || last == .punct(.pipe) || last == .punct(.comma) || last == .punct(.assign)
    }

    /// Skips spaces, comments, and the line breaks that do not end a statement.
    private mutating func skipTrivia() {
        while let c = current {
            if c.isLineBreak {
                guard continuesAfterNewline else { return }
                advance()
            } else if c.isWhitespace {
                advance()
            } else if c == "#" {
                // A comment runs to the end of the line; `#!` shebang lines are comments too.
                while let d = current, !d.isLineBreak { advance() }
            } else {
                return
            }
        }
    }

    // MARK: Tokens

    private mutating func readIdentifier() -> String {
        var name = ""
        while let c = current, Lexer.continuesIdentifier(c) {
            name.append(c)
            advance()
        }
        return name
    }

    /// NUMBER -> DIGIT+ ('.' DIGIT+)?
    private mutating func readNumber(from start: SourceLocation) -> Token {
        let first = index
        while let c = current, c.isASCII, c.isNumber { advance() }
        if current == "." {
            advance()
            guard let c = current, c.isASCII, c.isNumber else {
                return make(.invalid(.missingFraction(String(source.text[first..<index]))), from: start)
            }
            while let c = current, c.isASCII, c.isNumber { advance() }
        }
        let text = source.text[first..<index]
        guard let value = Fixed(literal: text) else {
            return make(.invalid(.numberTooLong(String(text))), from: start)
        }
        return make(.number(value), from: start)
    }

    /// The shell's dot-commands `.quit` and `.exit`, read as one word when the text has one here.
    private mutating func dotCommand() -> String? {
        var copy = self
        copy.advance()  // the point
        let word = copy.readIdentifier()
        guard Lexer.dotCommands.contains(WordKey.of("." + word)) else { return nil }
        self = copy
        return "." + word
    }

    /// Words that start with a `.`: the shell's traditional ways out.
    static var dotCommands: Set<String> { CommandWord.dotted }

    /// `.5`: not a number (one starts with a digit), read whole so the error can suggest `0.5`.
    private mutating func readFractionOnly(from start: SourceLocation) -> Token {
        let first = index
        advance()  // the point
        while let c = current, c.isASCII, c.isNumber { advance() }
        return make(.invalid(.missingWholePart(String(source.text[first..<index]))), from: start)
    }

    /// STRING -> '"' (CHAR | '\"' | '\\')* '"'; may span lines.
    private mutating func readString(from start: SourceLocation) -> Token {
        advance()  // the opening quote
        var value = ""
        var badEscape: (Character, SourceRange)?
        while let c = current {
            if c == "\"" {
                advance()
                if let (escape, range) = badEscape {
                    last = .invalid(.invalidEscape(escape))
                    return Token(.invalid(.invalidEscape(escape)), range)
                }
                return make(.string(value), from: start)
            }
            let escapeStart = location
            advance()
            if c == "\\", let e = current {
                advance()
                if e == "\"" || e == "\\" {
                    value.append(e)
                } else if badEscape == nil {
                    badEscape = (e, SourceRange(start: escapeStart, end: location))
                }
            } else {
                value.append(c)
            }
        }
        endedInString = true
        return make(.invalid(.unterminatedString), from: start)
    }

    private mutating func readPunctuation(from start: SourceLocation) -> Token {
        guard let c = current else { return Token(.eof, SourceRange(at: start)) }
        advance()
        // Two-character operators first.
        if let d = current, let p = Token.Punctuation(rawValue: String(c) + String(d)) {
            advance()
            return make(.punct(p), from: start)
        }
        if let p = Token.Punctuation(rawValue: String(c)) {
            if p == .leftParen { parenDepth += 1 }
            // A stray `)` must not make later newlines look like they sit inside parentheses.
            if p == .rightParen { parenDepth = max(0, parenDepth - 1) }
            return make(.punct(p), from: start)
        }
        return make(.invalid(.unexpectedCharacter(c)), from: start)
    }

    /// A bare path word or the rest of a statement, up to `stop`, without trailing spaces.
    private mutating func readRaw(from start: SourceLocation, stop: (Character) -> Bool) -> Token {
        var text = ""
        var kept = 0
        var end = start
        while let c = current, !stop(c) {
            text.append(c)
            advance()
            if !c.isWhitespace {
                kept = text.count
                end = location
            }
        }
        let word = String(text.prefix(kept))
        last = .word(word)
        return Token(.word(word), SourceRange(start: start, end: end))
    }

    private mutating func make(_ kind: Token.Kind, from start: SourceLocation) -> Token {
        last = kind
        return Token(kind, SourceRange(start: start, end: location))
    }

    // MARK: Characters

    private var current: Character? {
        index < source.text.endIndex ? source.text[index] : nil
    }

    /// The character after `current`.
    private var peekNext: Character? {
        guard index < source.text.endIndex else { return nil }
        let next = source.text.index(after: index)
        return next < source.text.endIndex ? source.text[next] : nil
    }

    private mutating func advance() {
        guard let c = current else { return }
        index = source.text.index(after: index)
        location.offset += c.utf8.count
        if c.isLineBreak {
            location.line += 1
            location.column = 1
        } else {
            location.column += 1
        }
    }

    /// Whether `c` can start a word (a command, keyword, field or function name).
    public static func startsIdentifier(_ c: Character) -> Bool { c.isLetter || c == "_" }

    /// Whether `c` can continue a word.
    public static func continuesIdentifier(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

    static func endsPathWord(_ c: Character) -> Bool {
        c.isWhitespace || c == "," || c == ";" || c == "|" || c == "#" || c == "\""
    }

    static func endsText(_ c: Character) -> Bool { c.isLineBreak || c == ";" || c == "#" }
}
