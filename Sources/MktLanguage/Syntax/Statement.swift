import MarketModel
import MktResult

/// One statement of a script or REPL line.
public enum Statement: Sendable, Equatable {
    /// `load path, path…`: read snapshot files (bare paths may be globs).
    case load([PathArgument], range: SourceRange)
    /// `let name = value`: bind `$name`.
    case `let`(Identifier, LetValue, range: SourceRange)
    /// `set name value`: a session setting such as `set format csv`, with the name and value
    /// as written and the setting they make, checked by the parser.
    case set(Identifier, SettingValue, Setting, range: SourceRange)
    /// `source path`: run a script file.
    case source(PathArgument, range: SourceRange)
    /// `help` or `help topic…` (the rest of the statement, as written).
    case help(topic: String?, range: SourceRange)
    /// `article`: print the current snapshot's article.
    case article(range: SourceRange)
    /// `excerpt`, `excerpt 3`, `excerpt 300 chars`.
    case excerpt(ExcerptLength, range: SourceRange)
    /// `show CAC 40` or `show "Pétrole WTI"`: one instrument by name.
    case show(name: String, isQuoted: Bool, range: SourceRange)
    /// `use 2` or `use 2021-04-09_…`: make a loaded snapshot the current one.
    case use(String, range: SourceRange)
    /// `status`: what is loaded, the current snapshot, settings.
    case status(range: SourceRange)
    /// `exit [N]`, `quit [N]` (also `.exit`, `.quit`): stop the script or session with status N
    /// (a number or a variable; nil for 0).
    case exit(status: Expr?, range: SourceRange)
    /// `instruments | where …`.
    case pipeline(Pipeline)
    /// A bare expression such as `1 + 2`; the shell prints its value.
    case expression(Expr)

    /// The whole statement's range.
    public var range: SourceRange {
        switch self {
        case .load(_, let r), .let(_, _, let r), .set(_, _, _, let r), .source(_, let r), .help(_, let r),
            .article(let r), .excerpt(_, let r), .show(_, _, let r), .status(let r),
            .use(_, let r), .exit(_, let r):
            return r
        case .pipeline(let p): return p.range
        case .expression(let e): return e.range
        }
    }
}

/// The right-hand side of `let`.
public enum LetValue: Sendable, Equatable {
    case pipeline(Pipeline)
    case expression(Expr)
}

/// The value of `set name value` as written (the parser reads it into a `Setting`).
public enum SettingValue: Sendable, Equatable {
    /// A bare word: `set format csv`.
    case word(String, range: SourceRange)
    case string(String, range: SourceRange)
    /// A number, possibly negative: `set width 100`.
    case number(Fixed, range: SourceRange)

    /// The value as written (a number as its digits) and where.
    public var written: (text: String, range: SourceRange) {
        switch self {
        case .word(let w, let r), .string(let w, let r): return (w, r)
        case .number(let n, let r): return (n.description, r)
        }
    }
}

/// How much of the article `excerpt` prints.
public enum ExcerptLength: Sendable, Equatable {
    /// `excerpt` (1) or `excerpt N`: the first N paragraphs.
    case paragraphs(Int)
    /// `excerpt N chars`: about N characters.
    case characters(Int)
}

/// The status `exit N` may end with: what a process can return.
public enum ExitStatus {
    /// The status of `value`, or nil when it is not a whole number from 0 to 255.
    public static func of(_ value: Value) -> Int32? {
        guard case .number(let n) = value else { return nil }
        let whole = n.normalized
        guard whole.scale == 0, (0...255).contains(whole.units) else { return nil }
        return Int32(whole.units)
    }

    /// `an exit status is a whole number from 0 to 255, not 256`; `written` is the value as
    /// the message shows it.
    static func message(notValid written: String) -> String {
        "an exit status is a whole number from 0 to 255, not \(written)"
    }
}
