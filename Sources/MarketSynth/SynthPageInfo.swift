import MarketModel

/// What a generated page says, without its text: the oracle for tests of a parser or a shell.
public struct SynthPageInfo: Sendable, Equatable {
    /// The page's position in the corpus, 0-based.
    public let index: Int
    /// `YYYY-MM-DD_NNNNNN.txt`, NNNNNN being ``index``.
    public let fileName: String
    public let date: SnapshotDate
    /// Which capture of its day this is, 0-based; the last one of a day shows a closed market.
    public let captureOfDay: Int
    public let language: Snapshot.Language
    public let status: Snapshot.Status
    /// The ticker in display order (always the seed's 15 instruments).
    public let quotes: [SynthQuote]
}
