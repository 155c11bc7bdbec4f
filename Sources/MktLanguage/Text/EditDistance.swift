import MarketModel

/// Levenshtein distance, for "did you mean" suggestions.
public enum EditDistance {
    /// The number of single-character insertions, deletions and substitutions that turn `a`
    /// into `b`, counting characters (graphemes), not bytes.
    public static func between(_ a: some StringProtocol, _ b: some StringProtocol) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = Swift.min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// The candidate closest to `word` ignoring case and accents, if it is close enough to be a
    /// plausible typo: at most one edit per three characters (and always one). Ties go to the
    /// earlier candidate.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let folded = TextFold.fold(word)
        let allowed = Swift.max(1, folded.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let d = between(folded, TextFold.fold(candidate))
            if d <= allowed, d < (best?.distance ?? Int.max) { best = (candidate, d) }
        }
        return best?.name
    }
}
