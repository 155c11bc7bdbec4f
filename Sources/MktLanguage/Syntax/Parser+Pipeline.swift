import MarketModel
import MktResult

extension Parser {
    /// Whether a pipeline starts here: a source word, or `$x` followed by `|` or the statement
    /// end (`$x + 1` is an expression).
    mutating func startsPipeline() -> Bool {
        switch peek().kind {
        case .identifier(let word):
            return SourceWord.named(word) != nil
        case .variable:
            let next = peek(1)
            return next.isPunct(.pipe) || next.endsStatement
        default:
            return false
        }
    }

    /// pipeline -> source ('|' stage)*
    ///
    /// `to` may only be followed by `save`, and `save` by nothing. In `let NAME = pipeline`
    /// (`boundTo` is NAME) neither may appear: a `let` keeps rows, it prints and writes nothing.
    mutating func parsePipeline(boundTo variable: String? = nil) throws(SyntaxError) -> Pipeline {
        let start = peek().range.start
        let source = try parseSource()
        var stages: [Stage] = []
        while match(.pipe) {
            stages.append(try parseStage())
        }
        let next = peek()
        if !next.endsStatement {
            throw error("expected '|' or the end of the statement, found \(describe(next))", at: next)
        }
        try checkPlacement(of: stages, boundTo: variable)
        return Pipeline(source: source, stages: stages, range: range(from: start))
    }

    /// Where `to` and `save` may stand: what to do with a printed result is decided last.
    private func checkPlacement(of stages: [Stage], boundTo variable: String?) throws(SyntaxError) {
        for (i, stage) in stages.enumerated() {
            let isLast = i == stages.count - 1
            switch stage {
            case .format(_, let range):
                if let variable {
                    throw misplaced(
                        "'let' only keeps rows, it prints nothing: choose the format when printing them, "
                            + "as in '$\(variable) | \(source.slice(range))'", at: range)
                }
                if !isLast, case .save = stages[i + 1] { continue }
                if !isLast { throw misplaced("'to' must be the last stage (only 'save' may follow it)", at: range) }
            case .save(_, let range):
                if let variable {
                    throw misplaced(
                        "'let' only keeps rows, it writes nothing: save them afterwards, "
                            + "as in '$\(variable) | \(source.slice(range))'", at: range)
                }
                if !isLast { throw misplaced("'save' must be the last stage", at: range) }
            default:
                continue
            }
        }
    }

    private func misplaced(_ message: String, at range: SourceRange) -> SyntaxError {
        SyntaxError(diagnostic: .error(message, at: range), atEnd: false)
    }

    /// source -> one of `SourceWord.all` ('instruments' ['all'] | 'headlines' | 'movers' [N]
    ///         | 'diff' [A B] | …) | '$' IDENT
    mutating func parseSource() throws(SyntaxError) -> PipelineSource {
        let token = advance()
        if case .variable(let name) = token.kind { return .variable(name, range: token.range) }
        guard case .identifier(let word) = token.kind, var source = SourceWord.named(word) else {
            // `startsPipeline` was checked by every caller.
            throw error("expected a source such as 'instruments'", at: token)
        }
        // A source of two words (`instruments all`) when the next word makes one.
        if case .identifier(let next) = peek().kind, let longer = SourceWord.named(word + " " + next) {
            advance()
            source = longer
        }
        let arguments = try parseArguments(of: source)
        return .word(source.kind, arguments, range: range(from: token.range.start))
    }

