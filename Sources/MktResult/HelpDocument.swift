/// A help page or the help overview, as structure: the language writes what it says, a
/// renderer lays it out (indentation, wrapping to the width, term columns).
public struct HelpDocument: Sendable, Equatable {
    /// A term and what it means, for a definition list.
    public struct Definition: Sendable, Equatable {
        public var term: String
        public var meaning: String

        public init(_ term: String, _ meaning: String) {
            self.term = term
            self.meaning = meaning
        }
    }

    /// One block of a page, printed as one or more lines.
    public enum Block: Sendable, Equatable {
        /// A line as written, at the margin: the title, a heading; `""` is a blank line.
        case line(String)
        /// Lines kept as written, indented (syntax, examples, code); empty lines stay empty.
        case code([String])
        /// Prose, indented and wrapped.
        case paragraph(String)
        /// A list, each item indented after `- ` and wrapped under its first word.
        case list([String])
        /// Terms in a column, meanings wrapped beside them; the column is `termWidth` wide,
        /// else as wide as the widest term up to 24. A wider term sits on its own line.
        case definitions([Definition], termWidth: Int? = nil)
        /// Prose at the margin, wrapped.
        case flow(String)
    }

    public var blocks: [Block]

    public init(_ blocks: [Block]) {
        self.blocks = blocks
    }
}
