/// A file argument of `load`, `source` or `save`, as written.
public struct PathArgument: Sendable, Equatable {
    /// The path, escapes decoded when it was quoted.
    public var text: String
    /// Whether it was a quoted string. A bare word may be a glob pattern (`examples/*.txt`);
    /// the shell expands it. A quoted path is taken literally.
    public var isQuoted: Bool
    public var range: SourceRange
    /// Whether the path is a variable's value (`source $1`) rather than written in the
    /// statement: a script argument names a file from where mkt runs, not from the script.
    public var isVariable: Bool

    public init(_ text: String, isQuoted: Bool, range: SourceRange, isVariable: Bool = false) {
        self.text = text
        self.isQuoted = isQuoted
        self.range = range
        self.isVariable = isVariable
    }
}
