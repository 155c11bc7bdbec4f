import MarketModel

/// What a statement prints, as typed values: the language says what to show, a renderer
/// decides how it looks (widths, wrapping, colour, escapes) and writes it.
public enum Output: Sendable, Equatable {
    /// Rows, in `format`.
    case table(ResultTable, format: OutputFormat)
    /// A single value, printed bare (`instruments | count` prints `15`).
    case value(Value, format: OutputFormat)
    /// The article, whole or cut short (`article`, `excerpt`).
    case article(Prose)
    /// One instrument's card (`show NAME`).
    case card(Card)
    /// What is loaded and the settings (`status`), a line each.
    case status([String])
    /// A help page or the overview.
    case help(HelpDocument)
    /// Search hits, printed with the matches highlighted.
    case searchHits([SearchHit])
    /// The whole snapshot model, as `mkt parse` prints it (`snapshot | to json`).
    case snapshotModel(Snapshot)
}

/// Readable text in blocks: an article or an excerpt. Blocks are separated by a blank line;
/// each line of a block is a paragraph of its own, wrapped to the width when there is one.
public struct Prose: Sendable, Equatable {
    public var blocks: [[String]]

    public init(blocks: [[String]]) {
        self.blocks = blocks
    }
}

/// A card: labelled values, printed with the labels in one column.
public struct Card: Sendable, Equatable {
    public struct Field: Sendable, Equatable {
        public var label: String
        public var text: String

        public init(_ label: String, _ text: String) {
            self.label = label
            self.text = text
        }
    }

    public var fields: [Field]

    public init(fields: [Field]) {
        self.fields = fields
    }
}
