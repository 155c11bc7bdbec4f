/// One instrument of the real capture's ticker: where its walk starts and how much it moves.
struct SeedInstrument: Sendable {
    /// The name as the seed writes it (the same on English pages, so a series lines up across languages).
    let name: String
    /// The seed's value and change, in units of `10^-scale`.
    let value: Int64
    let change: Int64
    /// Decimal places, kept on every page (4 for the currency pairs, 2 otherwise).
    let scale: Int
    /// Typical daily move, in basis points (one standard deviation).
    let volatility: Int64

    /// The seed's 15 instruments, in its ticker order, with its values (see docs/FORMAT.md).
    static let all: [SeedInstrument] = [
        SeedInstrument(name: "CAC 40", value: 6_169_41, change: 3_69, scale: 2, volatility: 100),
        SeedInstrument(name: "Euro Stoxx 50", value: 3_978_84, change: 1_01, scale: 2, volatility: 100),
        SeedInstrument(name: "Dow Jones", value: 33_800_60, change: 297_03, scale: 2, volatility: 90),
        SeedInstrument(name: "EUR/USD", value: 1_1905, change: -16, scale: 4, volatility: 35),
        SeedInstrument(name: "Gold future", value: 1_744_10, change: -14_10, scale: 2, volatility: 90),
        SeedInstrument(name: "BTC-EUR", value: 50_065_26, change: -1_109_31, scale: 2, volatility: 350),
        SeedInstrument(name: "CMC Crypto 200", value: 1_235_89, change: 8_34, scale: 2, volatility: 300),
        SeedInstrument(name: "Pétrole WTI", value: 59_34, change: -26, scale: 2, volatility: 200),
        SeedInstrument(name: "DAX", value: 15_234_16, change: 31_48, scale: 2, volatility: 100),
        SeedInstrument(name: "FTSE 100", value: 6_915_75, change: -26_47, scale: 2, volatility: 90),
        SeedInstrument(name: "Nasdaq", value: 13_900_19, change: 70_88, scale: 2, volatility: 130),
        SeedInstrument(name: "S&P 500", value: 4_128_80, change: 31_63, scale: 2, volatility: 100),
        SeedInstrument(name: "Nikkei 225", value: 29_768_06, change: 59_08, scale: 2, volatility: 110),
        SeedInstrument(name: "HANG SENG", value: 28_698_80, change: -309_27, scale: 2, volatility: 120),
        SeedInstrument(name: "GBP/USD", value: 1_3707, change: -28, scale: 4, volatility: 40),
    ]
}
