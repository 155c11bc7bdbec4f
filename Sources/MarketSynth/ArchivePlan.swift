import MarketModel

/// A calendar of captures, as a scraper saving a markets page on weekdays would leave it: which
/// days the market trades, which of them have files (and at what times), in which language,
/// which instruments the ticker shows when, and one deliberate scraper glitch.
///
/// ``ArchiveSynth`` turns a plan into pages; ``example`` is the plan behind `examples/archive/`.
public struct ArchivePlan: Sendable, Equatable {
    /// Selects the random walk and the text, as ``CorpusSpec/seed``.
    public var seed: UInt64
    /// The first and last calendar days; weekends are never trading days.
    public var first: SnapshotDate
    public var last: SnapshotDate
    /// Weekdays the market is shut: no move, no file.
    public var holidays: [SnapshotDate]
    /// Trading days the scraper missed: the market moves, but no file is written, so the next
    /// capture's changes are measured from a close no file shows.
    public var missing: [SnapshotDate]
    /// Capture times (`HHMM`, ascending) of the days with more than one; every other file day
    /// has one capture at ``closingTime``. The last capture of a day shows a closed market.
    public var captures: [SnapshotDate: [String]]
    public var closingTime: String
    /// File stems (`YYYY-MM-DD_HHMM`) of the pages written in English.
    public var english: Set<String>
    /// Instruments beyond the seed's 15, with the days they are on the ticker.
    public var extras: [Extra]
    /// The one page whose ticker has an instrument with a wrong pct (nil: none).
    public var glitch: Glitch?

    /// An instrument added to the seed's ticker, right after `after`, shown from `from` through
    /// `through` (nil: open-ended).
    public struct Extra: Sendable, Equatable {
        public var name: String
        public var after: String
        public var from: SnapshotDate?
        public var through: SnapshotDate?
        /// Where its walk starts, in hundredths, and how much it moves (basis points a day).
        var value: Int64
        var change: Int64
        var volatility: Int64
    }

    /// On page `stem`, instrument `name` shows the pct of `pctOf` (a scraper that mixed two rows
    /// of the ticker); its value and change stay right.
    public struct Glitch: Sendable, Equatable {
        public var stem: String
        public var name: String
        public var pctOf: String
    }

    /// The plan of `examples/archive/` (see examples/README.md): weekdays from 2025-12-15 to
    /// 2026-01-23, no market on 25 December and 1 January, no file for 7 January, two or three
    /// captures on four days, Ethereum from 5 January, silver gone after 30 December, English
    /// pages on some days, and the DAX's pct mixed up with the CAC 40's on 13 January.
    public static let example: ArchivePlan = {
        func day(_ y: Int, _ m: Int, _ d: Int) -> SnapshotDate {
            guard let date = SnapshotDate(year: y, month: m, day: d) else {
                preconditionFailure("invalid date in the example plan")
            }
            return date
        }
        return ArchivePlan(
            seed: 2026, first: day(2025, 12, 15), last: day(2026, 1, 23),
            holidays: [day(2025, 12, 25), day(2026, 1, 1)], missing: [day(2026, 1, 7)],
            captures: [
                day(2025, 12, 18): ["0900", "1730"],
                day(2025, 12, 30): ["1000", "1730"],
                day(2026, 1, 2): ["0900", "1300", "1730"],
                day(2026, 1, 15): ["0930", "1400", "1730"],
            ],
            closingTime: "1730",
            english: [
                "2025-12-19_1730", "2025-12-30_1000", "2026-01-02_1300", "2026-01-09_1730", "2026-01-15_0930",
                "2026-01-23_1730",
            ],
            extras: [
                Extra(
                    name: "Argent", after: "Gold future", from: nil, through: day(2025, 12, 30), value: 25_31,
                    change: -18, volatility: 150),
                Extra(
                    name: "ETH-EUR", after: "BTC-EUR", from: day(2026, 1, 5), through: nil, value: 1_745_32,
                    change: 38_15, volatility: 400),
            ],
            glitch: Glitch(stem: "2026-01-13_1730", name: "DAX", pctOf: "CAC 40"))
    }()
}
