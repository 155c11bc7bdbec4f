/// "Did you mean …?": the closest known word to a misspelled one (nushell `did_you_mean.rs`).
public enum Suggestions {
    /// The candidate closest to `word` by Damerau–Levenshtein distance, ignoring case, or nil
    /// when none is close enough. A word may be off by one edit per three characters (at least
    /// one, at most three), and never by as many edits as it has characters, so `x` suggests
    /// nothing while `instrumnts` suggests `instruments`. Ties go to the earlier candidate.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let typed = Array(Vocabulary.key(word))
        guard !typed.isEmpty, typed.count <= 64 else { return nil }
        let limit = min(typed.count - 1, max(1, min(3, typed.count / 3)))
        var best: (word: String, distance: Int)?
        for candidate in candidates {
            let known = Array(Vocabulary.key(candidate))
            guard abs(known.count - typed.count) <= limit else { continue }
            let d = distance(typed, known)
            if d <= limit, d < (best?.distance ?? Int.max) { best = (candidate, d) }
        }
        return best?.word
    }

    /// Edits (insert, delete, substitute, swap two neighbours) turning `a` into `b`, case-insensitive.
    public static func distance(_ a: String, _ b: String) -> Int {
        distance(Array(Vocabulary.key(a)), Array(Vocabulary.key(b)))
    }

    /// The optimal-string-alignment form of Damerau–Levenshtein: enough for typos.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Three rows: two back (for swaps), previous, current.
        var twoBack = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var row = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            row[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d = min(d, twoBack[j - 2] + 1)
                }
                row[j] = d
            }
            (twoBack, previous, row) = (previous, row, twoBack)
        }
        return previous[b.count]
    }
}
