import MarketModel
import MktResult

extension Parser {
    /// statement -> command | pipeline | expr, where command is one of `CommandWord.all`:
    /// load | let | set | sourceStmt | help | article | excerpt | show | status | use | exit
    mutating func parseStatement() throws(SyntaxError) -> Statement {
        let first = peek()
        if case .identifier(let word) = first.kind {
            if let command = CommandWord.named(word) {
                switch command.kind {
                case .load: return try parseLoad()
                case .let: return try parseLet()
                case .set: return try parseSet()
                case .source: return try parseSourceStatement()
                case .help: return try parseHelp()
                case .article: return .article(range: advance().range)
                case .excerpt: return try parseExcerpt()
                case .show: return try parseShow()
                case .use: return try parseUse()
                case .status: return .status(range: advance().range)
                case .exit: return try parseExit()
                }
            }
            if startsPipeline() { return .pipeline(try parsePipeline()) }
            // A name not followed by `(` is not an expression anyone means at top level (there
            // is no row to take a field from): it is a mistyped command.
            if !peek(1).isPunct(.leftParen), Keyword(word: word)?.startsExpression != true {
                if StageWord.named(word) != nil {
                    throw error(
                        "'\(word)' is a pipeline stage: write it after a source, as in 'instruments | \(word) …'",
                        at: first)
                }
                if InstrumentField.named(word) != nil {
                    throw error(
                        "'\(word)' is a field of rows, not a command: use it in a stage, as in 'instruments | select \(word)'",
                        at: first)
                }
                throw error(
                    "unknown command '\(word)'", at: first,
                    suggestion: Suggestions.closest(to: word, among: Vocabulary.statements))
            }
        }
        if startsPipeline() { return .pipeline(try parsePipeline()) }
        guard Parser.startsExpression(first) else {
            throw error("expected a command or an expression, found \(describe(first))", at: first)
        }
        return .expression(try parseExpr())
    }

    /// load -> 'load' path (',' path)*
    mutating func parseLoad() throws(SyntaxError) -> Statement {
        let start = advance().range.start
        var paths = [try parsePath(missing: "expected a file name after 'load'")]
        while true {
            relex(.path)
            let next = peek()
            if case .word = next.kind {
                throw error("expected ',' between file names, found \(describe(next))", at: next)
            }
            if case .string = next.kind {
                throw error("expected ',' between file names, found \(describe(next))", at: next)
            }
            guard match(.comma) else { break }
            paths.append(try parsePath(missing: "expected a file name after ','"))
        }
        return .load(paths, range: range(from: start))
    }

    /// path -> STRING | WORD
    mutating func parsePath(missing message: String) throws(SyntaxError) -> PathArgument {
        relex(.path)
        let token = peek()
        switch token.kind {
        case .string(let text):
            advance()
            return PathArgument(text, isQuoted: true, range: token.range)
        case .word(let text):
            advance()
            return PathArgument(text, isQuoted: false, range: token.range)
        default:
            throw error(message, at: token)
        }
    }

    /// let -> 'let' IDENT '=' (pipeline | expr)
    mutating func parseLet() throws(SyntaxError) -> Statement {
        let start = advance().range.start
        let name = try expectIdentifier("expected a variable name after 'let'")
        guard match(.assign) else {
            throw error("expected '=' after 'let \(name.name)'", at: peek())
        }
        let value: LetValue =
            startsPipeline() ? .pipeline(try parsePipeline(boundTo: name.name)) : .expression(try parseExpr())
        return .let(name, value, range: range(from: start))
    }

    /// set -> 'set' IDENT (WORD | STRING | ['-'] NUMBER)
    mutating func parseSet() throws(SyntaxError) -> Statement {
        let start = advance().range.start
        let name = try expectIdentifier("expected a setting name after 'set', as in 'set format csv'")
        guard let settingWord = SettingWord(word: name.name) else {
            // Known before anything runs: a script with a misspelt setting runs nothing.
            throw SyntaxError(
                diagnostic: .error(
                    "unknown setting '\(name.name)' (settings: \(Vocabulary.settings.joined(separator: ", ")))",
                    at: name.range, suggestion: Suggestions.closest(to: name.name, among: Vocabulary.settings)),
                atEnd: false)
        }
        let token = peek()
        let value: SettingValue
        switch token.kind {
        case .identifier(let word):
            value = .word(word, range: token.range)
        case .string(let text):
            value = .string(text, range: token.range)
        case .number(let n):
            value = .number(n, range: token.range)
        case .punct(.minus):
            advance()
            let digits = peek()
            guard case .number(let n) = digits.kind, n.units != Int64.min else {
                throw error("expected a number after '-'", at: digits)
            }
            value = .number(Fixed(units: -n.units, scale: n.scale), range: token.range.union(digits.range))
        default:
            throw error("expected a value after 'set \(name.name)'", at: token)
        }
        let setting: Setting
        switch settingWord {
        case .format: setting = .format(try format(of: value))
        case .timer: setting = .timer(try onOff(value, of: name.name))
        }
        advance()
        return .set(name, value, setting, range: range(from: start))
    }

