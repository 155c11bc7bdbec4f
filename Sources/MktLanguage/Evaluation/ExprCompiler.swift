import MarketModel
import MktResult

/// A compiled expression: evaluates against one row.
typealias RowFunction = ([Value]) throws -> Value

/// Turns an expression into a closure over rows, resolving field names to column positions once,
/// so a stage over a million rows does no name lookups and an unknown field is reported before
/// any row is touched.
struct ExprCompiler {
    /// The columns of the rows the expression will see (empty for a bare expression).
    let columns: [String]
    let variables: [String: Binding]

    func compile(_ expr: Expr) throws(RuntimeError) -> RowFunction {
        switch expr {
        case .number(let f, _):
            return { _ in .number(f) }
        case .string(let s, _):
            return { _ in .text(s) }
        case .boolean(let b, _):
            return { _ in .bool(b) }
        case .null:
            return { _ in .null }
        case .field(let name, let range):
            let index = try column(name, range: range)
            return { row in index < row.count ? row[index] : .null }
        case .variable(let name, let range):
            let value = try variable(name, range: range)
            return { _ in value }
        case .call(let function, let arguments, let range):
            // `if` computes its condition, then only the branch it picks: `if(x == 0, null, 1 / x)`.
            if Functions.signature(named: function.name)?.name == "if", arguments.count == 3 {
                let condition = try compile(arguments[0])
                let then = try compile(arguments[1]), otherwise = try compile(arguments[2])
                return { row in ValueOps.truthy(try condition(row)) ? try then(row) : try otherwise(row) }
            }
            let compiled = try arguments.map { (a) throws(RuntimeError) -> RowFunction in try compile(a) }
            let name = function.name
            return { row in
                let values = try compiled.map { try $0(row) }
                do {
                    return try Functions.call(name: name, args: values)
                } catch {
                    throw RuntimeError((error as? Functions.Failure)?.message ?? "\(error)", at: range)
                }
            }
        case .unary(let op, let operand, let range):
            let inner = try compile(operand)
            switch op {
            case .not:
                return { row in
                    let v = try inner(row)
                    return v == .null ? .null : .bool(!ValueOps.truthy(v))
                }
            case .negate:
                return { row in
                    do {
                        return try ValueOps.negate(try inner(row))
                    } catch let error as ValueOps.OpError {
                        throw RuntimeError(Self.message(error), at: range)
                    }
                }
            }
        case .binary(let op, let lhs, let rhs, let range):
            // `where region == europe`: a bare word compared with a field, and no field of
            // that name, was meant as text.
            if [.equal, .notEqual, .matches].contains(op), case .field = lhs, case .field(let word, let at) = rhs,
                !columns.contains(where: { Vocabulary.key($0) == Vocabulary.key(word) }),
                Suggestions.closest(to: word, among: columns) == nil
            {
                throw RuntimeError("unknown field '\(word)'; text is written in quotes", at: at, suggestion: "\"\(word)\"")
            }
            return try binary(op, try compile(lhs), try compile(rhs), operands: (lhs, rhs), range: range)
        case .inList(let value, let list, let negated, let range):
            return membership(
                try compile(value), value, try list.map { (e) throws(RuntimeError) in (try compile(e), e) },
                negated: negated, range: range)
        case .between(let value, let low, let high, let negated, let range):
            return between(
                try compile(value), value, (try compile(low), low), (try compile(high), high),
                negated: negated, range: range)
        }
    }

    /// `x in (a, b…)`: `==` with each value (so text exactly, numbers by value), in SQL's
    /// three values: true when one is equal; else null when `x` or a value is null; else false.
    /// `not in` negates it, null staying null.
    private func membership(
        _ x: @escaping RowFunction, _ lhs: Expr, _ list: [(RowFunction, Expr)], negated: Bool, range: SourceRange
    ) -> RowFunction {
        return { row in
            let v = try x(row)
            var sawNull = v == .null
            var found = false
            for (item, rhs) in list {
                let w = try item(row)
                if let problem = Self.mismatch(v, w, lhs, rhs) { throw RuntimeError(problem, at: range) }
                if w == .null || v == .null {
                    sawNull = true
                } else if ValueOps.equal(v, w) {
                    found = true
                    break
                }
            }
            if !found && sawNull { return .null }
            return .bool(found != negated)
        }
    }

