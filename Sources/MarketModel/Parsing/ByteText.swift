/// Byte-level helpers over UTF-8 lines: spaces of every kind the pages use, trimming, prefixes.
enum ByteText {
    /// The length of the space character at `i` (space, tab, NBSP, narrow NBSP, thin space),
    /// or 0 when there is none.
    static func spaceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let c = b[i]
        if c == 0x20 || c == 0x09 { return 1 }
        if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 { return 2 }  // U+00A0
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80,
            b[i + 2] == 0xAF || b[i + 2] == 0x89 || b[i + 2] == 0x8A
        {
            return 3  // U+202F narrow NBSP, U+2009 thin space, U+200A hair space
        }
        return 0
    }

    /// The range of `b` without leading and trailing spaces.
    static func trimmedRange(_ b: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = 0
        while start < b.count {
            let n = spaceLength(b, start)
            if n == 0 { break }
            start += n
        }
        var end = b.count
        while end > start {
            // Spaces are 1, 2 or 3 bytes: try each length ending at `end`.
            if b[end - 1] == 0x20 || b[end - 1] == 0x09 {
                end -= 1
            } else if end - 2 >= start, spaceLength(b, end - 2) == 2 {
                end -= 2
            } else if end - 3 >= start, spaceLength(b, end - 3) == 3 {
                end -= 3
            } else {
                break
            }
        }
        return start..<end
    }

    static func isBlank(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        trimmedRange(b).isEmpty
    }

    /// Whether the line starts with a space of any kind (ticker value lines are indented).
    static func isIndented(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        !b.isEmpty && spaceLength(b, 0) > 0
    }

    static func string(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self)
    }

    static func trimmedString(_ b: UnsafeBufferPointer<UInt8>) -> String {
        string(b, trimmedRange(b))
    }

    static func hasPrefix(_ b: UnsafeBufferPointer<UInt8>, at i: Int, _ prefix: [UInt8]) -> Bool {
        guard i + prefix.count <= b.count else { return false }
        for k in 0..<prefix.count where b[i + k] != prefix[k] { return false }
        return true
    }

    /// The first index of `needle` in `b[from...]`.
    static func find(_ b: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], from: Int = 0) -> Int? {
        guard let first = needle.first, b.count >= needle.count else { return nil }
        var i = from
        while i + needle.count <= b.count {
            if b[i] == first && hasPrefix(b, at: i, needle) { return i }
            i += 1
        }
        return nil
    }

    /// Whether `needle` occurs in `text`, byte for byte (no Character comparisons).
    static func contains(_ text: some StringProtocol, _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        var t = String(text)
        return t.withUTF8 { find($0, n) != nil }
    }

    static let bullet: [UInt8] = [0xE2, 0x80, 0xA2]  // U+2022 •
    static let ellipsisMarker: [UInt8] = Array("(...)".utf8)
}
