import MarketModel

extension Parser {
    /// Whether `token` can begin an expression.
    static func startsExpression(_ token: Token) -> Bool {
        switch token.kind {
        case .number, .string, .identifier, .variable, .punct(.leftParen), .punct(.minus): return true
        default: return false
        }
    }

    /// expr -> binary(or)
    mutating func parseExpr() throws(SyntaxError) -> Expr {
        try parseBinary(.or)
    }

    /// binary(p) -> unary (OP binary(tighter than OP))*   for each OP with precedence >= p
    ///
    /// Precedence climbing over `Precedence.of`; comparisons do not chain.
    mutating func parseBinary(_ minimum: Precedence) throws(SyntaxError) -> Expr {
        let saved = depth
        defer { depth = saved }
        var left = try parseUnary()
        var comparedAlready = false
        var chained = 0
        while true {
            // `x in (…)`, `x between a and b`, and their `not`: comparisons of their own shape.
            if minimum <= .comparison, let negated = membershipAhead() {
                if comparedAlready {
                    throw error(
                        "comparisons cannot be chained: use 'and', as in 'a < b and b < c'", at: peek(negated ? 1 : 0))
                }
                comparedAlready = true
                left = try parseMembership(left, negated: negated)
                continue
            }
            guard let op = binaryOperator(peek()), Precedence.of(op) >= minimum else { break }
            let level = Precedence.of(op)
            let token = advance()
            if level == .comparison {
                if comparedAlready {
                    throw error(
                        "comparisons cannot be chained: use 'and', as in 'a < b and b < c'", at: token)
                }
                comparedAlready = true
            }
            // A long flat chain builds a deep left-leaning tree without recursing here, so it
            // counts against the same limit as nesting, one level per 25 operators: a
            // `where` with a few hundred `or`s is fine, a million-term chain is not.
            chained += 1
            if chained % 25 == 0 { try enterNesting(at: token) }
            let right = try parseBinary(level.tighter)
            left = .binary(op, left, right, range: left.range.union(right.range))
        }
        // Nothing after an expression may be `=` (a `let` reads its `=` before the expression).
        if peek().isPunct(.assign) {
            throw error("'=' is not a comparison", at: peek(), suggestion: "==")
        }
        return left
    }

    /// Whether `in` or `between` comes next: false for `in`, true for `not in` (nil for neither).
    private mutating func membershipAhead() -> Bool? {
        func isMembership(_ token: Token) -> Bool {
            token.isWord(Keyword.in.rawValue) || token.isWord(Keyword.between.rawValue)
        }
        if isMembership(peek()) { return false }
        if peek().isWord(Keyword.not.rawValue), isMembership(peek(1)) { return true }
        return nil
    }

    /// membership -> ['not'] 'in' '(' expr (',' expr)* ')' | ['not'] 'between' additive 'and' additive
    ///
    /// The ends of `between` are read at the precedence of `+`, so the `and` after the low end
    /// is `between`'s own: `pct between -1 and 1 and kind == "index"` is two tests.
    private mutating func parseMembership(_ value: Expr, negated: Bool) throws(SyntaxError) -> Expr {
        if negated { advance() }
        let word = advance()
        if word.isWord(Keyword.in.rawValue) {
            let open = peek()
            guard match(.leftParen) else {
                throw error("expected '(' after 'in', as in 'name in (\"CAC 40\", \"DAX\")'", at: open)
            }
            var list: [Expr] = []
            repeat {
                list.append(try parseExpr())
            } while match(.comma)
            try expectClosing(opener: open)
            return .inList(value, list, negated: negated, range: range(from: value.range.start))
        }
        let low = try parseBinary(Precedence.comparison.tighter)
        guard peek().isWord(Keyword.and.rawValue) else {
            throw error(
                "expected 'and' after the low end of 'between', as in 'pct between -1 and 1'", at: peek())
        }
        advance()
        let high = try parseBinary(Precedence.comparison.tighter)
        return .between(value, low, high, negated: negated, range: range(from: value.range.start))
    }

