import MarketModel

/// Text folded for matching (`TextFold`), remembering which original character each folded
/// byte came from, so a match found in the folded text maps back to the original exactly even
/// where folding changes the length (`œ` → `oe`, `ß` → `ss`, a decomposed `é` → `e`).
public struct FoldedText: Sendable {
    /// The original text.
    public let text: String
    /// The folded text as UTF-8.
    private var bytes: [UInt8] = []
    /// For each folded byte, the position in `starts` of the character it came from.
    private var owner: [Int] = []
    /// Where each character of `text` starts, then `text.endIndex`.
    private var starts: [String.Index] = []

    public init(_ text: String) {
        self.text = text
        // Folding is scalar by scalar without context, so folding each character on its own
        // gives exactly `TextFold.fold(text)`, and a match can only cover whole characters.
        var index = text.startIndex
        for ch in text {
            let position = starts.count
            starts.append(index)
            for b in TextFold.fold(String(ch)).utf8 {
                bytes.append(b)
                owner.append(position)
            }
            index = text.index(after: index)
        }
        starts.append(text.endIndex)
    }

    /// Every non-overlapping occurrence of `needle` ignoring case and accents, as ranges of whole
    /// characters of `text`. A match that starts or ends inside one character's folding (`e`
    /// inside `œ` → `oe`) covers that whole character. An empty needle matches nothing.
    public func ranges(of needle: some StringProtocol) -> [Range<String.Index>] {
        let pattern = Array(TextFold.fold(needle).utf8)
        guard !pattern.isEmpty, pattern.count <= bytes.count else { return [] }
        var found: [Range<String.Index>] = []
        var nextFreeCharacter = 0
        var i = 0
        // A pattern starts with a UTF-8 lead byte, which never equals a continuation byte, so
        // byte matches always begin on a scalar of the folded text.
        while i + pattern.count <= bytes.count {
            if bytes[i] == pattern[0], bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
                let first = owner[i], last = owner[i + pattern.count - 1]
                if first >= nextFreeCharacter {
                    found.append(starts[first]..<starts[last + 1])
                    nextFreeCharacter = last + 1
                    i += pattern.count
                    continue
                }
                // Starts inside the character the previous match already covers: look further.
                i += 1
            } else {
                i += 1
            }
        }
        return found
    }
}
