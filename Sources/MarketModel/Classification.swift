/// The product's table of kinds and regions (docs/FORMAT.md, "Kinds and regions").
///
/// This is the one place that knows which names are which: extend the tables below.
public enum Classification {
    /// Commodity names and words, folded (lowercase, no accents). A name is a commodity when it
    /// equals one of these or starts with one followed by a space.
    static let commodities: Set<String> = [
        "gold", "gold future", "or", "silver", "argent", "petrole", "brent", "oil", "crude oil",
        "wti", "platinum", "platine", "copper", "cuivre", "natural gas", "gaz naturel",
    ]

    /// Index names, folded, and their region. Unknown indices are `global`.
    static let indexRegions: [String: Region] = [
        "cac 40": .europe, "euro stoxx 50": .europe, "dax": .europe, "ftse 100": .europe,
        "ftse mib": .europe, "ibex 35": .europe, "aex": .europe, "smi": .europe,
        "sbf 120": .europe, "stoxx 600": .europe, "bel 20": .europe,
        "dow jones": .us, "nasdaq": .us, "nasdaq 100": .us, "s&p 500": .us, "russell 2000": .us,
        "nyse composite": .us,
        "nikkei 225": .asia, "nikkei": .asia, "hang seng": .asia, "shanghai composite": .asia,
        "csi 300": .asia, "kospi": .asia, "sensex": .asia, "nifty 50": .asia,
        "cmc crypto 200": .global,
    ]

    public static func classify(_ name: String) -> (kind: InstrumentKind, region: Region) {
        // An archive repeats the same few names in every page: those are looked up whole.
        if let known = common[name] { return known }
        return classifyWithoutCache(name)
    }

    /// The ticker of the real page, classified once by the rules below.
    static let common: [String: (kind: InstrumentKind, region: Region)] = {
        let names = [
            "CAC 40", "Euro Stoxx 50", "Dow Jones", "EUR/USD", "Gold future", "BTC-EUR", "CMC Crypto 200",
            "Pétrole WTI", "DAX", "FTSE 100", "Nasdaq", "S&P 500", "Nikkei 225", "HANG SENG", "GBP/USD",
        ]
        var table: [String: (kind: InstrumentKind, region: Region)] = [:]
        for name in names { table[name] = classifyWithoutCache(name) }
        return table
    }()

    static func classifyWithoutCache(_ name: String) -> (kind: InstrumentKind, region: Region) {
        let bytes = Array(name.utf8)
        if isPair(bytes, separator: UInt8(ascii: "/")) { return (.fx, .global) }
        if isPair(bytes, separator: UInt8(ascii: "-")) { return (.crypto, .global) }
        let folded = TextFold.fold(name)
        if commodities.contains(folded) { return (.commodity, .global) }
        // Its first one or two words: `Pétrole WTI`, `Gold future 06/21`.
        var prefix = Substring(folded)
        for _ in 0..<2 {
            guard let space = prefix.utf8.lastIndex(of: 0x20) else { break }
            prefix = prefix[..<space]
            if commodities.contains(String(prefix)) { return (.commodity, .global) }
        }
        return (.index, indexRegions[folded] ?? .global)
    }

    /// `XXX/YYY` (fx) or `XXX-YYY` (crypto): 2–6 uppercase letters or digits each side.
    private static func isPair(_ bytes: [UInt8], separator: UInt8) -> Bool {
        guard let i = bytes.firstIndex(of: separator) else { return false }
        func code(_ part: ArraySlice<UInt8>) -> Bool {
            (2...6).contains(part.count)
                && part.allSatisfy { (65...90).contains($0) || (48...57).contains($0) }
                && part.contains { (65...90).contains($0) }
        }
        return code(bytes[..<i]) && code(bytes[(i + 1)...])
    }
}
