import MarketModel

/// The pages of an ``ArchivePlan``, deterministic like ``SnapshotSynth`` and in the same layout.
///
/// Guarantees, for every page:
/// - the seed's 15 instruments in its order, plus the plan's extras on their days (each right
///   after its neighbour), with their decimal places;
/// - value − change = the previous trading day's close (a missed day still moved the market, so
///   the first capture after it is measured from a close no file shows), and pct = change /
///   (value − change) × 100 rounded half away from zero to 2 places; except the glitch's one pct;
/// - the last capture of a day shows a closed market, the earlier ones an open market;
/// - two market-wrap headlines (``MarketNews``) matching their instruments' moves on the page,
///   then 2–3 drawn ones.
public struct ArchiveSynth: Sendable {
    public let plan: ArchivePlan
    /// Every page in file-name order (= date, then time), with what it states.
    public let pages: [SynthPageInfo]
    private let walk: MarketWalk

    private struct Capture {
        var date: SnapshotDate
        var time: String
        var day: Int
        var slot: Int
        var perDay: Int
    }

    public init(_ plan: ArchivePlan) {
        self.plan = plan
        var instruments = SeedInstrument.all
        for extra in plan.extras {
            let at = (instruments.firstIndex { $0.name == extra.after }).map { $0 + 1 } ?? instruments.count
            instruments.insert(
                SeedInstrument(
                    name: extra.name, value: extra.value, change: extra.change, scale: 2, volatility: extra.volatility),
                at: at)
        }
        var captures: [Capture] = []
        var day = 0
        var date = plan.first
        while date <= plan.last {
            let serial = SnapshotDate.serialDay(year: Int(date.year), month: Int(date.month), day: Int(date.day))
            // 1970-01-01 was a Thursday: with Monday as 0, Saturday and Sunday are 5 and 6.
            let weekday = ((serial + 3) % 7 + 7) % 7
            if weekday < 5 && !plan.holidays.contains(date) {
                if !plan.missing.contains(date) {
                    let times = plan.captures[date] ?? [plan.closingTime]
                    for (slot, time) in times.enumerated() {
                        captures.append(Capture(date: date, time: time, day: day, slot: slot, perDay: times.count))
                    }
                }
                day += 1
            }
            guard let next = date.adding(days: 1) else { break }
            date = next
        }
        let walk = MarketWalk(seed: plan.seed, dayCount: day, instruments: instruments)
        self.walk = walk
        self.pages = captures.enumerated().map { index, capture in
            let stem = "\(capture.date)_\(capture.time)"
            var quotes: [SynthQuote] = []
            for (i, instrument) in walk.instruments.enumerated() {
                if let extra = plan.extras.first(where: { $0.name == instrument.name }) {
                    if let from = extra.from, capture.date < from { continue }
                    if let through = extra.through, capture.date > through { continue }
                }
                let value = walk.value(day: capture.day, slot: capture.slot, perDay: capture.perDay, instrument: i)
                let prev = walk.previousClose(day: capture.day, instrument: i)
                quotes.append(SynthQuote(name: instrument.name, value: value, change: value - prev, scale: instrument.scale))
            }
            if let glitch = plan.glitch, glitch.stem == stem,
                let wrong = quotes.firstIndex(where: { $0.name == glitch.name }),
                let source = quotes.first(where: { $0.name == glitch.pctOf })
            {
                quotes[wrong] = quotes[wrong].with(pct: source.pct)
            }
            return SynthPageInfo(
                index: index, fileName: stem + ".txt", date: capture.date, captureOfDay: capture.slot,
                language: plan.english.contains(stem) ? .en : .fr,
                status: capture.slot == capture.perDay - 1 ? .closed : .open, quotes: quotes)
        }
    }

    /// How many pages (files) the archive has.
    public var count: Int { pages.count }

    /// Page `index`: its file name and its text as UTF-8 bytes.
    public func page(at index: Int) -> (fileName: String, text: [UInt8]) {
        let info = pages[index]
        let english = info.language == .en
        var composer = PageComposer(
            out: [], rng: SplitMix64(seed: SplitMix64.hash(plan.seed, 0x6172_6368, UInt64(index))),
            words: english ? .english : .french)
        composer.out.reserveCapacity(3_500)
        composer.header(closed: info.status == .closed, quotes: info.quotes)
        composer.article()
        let news = english ? MarketNews.english : MarketNews.french
        // The glitch's instrument gets no headline: its pct is the wrong one.
        let glitched = plan.glitch.flatMap { $0.stem + ".txt" == info.fileName ? $0.name : nil }
        var candidates = info.quotes.filter { news.lines[$0.name] != nil && $0.name != glitched }
        var leading: [(template: String, move: Fixed)] = []
        for _ in 0..<2 where !candidates.isEmpty {
            let quote = candidates.remove(at: composer.rng.below(candidates.count))
            guard let lines = news.lines[quote.name] else { continue }
            leading.append((composer.rng.pick(quote.change.isNegative ? lines.down : lines.up), quote.pct))
        }
        composer.headlines(leading: leading, count: composer.rng.within(2...3))
        return (info.fileName, composer.out)
    }
}
