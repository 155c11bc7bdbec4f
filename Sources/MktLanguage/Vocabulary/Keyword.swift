import MktResult

/// The reserved words of expressions and stages, declared once: the parser reads them, tab
/// completion offers them where they can stand, `help` has a page on each.
public enum Keyword: String, Sendable, CaseIterable {
    case and, or, not, `true`, `false`, null, `as`, asc, desc

    /// The keyword a word is, ignoring case.
    public init?(word: some StringProtocol) {
        self.init(rawValue: WordKey.of(word))
    }

    /// Whether it starts an expression (`not x`, `true`) rather than continuing one.
    public var startsExpression: Bool {
        switch self {
        case .not, .true, .false, .null: return true
        case .and, .or, .as, .asc, .desc: return false
        }
    }

    /// The stage after whose word completion offers it: `and` in `where`, `desc` in `sort`,
    /// `as` in `select`.
    public var offeredIn: StageWord.Kind {
        switch self {
        case .and, .or, .not, .true, .false, .null: return .filter
        case .asc, .desc: return .sort
        case .as: return .select
        }
    }
}
