/// Recognises the page's fixed phrases in French and English: the status line, the article's
/// reading-time line, see-also lines, the continuation marker; and finds quotations.
enum PageText {
    /// `La bourse est fermée`, `Market open`, `U.S. markets closed`, …
    static func status(_ line: String) -> (Snapshot.Status, Snapshot.Language)? {
        let folded = TextFold.fold(line)
        guard folded.count <= 60 else { return nil }
        let language: Snapshot.Language
        if ByteText.contains(folded, "bourse") {
            language = .fr
        } else if ByteText.contains(folded, "market") {
            language = .en
        } else {
            return nil
        }
        if ByteText.contains(folded, "ferme") || ByteText.contains(folded, "closed") { return (.closed, language) }
        if ByteText.contains(folded, "ouvert") || ByteText.contains(folded, "open") { return (.open, language) }
        return (.unknown, language)
    }

    /// `·1 min de lecture` or `1 min read`: the minutes and the page's language.
    static func readingTime(_ line: String) -> (minutes: Int, language: Snapshot.Language)? {
        let folded = TextFold.fold(line)
        var rest = Substring(folded)
        while let c = rest.first, c == "·" || c == "•" || c == " " || c == "\u{A0}" || c == "\u{202F}" {
            rest = rest.dropFirst()
        }
        let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 4, let minutes = Int(digits) else { return nil }
        rest = rest.dropFirst(digits.count).drop(while: { $0 == " " || $0 == "\u{A0}" || $0 == "\u{202F}" })
        guard rest.hasPrefix("min") else { return nil }
        rest = rest.dropFirst(3)
        if ByteText.contains(rest, "lecture") { return (minutes, .fr) }
        if ByteText.contains(rest, "read") { return (minutes, .en) }
        return nil
    }

    /// `>> A lire aussi - TITLE` or `Read more: TITLE`: the title.
    ///
    /// Works on bytes: it is asked of every body line, and most are paragraphs.
    static func seeAlso(_ line: String) -> String? {
        var text = line
        return text.withUTF8 { b in seeAlsoStart(b).map { ByteText.string(b, $0..<b.count) } }
    }

    /// Where the title starts in a see-also line's bytes; nil when the line is not one.
    static func seeAlsoStart(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        var marked = false
        while i < b.count {
            if b[i] == 0x3E {  // >
                i += 1
            } else if i + 1 < b.count, b[i] == 0xC2, b[i + 1] == 0xBB {  // »
                i += 2
            } else {
                break
            }
            marked = true
        }
        while i < b.count, b[i] == 0x20 { i += 1 }
        for lead in seeAlsoLeads {
            guard let after = matchFolded(b, at: i, lead) else { continue }
            var j = after
            while j < b.count {
                if b[j] == 0x20 || b[j] == 0x2D || b[j] == 0x3A {  // space - :
                    j += 1
                } else if ByteText.hasPrefix(b, at: j, [0xE2, 0x80, 0x93]) {  // –
                    j += 3
                } else if ByteText.hasPrefix(b, at: j, [0xC2, 0xA0]) {
                    j += 2
                } else {
                    break
                }
            }
            return j < b.count ? j : nil
        }
        return marked && i < b.count ? i : nil
    }

    private static let seeAlsoLeads: [[UInt8]] = ["a lire aussi", "lire aussi", "read more", "see also", "also read"]
        .map { Array($0.utf8) }

    /// Where `lead` (lowercase ASCII) ends if the bytes at `i` spell it ignoring case, with
    /// `à`/`À` standing for `a`.
    private static func matchFolded(_ b: UnsafeBufferPointer<UInt8>, at start: Int, _ lead: [UInt8]) -> Int? {
        var i = start
        for expected in lead {
            guard i < b.count else { return nil }
            if expected == 0x61, i + 1 < b.count, b[i] == 0xC3, b[i + 1] == 0xA0 || b[i + 1] == 0x80 {
                i += 2
                continue
            }
            let c = b[i]
            guard c == expected || ((65...90).contains(c) && c + 32 == expected) else { return nil }
            i += 1
        }
        return i
    }

    /// `(...) Cliquez ici pour voir la suite` or `(...) Click here to read more`.
    static func isContinuation(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        // Most lines are not: a test of the first byte spares them a String.
        guard b.first == 0x28 else { return false }  // (
        return isContinuation(String(decoding: b, as: UTF8.self))
    }

