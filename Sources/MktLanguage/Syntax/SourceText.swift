/// A piece of program text and where it came from, with line lookup for diagnostics.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`; the same rule the lexer uses, so a location the
/// lexer computed and one looked up here agree.
public struct SourceText: Sendable, Equatable {
    /// Where the text came from, as diagnostics print it: `script.mkt`, `-e`, `stdin`, `repl`.
    public let origin: String
    /// The text itself.
    public let text: String
    /// UTF-8 offset at which each line starts; line 1 starts at 0.
    private let lineStarts: [Int]

    public init(origin: String, text: String) {
        self.origin = origin
        self.text = text
        var starts = [0]
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\n") {
                starts.append(i + 1)
            } else if bytes[i] == UInt8(ascii: "\r") {
                // `\r\n` is one line break; a lone `\r` is one too.
                if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\n") { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        lineStarts = starts
    }

    /// How many lines the text has (an empty text has one empty line).
    public var lineCount: Int { lineStarts.count }

    /// The location just past the last character.
    public var endLocation: SourceLocation { location(atOffset: text.utf8.count) }

    /// Line `number` (1-based) without its line break, or nil past the end.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = index(atOffset: lineStarts[number - 1])
        var end = number < lineStarts.count ? index(atOffset: lineStarts[number]) : text.endIndex
        // Drop the line break; `\r\n` is a single Character.
        if end > start {
            let previous = text.index(before: end)
            if text[previous].isLineBreak { end = previous }
        }
        return text[start..<end]
    }

    /// The line and column of a UTF-8 offset (clamped to the text).
    public func location(atOffset offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, text.utf8.count))
        // The last line start at or before the offset.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        let lineStart = index(atOffset: lineStarts[low])
        let column = text[lineStart..<index(atOffset: clamped)].count + 1
        return SourceLocation(offset: clamped, line: low + 1, column: column)
    }

    /// The text a range covers (an evaluator uses it to name a computed column).
    public func slice(_ range: SourceRange) -> Substring {
        let start = index(atOffset: range.start.offset)
        let end = max(start, index(atOffset: range.end.offset))
        return text[start..<end]
    }

    private func index(atOffset offset: Int) -> String.Index {
        let utf8 = text.utf8
        return utf8.index(utf8.startIndex, offsetBy: max(0, min(offset, utf8.count)))
    }
}

extension Character {
    /// The line breaks of the language: `\n`, `\r\n` (one Character) and a lone `\r`.
    var isLineBreak: Bool { self == "\n" || self == "\r\n" || self == "\r" }
}
