import MktResult

/// Word wrapping by display width, so French accents count one column and CJK characters two.
enum WordWrap {
    /// `text` as lines of at most `width` columns (minimum 1), broken at spaces. CJK text, which
    /// has no spaces, may break between any two wide characters; a word wider than the whole line
    /// is split between characters rather than overflowing. Runs of spaces collapse to one.
    static func lines(_ text: String, width: Int) -> [String] {
        let width = Swift.max(1, width)
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for piece in pieces(text) {
            let w = DisplayWidth.of(piece.text)
            let gap = piece.spaceBefore && !line.isEmpty ? 1 : 0
            if lineWidth + gap + w <= width {
                if gap == 1 { line += " " }
                line += piece.text
                lineWidth += gap + w
                continue
            }
            if !line.isEmpty {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            // Too wide for any line: fill lines character by character.
            for ch in piece.text {
                let cw = DisplayWidth.of(ch)
                if lineWidth + cw > width && !line.isEmpty {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                line.append(ch)
                lineWidth += cw
            }
        }
        lines.append(line)
        return lines
    }

    /// The unbreakable pieces of `text`: words, and each wide character on its own.
    private static func pieces(_ text: String) -> [(text: String, spaceBefore: Bool)] {
        var result: [(text: String, spaceBefore: Bool)] = []
        var word = ""
        var wordSpaceBefore = false
        var pendingSpace = false
        func flush() {
            if !word.isEmpty { result.append((word, wordSpaceBefore)) }
            word = ""
        }
        for ch in text {
            if ch.isWhitespace {
                flush()
                pendingSpace = true
            } else if DisplayWidth.of(ch) == 2 {
                flush()
                result.append((String(ch), pendingSpace))
                pendingSpace = false
            } else {
                if word.isEmpty {
                    wordSpaceBefore = pendingSpace
                    pendingSpace = false
                }
                word.append(ch)
            }
        }
        flush()
        return result
    }
}
