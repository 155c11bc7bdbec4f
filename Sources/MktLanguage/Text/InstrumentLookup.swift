import MarketModel

/// Finding the instrument a user means by a name typed loosely (`show petr`).
public enum InstrumentLookup {
    /// What a name stands for.
    public enum Resolution: Sendable, Equatable {
        /// Exactly one instrument fits.
        case found(Instrument)
        /// Several instruments fit equally well: their names, in ticker order.
        case ambiguous([String])
        /// Nothing fits; the closest name when one is close enough to be a typo.
        case notFound(suggestion: String?)
    }

    /// Resolves `query` against `instruments`, ignoring case and accents, trying in turn:
    /// 1. the whole name (`pétrole wti`, `CAC 40`);
    /// 2. the name without spaces and punctuation (`cac40`, `eurusd`, `sp500`);
    /// 3. a prefix of the name, with or without spaces (`petr` → Pétrole WTI, `cac` → CAC 40);
    /// 4. a prefix of a word of the name (`wti` → Pétrole WTI, `usd` → EUR/USD or GBP/USD).
    /// The first step that finds one instrument wins; one that finds several is ambiguous.
    public static func resolve(_ query: String, in instruments: [Instrument]) -> Resolution {
        let q = TextFold.fold(query.trimmingSpaces)
        let compactQuery = compact(q)
        guard !compactQuery.isEmpty else { return .notFound(suggestion: nil) }
        let folded = instruments.map { TextFold.fold($0.name) }
        let steps: [(String) -> Bool] = [
            { $0 == q },
            { compact($0) == compactQuery },
            { $0.hasPrefix(q) || compact($0).hasPrefix(compactQuery) },
            { words($0).contains { $0.hasPrefix(compactQuery) } },
        ]
        for fits in steps {
            let matches = instruments.indices.filter { fits(folded[$0]) }
            if matches.count == 1 { return .found(instruments[matches[0]]) }
            if matches.count > 1 {
                // The same name twice in a ticker is one instrument listed twice: take the first.
                let names = matches.map { instruments[$0].name }
                if Set(names.map { TextFold.fold($0) }).count == 1 { return .found(instruments[matches[0]]) }
                return .ambiguous(names)
            }
        }
        return .notFound(suggestion: suggestion(for: q, among: instruments))
    }

    /// The name closest to `query`, compared with whole names and with each of their words
    /// (`nikei` is one edit from `nikkei` in `Nikkei 225`).
    private static func suggestion(for query: String, among instruments: [Instrument]) -> String? {
        var owner: [String: String] = [:]
        var candidates: [String] = []
        for instrument in instruments {
            let name = TextFold.fold(instrument.name)
            for candidate in [name] + words(name) where owner[candidate] == nil {
                owner[candidate] = instrument.name
                candidates.append(candidate)
            }
        }
        return Suggestions.closest(to: query, among: candidates).flatMap { owner[$0] }
    }

    /// Letters and digits only: `s&p 500` → `sp500`.
    private static func compact(_ folded: String) -> String {
        String(folded.filter { $0.isLetter || $0.isNumber })
    }

    private static func words(_ folded: String) -> [String] {
        folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}

extension String {
    fileprivate var trimmingSpaces: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? endIndex
        return self[start..<Swift.max(start, end)]
    }
}