    /// `x between low and high`: `x >= low and x <= high`, both ends included, in SQL's three
    /// values (null when a needed side is null; false as soon as one end is outside). Text
    /// compares as `<` compares it. `not between` negates it, null staying null.
    private func between(
        _ x: @escaping RowFunction, _ lhs: Expr, _ low: (RowFunction, Expr), _ high: (RowFunction, Expr),
        negated: Bool, range: SourceRange
    ) -> RowFunction {
        return { row in
            let v = try x(row), a = try low.0(row), b = try high.0(row)
            // Each end: nil for null, else whether x is on the right side of it.
            func within(_ end: Value, _ endExpr: Expr, _ test: (Int) -> Bool) throws -> Bool? {
                if let problem = Self.mismatch(v, end, lhs, endExpr) { throw RuntimeError(problem, at: range) }
                if v == .null || end == .null { return nil }
                return test(ValueOps.compare(v, end))
            }
            let above = try within(a, low.1) { $0 >= 0 }, below = try within(b, high.1) { $0 <= 0 }
            if above == false || below == false { return .bool(negated) }
            if above == nil || below == nil { return .null }
            return .bool(!negated)
        }
    }

    private func binary(
        _ op: Expr.BinaryOperator, _ a: @escaping RowFunction, _ b: @escaping RowFunction,
        operands: (Expr, Expr), range: SourceRange
    ) throws(RuntimeError) -> RowFunction {
        let (lhs, rhs) = operands
        func arithmetic(_ kind: ValueOps.Arithmetic) -> RowFunction {
            return { row in
                do {
                    return try ValueOps.arithmetic(kind, try a(row), try b(row))
                } catch let error as ValueOps.OpError {
                    throw RuntimeError(Self.message(error), at: range)
                }
            }
        }
        func ordering(_ test: @escaping @Sendable (Int) -> Bool) -> RowFunction {
            return { row in
                let x = try a(row), y = try b(row)
                if x == .null || y == .null { return .null }
                if let problem = Self.mismatch(x, y, lhs, rhs) { throw RuntimeError(problem, at: range) }
                return .bool(test(ValueOps.compare(x, y)))
            }
        }
        // `x == null` is how null is tested for, so null compares equal to null, unequal to the rest.
        func equality(_ equal: Bool) -> RowFunction {
            return { row in
                let x = try a(row), y = try b(row)
                if let problem = Self.mismatch(x, y, lhs, rhs) { throw RuntimeError(problem, at: range) }
                return .bool(ValueOps.equal(x, y) == equal)
            }
        }
        switch op {
        case .and:
            return { row in
                guard ValueOps.truthy(try a(row)) else { return .bool(false) }
                return .bool(ValueOps.truthy(try b(row)))
            }
        case .or:
            return { row in
                if ValueOps.truthy(try a(row)) { return .bool(true) }
                return .bool(ValueOps.truthy(try b(row)))
            }
        case .equal: return equality(true)
        case .notEqual: return equality(false)
        case .less: return ordering { $0 < 0 }
        case .lessEqual: return ordering { $0 <= 0 }
        case .greater: return ordering { $0 > 0 }
        case .greaterEqual: return ordering { $0 >= 0 }
        case .matches:
            if let pattern = constantText(rhs) {
                // Folded once, not at every row.
                let folded = FoldedPattern(pattern)
                return { row in
                    let x = try a(row)
                    if let problem = Self.notText(x, lhs, side: "left") { throw RuntimeError(problem, at: range) }
                    guard case .text(let text) = x else { return .null }
                    return .bool(folded.matches(text))
                }
            }
            return { row in
                let x = try a(row), y = try b(row)
                if let problem = Self.notText(x, lhs, side: "left") ?? Self.notText(y, rhs, side: "right") {
                    throw RuntimeError(problem, at: range)
                }
                if x == .null || y == .null { return .null }
                return .bool(ValueOps.matches(x, y))
            }
        case .add: return arithmetic(.add)
        case .subtract: return arithmetic(.subtract)
        case .multiply: return arithmetic(.multiply)
        case .divide: return arithmetic(.divide)
        case .remainder: return arithmetic(.remainder)
        }
    }

    /// The text `expr` stands for whatever the row, when it is a string literal or a variable
    /// holding text.
    private func constantText(_ expr: Expr) -> String? {
        switch expr {
        case .string(let s, _): return s
        case .variable(let name, _):
            if case .value(.text(let s)) = variables[name] { return s }
            return nil
        default: return nil
        }
    }

    // MARK: Type errors

    /// Why `x` and `y` cannot be compared (`==`, `<`...), or nil when they can: values of one
    /// kind, or null with anything. A string literal spelling the other side's value gets a hint:
    /// `"0.06" is text: write 0.06 without quotes`.
    static func mismatch(_ x: Value, _ y: Value, _ lhs: Expr, _ rhs: Expr) -> String? {
        guard !ValueOps.comparable(x, y) else { return nil }
        let message = "cannot compare \(ValueOps.typeName(x)) with \(ValueOps.typeName(y))"
        guard let hint = unquoteHint(lhs, comparedWith: y) ?? unquoteHint(rhs, comparedWith: x) else { return message }
        return message + " — " + hint
    }

