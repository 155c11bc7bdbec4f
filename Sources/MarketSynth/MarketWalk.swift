/// The prices behind a corpus: one close per instrument per day, computed once, and intraday
/// values derived from those closes and a hash, so any capture can be priced on its own.
///
/// Invariants (in units of each instrument's last decimal):
/// - `previousClose(day: 0)` is the seed's value − change; `close(day: 0)` is the seed's value,
///   so day 0's closing ticker is the seed's ticker.
/// - `previousClose(day: d)` == `close(day: d - 1)`: every capture's change is measured from the
///   previous day's close, like the portal's.
/// - Every change is non-zero and at least 1/20000 of the previous close, so its percentage
///   never rounds to 0.00 and pct has the change's sign.
/// - Every value stays within a quarter and four times the seed's value.
struct MarketWalk: Sendable {
    let instruments: [SeedInstrument]
    let seed: UInt64
    /// Row-major `(dayCount + 1) × instruments.count`: row 0 is the close before day 0.
    private let closes: [Int64]

    init(seed: UInt64, dayCount: Int, instruments: [SeedInstrument] = SeedInstrument.all) {
        self.seed = seed
        self.instruments = instruments
        let n = instruments.count
        var closes = [Int64](repeating: 0, count: (dayCount + 1) * n)
        for (i, instrument) in instruments.enumerated() {
            closes[i] = instrument.value - instrument.change
        }
        for day in 0..<dayCount {
            for (i, instrument) in instruments.enumerated() {
                let prev = closes[day * n + i]
                let close: Int64
                if day == 0 {
                    close = instrument.value
                } else {
                    let noise = MarketWalk.normalPPM(
                        SplitMix64.hash(seed, UInt64(i), UInt64(day), 1), volatility: instrument.volatility)
                    // Pull gently back towards the seed's level so a long corpus stays plausible
                    // instead of drifting to zero or to the moon.
                    let deviation = (prev - instrument.value) * 1_000_000 / instrument.value
                    close = MarketWalk.step(from: prev, ppm: noise - deviation / 150, instrument: instrument)
                }
                closes[(day + 1) * n + i] = close
            }
        }
        self.closes = closes
    }

    /// The close the changes of day `day` are measured from.
    func previousClose(day: Int, instrument i: Int) -> Int64 {
        closes[day * instruments.count + i]
    }

    /// Day `day`'s close: the value of its last capture.
    func close(day: Int, instrument i: Int) -> Int64 {
        closes[(day + 1) * instruments.count + i]
    }

    /// The value of capture `slot` (0-based) of `perDay` on day `day`; the last slot is the close.
    func value(day: Int, slot: Int, perDay: Int, instrument i: Int) -> Int64 {
        let close = close(day: day, instrument: i)
        guard slot < perDay - 1 else { return close }
        let prev = previousClose(day: day, instrument: i)
        let instrument = instruments[i]
        // On the way from yesterday's close to today's, plus some intraday wobble.
        let path = prev + (close - prev) * Int64(slot + 1) / Int64(perDay)
        let wobble = MarketWalk.normalPPM(
            SplitMix64.hash(seed, UInt64(i), UInt64(day), 2 + UInt64(slot)),
            volatility: instrument.volatility / 3)
        let target = path + MarketWalk.roundedDivide(path * wobble, 1_000_000)
        return MarketWalk.step(from: prev, ppm: 0, instrument: instrument, towards: target)
    }

    /// A move of `ppm` parts per million from `prev`, kept away from zero and inside the bounds.
    /// With `towards`, the move is `towards - prev` instead.
    private static func step(
        from prev: Int64, ppm: Int64, instrument: SeedInstrument, towards target: Int64? = nil
    ) -> Int64 {
        var change = target.map { $0 - prev } ?? roundedDivide(prev * ppm, 1_000_000)
        // |change| ≥ prev/20000 means |pct| ≥ 0.005, which rounds (half away from zero) to 0.01.
        let minimum = (prev + 19_999) / 20_000
        if change.magnitude < minimum.magnitude {
            change = change < 0 ? -minimum : minimum
        }
        let low = instrument.value / 4, high = instrument.value * 4
        if prev + change < low || prev + change > high {
            change = -change  // reflect off the bound: keeps the magnitude, so the rule above holds
        }
        return prev + change
    }

    /// Roughly normal noise in parts per million with `volatility` basis points of standard
    /// deviation: a sum of four 16-bit uniforms (Irwin–Hall), integers only so it is exact everywhere.
    private static func normalPPM(_ bits: UInt64, volatility: Int64) -> Int64 {
        var sum: Int64 = 0
        for lane in 0..<4 {
            sum += Int64((bits >> (16 * UInt64(lane))) & 0xFFFF) - 32_768
        }
        // One lane's standard deviation is 65536/√12 ≈ 18918.6; four lanes ≈ 37837.
        return volatility * 100 * sum / 37_837
    }

    /// `n / d` rounded half away from zero.
    static func roundedDivide(_ n: Int64, _ d: Int64) -> Int64 {
        let q = n / d, r = n % d
        guard r != 0, r.magnitude * 2 >= d.magnitude else { return q }
        return (n < 0) != (d < 0) ? q - 1 : q + 1
    }
}
