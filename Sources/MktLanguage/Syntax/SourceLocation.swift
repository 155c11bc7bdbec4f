/// A position in source text: 1-based line and column (columns count Characters, as a user sees
/// them), plus the UTF-8 offset for slicing the text back out.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Bytes from the start of the text, in UTF-8.
    public var offset: Int
    /// 1-based line number.
    public var line: Int
    /// 1-based column, in Characters (grapheme clusters), so `é` counts as one.
    public var column: Int

    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// The start of any text.
    public static let start = SourceLocation(offset: 0, line: 1, column: 1)

    /// `line:column`, as diagnostics print it.
    public var description: String { "\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool { a.offset < b.offset }
}
