import MarketModel
import MktResult

/// The right side of `~` when it is known before any row is read (`name ~ "cac"`, `~ $x`):
/// folded once, then looked for in each row's text without folding ASCII text at all (its
/// folded form is its bytes with A–Z lowered) and without the generic machinery of
/// `firstRange(of:)`. The answer is `TextFold.contains(text, pattern)`'s, byte for byte.
struct FoldedPattern: Sendable {
    private let folded: [UInt8]

    init(_ pattern: String) {
        folded = Array(TextFold.fold(pattern).utf8)
    }

    /// Whether `text` contains the pattern, ignoring case and accents.
    func matches(_ text: String) -> Bool {
        if folded.isEmpty { return true }
        var text = text
        let ascii = text.withUTF8 { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? Self.find(folded, in: bytes, lowering: true) : nil
        }
        if let ascii { return ascii }
        var other = TextFold.fold(text)
        return other.withUTF8 { Self.find(folded, in: $0, lowering: false) }
    }

    /// Whether `needle` occurs in `bytes` (A–Z read as a–z when `lowering`).
    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, lowering: Bool) -> Bool {
        let n = needle.count
        guard bytes.count >= n else { return false }
        return needle.withUnsafeBufferPointer { needle in
            @inline(__always) func byte(_ i: Int) -> UInt8 {
                let b = bytes[i]
                return lowering && b >= 65 && b <= 90 ? b + 32 : b
            }
            let first = needle[0]
            var i = 0
            while i <= bytes.count - n {
                if byte(i) == first {
                    var j = 1
                    while j < n && byte(i + j) == needle[j] { j += 1 }
                    if j == n { return true }
                }
                i += 1
            }
            return false
        }
    }
}
