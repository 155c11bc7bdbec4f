import MarketModel

/// One ticker entry of a generated page, exactly as printed on it: what a correct parser must read.
public struct SynthQuote: Sendable, Equatable {
    /// The instrument's name as written.
    public let name: String
    /// The value, with the instrument's decimal places (4 for EUR/USD and GBP/USD, 2 otherwise).
    public let value: Fixed
    /// value − previous day's close, same places as the value; never zero.
    public let change: Fixed
    /// change / (value − change) × 100, rounded half away from zero to 2 places; never 0.00.
    public let pct: Fixed

    init(name: String, value: Int64, change: Int64, scale: Int) {
        self.name = name
        let s = Int8(scale)
        self.value = Fixed(units: value, scale: s)
        self.change = Fixed(units: change, scale: s)
        // In hundredths of a percent: change × 100 × 100 / prev.
        self.pct = Fixed(units: MarketWalk.roundedDivide(change * 10_000, value - change), scale: 2)
    }

    /// This quote with `pct` in place of its own (a scraper glitch: see ``ArchivePlan/Glitch``).
    func with(pct: Fixed) -> SynthQuote {
        SynthQuote(name: name, value: value, change: change, pct: pct)
    }

    private init(name: String, value: Fixed, change: Fixed, pct: Fixed) {
        self.name = name
        self.value = value
        self.change = change
        self.pct = pct
    }
}
