/// Recognises the page's fixed phrases in French and English: the status line, the article's
/// reading-time line, see-also lines, the continuation marker; and finds quotations.
enum PageText {
    /// `La bourse est fermée`, `Market open`, `U.S. markets closed`, …
    static func status(_ line: String) -> (Snapshot.Status, Snapshot.Language)? {
        let folded = TextFold.fold(line)
        guard folded.count <= 60 else { return nil }
        let language: Snapshot.Language
        if folded.contains("bourse") {
            language = .fr
        } else if folded.contains("market") {
            language = .en
        } else {
            return nil
        }
        if folded.contains("ferme") || folded.contains("closed") { return (.closed, language) }
        if folded.contains("ouvert") || folded.contains("open") { return (.open, language) }
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
        if rest.contains("lecture") { return (minutes, .fr) }
        if rest.contains("read") { return (minutes, .en) }
        return nil
    }

    /// `>> A lire aussi - TITLE` or `Read more: TITLE`: the title.
    static func seeAlso(_ line: String) -> String? {
        // Most body lines are paragraphs: rule them out on the first byte.
        guard let first = line.utf8.first,
            first == 0x3E || first == 0xC2 || first == 0xC3 || [0x61, 0x6C, 0x72, 0x73].contains(first | 0x20)
        else { return nil }
        var rest = Substring(line)
        var marked = false
        if rest.hasPrefix(">>") || rest.hasPrefix("»") {
            rest = rest.drop(while: { $0 == ">" || $0 == "»" || $0 == " " })
            marked = true
        }
        let folded = TextFold.fold(rest.prefix(24))
        for lead in ["a lire aussi", "lire aussi", "read more", "see also", "also read"]
        where folded.hasPrefix(lead) {
            rest = rest.dropFirst(lead.count)
            rest = rest.drop(while: { $0 == " " || $0 == "-" || $0 == ":" || $0 == "–" || $0 == "\u{A0}" })
            return rest.isEmpty ? nil : String(rest)
        }
        return marked && !rest.isEmpty ? String(rest) : nil
    }

    /// `(...) Cliquez ici pour voir la suite` or `(...) Click here to read more`.
    static func isContinuation(_ line: String) -> Bool {
        guard line.hasPrefix("(...)") || line.hasPrefix("(…)") else { return false }
        let folded = TextFold.fold(line)
        return folded.contains("cliquez") || folded.contains("click") || folded.contains("suite")
            || folded.contains("read more") || folded.count <= 6
    }

    /// Quotations in `"…"`, `“…”` or `« … »`. One cut off by `(...)` (or by the end of the
    /// paragraph before its closing mark) is kept, up to the cut, and marked truncated.
    ///
    /// Works on the UTF-8 bytes: comparing Characters costs a normalisation check each.
    static func quotes(in paragraph: String) -> [Quote] {
        var text = paragraph
        return text.withUTF8 { b -> [Quote] in
            var quotes: [Quote] = []
            // The next `(...)` / `(…)` at or after a position, found once and reused while it
            // lies ahead: searching again for every quotation is quadratic.
            var nextCut: Int? = nil
            var cutSearchedFrom = -1
            func cut(from start: Int) -> Int? {
                if cutSearchedFrom < 0 || (nextCut.map { $0 < start } ?? false) {
                    let a = ByteText.find(b, ByteText.ellipsisMarker, from: start)
                    let c = ByteText.find(b, [0x28, 0xE2, 0x80, 0xA6, 0x29], from: start)
                    nextCut = [a, c].compactMap { $0 }.min()
                    cutSearchedFrom = start
                }
                return nextCut
            }
            var i = 0
            while i < b.count {
                let closing: [UInt8]
                let openLength: Int
                if b[i] == 0x22 {
                    closing = [0x22]
                    openLength = 1
                } else if ByteText.hasPrefix(b, at: i, [0xE2, 0x80, 0x9C]) {  // “ … ”
                    closing = [0xE2, 0x80, 0x9D]
                    openLength = 3
                } else if ByteText.hasPrefix(b, at: i, [0xC2, 0xAB]) {  // « … »
                    closing = [0xC2, 0xBB]
                    openLength = 2
                } else {
                    i += 1
                    continue
                }
                let start = i + openLength
                let close = ByteText.find(b, closing, from: start)
                var end = close ?? b.count
                var truncated = close == nil
                if let at = cut(from: start), at < end {
                    end = at
                    truncated = true
                }
                let inner = UnsafeBufferPointer(rebasing: b[start..<end])
                let trimmed = ByteText.trimmedRange(inner)
                if !trimmed.isEmpty {
                    quotes.append(Quote(text: ByteText.string(inner, trimmed), truncated: truncated))
                }
                i = (close ?? b.count) + closing.count
            }
            return quotes
        }
    }
}