    /// unary -> 'not' binary(comparison) | '-' unary | primary
    mutating func parseUnary() throws(SyntaxError) -> Expr {
        let token = peek()
        try enterNesting(at: token)
        defer { depth -= 1 }
        if token.isWord(Keyword.not.rawValue) {
            advance()
            let operand = try parseBinary(.comparison)
            return .unary(.not, operand, range: token.range.union(operand.range))
        }
        if token.isPunct(.minus) {
            advance()
            let operand = try parseUnary()
            // `-0.5` is a literal, not an operation: fold it so the evaluator sees one number.
            if case .number(let value, let r) = operand, r.start == token.range.end,
                source.slice(r).first?.isNumber == true, value.units != Int64.min
            {
                return .number(Fixed(units: -value.units, scale: value.scale), range: token.range.union(r))
            }
            return .unary(.negate, operand, range: token.range.union(operand.range))
        }
        return try parsePrimary()
    }

    /// primary -> NUMBER | STRING | 'true' | 'false' | 'null' | IDENT | '$' IDENT
    ///          | IDENT '(' [expr (',' expr)*] ')' | '(' expr ')'
    mutating func parsePrimary() throws(SyntaxError) -> Expr {
        let token = peek()
        switch token.kind {
        case .number(let value):
            advance()
            return .number(value, range: token.range)
        case .string(let text):
            advance()
            return .string(text, range: token.range)
        case .variable(let name):
            advance()
            return .variable(name, range: token.range)
        case .identifier(let name):
            switch Keyword(word: name) {
            case .true, .false:
                advance()
                return .boolean(Keyword(word: name) == .true, range: token.range)
            case .null:
                advance()
                return .null(range: token.range)
            case .and, .or, .not, .as, .asc, .desc, .in, .between, .per:
                throw error("expected an expression after \(afterPrevious), found '\(name)'", at: token)
            case nil:
                advance()
                if peek().isPunct(.leftParen) { return try parseCall(Identifier(name, range: token.range)) }
                return .field(name, range: token.range)
            }
        case .punct(.leftParen):
            advance()
            let inner = try parseExpr()
            try expectClosing(opener: token)
            return inner.withRange(range(from: token.range.start))
        default:
            throw error("expected an expression after \(afterPrevious)", at: token)
        }
    }

    /// call -> IDENT '(' [expr (',' expr)*] ')'
    mutating func parseCall(_ name: Identifier) throws(SyntaxError) -> Expr {
        guard let signature = Functions.signature(named: name.name) else {
            throw SyntaxError(
                diagnostic: .error(
                    "unknown function '\(name.name)'", at: name.range,
                    suggestion: Suggestions.closest(to: name.name, among: Vocabulary.functions)),
                atEnd: false)
        }
        let open = advance()
        var arguments: [Expr] = []
        if !peek().isPunct(.rightParen) {
            repeat {
                arguments.append(try parseExpr())
            } while match(.comma)
        }
        try expectClosing(opener: open)
        let call = range(from: name.range.start)
        if let wrong = Functions.arityProblem(signature, count: arguments.count) {
            throw SyntaxError(diagnostic: .error(wrong, at: call), atEnd: false)
        }
        return .call(name, arguments, range: call)
    }

    /// Consumes the `)` matching `opener`, or says where the `(` was.
    private mutating func expectClosing(opener: Token) throws(SyntaxError) {
        guard match(.rightParen) else {
            throw error("expected ')' to close '(' at \(opener.range.start)", at: peek())
        }
    }

    /// Counts one level of nesting, refusing past `Parser.maximumDepth`.
    private mutating func enterNesting(at token: Token) throws(SyntaxError) {
        depth += 1
        if depth > Parser.maximumDepth {
            throw SyntaxError(
                diagnostic: .error(
                    "expression is nested too deeply or too long (the limit is \(Parser.maximumDepth) levels)",
                    at: token.range),
                atEnd: false)
        }
    }

    /// The binary operator `token` spells, if any.
    private func binaryOperator(_ token: Token) -> Expr.BinaryOperator? {
        switch token.kind {
        case .identifier where token.isWord(Keyword.and.rawValue): return .and
        case .identifier where token.isWord(Keyword.or.rawValue): return .or
        case .punct(let p): return Expr.BinaryOperator(rawValue: p.rawValue)
        default: return nil
        }
    }
}
