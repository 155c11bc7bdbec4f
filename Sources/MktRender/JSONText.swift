import MarketModel
import MktResult

/// JSON literals for strings and numbers, shared by the JSON renderer and ``SnapshotJSON``.
public enum JSONText {
    /// `text` as a quoted JSON string: `"` and `\` escaped, control characters as `\n`, `\t`,
    /// `\u00XX`; everything else, non-ASCII included, kept as UTF-8.
    public static func string(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 2)
        appendString(text, to: &out)
        return out
    }

    /// Appends `text` as a quoted JSON string to `out`, escaped as the byte writer escapes
    /// it (one escaping rule, in `JSONText+Bytes.swift`).
    public static func appendString(_ text: String, to out: inout String) {
        var bytes = ByteBuffer(capacity: text.utf8.count + 16)
        appendString(text, to: &bytes)
        out += bytes.text
    }

    /// An exact decimal as a JSON number with its own decimals: `6169.41`, `-0.0016`.
    public static func number(_ value: Fixed) -> String {
        value.description
    }

    /// A double as a JSON number, or `null` for NaN and infinities (JSON has no literal for them).
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        return Value.format(value)
    }

    /// Any ``Value`` as a JSON literal.
    public static func literal(_ value: Value) -> String {
        var out = ""
        appendLiteral(value, to: &out)
        return out
    }

    /// Appends any ``Value`` as a JSON literal to `out`.
    public static func appendLiteral(_ value: Value, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let f): f.write(to: &out)
        case .real(let d): out += number(d)
        case .text(let s): appendString(s, to: &out)
        }
    }
}
