import MarketModel

/// One value the language computes and the renderers print.
public enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    /// An exact decimal, printed as written (`6169.41`, `-0.0016`).
    case number(Fixed)
    /// An inexact number (a square root, an overflow), printed without binary-float noise.
    case real(Double)
    case text(String)

    /// The value as plain text: numbers with their own decimals, `true`/`false`, empty for null.
    public var plainText: String {
        switch self {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .number(let f): return f.description
        case .real(let d): return Value.format(d)
        case .text(let s): return s
        }
    }

    public var isNumeric: Bool {
        switch self {
        case .number, .real: return true
        default: return false
        }
    }

    /// The sign of a number (-1, 0, 1), nil for other values.
    public var sign: Int? {
        switch self {
        case .number(let f): return f.signum
        case .real(let d): return d.isNaN ? nil : (d == 0 ? 0 : (d < 0 ? -1 : 1))
        default: return nil
        }
    }

    /// A double shown with at most 12 significant digits and no trailing zeros:
    /// `0.1 + 0.2` shows `0.3`.
    public static func format(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        if let f = Fixed(approximating: d) { return f.description }
        return "\(d)"
    }
}
