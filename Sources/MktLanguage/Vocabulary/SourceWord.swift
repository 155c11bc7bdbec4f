import MarketModel
import MktResult

/// A pipeline source, declared once: its words, what it gives and its columns, from the field
/// tables. The parser, `Sources` (which makes the rows), `help` and tab completion read it.
public struct SourceWord: Sendable {
    /// As written: `instruments`, `instruments all`.
    public let name: String
    /// What it gives, in a few words.
    public let summary: String
    /// Its columns, in order.
    public let columns: [ResultTable.Column]
    /// Indexes of the columns a table shows when nothing was selected; nil for all of them.
    public let visible: [Int]?

    init<Row>(_ name: String, summary: String, fields: [Field<Row>]) {
        self.name = name
        self.summary = summary
        columns = fields.map(\.column)
        let shown = fields.indices.filter { fields[$0].isShownByDefault }
        visible = shown.count == fields.count ? nil : shown
    }

    /// The column names, in order.
    public var columnNames: [String] { columns.map(\.name) }

    /// The first word: what starts a pipeline.
    public var word: String { String(name.prefix { $0 != " " }) }

    /// Every source, in the order `help` lists them.
    public static let all: [SourceWord] = [
        SourceWord("instruments", summary: "the current snapshot's instruments", fields: InstrumentField.all),
        SourceWord(
            "instruments all", summary: "the instruments of every loaded snapshot",
            fields: RowFields.instrumentsAllLead.map { $0.reading { (row: (Snapshot, Instrument)) in row.0 } }
                + InstrumentField.all.map { $0.reading { (row: (Snapshot, Instrument)) in row.1 } }),
        SourceWord("headlines", summary: "the page's headlines", fields: RowFields.text),
        SourceWord("paragraphs", summary: "the article's paragraphs", fields: RowFields.text),
        SourceWord("quotes", summary: "the article's quotations", fields: RowFields.quote),
        SourceWord("snapshot", summary: "the current snapshot as one row", fields: RowFields.snapshot),
        SourceWord("snapshots", summary: "every loaded snapshot, one row each", fields: RowFields.snapshots),
        SourceWord("warnings", summary: "what the loaded pages could not read", fields: RowFields.warning),
    ]

    /// The source written `name` (`instruments all`), ignoring case.
    public static func named(_ name: String) -> SourceWord? {
        let key = name.lowercased()
        return all.first { $0.name == key }
    }
}
