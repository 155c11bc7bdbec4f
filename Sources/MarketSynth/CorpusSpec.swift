import MarketModel

/// What to generate: which random world (`seed`), from which day, how many pages, how many
/// captures a day and how often a page is in English.
public struct CorpusSpec: Sendable, Equatable {
    /// Selects the random walk and the article text. The seed's own ticker is the same for
    /// every seed (it is where every walk starts).
    public var seed: UInt64
    /// The date of the first page (day 0).
    public var start: SnapshotDate
    /// How many pages (files), 1...``maxCount``.
    public var count: Int
    /// Captures per day: the first `perDay - 1` show an open market, the last of the day a closed one.
    public var perDay: Int
    /// Every `englishEvery`-th page (indexes `englishEvery - 1`, `2 * englishEvery - 1`, …) is in
    /// English; 0 means none, 1 means all.
    public var englishEvery: Int

    /// File names carry a six-digit capture number, so a corpus holds at most a million pages.
    public static let maxCount = 1_000_000
    /// More captures than minutes in a day would not be a market page any more.
    public static let maxPerDay = 1_440

    /// A spec; check it with ``problem`` (``SnapshotSynth/init(_:)`` does).
    public init(seed: UInt64, start: SnapshotDate, count: Int, perDay: Int = 1, englishEvery: Int = 0) {
        self.seed = seed
        self.start = start
        self.count = count
        self.perDay = perDay
        self.englishEvery = englishEvery
    }

    /// How many calendar days the corpus spans (the last one may be partial).
    public var dayCount: Int {
        perDay > 0 ? (count + perDay - 1) / perDay : 0
    }

    /// Why this spec cannot be generated, or nil when it can.
    public var problem: Problem? {
        if !(1...CorpusSpec.maxCount).contains(count) { return .count(count) }
        if !(1...CorpusSpec.maxPerDay).contains(perDay) { return .perDay(perDay) }
        if englishEvery < 0 { return .englishEvery(englishEvery) }
        if start.adding(days: dayCount - 1) == nil { return .pastYear9999 }
        return nil
    }

    /// A reason a spec is rejected, worded for a command-line user.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case count(Int)
        case perDay(Int)
        case englishEvery(Int)
        case pastYear9999

        public var description: String {
            switch self {
            case .count(let n): "count must be 1...\(CorpusSpec.maxCount), not \(n)"
            case .perDay(let n): "per-day must be 1...\(CorpusSpec.maxPerDay), not \(n)"
            case .englishEvery(let n): "english-every must be 0 or more, not \(n)"
            case .pastYear9999: "the corpus would run past 9999-12-31; use fewer pages or an earlier start"
            }
        }
    }
}
