/// A file argument of `load`, `source` or `save`, as written.
public struct PathArgument: Sendable, Equatable {
    /// The path, escapes decoded when it was quoted.
    public var text: String
    /// Whether it was a quoted string. A bare word may be a glob pattern (`examples/*.txt`);
    /// the shell expands it. A quoted path is taken literally.
    public var isQuoted: Bool
    public var range: SourceRange

    public init(_ text: String, isQuoted: Bool, range: SourceRange) {
        self.text = text
        self.isQuoted = isQuoted
        self.range = range
    }
}
