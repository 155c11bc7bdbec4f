import MarketModel

/// JSON literals for strings and numbers, shared by the JSON renderer and ``SnapshotJSON``.
public enum JSONText {
    /// `text` as a quoted JSON string: `"` and `\` escaped, control characters as `\n`, `\t`,
    /// `\u00XX`; everything else, non-ASCII included, kept as UTF-8.
    public static func string(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20:
                out += "\\u00" + hexByte(scalar.value)
            // U+2028/2029 are valid JSON but break JavaScript string literals and some line readers.
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
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
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let f): return number(f)
        case .real(let d): return number(d)
        case .text(let s): return string(s)
        }
    }

    private static func hexByte(_ v: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        return String(digits[Int(v >> 4) & 0xF]) + String(digits[Int(v) & 0xF])
    }
}