    /// `set timer` takes `on` or `off` (any case): anything else is a syntax error.
    func onOff(_ value: SettingValue, of setting: String) throws(SyntaxError) -> Bool {
        let (word, at) = value.written
        switch Vocabulary.key(word) {
        case "on": return true
        case "off": return false
        default:
            throw SyntaxError(
                diagnostic: .error(
                    "unknown value '\(word)' for '\(setting)' (on, off)", at: at,
                    suggestion: Suggestions.closest(to: word, among: ["on", "off"])),
                atEnd: false)
        }
    }

    /// `set format` takes one of the formats `to` takes: any other value is a syntax error,
    /// found before anything runs.
    func format(of value: SettingValue) throws(SyntaxError) -> OutputFormat {
        let (word, at) = value.written
        if let format = OutputFormat(rawValue: Vocabulary.key(word)) { return format }
        throw SyntaxError(
            diagnostic: .error(
                "unknown format '\(word)' (formats: \(Vocabulary.formats.joined(separator: ", ")))", at: at,
                suggestion: Suggestions.closest(to: word, among: Vocabulary.formats)),
            atEnd: false)
    }

    /// sourceStmt -> 'source' path
    mutating func parseSourceStatement() throws(SyntaxError) -> Statement {
        let start = advance().range.start
        let path = try parsePath(missing: "expected a script file name after 'source'")
        return .source(path, range: range(from: start))
    }

    /// help -> 'help' [TEXT]
    mutating func parseHelp() throws(SyntaxError) -> Statement {
        let start = advance().range.start
        relex(.text)
        switch peek().kind {
        case .word(let text), .string(let text):
            advance()
            return .help(topic: text, range: range(from: start))
        default:
            return .help(topic: nil, range: range(from: start))
        }
    }

    /// excerpt -> 'excerpt' [NUMBER ['chars' | 'char']]
    mutating func parseExcerpt() throws(SyntaxError) -> Statement {
        let start = advance().range.start
        let token = peek()
        guard case .number(let n) = token.kind else {
            if token.endsStatement { return .excerpt(.paragraphs(1), range: range(from: start)) }
            throw error("expected a number of paragraphs after 'excerpt', as in 'excerpt 2'", at: token)
        }
        let whole = n.normalized
        guard whole.scale == 0, whole.units > 0, let count = Int(exactly: whole.units) else {
            throw error("expected a whole number above 0 after 'excerpt'", at: token)
        }
        advance()
        let unit = peek()
        if unit.isWord("chars") || unit.isWord("char") {
            advance()
            return .excerpt(.characters(count), range: range(from: start))
        }
        if case .identifier(let word) = unit.kind {
            throw error(
                "expected 'chars' or the end of the statement after 'excerpt \(count)', found '\(word)'", at: unit,
                suggestion: Suggestions.closest(to: word, among: ["chars"]))
        }
        return .excerpt(.paragraphs(count), range: range(from: start))
    }

    /// exit -> ('exit' | 'quit' | '.exit' | '.quit') [['-'] NUMBER | '$' IDENT]
    ///
    /// A written status is checked here; a variable's when the statement runs.
    mutating func parseExit() throws(SyntaxError) -> Statement {
        let command = advance()
        let start = command.range.start
        let token = peek()
        if token.endsStatement { return .exit(status: nil, range: range(from: start)) }
        switch token.kind {
        case .variable:
            return .exit(status: try parsePrimary(), range: range(from: start))
        case .number, .punct(.minus):
            // `-1` is folded into one literal, so it is refused like `256`.
            let status = try parseUnary()
            guard case .number(let n, _) = status, ExitStatus.of(.number(n)) != nil else {
                let written = String(source.slice(status.range))
                throw SyntaxError(diagnostic: .error(ExitStatus.message(notValid: written), at: status.range), atEnd: false)
            }
            return .exit(status: status, range: range(from: start))
        default:
            throw error(
                "expected an exit status after '\(source.slice(command.range))': a whole number from 0 to 255, or a variable",
                at: token)
        }
    }

    /// use -> 'use' (STRING | TEXT)
    mutating func parseUse() throws(SyntaxError) -> Statement {
        let start = advance().range.start
        relex(.text)
        let token = peek()
        switch token.kind {
        case .string(let text), .word(let text):
            advance()
            return .use(text, range: range(from: start))
        default:
            throw error("expected a snapshot after 'use': its n in 'snapshots', or its id", at: token)
        }
    }

    /// show -> 'show' (STRING | TEXT)
    mutating func parseShow() throws(SyntaxError) -> Statement {
        let start = advance().range.start
        relex(.text)
        let token = peek()
        switch token.kind {
        case .string(let text):
            advance()
            return .show(name: text, isQuoted: true, range: range(from: start))
        case .word(let text):
            advance()
            return .show(name: text, isQuoted: false, range: range(from: start))
        default:
            throw error("expected an instrument name after 'show', as in 'show CAC 40'", at: token)
        }
    }
}
