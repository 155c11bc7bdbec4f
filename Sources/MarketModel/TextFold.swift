/// Case- and accent-insensitive text, for matching names and searching text:
/// `Pétrole WTI` folds to `petrole wti`, `Œuvre` to `oeuvre`, `ﬁ` stays as is.
public enum TextFold {
    /// Lowercases and removes diacritics from Latin letters.
    public static func fold(_ text: some StringProtocol) -> String {
        // Most names and words are ASCII: lowercase their bytes without building scalars.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { (65...90).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let v = scalar.value
                out.append((65...90).contains(v) ? Unicode.Scalar(UInt8(v + 32)) : scalar)
                continue
            }
            // Combining marks (U+0300–U+036F) carry accents in decomposed text: drop them.
            if (0x300...0x36F).contains(scalar.value) { continue }
            let lower = scalar.properties.lowercaseMapping
            for s in lower.unicodeScalars {
                if let base = latinBase[s.value] {
                    out.append(contentsOf: base.unicodeScalars)
                } else {
                    out.append(s)
                }
            }
        }
        return String(out)
    }

    /// Whether `needle` occurs in `haystack`, ignoring case and accents.
    public static func contains(_ haystack: some StringProtocol, _ needle: some StringProtocol) -> Bool {
        let n = fold(needle)
        if n.isEmpty { return true }
        return fold(haystack).utf8.firstRange(of: n.utf8) != nil
    }

    /// Lowercase accented Latin letters and their unaccented spelling.
    private static let latinBase: [UInt32: String] = {
        let groups: [(String, String)] = [
            ("a", "àáâãäåāăą"), ("c", "çćĉċč"), ("d", "ďđ"), ("e", "èéêëēĕėęě"),
            ("g", "ĝğġģ"), ("h", "ĥħ"), ("i", "ìíîïĩīĭįı"), ("j", "ĵ"), ("k", "ķ"),
            ("l", "ĺļľŀł"), ("n", "ñńņňŉ"), ("o", "òóôõöøōŏő"), ("r", "ŕŗř"),
            ("s", "śŝşšș"), ("t", "ţťŧț"), ("u", "ùúûüũūŭůűų"), ("w", "ŵ"), ("y", "ýÿŷ"),
            ("z", "źżž"), ("ae", "æ"), ("oe", "œ"), ("ss", "ß"), ("th", "þ"), ("dh", "ð"),
        ]
        var table: [UInt32: String] = [:]
        for (base, letters) in groups {
            for s in letters.unicodeScalars { table[s.value] = base }
        }
        return table
    }()
}
