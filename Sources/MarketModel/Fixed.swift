#if canImport(Glibc)
import Glibc  // libm, for rounding doubles
#endif

/// An exact decimal number: `units × 10^-scale`, kept as written.
///
/// Prices are stored as scaled integers, never as binary floating point, so `1.1905` keeps its
/// four places and `6169.41` never prints as `6169.4099999`. Arithmetic is exact; an operation
/// whose result does not fit returns nil and the caller decides what to do (the language falls
/// back to floating point).
public struct Fixed: Sendable, Hashable {
    /// The digits, as an integer.
    public var units: Int64
    /// How many of the digits are decimals (0...18).
    public var scale: Int8

    public static let maxScale: Int8 = 18

    public init(units: Int64, scale: Int8) {
        precondition((0...Fixed.maxScale).contains(scale), "a Fixed has 0 to 18 decimals")
        self.units = units
        self.scale = scale
    }

    public init(_ integer: Int) {
        self.init(units: Int64(integer), scale: 0)
    }

    public static let zero = Fixed(units: 0, scale: 0)

    public var isZero: Bool { units == 0 }
    public var isNegative: Bool { units < 0 }
    public var signum: Int { units == 0 ? 0 : (units < 0 ? -1 : 1) }

    public var doubleValue: Double {
        Double(units) / Fixed.doublePowers[Int(scale)]
    }

    /// The same value written with `newScale` decimals, if that is exact and fits.
    public func rescaled(to newScale: Int8) -> Fixed? {
        if newScale == scale { return self }
        if newScale > scale {
            let (r, o) = units.multipliedReportingOverflow(by: Fixed.powers[Int(newScale - scale)])
            return o ? nil : Fixed(units: r, scale: newScale)
        }
        let p = Fixed.powers[Int(scale - newScale)]
        return units % p == 0 ? Fixed(units: units / p, scale: newScale) : nil
    }

    /// The same value without trailing zero decimals (`0.0450` → `0.045`, `2.00` → `2`).
    public var normalized: Fixed {
        var u = units
        var s = scale
        while s > 0 && u % 10 == 0 {
            u /= 10
            s -= 1
        }
        return Fixed(units: u, scale: s)
    }

    /// Rounds half away from zero to `places` decimals (no change when already shorter).
    public func rounded(toPlaces places: Int) -> Fixed {
        let target = Int8(max(0, min(Int(Fixed.maxScale), places)))
        guard target < scale else { return self }
        let p = Fixed.powers[Int(scale - target)]
        var q = units / p
        let r = units % p
        if abs(r) * 2 >= p { q += units < 0 ? -1 : 1 }
        return Fixed(units: q, scale: target)
    }

    // MARK: Arithmetic

    /// The sum keeps the most decimals of its operands (`1.10 + 1` is `2.10`). When the exact
    /// sum needs more than 18 digits, its last decimals are rounded as a product's are
    /// (`fitting`); a whole part too large is nil.
    public static func + (a: Fixed, b: Fixed) -> Fixed? {
        if let (x, y, s) = aligned(a, b), case (let r, false) = x.addingReportingOverflow(y) {
            return Fixed(units: r, scale: s)
        }
        let (x, y, s) = wideAligned(a, b)
        return fitting(units: x + y, scale: s)
    }

    /// The difference, as `+` makes a sum.
    public static func - (a: Fixed, b: Fixed) -> Fixed? {
        if let (x, y, s) = aligned(a, b), case (let r, false) = x.subtractingReportingOverflow(y) {
            return Fixed(units: r, scale: s)
        }
        let (x, y, s) = wideAligned(a, b)
        return fitting(units: x - y, scale: s)
    }

    /// Both operands at the larger scale, in 128 bits: at most 19 digits times 10^18 fits.
    private static func wideAligned(_ a: Fixed, _ b: Fixed) -> (Int128, Int128, Int) {
        let s = Int(max(a.scale, b.scale))
        return (Int128(a.units) * pow128(s - Int(a.scale)), Int128(b.units) * pow128(s - Int(b.scale)), s)
    }

    /// The product carries the decimals of both operands, as in SQL (`2.50 * 2` is `5.00`,
    /// `1.1 * 1.1` is `1.21`). Past 18 decimals, or past what 18 digits hold, trailing zero
    /// decimals go first, then the last decimals are rounded; a product too large in its whole
    /// part is nil, never rounded.
    public static func * (a: Fixed, b: Fixed) -> Fixed? {
        fitting(units: Int128(a.units) * Int128(b.units), scale: Int(a.scale) + Int(b.scale))
    }