    static func isContinuation(_ line: String) -> Bool {
        guard line.hasPrefix("(...)") || line.hasPrefix("(…)") else { return false }
        let folded = TextFold.fold(line)
        return ByteText.contains(folded, "cliquez") || ByteText.contains(folded, "click") || ByteText.contains(folded, "suite")
            || ByteText.contains(folded, "read more") || folded.count <= 6
    }

    /// Quotations in `"…"`, `“…”` or `« … »`. One cut off by `(...)` (or by the end of the
    /// paragraph before its closing mark) is kept, up to the cut, and marked truncated.
    ///
    /// Works on the UTF-8 bytes: comparing Characters costs a normalisation check each.
    static func quotes(in paragraph: String) -> [Quote] {
        var text = paragraph
        return text.withUTF8 { b -> [Quote] in
            var quotes: [Quote] = []
            quoteSpans(in: b) { start, end, truncated in
                quotes.append(Quote(text: ByteText.string(b, start..<end), truncated: truncated))
            }
            return quotes
        }
    }

    /// The quotations of `b` as byte ranges (trimmed, never empty), in order, each handed to
    /// `found` with whether it was cut off.
    static func quoteSpans(
        in b: UnsafeBufferPointer<UInt8>, _ found: (_ start: Int, _ end: Int, _ truncated: Bool) -> Void
    ) {
        // The next `(...)` / `(…)` at or after a position, found once and reused while it
        // lies ahead: searching again for every quotation is quadratic.
        var nextCut: Int? = nil
        var cutSearchedFrom = -1
        func cut(from start: Int) -> Int? {
            if cutSearchedFrom < 0 || (nextCut.map { $0 < start } ?? false) {
                nextCut = findCut(b, from: start)
                cutSearchedFrom = start
            }
            return nextCut
        }
        let n = b.count
        var i = 0
        while i < n {
            // Only `"`, `“` (E2 80 9C) and `«` (C2 AB) open a quotation: skip every other byte.
            let c = b[i]
            guard c == 0x22 || c == 0xE2 || c == 0xC2 else {
                i += 1
                continue
            }
            let openLength: Int
            let closing: (UInt8, UInt8, UInt8, count: Int)
            if c == 0x22 {
                openLength = 1
                closing = (0x22, 0, 0, 1)
            } else if c == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0x9C {  // “ … ”
                openLength = 3
                closing = (0xE2, 0x80, 0x9D, 3)
            } else if c == 0xC2, i + 1 < n, b[i + 1] == 0xAB {  // « … »
                openLength = 2
                closing = (0xC2, 0xBB, 0, 2)
            } else {
                i += 1
                continue
            }
            let start = i + openLength
            let close = find(b, closing, from: start)
            var end = close ?? n
            var truncated = close == nil
            if let at = cut(from: start), at < end {
                end = at
                truncated = true
            }
            let inner = UnsafeBufferPointer(rebasing: b[start..<end])
            let trimmed = ByteText.trimmedRange(inner)
            if !trimmed.isEmpty { found(start + trimmed.lowerBound, start + trimmed.upperBound, truncated) }
            i = (close ?? n) + closing.count
        }
    }

    /// The first index at or after `from` of the closing mark `m` (its first `count` bytes).
    private static func find(_ b: UnsafeBufferPointer<UInt8>, _ m: (UInt8, UInt8, UInt8, count: Int), from: Int) -> Int? {
        var i = from
        let last = b.count - m.count
        while i <= last {
            if b[i] == m.0 && (m.count < 2 || b[i + 1] == m.1) && (m.count < 3 || b[i + 2] == m.2) { return i }
            i += 1
        }
        return nil
    }

    /// The first `(...)` or `(…)` at or after `from`.
    private static func findCut(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var i = from
        let n = b.count
        while i < n {
            if b[i] == 0x28, i + 4 < n {
                if b[i + 1] == 0x2E, b[i + 2] == 0x2E, b[i + 3] == 0x2E, b[i + 4] == 0x29 { return i }  // (...)
                if b[i + 1] == 0xE2, b[i + 2] == 0x80, b[i + 3] == 0xA6, b[i + 4] == 0x29 { return i }  // (…)
            }
            i += 1
        }
        return nil
    }
}
