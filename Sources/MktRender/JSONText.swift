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

    /// Appends `text` as a quoted JSON string to `out`: runs that need no escape (nearly all
    /// of a page's text) are copied whole.
    public static func appendString(_ text: String, to out: inout String) {
        out += "\""
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var i = 0
            func flush(upTo end: Int) {
                if end > runStart { out += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<end]), as: UTF8.self) }
            }
            while i < bytes.count {
                let b = bytes[i]
                let escape: String?
                var length = 1
                switch b {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x08: escape = "\\b"
                case 0x0C: escape = "\\f"
                case ..<0x20: escape = "\\u00" + hexByte(UInt32(b))
                // U+2028 and U+2029 are valid JSON but break JavaScript string literals and
                // some line readers.
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    escape = bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    length = 3
                default: escape = nil
                }
                if let escape {
                    flush(upTo: i)
                    out += escape
                    runStart = i + length
                }
                i += length
            }
            flush(upTo: bytes.count)
        }
        out += "\""
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

    private static func hexByte(_ v: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        return String(digits[Int(v >> 4) & 0xF]) + String(digits[Int(v) & 0xF])
    }
}