    /// What `source` is given after its words, in the shape it declares.
    private mutating func parseArguments(of source: SourceWord) throws(SyntaxError) -> SourceArguments {
        switch source.arguments {
        case .none:
            return .none
        case .count:
            return endsSource(peek()) ? .none : SourceArguments(values: [try parseExpr()])
        case .snapshotPair:
            if endsSource(peek()) { return .none }
            let first = try parseWordArgument("a snapshot's id or n", example: "diff 1 2")
            _ = match(.comma)
            guard !endsSource(peek()) else {
                throw error(
                    "expected a second snapshot after \(afterPrevious): '\(source.word)' compares two snapshots "
                        + "(or, with none, the two latest)", at: peek())
            }
            return SourceArguments(values: [first, try parseWordArgument("a snapshot's id or n", example: "diff 1 2")])
        case .text:
            let token = peek()
            guard case .string(let text) = token.kind else {
                throw error("expected quoted text after '\(source.word)', as in '\(source.word) \"Tesla\"'", at: token)
            }
            advance()
            var arguments = SourceArguments(values: [.string(text, range: token.range)])
            if case .identifier(let word) = peek().kind, WordKey.of(word) == "all" {
                advance()
                arguments.all = true
            } else if !endsSource(peek()) {
                throw error(
                    "expected 'all', '|' or the end of the statement after the searched text, found \(describe(peek()))",
                    at: peek())
            }
            return arguments
        case .instrument(let period):
            var arguments = SourceArguments(name: try parseInstrumentName(after: source, period: period))
            if period { try parsePeriod(into: &arguments) }
            return arguments
        }
    }

    /// Whether `token` ends a source's arguments: a `|` or the statement's end.
    private func endsSource(_ token: Token) -> Bool {
        token.endsStatement || token.isPunct(.pipe)
    }

    /// NAME -> STRING | WORD+: a quoted name, or the words written up to a `|`, the statement's
    /// end or (when `period`) a period word (`CAC 40`, `S&P 500`, `EUR/USD`).
    private mutating func parseInstrumentName(after word: SourceWord, period: Bool) throws(SyntaxError) -> InstrumentName {
        let first = peek()
        if case .string(let text) = first.kind {
            advance()
            return InstrumentName(text: text, isQuoted: true, range: first.range)
        }
        var words = 0
        while !endsSource(peek()), !(period && isPeriodWord(peek())) {
            if case .invalid(.unterminatedString) = peek().kind { throw error("", at: peek()) }
            advance()
            words += 1
        }
        guard words > 0 else {
            throw error("expected an instrument's name after '\(word.word)', as in '\(word.word) CAC 40'", at: first)
        }
        let range = first.range.union(previous.range)
        return InstrumentName(text: String(source.slice(range)), isQuoted: false, range: range)
    }

    private mutating func isPeriodWord(_ token: Token) -> Bool {
        guard case .identifier(let word) = token.kind else { return false }
        return SourceWord.periodWords.contains(WordKey.of(word))
    }

    /// period -> ('from' DATE | 'to' DATE | 'last' expr)*, each at most once; DATE is a quoted
    /// or bare `YYYY-MM-DD` (read whole, not as a subtraction) or `$name`.
    private mutating func parsePeriod(into arguments: inout SourceArguments) throws(SyntaxError) {
        while case .identifier(let word) = peek().kind, SourceWord.periodWords.contains(WordKey.of(word)) {
            let wordToken = advance()
            let key = WordKey.of(word)
            let already = key == "from" ? arguments.from : key == "to" ? arguments.to : arguments.last
            if already != nil {
                throw error("'\(key)' is given twice", at: wordToken)
            }
            if key == "last" {
                if endsSource(peek()) { throw error("expected a number of captures after 'last'", at: peek()) }
                arguments.last = try parseExpr()
                continue
            }
            let date = try parseWordArgument("a date", example: "\(key) 2026-01-02")
            if key == "from" { arguments.from = date } else { arguments.to = date }
        }
        if !endsSource(peek()) {
            throw error(
                "expected 'from DATE', 'to DATE', 'last N', '|' or the end of the statement, found \(describe(peek()))",
                at: peek())
        }
    }

    /// A word read whole, not as an expression (`2026-01-02` is no subtraction):
    /// STRING | '$' IDENT | a bare word, which becomes a text.
    private mutating func parseWordArgument(_ what: String, example: String) throws(SyntaxError) -> Expr {
        if case .variable = peek().kind { return try parseExpr() }
        relex(.path)
        let token = peek()
        switch token.kind {
        case .string(let text), .word(let text):
            advance()
            return .string(text, range: token.range)
        default:
            throw error("expected \(what) after \(afterPrevious), as in '\(example)'", at: token)
        }
    }

