/// How tightly operators bind, loosest first. The one precedence table of the language
/// (clox `rules[]`, Lua `priority[]`): the parser reads nothing else to decide grouping.
public enum Precedence: Int, Sendable, Comparable {
    case or = 1
    case and
    /// Prefix `not`: `not a == b` is `not (a == b)`.
    case not
    /// `== != < <= > >= ~`, non-associative: `a < b < c` is an error.
    case comparison
    case additive
    case multiplicative
    /// Prefix `-`.
    case prefix

    /// The table.
    public static func of(_ op: Expr.BinaryOperator) -> Precedence {
        switch op {
        case .or: return .or
        case .and: return .and
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .matches: return .comparison
        case .add, .subtract: return .additive
        case .multiply, .divide, .remainder: return .multiplicative
        }
    }

    /// The next tighter level: the right operand of a left-associative operator parses at it.
    var tighter: Precedence { Precedence(rawValue: rawValue + 1) ?? .prefix }

    public static func < (a: Precedence, b: Precedence) -> Bool { a.rawValue < b.rawValue }
}
