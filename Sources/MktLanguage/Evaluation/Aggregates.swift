import MarketModel
import MktResult

/// The pipeline aggregates (`count`, `sum`, `avg`, `min`, `max`, `median`, `stddev`, `first`,
/// `last`) over the values one expression takes on a list of rows. `first` and `last` take the
/// values in snapshot order (`Grouping` puts them in it, `SnapshotOrder`): the first and the
/// last value that is not null, as SQL's `first_value(…) IGNORE NULLS`.
///
/// Semantics follow SQL (and DuckDB, nushell): nulls are skipped; over no values at all (or only
/// nulls) every aggregate is null except the counts, which are 0 — `sum` included, so an empty
/// sum is null, not 0, as in SQL. Results stay exact decimals whenever the inputs are: a sum is
/// exact unless it needs more than 18 digits (then its last decimals are rounded, as in a
/// product), a mean is the exact sum divided by the count (the mean of 0.06 and 0.03 is
/// `0.045`), and only `stddev`, a square root, goes through floating point.
public enum Aggregates {
    /// An aggregate that cannot apply to its values; `message` is what the user reads.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// The whole message, without position: the evaluator adds where it happened.
        public var message: String
        public init(_ message: String) { self.message = message }
        public var description: String { message }
    }

    /// Applies `kind` to `values`. `column` names the values in error messages (the field name,
    /// or nil for a computed expression). `count` counts every row, nulls included.
    public static func apply(
        _ kind: AggregateFunction, to values: [Value], column: String? = nil
    ) throws(Failure) -> Value {
        switch kind {
        case .count: return count(values)
        case .sum: return try sum(values, column: column)
        case .avg: return try avg(values, column: column)
        case .min: return min(values)
        case .max: return max(values)
        case .median: return try median(values, column: column)
        case .stddev: return try stddev(values, column: column)
        case .first: return values.first { $0 != .null } ?? .null
        case .last: return values.last { $0 != .null } ?? .null
        }
    }

    /// The number of rows, nulls included (`instruments | count`).
    public static func count(_ values: [Value]) -> Value {
        .number(Fixed(values.count))
    }

    /// The number of values that are not null (SQL's `count(expr)`).
    public static func countNonNull(_ values: [Value]) -> Value {
        .number(Fixed(values.count(where: { $0 != .null })))
    }

    /// The exact sum of the numbers, with the most decimals they have (`1.10` and `2.20` give
    /// `3.30`); floating point only when a value is already inexact. A total past 18 digits
    /// has its last decimals rounded, as a product does; a whole part past 18 digits is an
    /// error, never a rounded answer. Null when there are no numbers.
    public static func sum(_ values: [Value], column: String? = nil) throws(Failure) -> Value {
        let numbers = try numericValues(values, for: .sum, column: column)
        if numbers.isEmpty { return .null }
        guard let exact = try exactSum(numbers, for: .sum) else { return ValueOps.real(floatingSum(numbers)) }
        guard let total = Fixed.fitting(units: exact.units, scale: Int(exact.scale)) else { throw tooLarge(.sum) }
        return .number(total)
    }

    /// The arithmetic mean: the exact sum divided by the count, to 12 more decimals than the
    /// values carry, trailing zeros removed (`1` and `2` give `1.5`).
    /// The exact mean, with at least the decimals the values are written with.
    public static func avg(_ values: [Value], column: String? = nil) throws(Failure) -> Value {
        let numbers = try numericValues(values, for: .avg, column: column)
        if numbers.isEmpty { return .null }
        if let exact = try exactSum(numbers, for: .avg),
            let mean = Fixed.divide(units: exact.units, scale: exact.scale, by: Fixed(numbers.count))
        {
            // At least the decimals the values are written with, as median: the mean of 1.00
            // and 2.00 is 1.50, a mean of prices reads as a price.
            let written = numbers.reduce(Int8(0)) { if case .number(let f) = $1 { Swift.max($0, f.scale) } else { $0 } }
            return .number(mean.scale < written ? mean.rescaled(to: written) ?? mean : mean)
        }
        return ValueOps.real(floatingSum(numbers) / Double(numbers.count))
    }

    /// The smallest value as written, in `sort`'s order (works on text too).
    public static func min(_ values: [Value]) -> Value {
        extreme(values) { ValueOps.compare($0, $1) < 0 }
    }

    /// The largest value as written, in `sort`'s order (works on text too).
    public static func max(_ values: [Value]) -> Value {
        extreme(values) { ValueOps.compare($0, $1) > 0 }
    }

    /// The middle value as written for an odd count; for an even count the exact mean of the
    /// two middle values, with at least the decimals they are written with (`1, 2, 3, 4` gives
    /// `2.5`, `1.00, 2.00` gives `1.50`), so two equal middles give that value as written.
    public static func median(_ values: [Value], column: String? = nil) throws(Failure) -> Value {
        let numbers = try numericValues(values, for: .median, column: column)
        if numbers.isEmpty { return .null }
        // Sorting indices with the index as tie-break keeps equal values (2.5, 2.50) in input
        // order, so the result does not depend on the sort algorithm.
        let order = numbers.indices.sorted { a, b in
            let c = ValueOps.compare(numbers[a], numbers[b])
            return c != 0 ? c < 0 : a < b
        }
        let mid = order.count / 2
        if order.count % 2 == 1 { return numbers[order[mid]] }
        let low = numbers[order[mid - 1]], high = numbers[order[mid]]
        // The two middles added exactly in 128 bits, then halved once (a rounded sum would
        // round twice).
        if case .number(let a) = low, case .number(let b) = high,
            let mean = Self.exactMean(a, b)
        {
            // `divide` drops trailing zeros: put back the decimals the values were written with.
            let written = Swift.max(a.scale, b.scale)
            return .number(mean.scale < written ? mean.rescaled(to: written) ?? mean : mean)
        }
        return ValueOps.real(ValueOps.double(low) / 2 + ValueOps.double(high) / 2)
    }

    /// `(a + b) / 2` from the exact sum, rounded once as division rounds.
    static func exactMean(_ a: Fixed, _ b: Fixed) -> Fixed? {
        let s = Swift.max(a.scale, b.scale)
        let x = Int128(a.units) * Fixed.pow128(Int(s - a.scale))
        let y = Int128(b.units) * Fixed.pow128(Int(s - b.scale))
        return Fixed.divide(units: x + y, scale: s, by: Fixed(2))
    }

    /// The *sample* standard deviation (dividing by n − 1, like DuckDB's and nushell's `stddev`);
    /// null for fewer than two numbers, as DuckDB gives. Printed to 12 significant digits.
    public static func stddev(_ values: [Value], column: String? = nil) throws(Failure) -> Value {
        let numbers = try numericValues(values, for: .stddev, column: column)
        if numbers.count < 2 { return .null }
        let variance = exactDeviationVariance(numbers) ?? welfordVariance(numbers)
        return ValueOps.real(variance.squareRoot())
    }

    /// The output column of an aggregate after `group`: `count`; the aggregate and the field for
    /// a plain field (`avg_pct`, `sum_change`); for any other expression its text reduced to
    /// lowercase letters, digits and `_` (`avg abs(change)` → `avg_abs_change`), or just the
    /// aggregate's name when that leaves nothing or more than 32 characters.
    public static func columnName(_ kind: AggregateFunction, expression: String?) -> String {
        guard kind != .count, let expression else { return kind.rawValue }
        return derivedName(kind.rawValue, expression: expression)
    }

    /// `prefix_expression`, the expression's text reduced as `columnName` does (`delta_value`,
    /// `prev_abs_change`); `prefix` alone when that leaves nothing or more than 32 characters.
    static func derivedName(_ prefix: String, expression: String) -> String {
        var name = ""
        for ch in TextFold.fold(expression).unicodeScalars {
            let keep = ("a"..."z").contains(ch) || ("0"..."9").contains(ch)
            if keep {
                name.unicodeScalars.append(ch)
            } else if !name.isEmpty && !name.hasSuffix("_") {
                name += "_"
            }
        }
        while name.hasSuffix("_") { name.removeLast() }
        if name.isEmpty || name.count > 32 { return prefix }
        return prefix + "_" + name
    }

    // MARK: Helpers

    /// The non-null values, all numbers, or the error naming the first value that is not.
    private static func numericValues(
        _ values: [Value], for kind: AggregateFunction, column: String?
    ) throws(Failure) -> [Value] {
        var numbers: [Value] = []
        numbers.reserveCapacity(values.count)
        for v in values where v != .null {
            guard v.isNumeric else {
                let holder = column.map { "'\($0)' holds" } ?? "got"
                throw Failure("\(kind.rawValue) needs numbers, but \(holder) \(ValueOps.typeName(v))")
            }
            numbers.append(v)
        }
        return numbers
    }

    /// The exact sum as `units × 10^-scale`, at the most decimals of the numbers: wider than a
    /// Fixed, so decimals past 18 digits are rounded once, at the end. Nil when a value is
    /// inexact; a total past even that width is an error (its whole part is far too large).
    private static func exactSum(_ numbers: [Value], for kind: AggregateFunction) throws(Failure) -> (units: Int128, scale: Int8)? {
        var scale: Int8 = 0
        for v in numbers {
            guard case .number(let f) = v else { return nil }
            scale = Swift.max(scale, f.scale)
        }
        var total: Int128 = 0
        for v in numbers {
            guard case .number(let f) = v else { return nil }
            // At most 19 digits times 10^18: an Int128 holds it.
            let (next, overflow) = total.addingReportingOverflow(Int128(f.units) * power(Int(scale - f.scale)))
            if overflow { throw tooLarge(kind) }
            total = next
        }
        return (total, scale)
    }

    /// The error for a total whose whole part does not fit 18 digits.
    private static func tooLarge(_ kind: AggregateFunction) -> Failure {
        Failure("\(kind.rawValue): the whole part of the exact sum has more than 18 digits")
    }

    /// A compensated (Neumaier) sum, so the fallback loses as little as floating point allows.
    private static func floatingSum(_ numbers: [Value]) -> Double {
        var sum = 0.0, compensation = 0.0
        for v in numbers {
            let x = ValueOps.double(v)
            let t = sum + x
            compensation += Swift.abs(sum) >= Swift.abs(x) ? (sum - t) + x : (x - t) + sum
            sum = t
        }
        return sum + compensation
    }

    private static func extreme(_ values: [Value], _ better: (Value, Value) -> Bool) -> Value {
        var best = Value.null
        for v in values where v != .null {
            if best == .null || better(v, best) { best = v }
        }
        return best
    }

    /// The sample variance from exact deviations: with every value at a common scale, n·xᵢ − Σx
    /// is an exact integer, so floating point only enters when squaring the deviations. Nil when
    /// a value is inexact or the integers overflow (then Welford's method takes over).
    private static func exactDeviationVariance(_ numbers: [Value]) -> Double? {
        var scaled: [Int128] = []
        let scale = numbers.reduce(Int8(0)) { s, v in
            if case .number(let f) = v { return Swift.max(s, f.scale) }
            return s
        }
        var total: Int128 = 0
        for v in numbers {
            guard case .number(let f) = v else { return nil }
            let x = Int128(f.units) * power(Int(scale - f.scale))
            let (t, overflow) = total.addingReportingOverflow(x)
            if overflow { return nil }
            total = t
            scaled.append(x)
        }
        let n = Int128(numbers.count)
        // Each deviation is (n·xᵢ − Σx) / (n·10^scale) in real units.
        let unit = Double(numbers.count) * Double(power(Int(scale)))
        var squares = 0.0
        for x in scaled {
            let (nx, o1) = x.multipliedReportingOverflow(by: n)
            let (d, o2) = nx.subtractingReportingOverflow(total)
            if o1 || o2 { return nil }
            let deviation = Double(d) / unit
            squares += deviation * deviation
        }
        return squares / Double(numbers.count - 1)
    }

    /// Welford's one-pass variance over doubles: stable where the naive Σx² − (Σx)²/n is not.
    private static func welfordVariance(_ numbers: [Value]) -> Double {
        var mean = 0.0, m2 = 0.0
        for (i, v) in numbers.enumerated() {
            let x = ValueOps.double(v)
            let delta = x - mean
            mean += delta / Double(i + 1)
            m2 += delta * (x - mean)
        }
        return m2 / Double(numbers.count - 1)
    }

    private static func power(_ n: Int) -> Int128 {
        var r: Int128 = 1
        for _ in 0..<n { r *= 10 }
        return r
    }
}
