import MarketModel
import MktResult

/// Cutting text to a number of characters at a word boundary, with an ellipsis saying so.
///
/// Characters are graphemes, so a cut never splits `é` or an emoji. A word boundary is a space,
/// or either side of a wide (CJK) character, since Chinese and Japanese text has no spaces. A
/// cut after a whole word is marked ` …` (so the reader knows the word is complete); a cut
/// inside a word, or right after a CJK character, is marked `…` with no space.
public enum TextCut {
    public static let ellipsis = "…"

    /// `text` whole if it has at most `budget` characters; otherwise its longest beginning that
    /// ends at a word boundary and fits in `budget` with its marker. When even the first word
    /// does not fit, that word is cut and marked `…`. Never longer than `budget` (minimum 1).
    public static func prefix(_ text: some StringProtocol, budget: Int) -> String {
        let chars = Array(text)
        let budget = Swift.max(1, budget)
        if chars.count <= budget { return String(text) }
        var k = budget
        while k > 0 {
            if isBreak(chars, at: k) {
                let kept = trimmedEnd(chars[..<k])
                if !kept.isEmpty {
                    let marker = markerAfter(kept.last)
                    if kept.count + marker.count <= budget { return String(kept) + marker }
                }
            }
            k -= 1
        }
        return String(chars[..<(budget - 1)]) + ellipsis
    }

    /// The start of `text` up to `limit` characters, ending at a word boundary and marked when
    /// cut: the context after a search hit. Cuts inside a word only when no boundary is in reach.
    public static func head(_ text: some StringProtocol, limit: Int) -> String {
        let chars = Array(text)
        if chars.count <= limit { return String(text) }
        var k = Swift.max(0, limit)
        while k > 0 {
            if isBreak(chars, at: k) {
                let kept = trimmedEnd(chars[..<k])
                if !kept.isEmpty { return String(kept) + markerAfter(kept.last) }
            }
            k -= 1
        }
        return String(chars[..<Swift.max(0, limit)]) + ellipsis
    }

    /// The end of `text` from at most `limit` characters back, starting at a word boundary and
    /// marked when cut: the context before a search hit.
    public static func tail(_ text: some StringProtocol, limit: Int) -> String {
        let chars = Array(text)
        if chars.count <= limit { return String(text) }
        var k = chars.count - Swift.max(0, limit)
        while k < chars.count {
            if isBreak(chars, at: k) {
                let kept = trimmedStart(chars[k...])
                if !kept.isEmpty {
                    let first = kept.first.map { DisplayWidth.of($0) == 2 } ?? false
                    return (first ? ellipsis : ellipsis + " ") + String(kept)
                }
            }
            k += 1
        }
        return ellipsis + String(chars[(chars.count - Swift.max(0, limit))...])
    }

    /// Whether a line may break between `chars[k - 1]` and `chars[k]`.
    static func isBreak(_ chars: [Character], at k: Int) -> Bool {
        guard k > 0, k < chars.count else { return true }
        let before = chars[k - 1], after = chars[k]
        return before.isWhitespace || after.isWhitespace
            || DisplayWidth.of(before) == 2 || DisplayWidth.of(after) == 2
    }

    private static func markerAfter(_ last: Character?) -> String {
        guard let last else { return ellipsis }
        return DisplayWidth.of(last) == 2 ? ellipsis : " " + ellipsis
    }

    private static func trimmedEnd(_ chars: ArraySlice<Character>) -> ArraySlice<Character> {
        var end = chars.endIndex
        while end > chars.startIndex, chars[end - 1].isWhitespace { end -= 1 }
        return chars[chars.startIndex..<end]
    }

    private static func trimmedStart(_ chars: ArraySlice<Character>) -> ArraySlice<Character> {
        var start = chars.startIndex
        while start < chars.endIndex, chars[start].isWhitespace { start += 1 }
        return chars[start..<chars.endIndex]
    }
}
