import MktResult

extension JSONText {
    /// Appends any ``Value`` as a JSON literal to `out`, as `appendLiteral(_:to:)` spells it
    /// into a string.
    static func appendLiteral(_ value: Value, to out: inout ByteBuffer) {
        switch value {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .number(let f): out.append(f)
        case .real(let d): out.append(number(d))
        case .text(let s): appendString(s, to: &out)
        }
    }

    /// Appends `text` as a quoted JSON string to `out`, escaped as `appendString(_:to:)`
    /// escapes it: runs that need no escape (nearly all of a page's text) are copied whole.
    static func appendString(_ text: String, to out: inout ByteBuffer) {
        out.append(0x22)
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                // Nothing to escape: the common case, one comparison chain per byte.
                if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0xE2 {
                    i += 1
                    continue
                }
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
                case ..<0x20: escape = "\\u00" + hexByte(b)
                // U+2028 and U+2029 are valid JSON but break JavaScript string literals and
                // some line readers.
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    escape = bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    length = 3
                default: escape = nil
                }
                if let escape {
                    if i > runStart { out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
                    out.append(escape)
                    runStart = i + length
                }
                i += length
            }
            if bytes.count > runStart { out.append(UnsafeBufferPointer(rebasing: bytes[runStart...])) }
        }
        out.append(0x22)
    }

    private static func hexByte(_ v: UInt8) -> String {
        let digits: [Character] = Array("0123456789abcdef")
        return String(digits[Int(v >> 4)]) + String(digits[Int(v & 0xF)])
    }
}
