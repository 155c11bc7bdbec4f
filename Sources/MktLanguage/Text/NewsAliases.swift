import MarketModel

/// The other names market news gives instruments, for `news NAME`: the one table to extend.
///
/// Each entry lists instruments as tickers name them, and words news uses for them: a city
/// for its exchange's index (French news says "Francfort recule" for the DAX), a nickname
/// ("Footsie"), a short form ("BTC"). `news` looks for an instrument's own name and for the
/// aliases of every entry that lists it; an alias typed as the name (`news Wall Street`) stands
/// for the instruments of its entries. Matching ignores case and accents and takes whole words
/// only (`Paris` is not in `Parisien`), so spell an alias as news writes it, one spelling per
/// string. `help news` prints the table.
public enum NewsAliases {
    /// Instruments, and what news calls them.
    public struct Entry: Sendable {
        /// As tickers name them: `S&P 500`, `Pétrole WTI`.
        public let instruments: [String]
        /// Other words news uses for any of them.
        public let aliases: [String]

        init(_ instruments: [String], _ aliases: [String]) {
            self.instruments = instruments
            self.aliases = aliases
        }
    }

    /// The table. An instrument may stand in several entries (Dow Jones is "Wall Street" with
    /// the other US indices, and "Dow" alone).
    public static let table: [Entry] = [
        // Indices by their exchange's city, as French (and English) market news writes them.
        Entry(["CAC 40"], ["Paris", "CAC"]),
        Entry(["DAX"], ["Francfort", "Frankfurt"]),
        Entry(["FTSE 100"], ["Londres", "London", "Footsie"]),
        Entry(["Nikkei 225"], ["Tokyo", "Nikkei"]),
        Entry(["HANG SENG"], ["Hong Kong"]),
        Entry(["FTSE MIB"], ["Milan"]),
        Entry(["IBEX 35"], ["Madrid", "Ibex"]),
        Entry(["SMI"], ["Zurich"]),
        Entry(["AEX"], ["Amsterdam"]),
        Entry(["Euro Stoxx 50"], ["Euro Stoxx", "Eurostoxx"]),
        // Not "New York": market news names it for oil and other trades too.
        Entry(["Dow Jones", "S&P 500", "Nasdaq", "Nasdaq 100"], ["Wall Street"]),
        Entry(["Dow Jones"], ["Dow"]),
        Entry(["S&P 500"], ["S&P"]),
        // Commodities, currencies and cryptos by their common names.
        Entry(["Pétrole WTI"], ["pétrole", "brut", "WTI", "oil", "crude"]),
        Entry(["Gold future"], ["gold", "métal jaune"]),
        Entry(["EUR/USD"], ["euro"]),
        Entry(["GBP/USD"], ["sterling"]),
        Entry(["BTC-EUR", "BTC-USD"], ["Bitcoin", "BTC"]),
        Entry(["ETH-EUR", "ETH-USD"], ["Ethereum", "ETH", "Ether"]),
        Entry(["CMC Crypto 200"], ["crypto", "cryptos", "cryptomonnaie", "cryptomonnaies", "cryptocurrencies"]),
    ]

    /// The instruments an alias stands for (`Wall Street` → Dow Jones, S&P 500, Nasdaq,
    /// Nasdaq 100), in the table's order; nil when `name` is no alias.
    public static func instruments(forAlias name: String) -> [String]? {
        let key = TextFold.fold(name.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        var found: [String] = []
        for entry in table where entry.aliases.contains(where: { TextFold.fold($0) == key }) {
            for i in entry.instruments where !found.contains(i) { found.append(i) }
        }
        return found.isEmpty ? nil : found
    }

    /// What to look for in the news about `instruments`: their names, then the aliases of every
    /// entry listing one of them, each once (by folded spelling).
    public static func terms(for instruments: [String]) -> [String] {
        let folded = Set(instruments.map(TextFold.fold))
        var terms: [String] = []
        var seen = Set<String>()
        func add(_ term: String) {
            if seen.insert(TextFold.fold(term)).inserted { terms.append(term) }
        }
        instruments.forEach(add)
        for entry in table where entry.instruments.contains(where: { folded.contains(TextFold.fold($0)) }) {
            entry.aliases.forEach(add)
        }
        return terms
    }
}
