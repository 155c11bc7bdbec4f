/// A name as written, with its range: a variable, a setting, a function, a column alias.
public struct Identifier: Sendable, Equatable {
    public var name: String
    public var range: SourceRange

    public init(_ name: String, range: SourceRange) {
        self.name = name
        self.range = range
    }
}
