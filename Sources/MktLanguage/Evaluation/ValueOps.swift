import MarketModel
import MktResult

/// Arithmetic, comparison and matching on values: exact while the numbers are exact decimals,
/// floating point only when a result cannot be exact (overflow, a square root).
public enum ValueOps {
    public enum OpError: Error, Equatable {
        case typeMismatch(String)
        case divisionByZero
        /// An exact result needs more than 18 digits: an error, never a silently rounded answer.
        case overflow
    }

    public enum Arithmetic: String, Sendable {
        case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
    }

    public static func arithmetic(_ op: Arithmetic, _ a: Value, _ b: Value) throws(OpError) -> Value {
        if a == .null || b == .null { return .null }
        if op == .add, case .text(let x) = a, case .text(let y) = b { return .text(x + y) }
        guard a.isNumeric, b.isNumeric else {
            throw .typeMismatch("cannot apply '\(op.rawValue)' to \(typeName(a)) and \(typeName(b))")
        }
        if case .number(let x) = a, case .number(let y) = b {
            let exact: Fixed?
            switch op {
            case .add: exact = x + y
            case .subtract: exact = x - y
            case .multiply: exact = x * y
            case .divide:
                if y.isZero { throw .divisionByZero }
                exact = Fixed.divide(x, by: y)
            case .remainder:
                if y.isZero { throw .divisionByZero }
                exact = x % y
            }
            guard let exact else { throw .overflow }
            return .number(exact)
        }
        let x = double(a), y = double(b)
        let result: Double
        switch op {
        case .add: result = x + y
        case .subtract: result = x - y
        case .multiply: result = x * y
        case .divide:
            if y == 0 { throw .divisionByZero }
            result = x / y
        case .remainder:
            if y == 0 { throw .divisionByZero }
            result = x.truncatingRemainder(dividingBy: y)
        }
        // Past Double's range an answer would be `inf` or `nan`: an error instead.
        guard result.isFinite else { throw .overflow }
        return real(result)
    }

    public static func negate(_ a: Value) throws(OpError) -> Value {
        switch a {
        case .null: return .null
        case .number(let f):
            guard f.units != .min else { throw .overflow }
            return .number(Fixed(units: -f.units, scale: f.scale))
        case .real(let d): return .real(-d)
        default: throw .typeMismatch("cannot negate \(typeName(a))")
        }
    }

    /// Orders two values for `sort`, `min` and `max`: nulls first, then booleans, numbers, text
    /// (text by folded spelling, so `Pétrole` sorts among the P's).
    public static func compare(_ a: Value, _ b: Value) -> Int {
        func rank(_ v: Value) -> Int {
            switch v {
            case .null: return 0
            case .bool: return 1
            case .number, .real: return 2
            case .text: return 3
            }
        }
        let ra = rank(a), rb = rank(b)
        if ra != rb { return ra < rb ? -1 : 1 }
        switch (a, b) {
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (!x ? -1 : 1)
        case (.number(let x), .number(let y)): return x < y ? -1 : (y < x ? 1 : 0)
        case (.text(let x), .text(let y)):
            return compareText(Array(TextFold.fold(x).utf8), x, Array(TextFold.fold(y).utf8), y)
        case (.null, .null): return 0
        default:
            let x = double(a), y = double(b)
            return x < y ? -1 : (x > y ? 1 : 0)
        }
    }

    /// Text order, shared by `sort`, `min` and `max`: folded bytes first (case and accents
    /// ignored), then the bytes as written, so the order is total and the same everywhere.
    static func compareText(_ foldedX: [UInt8], _ x: String, _ foldedY: [UInt8], _ y: String) -> Int {
        // One pass over contiguous bytes: `sort` makes millions of these comparisons.
        let folded = foldedX.withUnsafeBufferPointer { fx in foldedY.withUnsafeBufferPointer { fy in compareBytes(fx, fy) } }
        if folded != 0 { return folded }
        if let written = x.utf8.withContiguousStorageIfAvailable({ ux in
            y.utf8.withContiguousStorageIfAvailable { uy in compareBytes(ux, uy) }
        }), let written {
            return written
        }
        if x.utf8.elementsEqual(y.utf8) { return 0 }
        return x.utf8.lexicographicallyPrecedes(y.utf8) ? -1 : 1
    }

    /// Whether `==` and `<` may compare `a` and `b`: two numbers, two texts, two booleans, or
    /// null with anything. Other pairs are a type error, never silently unequal.
    public static func comparable(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.null, _), (_, .null), (.text, .text), (.bool, .bool): return true
        default: return a.isNumeric && b.isNumeric
        }
    }

    /// -1, 0 or 1: byte by byte, a prefix before what it begins.
    private static func compareBytes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(x.count, y.count)
        var i = 0
        while i < common {
            if x[i] != y[i] { return x[i] < y[i] ? -1 : 1 }
            i += 1
        }
        return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
    }

    /// `==` in the language: numbers by value (`2.50 == 2.5`), text exactly.
    public static func equal(_ a: Value, _ b: Value) -> Bool {
        if a.isNumeric && b.isNumeric { return compare(a, b) == 0 }
        return a == b
    }

    /// `~`: `haystack` contains `needle`, ignoring case and accents.
    public static func matches(_ haystack: Value, _ needle: Value) -> Bool {
        TextFold.contains(haystack.plainText, needle.plainText)
    }

    public static func truthy(_ v: Value) -> Bool {
        switch v {
        case .null: return false
        case .bool(let b): return b
        case .number(let f): return !f.isZero
        case .real(let d): return d != 0
        case .text(let s): return !s.isEmpty
        }
    }

    public static func double(_ v: Value) -> Double {
        switch v {
        case .number(let f): return f.doubleValue
        case .real(let d): return d
        default: return .nan
        }
    }

    /// A double as a value: exact decimal when it converts cleanly.
    public static func real(_ d: Double) -> Value {
        if let f = Fixed(approximating: d) { return .number(f) }
        return .real(d)
    }

    public static func typeName(_ v: Value) -> String {
        switch v {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number, .real: return "a number"
        case .text: return "text"
        }
    }
}
