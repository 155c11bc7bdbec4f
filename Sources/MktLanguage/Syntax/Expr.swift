import MarketModel

/// An expression: computed once per row inside a stage (`where pct > 0`), or once for a bare
/// expression statement (`round(2.345, 2)`).
///
/// Every case ends with the range of the whole expression as written; a parenthesized
/// expression has no case of its own, its range just includes the parentheses.
public indirect enum Expr: Sendable, Equatable {
    /// A decimal literal, exact. A minus sign written right before a literal is folded in.
    case number(Fixed, range: SourceRange)
    case string(String, range: SourceRange)
    /// `true` or `false`.
    case boolean(Bool, range: SourceRange)
    case null(range: SourceRange)
    /// A bare name: a field of the current row (`pct`, `name`). The evaluator checks the name.
    case field(String, range: SourceRange)
    /// `$name`: a variable bound by `let`.
    case variable(String, range: SourceRange)
    /// `name(arguments…)`: a built-in function (one of `Vocabulary.functions`, checked by the parser).
    case call(Identifier, [Expr], range: SourceRange)
    /// `-x` or `not x`.
    case unary(UnaryOperator, Expr, range: SourceRange)
    /// `left OP right`; `and`/`or` are here too (the evaluator decides whether to short-circuit).
    case binary(BinaryOperator, Expr, Expr, range: SourceRange)
    /// `x in (a, b…)`, or `x not in (…)` when `negated`: a comparison with `==` to each value.
    case inList(Expr, [Expr], negated: Bool, range: SourceRange)
    /// `x between low and high` (both ends included), or `x not between …` when `negated`.
    case between(Expr, Expr, Expr, negated: Bool, range: SourceRange)

    /// Prefix operators.
    public enum UnaryOperator: String, Sendable {
        /// `-x`: arithmetic negation.
        case negate = "-"
        /// `not x`: logical negation.
        case not = "not"
    }

    /// Infix operators, spelled as written; precedence is in `Precedence.of(_:)`.
    public enum BinaryOperator: String, Sendable, CaseIterable {
        case or, and
        case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">"
        case greaterEqual = ">="
        /// `text ~ pattern`: matching (the evaluator defines it, e.g. case-insensitive contains).
        case matches = "~"
        case add = "+", subtract = "-", multiply = "*", divide = "/"
        /// `x % y`: the remainder, with the sign of `x`.
        case remainder = "%"
    }

    /// The source range of the whole expression.
    public var range: SourceRange {
        switch self {
        case .number(_, let r), .string(_, let r), .boolean(_, let r), .null(let r), .field(_, let r),
            .variable(_, let r), .call(_, _, let r), .unary(_, _, let r), .binary(_, _, _, let r),
            .inList(_, _, _, let r), .between(_, _, _, _, let r):
            return r
        }
    }

    /// The same expression with a wider range: a parenthesized expression covers its parentheses.
    func withRange(_ r: SourceRange) -> Expr {
        switch self {
        case .number(let v, _): return .number(v, range: r)
        case .string(let v, _): return .string(v, range: r)
        case .boolean(let v, _): return .boolean(v, range: r)
        case .null: return .null(range: r)
        case .field(let v, _): return .field(v, range: r)
        case .variable(let v, _): return .variable(v, range: r)
        case .call(let f, let a, _): return .call(f, a, range: r)
        case .unary(let o, let e, _): return .unary(o, e, range: r)
        case .binary(let o, let a, let b, _): return .binary(o, a, b, range: r)
        case .inList(let x, let list, let n, _): return .inList(x, list, negated: n, range: r)
        case .between(let x, let low, let high, let n, _): return .between(x, low, high, negated: n, range: r)
        }
    }

    /// Whether it reads a field of the row anywhere (`last value` aggregates; `last 3` counts rows).
    var readsField: Bool {
        switch self {
        case .number, .string, .boolean, .null, .variable: return false
        case .field: return true
        case .call(_, let arguments, _): return arguments.contains(where: \.readsField)
        case .unary(_, let e, _): return e.readsField
        case .binary(_, let a, let b, _): return a.readsField || b.readsField
        case .inList(let x, let list, _, _): return x.readsField || list.contains(where: \.readsField)
        case .between(let x, let low, let high, _, _): return x.readsField || low.readsField || high.readsField
        }
    }
}