    /// The remainder of `a / b` truncated to a whole quotient, exactly, with the sign of `a`
    /// (as SQL's and Swift's `%`): `7.5 % 2` is `1.5`, `-7 % 3` is `-1`. It keeps the most
    /// decimals of its operands, as a sum does. Nil when `b` is zero.
    public static func % (a: Fixed, b: Fixed) -> Fixed? {
        guard !b.isZero else { return nil }
        let (x, y, s) = wideAligned(a, b)
        // |x % y| is at most |x| and below |y|, and one of the two, at scale s, fits in 64 bits.
        return fitting(units: x % y, scale: s)
    }

    /// The exact value `units × 10^-scale` (scale ≥ 0) as a Fixed: as it is when it fits;
    /// else trailing zero decimals go first, then the fewest last decimals are rounded, once,
    /// half away from zero (and trailing zeros removed). Nil when the whole part does not fit,
    /// which is never rounded. Products and the `sum` aggregate round this way.
    public static func fitting(units: Int128, scale: Int) -> Fixed? {
        var exact = units
        var s = scale
        // Exact first: trailing zero decimals that must go anyway.
        while (s > Int(maxScale) || (s > 0 && Int64(exactly: exact) == nil)) && exact % 10 == 0 {
            exact /= 10
            s -= 1
        }
        // Then the fewest digits that must go, rounded once (rounding digit by digit would
        // round twice: …0445 to …045 to …05).
        var drop = 0
        while s - drop > Int(maxScale) || (s - drop > 0 && Int64(exactly: exact / pow128(drop)) == nil) {
            drop += 1
        }
        guard drop > 0 else { return Int64(exactly: exact).map { Fixed(units: $0, scale: Int8(s)) } }
        exact = roundedDivide(exact, by: pow128(drop))
        s -= drop
        // Rounding up can carry into one more digit (…99.5 → …100).
        if Int64(exactly: exact) == nil, s > 0 {
            exact = roundedDivide(exact, by: 10)
            s -= 1
        }
        guard let u = Int64(exactly: exact) else { return nil }
        return Fixed(units: u, scale: Int8(s)).normalized
    }

    /// Division to `extraDigits` more decimals than the operands carry (more for a quotient
    /// below 1, so it keeps significant digits), at most 18, rounded half away from zero,
    /// trailing zeros removed: `0.09 / 2` is `0.045`, `1 / 3` is `0.333333333333`.
    public static func divide(_ a: Fixed, by b: Fixed, extraDigits: Int = 12) -> Fixed? {
        divide(units: Int128(a.units), scale: a.scale, by: b, extraDigits: extraDigits)
    }

    /// `divide` of the exact value `units × 10^-scale`, which may be wider than a Fixed (an
    /// exact total, for a mean).
    public static func divide(units: Int128, scale: Int8, by b: Fixed, extraDigits: Int = 12) -> Fixed? {
        guard b.units != 0, (0...maxScale).contains(scale) else { return nil }
        func digits<T: BinaryInteger>(_ u: T) -> Int { String(u.magnitude).count }
        // The quotient's order of magnitude, roughly: its leading zeros after the point.
        let magnitude = (digits(units) - Int(scale)) - (digits(b.units) - Int(b.scale))
        var s = min(Int(maxScale), max(Int(scale), Int(b.scale)) + extraDigits + max(0, -magnitude))
        // a/b = (units / 10^scale) / (b.units / 10^b.scale); scaled by 10^s.
        while s >= 0 {
            let shift = s - Int(scale) + Int(b.scale)
            if shift >= 0, shift < 38, let num = units.multipliedIfFits(by: pow128(shift)) {
                let q = roundedDivide(num, by: Int128(b.units))
                if let u = Int64(exactly: q) { return Fixed(units: u, scale: Int8(s)).normalized }
            } else if shift < 0 {
                let q = roundedDivide(units, by: Int128(b.units) * pow128(-shift))
                if let u = Int64(exactly: q) { return Fixed(units: u, scale: Int8(s)).normalized }
            }
            s -= 1
        }
        return nil
    }

    /// The nearest Fixed to `value` with at most `significantDigits` significant digits,
    /// or nil for NaN, infinities and magnitudes past Int64.
    public init?(approximating value: Double, significantDigits: Int = 12) {
        guard value.isFinite else { return nil }
        if value == 0 {
            self = .zero
            return
        }
        var magnitude = 0
        var probe = abs(value)
        while probe >= 10 {
            probe /= 10
            magnitude += 1
        }
        while probe < 1 {
            probe *= 10
            magnitude -= 1
        }
        var s = max(0, min(Int(Fixed.maxScale), significantDigits - 1 - magnitude))
        while s > 0 && abs(value) * Fixed.doublePowers[s] >= 9.0e18 { s -= 1 }
        let scaled = (value * Fixed.doublePowers[s]).rounded()
        guard abs(scaled) < 9.2e18 else { return nil }
        self = Fixed(units: Int64(scaled), scale: Int8(s)).normalized
    }

