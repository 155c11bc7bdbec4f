/// SplitMix64: a tiny, fast PRNG whose output depends only on its 64-bit state, so the same seed
/// gives the same stream on every machine and every Swift version (unlike `SystemRandomNumberGenerator`
/// or the standard library's unspecified algorithms behind `Int.random(in:using:)`).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The whole state; every call advances it by the golden-ratio increment.
    public var state: UInt64

    /// A generator that starts from `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// A uniform integer in `0..<bound` (`bound` > 0), by multiply-shift: no modulo bias worth
    /// noticing for word lists, and, unlike `Int.random(in:using:)`, a documented mapping that
    /// will not change under us.
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "below(_:) needs a positive bound")
        return Int((UInt128(next()) * UInt128(bound)) >> 64)
    }

    /// A uniform integer in `range`.
    public mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// True with probability `percent`/100.
    public mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// SplitMix64's finaliser: a bijective avalanche of 64 bits.
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A well-mixed hash of a few integers. Values derived this way (per instrument, per day,
    /// per page) need no sequential generator, which is what makes pages random-access.
    public static func hash(_ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64 = 0) -> UInt64 {
        var h = mix(a &+ 0x9E37_79B9_7F4A_7C15)
        h = mix(h ^ (b &* 0xD6E8_FEB8_6659_FD93))
        h = mix(h ^ (c &* 0xA076_1D64_78BD_642F))
        return mix(h ^ (d &* 0xE703_7ED1_A0B4_28DB))
    }
}
