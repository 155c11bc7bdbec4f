import MktResult

/// The reserved words of expressions and stages, declared once: the parser reads them, tab
/// completion offers them where they can stand, `help` has a page on each.
public enum Keyword: String, Sendable, CaseIterable {
    case and, or, not, `true`, `false`, null, `as`, asc, desc
    /// `x in (a, b)`, `x between a and b`: comparisons, written after their left side.
    case `in`, between
    /// `latest per KEY`, `earliest per KEY`.
    case per

    /// The keyword a word is, ignoring case.
    public init?(word: some StringProtocol) {
        self.init(rawValue: WordKey.of(word))
    }

    /// Whether it starts an expression (`not x`, `true`) rather than continuing one.
    public var startsExpression: Bool {
        switch self {
        case .not, .true, .false, .null: return true
        case .and, .or, .as, .asc, .desc, .in, .between, .per: return false
        }
    }

    /// The stage after whose word completion offers it: `and` and `in` in `where`, `desc` in
    /// `sort`, `as` in `select`, `per` in `latest` and `earliest`.
    public func isOffered(in stage: StageWord.Kind) -> Bool {
        switch self {
        case .and, .or, .not, .true, .false, .null, .in, .between: return stage == .filter
        case .asc, .desc: return stage == .sort
        case .as: return stage == .select
        case .per: return stage == .latest || stage == .earliest
        }
    }
}
