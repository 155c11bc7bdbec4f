/// Text from a page made safe to print: a snapshot must not drive the terminal.
public enum TerminalText {
    /// `text` with control characters (ESC, BEL, lone CR…) replaced by U+FFFD; line breaks
    /// and tabs stay.
    public static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(isUnsafe(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(out)
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F..<0xA0).contains(v)
    }
}
