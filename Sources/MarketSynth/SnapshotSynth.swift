import MarketModel

/// A deterministic generator of synthetic snapshot pages in the real capture's exact layout.
///
/// The same ``CorpusSpec`` gives the same bytes on every machine. Pages are random-access:
/// ``write(pageAt:into:)`` for page k does not generate pages 0..<k (the daily closes are
/// computed once, in `init`; everything else is derived from a hash of the seed and k).
///
/// Guarantees, for every page:
/// - the 15 instruments of the seed, in its order, with its decimal places;
/// - change ≠ 0, value − change = the previous day's close, and pct = change / (value − change) × 100
///   rounded half away from zero to 2 places, with the change's sign;
/// - continuity: every capture of day d + 1 has value − change equal to the value in day d's
///   last (closing) capture; day 0 is measured from the seed's previous close (seed value − change)
///   and closes at the seed's values, so with `perDay` 1 page 0's ticker is the seed's ticker.
public struct SnapshotSynth: Sendable {
    /// What this generator makes.
    public let spec: CorpusSpec
    private let walk: MarketWalk

    /// Prepares the corpus `spec` describes: computes every daily close (15 integers a day).
    public init(_ spec: CorpusSpec) throws(CorpusSpec.Problem) {
        if let problem = spec.problem { throw problem }
        self.spec = spec
        self.walk = MarketWalk(seed: spec.seed, dayCount: spec.dayCount)
    }

    /// How many pages the corpus has.
    public var count: Int { spec.count }

    /// The file name of page `index`: `YYYY-MM-DD_NNNNNN.txt`.
    public func fileName(at index: Int) -> String {
        let day = index / spec.perDay
        var number = String(index)
        number = String(repeating: "0", count: max(0, 6 - number.count)) + number
        return "\(date(ofDay: day))_\(number).txt"
    }

    /// Everything page `index` states, without generating its text.
    public func info(at index: Int) -> SynthPageInfo {
        precondition((0..<count).contains(index), "page \(index) is outside 0..<\(count)")
        let day = index / spec.perDay, slot = index % spec.perDay
        return SynthPageInfo(
            index: index, fileName: fileName(at: index), date: date(ofDay: day), captureOfDay: slot,
            language: isEnglish(index) ? .en : .fr, status: slot == spec.perDay - 1 ? .closed : .open,
            quotes: quotes(day: day, slot: slot))
    }

    /// Page `index` as UTF-8 bytes, replacing `buffer`'s contents but keeping its capacity,
    /// so a writer looping over a corpus allocates once.
    public func write(pageAt index: Int, into buffer: inout [UInt8]) {
        precondition((0..<count).contains(index), "page \(index) is outside 0..<\(count)")
        let day = index / spec.perDay, slot = index % spec.perDay
        var composer = PageComposer(
            out: [], rng: SplitMix64(seed: SplitMix64.hash(spec.seed, 0x7061_6765, UInt64(index))),
            words: isEnglish(index) ? .english : .french)
        buffer.removeAll(keepingCapacity: true)
        // Move the buffer into the composer (and back) rather than copy it.
        swap(&buffer, &composer.out)
        composer.header(closed: slot == spec.perDay - 1, quotes: quotes(day: day, slot: slot))
        composer.article()
        composer.headlines()
        swap(&buffer, &composer.out)
    }

    /// Page `index`: its file name and its text as UTF-8 bytes.
    public func page(at index: Int) -> (fileName: String, text: [UInt8]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(3_500)
        write(pageAt: index, into: &bytes)
        return (fileName(at: index), bytes)
    }

    // MARK: Internals

    private func isEnglish(_ index: Int) -> Bool {
        spec.englishEvery > 0 && (index + 1) % spec.englishEvery == 0
    }

    private func date(ofDay day: Int) -> SnapshotDate {
        // `init` checked that the last day is a valid date.
        guard let date = spec.start.adding(days: day) else {
            preconditionFailure("day \(day) is past the corpus's checked range")
        }
        return date
    }

    private func quotes(day: Int, slot: Int) -> [SynthQuote] {
        walk.instruments.indices.map { i in
            let value = walk.value(day: day, slot: slot, perDay: spec.perDay, instrument: i)
            let prev = walk.previousClose(day: day, instrument: i)
            let instrument = walk.instruments[i]
            return SynthQuote(name: instrument.name, value: value, change: value - prev, scale: instrument.scale)
        }
    }
}
