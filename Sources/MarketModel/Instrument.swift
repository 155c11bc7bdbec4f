/// One entry of the ticker: an index, a currency pair, a commodity or a crypto pair.
public struct Instrument: Sendable, Equatable {
    /// 1-based ticker order, counting only the instruments that were kept.
    public var position: Int32
    /// The name as written on the page.
    public var name: String
    public var value: Fixed
    public var change: Fixed
    /// Percent units: 0.06 means 0.06 %.
    public var pct: Fixed
    public var kind: InstrumentKind
    public var region: Region

    public init(position: Int, name: String, value: Fixed, change: Fixed, pct: Fixed) {
        self.position = Int32(truncatingIfNeeded: position)
        self.name = name
        self.value = value
        self.change = change
        self.pct = pct
        let c = Classification.classify(name)
        self.kind = c.kind
        self.region = c.region
    }

    /// The previous close: value − change.
    public var prev: Fixed? { value - change }

    /// Whether change / prev × 100 matches pct within half a unit of pct's last printed digit.
    public var consistent: Bool {
        guard let prev, !prev.isZero else { return false }
        // |change·100/prev − pct| ≤ ½·10^-sq, in integers:
        // |c·100·10^(sp+sq) − q·p·10^sc| · 2 ≤ |p|·10^sc
        // Scales go up to 18 each, so the products can pass Int128: overflow means "not shown".
        let c = Int128(change.units), p = Int128(prev.units), q = Int128(pct.units)
        let sc = Int(change.scale), sp = Int(prev.scale), sq = Int(pct.scale)
        guard let a = c.times(100)?.times(Fixed.pow128(sp + sq)),
            let b = q.times(p)?.times(Fixed.pow128(sc)),
            case (let lhs, false) = a.subtractingReportingOverflow(b),
            let twice = lhs.magnitude.times(2),
            let rhs = p.times(Fixed.pow128(sc))
        else { return false }
        return twice <= rhs.magnitude
    }
}

public enum InstrumentKind: String, Sendable, CaseIterable {
    case index, fx, commodity, crypto
}

public enum Region: String, Sendable, CaseIterable {
    case europe, us, asia, global
}

extension FixedWidthInteger {
    /// The product, or nil when it overflows.
    func times(_ other: Self) -> Self? {
        let (r, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? nil : r
    }
}
