import MarketModel
import MktResult

/// A pipeline source, declared once: its words, what it gives and its columns, from the field
/// tables. The parser, `Sources` (which makes the rows), `help` and tab completion read it.
public struct SourceWord: Sendable {
    /// Which source it is: the parser puts it in the syntax tree, the evaluator switches on it.
    public enum Kind: Int, Sendable, Equatable, CaseIterable {
        case instruments, instrumentsAll, headlines, headlinesAll, paragraphs, paragraphsAll, quotes, quotesAll
        case snapshot, snapshots, warnings
        case movers, board, diff, history, news, search, audit

        /// Its entry in `SourceWord.all`.
        public var entry: SourceWord { SourceWord.all[rawValue] }
    }

    /// What a source may be given after its words, for the parser to read.
    public enum Arguments: Sendable, Equatable {
        /// Nothing: `instruments`.
        case none
        /// An optional count: `movers [N]`.
        case count
        /// Two snapshots, or none: `diff [A B]`.
        case snapshotPair
        /// An instrument's name, then (when `period`) `from DATE`, `to DATE`, `last N` in any
        /// order: `history NAME [from DATE] [to DATE] [last N]`.
        case instrument(period: Bool)
        /// Quoted text, then `all` or nothing: `search "TEXT" [all]`.
        case text
    }

    public let kind: Kind
    /// As written: `instruments`, `instruments all`.
    public let name: String
    /// What it may be given after its words.
    public let arguments: Arguments
    /// How it is written, as `help` lists it: `movers [N]`; its name when it takes nothing.
    public let usage: String
    /// What it gives, in a few words, as `help` lists it.
    public let summary: String
    /// Its columns, in order.
    public let columns: [ResultTable.Column]
    /// Indexes of the columns a table shows when nothing was selected; nil for all of them.
    public let visible: [Int]?

    init<Row>(
        _ kind: Kind, _ name: String, _ arguments: Arguments = .none, usage: String? = nil, summary: String,
        fields: [Field<Row>]
    ) {
        self.kind = kind
        self.name = name
        self.arguments = arguments
        self.usage = usage ?? name
        self.summary = summary
        columns = fields.map(\.column)
        let shown = fields.indices.filter { fields[$0].isShownByDefault }
        visible = shown.count == fields.count ? nil : shown
    }

    /// The column names, in order.
    public var columnNames: [String] { columns.map(\.name) }

    /// The first word: what starts a pipeline.
    public var word: String { String(name.prefix { $0 != " " }) }

    /// Every source, in the order `help` lists them (the order of `Kind`).
    public static let all: [SourceWord] = Kind.allCases.map(make)

    private static func make(_ kind: Kind) -> SourceWord {
        switch kind {
        case .instruments:
            return SourceWord(kind, "instruments", summary: "the current snapshot's instruments", fields: InstrumentField.all)
        case .instrumentsAll:
            return SourceWord(
                kind, "instruments all", summary: "the instruments of every loaded snapshot",
                fields: RowFields.instrumentsAllLead.map { $0.reading { (row: (Snapshot, Instrument)) in row.0 } }
                    + InstrumentField.all.map { $0.reading { (row: (Snapshot, Instrument)) in row.1 } })
        case .headlines:
            return SourceWord(kind, "headlines", summary: "the page's headlines: n, text", fields: RowFields.text)
        case .paragraphs:
            return SourceWord(kind, "paragraphs", summary: "the article's paragraphs: n, text", fields: RowFields.text)
        case .quotes:
            return SourceWord(kind, "quotes", summary: "the article's quotations: n, text, truncated", fields: RowFields.quote)
        case .snapshot:
            return SourceWord(kind, "snapshot", summary: "the current snapshot as one row", fields: RowFields.snapshot)
        case .snapshots:
            return SourceWord(kind, "snapshots", summary: "every loaded snapshot, one row each", fields: RowFields.snapshots)
        case .warnings:
            return SourceWord(kind, "warnings", summary: "what the loaded pages could not read", fields: RowFields.warning)
        case .movers:
            return SourceWord(
                kind, "movers", .count, usage: "movers [N]", summary: "the N largest rises, then falls (default 5)",
                fields: RowFields.movers)
        case .diff:
            return SourceWord(
                kind, "diff", .snapshotPair, usage: "diff [A B]", summary: "two snapshots compared, instrument by instrument",
                fields: RowFields.diff)
        case .history:
            return SourceWord(
                kind, "history", .instrument(period: true), usage: "history NAME [PERIOD]",
                summary: "one instrument in every loaded snapshot, by date", fields: RowFields.history)
        case .board:
            return SourceWord(
                kind, "board", summary: "the current snapshot in sections, with breadth", fields: RowFields.board)
        case .headlinesAll, .paragraphsAll, .quotesAll, .audit, .news:
            return archive(kind)
        case .search:
            return SourceWord(
                kind, "search", .text, usage: "search \"TEXT\" [all]",
                summary: "where TEXT occurs, in context", fields: RowFields.searchHit)
        }
    }

    /// The words of a period, after `history NAME`: `from DATE`, `to DATE`, `last N`.
    public static let periodWords: Set<String> = ["from", "to", "last"]

    /// The source written `name` (`instruments all`), ignoring case.
    public static func named(_ name: some StringProtocol) -> SourceWord? {
        let key = WordKey.of(name)
        return all.first { $0.name == key }
    }
}
