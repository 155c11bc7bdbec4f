import MarketModel
import MktResult

/// The built-in functions of expressions: `abs`, `round`, `lower`, `upper`, `len`, `string`,
/// `substring`, `starts`, `ends`, `contains`, `year`, `month`, `day`, `weekday` and `if`.
///
/// Every function returns null when given null (SQL's propagation), so `round(prev, 1)` stays
/// null for an instrument whose previous close is unknown instead of stopping the pipeline.
/// `if` is the exception, as SQL's CASE is: a null condition picks the else branch, and only the
/// branch it picks is evaluated (`ExprCompiler` compiles it lazily).
/// Names are matched ignoring case (`ROUND(x)` works, as in SQL), as every word of the
/// language is (see `Vocabulary`).
public enum Functions {
    /// A call that cannot run; `message` is what the user reads.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// The whole message, without position: the evaluator adds where it happened.
        public var message: String
        public init(_ message: String) { self.message = message }
        public var description: String { message }
    }

    /// One function, declared once: the parser checks calls against it, `call` runs it,
    /// `help functions` and tab completion list it.
    public struct Signature: Sendable {
        public var name: String
        /// How many arguments it takes.
        public var arity: ClosedRange<Int>
        /// The call as written in error messages: `round(x, n)`.
        public var usage: String
        /// The call as `help functions` lists it, optional arguments in brackets: `round(x[, n])`.
        public var synopsis: String
        public var summary: String
        /// Runs it on arguments of the right number.
        let body: @Sendable ([Value]) throws(Failure) -> Value

        init(
            _ name: String, arity: ClosedRange<Int> = 1...1, usage: String, synopsis: String? = nil, summary: String,
            body: @escaping @Sendable ([Value]) throws(Failure) -> Value
        ) {
            self.name = name
            self.arity = arity
            self.usage = usage
            self.synopsis = synopsis ?? usage
            self.summary = summary
            self.body = body
        }

        /// `round(x, n) — x rounded to n decimals, half away from zero`.
        public var helpLine: String { "\(usage) — \(summary)" }
    }

    /// Every function, in the order `help` lists them.
    public static let signatures: [Signature] = [
        Signature("abs", usage: "abs(x)", summary: "x without its sign") { (a) throws(Failure) in try abs(a[0]) },
        Signature(
            "round", arity: 1...2, usage: "round(x, n)", synopsis: "round(x[, n])",
            summary: "x rounded to n decimals (default 0, negative for tens, hundreds…), half away from zero"
        ) { (a) throws(Failure) in try round(a[0], places: a.count > 1 ? a[1] : .number(.zero)) },
        Signature("lower", usage: "lower(s)", summary: "s in lowercase") { (a) throws(Failure) in try lower(a[0]) },
        Signature("upper", usage: "upper(s)", summary: "s in uppercase") { (a) throws(Failure) in try upper(a[0]) },
        Signature("len", usage: "len(s)", summary: "the number of characters of the text s") { (a) throws(Failure) in
            try len(a[0])
        },
        Signature("string", usage: "string(x)", summary: "x as text, as it prints: to join a number to text with +") {
            (a) throws(Failure) in string(a[0])
        },
        Signature(
            "substring", arity: 2...3, usage: "substring(s, start, length)", synopsis: "substring(s, start[, length])",
            summary: "the characters of s from position start (the first is 1), length of them (default: to the end)"
        ) { (a) throws(Failure) in try substring(a[0], start: a[1], length: a.count > 2 ? a[2] : nil) },
        Signature(
            "starts", arity: 2...2, usage: "starts(s, prefix)",
            summary: "true when the text s begins with prefix, exactly (case and accents count)"
        ) { (a) throws(Failure) in try textTest(a[0], a[1], "starts") },
        Signature(
            "ends", arity: 2...2, usage: "ends(s, suffix)",
            summary: "true when the text s ends with suffix, exactly (case and accents count)"
        ) { (a) throws(Failure) in try textTest(a[0], a[1], "ends") },
        Signature(
            "contains", arity: 2...2, usage: "contains(s, part)",
            summary: "true when the text s contains part, exactly (case and accents count; ~ ignores them)"
        ) { (a) throws(Failure) in try textTest(a[0], a[1], "contains") },
        Signature("year", usage: "year(d)", summary: "the year of the date d, text YYYY-MM-DD, as a number") {
            (a) throws(Failure) in try datePart(a[0], "year")
        },
        Signature("month", usage: "month(d)", summary: "the month of the date d, 1 to 12") { (a) throws(Failure) in
            try datePart(a[0], "month")
        },
        Signature("day", usage: "day(d)", summary: "the day of the month of the date d, 1 to 31") {
            (a) throws(Failure) in try datePart(a[0], "day")
        },
        Signature("weekday", usage: "weekday(d)", summary: "the day of the week of the date d: monday … sunday") {
            (a) throws(Failure) in try weekday(a[0])
        },
        Signature(
            "if", arity: 3...3, usage: "if(cond, a, b)",
            summary: "a when cond is true, else b (also when cond is null); only that one is computed"
        ) { (a) throws(Failure) in ValueOps.truthy(a[0]) ? a[1] : a[2] },
    ]

    /// The functions' names, in `help`'s order.
    public static let names: [String] = signatures.map(\.name)

    /// The most decimals `round` can keep or, negated, the most digits it can clear.
    public static let maxRoundPlaces = Int(Fixed.maxScale)

    /// The function called `name` (ignoring case), if there is one.
    public static func signature(named name: String) -> Signature? {
        let key = Vocabulary.key(name)
        return signatures.first { $0.name == key }
    }

    /// `round takes 1 or 2 arguments, got 3`, or nil when `count` arguments are right. The
    /// parser asks it, so a wrong count is a syntax error that runs nothing.
    public static func arityProblem(_ signature: Signature, count: Int) -> String? {
        guard !signature.arity.contains(count) else { return nil }
        let wanted =
            signature.arity.count == 1
            ? "\(signature.arity.lowerBound) argument\(signature.arity.lowerBound == 1 ? "" : "s")"
            : "\(signature.arity.lowerBound) or \(signature.arity.upperBound) arguments"
        return "\(signature.name) takes \(wanted), got \(count): \(signature.usage)"
    }

    /// Calls the function `name` with `args`, checking the number of arguments first.
    public static func call(name: String, args: [Value]) throws(Failure) -> Value {
        guard let signature = signature(named: name) else {
            if let near = Suggestions.closest(to: name, among: names) {
                throw Failure("unknown function '\(name)' — did you mean '\(near)'?")
            }
            let all = names.joined(separator: ", ")
            throw Failure("unknown function '\(name)' (functions: \(all))")
        }
        if let wrong = arityProblem(signature, count: args.count) { throw Failure(wrong) }
        return try signature.body(args)
    }

    /// `abs(x)`: exact for decimals.
    public static func abs(_ x: Value) throws(Failure) -> Value {
        switch x {
        case .null: return .null
        case .number(let f):
            guard f.isNegative else { return x }
            // Int64.min has no positive counterpart: the only value that needs floating point.
            if f.units == .min { return .real(-f.doubleValue) }
            return .number(Fixed(units: -f.units, scale: f.scale))
        case .real(let d): return .real(Swift.abs(d))
        default: throw Failure("abs needs a number, got \(ValueOps.typeName(x))")
        }
    }

    /// `round(x, n)`: `x` to `n` decimals, half away from zero (`round(-2.5)` is `-3`), exact on
    /// decimals. A negative `n` rounds to tens, hundreds…: `round(1249.5, -2)` is `1200`. A value
    /// already shorter than `n` decimals is returned as written (`round(2.5, 3)` is `2.5`).
    public static func round(_ x: Value, places: Value) throws(Failure) -> Value {
        if x == .null || places == .null { return .null }
        guard x.isNumeric else { throw Failure("round needs a number, got \(ValueOps.typeName(x))") }
        let n = try wholePlaces(places)
        switch x {
        case .number(let f): return roundExact(f, places: n)
        default:
            let d = ValueOps.double(x)
            let scale = (0..<Swift.abs(n)).reduce(1.0) { r, _ in r * 10 }
            let rounded =
                n >= 0
                ? (d * scale).rounded(.toNearestOrAwayFromZero) / scale
                : (d / scale).rounded(.toNearestOrAwayFromZero) * scale
            // A huge double times 10^n can overflow to infinity; it has no decimals to round.
            return ValueOps.real(rounded.isFinite ? rounded : d)
        }
    }

    /// `lower(s)`: full Unicode lowercasing.
    public static func lower(_ s: Value) throws(Failure) -> Value {
        try mapText(s, "lower") { $0.lowercased() }
    }

    /// `upper(s)`: full Unicode uppercasing (`straße` → `STRASSE`).
    public static func upper(_ s: Value) throws(Failure) -> Value {
        try mapText(s, "upper") { $0.uppercased() }
    }

    /// `string(x)`: x as text, as it prints (`6169.41`, `true`); null stays null.
    public static func string(_ x: Value) -> Value {
        x == .null ? .null : .text(x.plainText)
    }

    /// `len(s)`: characters as the user sees them (graphemes: `é` is one, however encoded).
    /// Text only, like `lower` and `upper`: a number's length depends on how it is written.
    public static func len(_ s: Value) throws(Failure) -> Value {
        switch s {
        case .null: return .null
        case .text(let t): return .number(Fixed(t.count))
        case .number, .real, .bool: throw Failure("len needs text, got \(ValueOps.typeName(s))")
        }
    }

    // MARK: Helpers

    private static func mapText(
        _ s: Value, _ name: String, _ transform: (String) -> String
    ) throws(Failure) -> Value {
        switch s {
        case .null: return .null
        case .text(let t): return .text(transform(t))
        default: throw Failure("\(name) needs text, got \(ValueOps.typeName(s))")
        }
    }

    /// The `n` of `round(x, n)`: a whole number within ±`maxRoundPlaces`.
    private static func wholePlaces(_ places: Value) throws(Failure) -> Int {
        guard case .number(let f) = places else {
            throw Failure("round needs a whole number of decimals, got \(ValueOps.typeName(places))")
        }
        let whole = f.normalized
        guard whole.scale == 0 else {
            throw Failure("round needs a whole number of decimals, got \(f)")
        }
        guard Swift.abs(whole.units) <= Int64(maxRoundPlaces) else {
            throw Failure("round can keep -\(maxRoundPlaces) to \(maxRoundPlaces) decimals, got \(f)")
        }
        return Int(whole.units)
    }

    private static func roundExact(_ f: Fixed, places: Int) -> Value {
        if places >= 0 { return .number(f.rounded(toPlaces: places)) }
        // Rounding to 10^k in one integer division: rounding to units first and then to tens
        // would round twice (1249.5 → 1250 → 1300 instead of 1200).
        var tens: Int128 = 1
        for _ in 0..<(-places) { tens *= 10 }
        var divisor = tens
        for _ in 0..<Int(f.scale) { divisor *= 10 }
        let units = Int128(f.units)
        var q = units / divisor
        if (units % divisor).magnitude * 2 >= divisor.magnitude { q += units < 0 ? -1 : 1 }
        let result = q * tens
        if let exact = Int64(exactly: result) { return .number(Fixed(units: exact, scale: 0)) }
        return .real(Double(result))
    }
}
