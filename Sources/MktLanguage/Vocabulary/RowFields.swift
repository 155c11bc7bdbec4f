import MarketModel
import MktResult

/// The fields of every row type a source produces other than instruments (whose table,
/// `InstrumentField`, lives in MktResult for `mkt parse`'s JSON): declared once each, read
/// by `Sources` to make rows, by `help fields` and by tab completion.
public enum RowFields {
    /// An item of a list with its place in it, from 1: a headline, a paragraph, a quote.
    public struct Numbered<Item>: Sendable where Item: Sendable {
        public var n: Int
        public var item: Item
    }

    /// A loaded snapshot as `snapshots` lists it.
    public struct LoadedSnapshot: Sendable {
        public var n: Int
        public var snapshot: Snapshot
        public var isCurrent: Bool
        /// The file it was loaded from, as named; nil when it came from elsewhere.
        public var file: String?
    }

    /// A warning with the snapshot it belongs to.
    public struct SnapshotWarning: Sendable {
        public var snapshot: String
        public var warning: ParseWarning
    }

    /// `n`, the place in the list.
    static func place<Item>() -> Field<Numbered<Item>> {
        Field("n", summary: "place in the list, from 1") { .number(Fixed($0.n)) }
    }

    /// Headlines and paragraphs.
    public static let text: [Field<Numbered<String>>] = [
        place(),
        Field("text", summary: "the text as written") { .text($0.item) },
    ]

    /// Quotes: `n`, `text` and whether the quote was cut off.
    public static let quote: [Field<Numbered<Quote>>] = [
        place(),
        Field("text", summary: "the text as written") { .text($0.item.text) },
        Field("truncated", summary: "quotes only: true when cut off by (...)") { .bool($0.item.truncated) },
    ]

    /// The one row of `snapshot`.
    public static let snapshot: [Field<Snapshot>] = [
        Field("id", summary: "the file name without .txt") { .text($0.id) },
        Field("date", summary: "from the file name, YYYY-MM-DD, or null") { $0.date.map { .text($0.description) } ?? .null },
        Field("language", summary: "fr or en") { .text($0.language.rawValue) },
        Field("status", summary: "open, closed or unknown") { .text($0.status.rawValue) },
        Field("instruments", summary: "how many instruments were read") { .number(Fixed($0.instruments.count)) },
        Field("article", summary: "the article's title, or null") { $0.article.map { .text($0.title) } ?? .null },
        Field("headlines", summary: "how many headlines") { .number(Fixed($0.headlines.count)) },
        Field("warnings", summary: "how many lines could not be read") { .number(Fixed($0.warnings.count)) },
    ]

    /// `snapshots`: the place in load order, the fields of `snapshot`, then whether it is the
    /// current one and its file. Tables leave out the article's title (long, it would crowd
    /// out the ids) and the file; `select`, CSV and JSON have them.
    public static let snapshots: [Field<LoadedSnapshot>] =
        [Field("n", summary: "snapshots only: place in load order, from 1 (what use takes)") { .number(Fixed($0.n)) }]
        + snapshot.map { field in
            let read = field.reading { (entry: LoadedSnapshot) in entry.snapshot }
            guard field.name == "article" else { return read }
            return Field(read.name, shown: false, summary: read.summary, value: read.value)
        }
        + [
            Field("current", summary: "snapshots only: true for the one instruments reads") { .bool($0.isCurrent) },
            Field("file", shown: false, summary: "snapshots only: the file it was loaded from, as named") {
                $0.file.map(Value.text) ?? .null
            },
        ]

    /// The columns `instruments all` puts before each instrument's fields.
    public static let instrumentsAllLead: [Field<Snapshot>] = [
        Field("date", summary: "the snapshot's date, YYYY-MM-DD, or null") { $0.date.map { .text($0.description) } ?? .null },
        Field("snapshot", summary: "the snapshot's id: its file name without .txt") { .text($0.id) },
    ]

    /// `warnings`: one row per line a page could not read.
    public static let warning: [Field<SnapshotWarning>] = [
        Field("snapshot", summary: "the id of the snapshot it is in") { .text($0.snapshot) },
        Field("line", summary: "the line of the page, from 1") { .number(Fixed($0.warning.line)) },
        Field("message", summary: "what could not be read") { .text($0.warning.message) },
    ]
}