    /// stage -> 'where' expr | 'sort' key (',' key)* | 'take' expr | 'last' expr
    ///        | 'select' item (',' item)* | 'group' expr (',' expr)* | aggregates
    ///        | 'delta' expr (',' expr)* | ('latest' | 'earliest') 'per' expr (',' expr)*
    ///        | 'chart' expr | 'to' FORMAT | 'save' path
    ///
    /// `last` is two words: `last N` keeps the last N rows when its argument reads no field
    /// (`last 3`, `last $n`), and is the aggregate `last EXPR` when it does (`last value`).
    mutating func parseStage() throws(SyntaxError) -> Stage {
        let token = peek()
        guard case .identifier(let word) = token.kind else {
            throw error("expected a stage after '|', such as 'where' or 'sort'", at: token)
        }
        let start = token.range.start
        guard let stage = StageWord.named(word) else {
            // Other tools' words for our stages, when the spelling is not close to one.
            let synonyms = [
                "limit": "take", "head": "take", "top": "take", "tail": "last",
                "filter": "where", "order": "sort", "orderby": "sort", "project": "select",
                "columns": "select", "groupby": "group", "format": "to", "write": "save",
                "export": "save", "mean": "avg", "average": "avg", "total": "sum", "distinct": "latest",
                "uniq": "latest", "unique": "latest", "lag": "delta", "diff": "delta", "plot": "chart", "bar": "chart",
            ]
            let suggestion = Suggestions.closest(to: word, among: Vocabulary.stages) ?? synonyms[Vocabulary.key(word)]
            throw error("unknown stage '\(word)'", at: token, suggestion: suggestion)
        }
        switch stage.kind {
        case .aggregate(let function):
            return .aggregate(try parseAggregates(first: function), range: range(from: start))
        case .filter:
            advance()
            return .filter(try parseExpr(), range: range(from: start))
        case .sort:
            advance()
            var keys = [try parseSortKey()]
            while match(.comma) { keys.append(try parseSortKey()) }
            return .sort(keys, range: range(from: start))
        case .take:
            advance()
            return .take(try parseExpr(), range: range(from: start))
        case .last:
            advance()
            let argument = try parseExpr()
            guard argument.readsField else { return .last(argument, range: range(from: start)) }
            let first = Aggregate(function: .last, argument: argument, range: range(from: start))
            return .aggregate(try parseAggregates(after: [first]), range: range(from: start))
        case .delta:
            advance()
            var exprs = [try parseExpr()]
            while match(.comma) { exprs.append(try parseExpr()) }
            return .delta(exprs, range: range(from: start))
        case .latest, .earliest:
            let word = advance()
            guard peek().isWord(Keyword.per.rawValue) else {
                let name = Vocabulary.key(source.slice(word.range))
                throw error("expected 'per' after '\(name)', as in '\(name) per date'", at: peek())
            }
            advance()
            var keys = [try parseExpr()]
            while match(.comma) { keys.append(try parseExpr()) }
            return .latest(keys, earliest: stage.kind == .earliest, range: range(from: start))
        case .select:
            advance()
            var items = [try parseSelectItem()]
            while match(.comma) { items.append(try parseSelectItem()) }
            return .select(items, range: range(from: start))
        case .group:
            advance()
            var keys = [try parseExpr()]
            while match(.comma) { keys.append(try parseExpr()) }
            return .group(keys, range: range(from: start))
        case .chart:
            advance()
            return .chart(try parseExpr(), range: range(from: start))
        case .format:
            advance()
            return .format(try parseFormat(), range: range(from: start))
        case .save:
            advance()
            let path = try parsePath(missing: "expected a file name after 'save'")
            return .save(path, range: range(from: start))
        }
    }

