/// One entry of the ticker: an index, a currency pair, a commodity or a crypto pair.
///
/// Stored compactly, since an archive holds millions: the three numbers' digits and scales are
/// kept apart (a `Fixed` alone pads to 16 bytes), 56 bytes in all rather than 72.
public struct Instrument: Sendable, Equatable {
    /// The name as written on the page.
    public var name: String
    private var valueUnits: Int64
    private var changeUnits: Int64
    private var pctUnits: Int64
    /// 1-based ticker order, counting only the instruments that were kept.
    public var position: Int32
    /// The page line where the instrument's block starts (its `• NAME` line), from 1; 0 when
    /// not read from a page. Not compared by `==`, and not in `mkt parse`'s JSON.
    public var line: Int32
    private var valueScale: Int8
    private var changeScale: Int8
    private var pctScale: Int8
    public var kind: InstrumentKind
    public var region: Region

    public init(position: Int, name: String, value: Fixed, change: Fixed, pct: Fixed, line: Int = 0) {
        self.name = name
        self.line = Int32(truncatingIfNeeded: line)
        (valueUnits, valueScale) = (value.units, value.scale)
        (changeUnits, changeScale) = (change.units, change.scale)
        (pctUnits, pctScale) = (pct.units, pct.scale)
        self.position = Int32(truncatingIfNeeded: position)
        let c = Classification.classify(name)
        self.kind = c.kind
        self.region = c.region
    }

    /// The last value, as written.
    public var value: Fixed {
        get { Fixed(units: valueUnits, scale: valueScale) }
        set { (valueUnits, valueScale) = (newValue.units, newValue.scale) }
    }

    /// The change since the previous close, as written.
    public var change: Fixed {
        get { Fixed(units: changeUnits, scale: changeScale) }
        set { (changeUnits, changeScale) = (newValue.units, newValue.scale) }
    }

    /// Percent units: 0.06 means 0.06 %.
    public var pct: Fixed {
        get { Fixed(units: pctUnits, scale: pctScale) }
        set { (pctUnits, pctScale) = (newValue.units, newValue.scale) }
    }

    /// Numbers compare by value, as `Fixed` does (`2.50` is `2.5`).
    public static func == (a: Instrument, b: Instrument) -> Bool {
        a.name == b.name && a.position == b.position && a.value == b.value && a.change == b.change
            && a.pct == b.pct && a.kind == b.kind && a.region == b.region
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