    static func aligned(_ a: Fixed, _ b: Fixed) -> (Int64, Int64, Int8)? {
        if a.scale == b.scale { return (a.units, b.units, a.scale) }
        let s = max(a.scale, b.scale)
        guard let x = a.rescaled(to: s), let y = b.rescaled(to: s) else { return nil }
        return (x.units, y.units, s)
    }

    static func roundedDivide(_ n: Int128, by d: Int128) -> Int128 {
        var q = n / d
        let r = n % d
        if r != 0, (r.magnitude * 2) >= d.magnitude {
            q += ((n < 0) != (d < 0)) ? -1 : 1
        }
        return q
    }

    /// 10^n for n in 0...38 (larger n saturate at 10^38: callers check their products).
    public static func pow128(_ n: Int) -> Int128 {
        powers128[min(max(n, 0), 38)]
    }

    /// 10⁰ … 10³⁸, read by `pow128` (exact checks such as `Instrument.consistent` ask for one
    /// per row).
    private static let powers128: [Int128] = (0...38).map { n in (0..<n).reduce(Int128(1)) { r, _ in r * 10 } }

    static let powers: [Int64] = (0...18).map { n in (0..<n).reduce(Int64(1)) { r, _ in r * 10 } }
    static let doublePowers: [Double] = (0...18).map { n in (0..<n).reduce(1.0) { r, _ in r * 10 } }
}

extension Int128 {
    fileprivate func multipliedIfFits(by other: Int128) -> Int128? {
        let (r, o) = multipliedReportingOverflow(by: other)
        return o ? nil : r
    }
}

extension Fixed: Comparable {
    public static func < (a: Fixed, b: Fixed) -> Bool {
        if a.scale == b.scale { return a.units < b.units }
        let s = Int(max(a.scale, b.scale))
        let x = Int128(a.units) * pow128(s - Int(a.scale))
        let y = Int128(b.units) * pow128(s - Int(b.scale))
        return x < y
    }

    /// Equal in value, whatever the decimals written: `2.50 == 2.5`, and they hash alike, so
    /// `==`, `<` and grouping agree. `description` still keeps the decimals as written.
    public static func == (a: Fixed, b: Fixed) -> Bool {
        let x = a.normalized, y = b.normalized
        return x.units == y.units && x.scale == y.scale
    }

    public func hash(into hasher: inout Hasher) {
        let n = normalized
        hasher.combine(n.units)
        hasher.combine(n.scale)
    }
}

extension Fixed: CustomStringConvertible {
    /// The number with exactly `scale` decimals and a `-` sign: `6169.41`, `-0.0016`, `15`.
    public var description: String {
        var out = ""
        write(to: &out)
        return out
    }

    /// Appends the number as written (`-0.0016`, `6169.41`) to `out`, without building
    /// intermediate strings: printers call it once per cell.
    public func write(to out: inout String) {
        // At most 20 digits, a sign, a point and 18 leading zeros: 40 bytes, right to left.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
            var i = buffer.count
            var magnitude = units.magnitude
            var written = 0
            let s = Int(scale)
            repeat {
                if s > 0 && written == s {
                    i -= 1
                    buffer[i] = 0x2E  // "."
                }
                i -= 1
                buffer[i] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
                written += 1
            } while magnitude > 0 || written <= s
            if units < 0 {
                i -= 1
                buffer[i] = 0x2D  // "-"
            }
            out += String(decoding: UnsafeBufferPointer(rebasing: buffer[i...]), as: UTF8.self)
        }
    }
}

extension Fixed {
    /// Reads a plain decimal literal (`12`, `-0.5`, `3.250`), as the language writes numbers.
    public init?(literal text: Substring) {
        var units: Int64 = 0
        var scale: Int8 = 0
        var negative = false
        var seenDigit = false
        var seenPoint = false
        var index = text.startIndex
        if index < text.endIndex, text[index] == "-" || text[index] == "+" {
            negative = text[index] == "-"
            index = text.index(after: index)
        }
        while index < text.endIndex {
            let c = text[index]
            if c == "." && !seenPoint {
                seenPoint = true
            } else if let d = c.wholeNumberValue, c.isASCII {
                let (m, o1) = units.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(Int64(d))
                guard !o1, !o2, scale < Fixed.maxScale else { return nil }
                units = a
                if seenPoint { scale += 1 }
                seenDigit = true
            } else {
                return nil
            }
            index = text.index(after: index)
        }
        guard seenDigit else { return nil }
        self.init(units: negative ? -units : units, scale: scale)
    }
}