    /// key -> expr ['asc' | 'desc']
    mutating func parseSortKey() throws(SyntaxError) -> SortKey {
        let expr = try parseExpr()
        var descending = false
        if peek().isWord(Keyword.desc.rawValue) {
            descending = true
            advance()
        } else if peek().isWord(Keyword.asc.rawValue) {
            advance()
        } else if case .identifier(let word) = peek().kind,
            let meant = ["descending": "desc", "ascending": "asc", "down": "desc", "up": "asc"][Vocabulary.key(word)]
        {
            throw error("unknown sort order '\(word)'", at: peek(), suggestion: meant)
        }
        return SortKey(expr: expr, descending: descending, range: range(from: expr.range.start))
    }

    /// item -> expr ['as' IDENT]
    mutating func parseSelectItem() throws(SyntaxError) -> SelectItem {
        let expr = try parseExpr()
        var alias: Identifier?
        if peek().isWord(Keyword.as.rawValue) {
            advance()
            alias = try expectIdentifier("expected a column name after 'as'")
        }
        let name: String
        if let alias {
            name = alias.name
        } else if case .field(let field, _) = expr {
            name = field
        } else {
            name = String(source.slice(expr.range))
        }
        return SelectItem(expr: expr, alias: alias, columnName: name, range: range(from: expr.range.start))
    }

    /// aggregates -> aggregate (',' aggregate)*
    mutating func parseAggregates(first: AggregateFunction) throws(SyntaxError) -> [Aggregate] {
        try parseAggregates(after: [try parseAggregate(first)])
    }

    /// The aggregates after `aggregates`, each after a ','.
    mutating func parseAggregates(after aggregates: [Aggregate]) throws(SyntaxError) -> [Aggregate] {
        var aggregates = aggregates
        while match(.comma) {
            let token = peek()
            guard case .identifier(let word) = token.kind, let function = AggregateFunction(word: word) else {
                let word: String
                if case .identifier(let w) = token.kind { word = w } else { word = "" }
                throw error(
                    word.isEmpty ? "expected an aggregate after ',', such as 'count' or 'sum'" : "unknown aggregate '\(word)'",
                    at: token, suggestion: Suggestions.closest(to: word, among: Vocabulary.aggregates))
            }
            aggregates.append(try parseAggregate(function))
        }
        return aggregates
    }

    /// aggregate -> 'count' | ('sum'|'avg'|'min'|'max'|'median'|'stddev'|'first'|'last') expr
    ///
    /// `first` and `last` pick a value of the rows: an argument that reads no field picks
    /// nothing (`first 3` meant the first 3 rows: that is `take 3`).
    mutating func parseAggregate(_ function: AggregateFunction) throws(SyntaxError) -> Aggregate {
        let start = advance().range.start
        let argument: Expr? = function.takesArgument ? try parseExpr() : nil
        if function.picksInSnapshotOrder, let argument, !argument.readsField {
            let written = source.slice(argument.range)
            let rows = function == .first ? "take \(written)" : "| last \(written)"
            throw SyntaxError(
                diagnostic: .error(
                    "'\(function.name) EXPR' is the aggregate: the \(function == .first ? "earliest" : "latest") value of "
                        + "an expression over the rows' fields (as in '\(function.name) value'); "
                        + "to keep rows, write '\(rows)'", at: argument.range),
                atEnd: false)
        }
        return Aggregate(function: function, argument: argument, range: range(from: start))
    }

    /// FORMAT -> 'table' | 'csv' | 'json' | 'markdown'
    mutating func parseFormat() throws(SyntaxError) -> OutputFormat {
        let token = peek()
        guard case .identifier(let word) = token.kind else {
            throw error("expected a format after 'to': table, csv, json or markdown", at: token)
        }
        guard let format = OutputFormat(rawValue: Vocabulary.key(word)) else {
            throw error(
                "unknown format '\(word)'", at: token, suggestion: Suggestions.closest(to: word, among: Vocabulary.formats))
        }
        advance()
        return format
    }
}