    /// `"0.06" is text: write 0.06 without quotes`, when `expr` is a string literal that, unquoted,
    /// would be a value of `other`'s kind.
    private static func unquoteHint(_ expr: Expr, comparedWith other: Value) -> String? {
        guard case .string(let text, _) = expr else { return nil }
        switch other {
        case .number, .real:
            let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
            guard digits.first?.isASCII == true, digits.first?.isNumber == true, Fixed(literal: Substring(text)) != nil
            else { return nil }
        case .bool:
            guard text == "true" || text == "false" else { return nil }
        case .null, .text:
            return nil
        }
        return "\"\(text)\" is text: write \(text) without quotes"
    }

    /// Why `value`, one side of `~`, cannot be matched, or nil when it is text or null.
    static func notText(_ value: Value, _ expr: Expr, side: String) -> String? {
        switch value {
        case .text, .null:
            return nil
        case .number, .real:
            if case .number(let literal, _) = expr {
                return "'~' matches text, but \(literal) is a number — write \"\(literal)\" in quotes to match those characters"
            }
            return "'~' matches text, but \(describe(expr, side: side)) is a number: compare numbers with '==', '<' or '>'"
        case .bool:
            return "'~' matches text, but \(describe(expr, side: side)) is a boolean"
        }
    }

    /// `'pct'` for a field, else `the left side`.
    private static func describe(_ expr: Expr, side: String) -> String {
        if case .field(let name, _) = expr { return "'\(name)'" }
        return "the \(side) side"
    }

    private func column(_ name: String, range: SourceRange) throws(RuntimeError) -> Int {
        if let index = columns.firstIndex(of: name) { return index }
        let key = Vocabulary.key(name)
        if let index = columns.firstIndex(where: { Vocabulary.key($0) == key }) { return index }
        if columns.isEmpty {
            if let field = InstrumentField.named(name) {
                throw RuntimeError(
                    "'\(name)' is a field of rows; use it in a stage, as in 'instruments | select \(field.name)'",
                    at: range)
            }
            throw RuntimeError("unknown name '\(name)' (variables are written '$\(name)')", at: range)
        }
        if let close = Suggestions.closest(to: name, among: columns) {
            throw RuntimeError("unknown field '\(name)'", at: range, suggestion: close)
        }
        throw RuntimeError("unknown field '\(name)'; the rows have \(Self.fieldList(columns))", at: range)
    }

    /// The columns, in order, for an error message: `position, name, value`; past 24 of them,
    /// the first 24 and how many more.
    static func fieldList(_ columns: [String]) -> String {
        let limit = 24
        let shown = columns.prefix(limit).joined(separator: ", ")
        return columns.count > limit ? "\(shown) and \(columns.count - limit) more" : shown
    }

    private func variable(_ name: String, range: SourceRange) throws(RuntimeError) -> Value {
        switch variables[name] {
        case .value(let v): return v
        case .relation:
            throw RuntimeError("$\(name) holds rows; use it as a pipeline source: '$\(name) | count'", at: range)
        case nil:
            throw Self.unknownVariable(name, at: range, variables: variables)
        }
    }

    /// The error for `$name` when nothing is bound to it. `$1`, `$2`… are a script's arguments:
    /// say how many it got rather than calling them unknown.
    static func unknownVariable(_ name: String, at range: SourceRange, variables: [String: Binding]) -> RuntimeError {
        if let n = Int(name), n >= 1, String(n) == name {
            let count = variables.keys.filter { Int($0) != nil }.count
            return RuntimeError(
                "the script got \(count) argument\(count == 1 ? "" : "s"); $\(name) is the \(ordinal(n)) "
                    + "(run it as 'mkt SCRIPT.mkt ARG...')", at: range)
        }
        return RuntimeError(
            "unknown variable '$\(name)'", at: range,
            suggestion: Suggestions.closest(to: name, among: Array(variables.keys)).map { "$" + $0 })
    }

    /// `first`, `second`… `tenth`, then `11th`, `12th`, `21st`…
    static func ordinal(_ n: Int) -> String {
        let words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
        if n >= 1, n <= words.count { return words[n - 1] }
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }

    static func message(_ error: ValueOps.OpError) -> String {
        switch error {
        case .typeMismatch(let m): return m
        case .divisionByZero: return "division by zero"
        case .overflow: return "the exact result has more than 18 digits"
        }
    }
}

/// What a `let` bound.
public enum Binding: Sendable, Equatable {
    case value(Value)
    case relation(Relation)
}
