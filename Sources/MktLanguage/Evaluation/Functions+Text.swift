import MarketModel
import MktResult

/// `substring`, `starts`, `ends` and `contains`: exact text functions (case and accents count;
/// `~` is the forgiving match).
extension Functions {
    /// `substring(s, start[, length])`: SQL's SUBSTR, by characters, 1-based. The characters at
    /// positions `start` to `start + length - 1` that exist: `substring("abc", 0, 2)` is `a`,
    /// `substring("abc", 5)` is empty.
    static func substring(_ s: Value, start: Value, length: Value?) throws(Failure) -> Value {
        if s == .null || start == .null || length == .null { return .null }
        guard case .text(let text) = s else { throw Failure("substring needs text, got \(ValueOps.typeName(s))") }
        let first = try whole(start, "substring", "a whole start position")
        var end = Int.max  // the position after the last one taken
        if let length {
            let count = try whole(length, "substring", "a whole length")
            guard count >= 0 else { throw Failure("substring needs a length of 0 or more, got \(count)") }
            let (sum, overflow) = first.addingReportingOverflow(count)
            end = overflow ? Int.max : sum
        }
        let from = max(first, 1)
        guard end > from else { return .text("") }
        // Positions from…end-1, 1-based, clipped to the text.
        let skipped = text.dropFirst(from - 1)
        return .text(String(end == Int.max ? skipped : skipped.prefix(end - from)))
    }

    /// `starts(s, prefix)`, `ends(s, suffix)`, `contains(s, part)` (`name` says which): exact.
    static func textTest(_ s: Value, _ part: Value, _ name: String) throws(Failure) -> Value {
        if s == .null || part == .null { return .null }
        guard case .text(let text) = s, case .text(let piece) = part else {
            let wrong = s.isText ? part : s
            throw Failure("\(name) needs text, got \(ValueOps.typeName(wrong))")
        }
        switch name {
        case "starts": return .bool(text.hasPrefix(piece))
        case "ends": return .bool(text.hasSuffix(piece))
        default: return .bool(piece.isEmpty || text.contains(piece))
        }
    }

    /// A whole number argument as an Int (positions past Int's range are clamped: they are
    /// out of any text either way).
    private static func whole(_ v: Value, _ name: String, _ what: String) throws(Failure) -> Int {
        guard case .number(let f) = v else { throw Failure("\(name) needs \(what), got \(ValueOps.typeName(v))") }
        let n = f.normalized
        guard n.scale == 0 else { throw Failure("\(name) needs \(what), got \(f)") }
        return Int(n.units)
    }
}

extension Value {
    fileprivate var isText: Bool {
        if case .text = self { return true }
        return false
    }
}
