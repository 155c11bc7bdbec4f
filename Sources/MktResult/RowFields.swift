import MarketModel

/// The fields of every row type a source produces other than instruments (whose table,
/// `InstrumentField`, is beside this one): declared once each, read by the language's
/// `Sources` to make rows, by `help fields`, by tab completion, and for their keys by
/// `mkt parse`'s JSON (`SnapshotJSON`), which is why they live in MktResult.
public enum RowFields {
    /// An item of a list with its place in it, from 1: a headline, a paragraph, a quote.
    public struct Numbered<Item>: Sendable where Item: Sendable {
        public var n: Int
        public var item: Item

        public init(n: Int, item: Item) {
            self.n = n
            self.item = item
        }
    }

    /// A loaded snapshot as `snapshots` lists it.
    public struct LoadedSnapshot: Sendable {
        public var n: Int
        public var snapshot: Snapshot
        public var isCurrent: Bool
        /// The file it was loaded from, as named; nil when it came from elsewhere.
        public var file: String?

        public init(n: Int, snapshot: Snapshot, isCurrent: Bool, file: String?) {
            self.n = n
            self.snapshot = snapshot
            self.isCurrent = isCurrent
            self.file = file
        }
    }

    /// A warning with the snapshot it belongs to.
    public struct SnapshotWarning: Sendable {
        public var snapshot: String
        public var warning: ParseWarning

        public init(snapshot: String, warning: ParseWarning) {
            self.snapshot = snapshot
            self.warning = warning
        }
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

    /// Quotes: `n`, then a quote's own fields.
    public static let quote: [Field<Numbered<Quote>>] =
        [place()] + quoteItem.map { $0.reading { (row: Numbered<Quote>) in row.item } }

    /// A quote's own fields: its text and whether it was cut off (also `mkt parse`'s keys).
    public static let quoteItem: [Field<Quote>] = [
        Field("text", summary: "the text as written") { .text($0.text) },
        Field("truncated", summary: "quotes only: true when cut off by (...)") { .bool($0.truncated) },
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

    /// The columns `instruments all` (and every other source over all snapshots) puts before
    /// each row's own fields: the snapshot's date and id, then its status and language, which
    /// tables leave out (`where status == "closed"` reads them; `select`, CSV and JSON have them).
    public static let instrumentsAllLead: [Field<Snapshot>] = [
        Field("date", summary: "the snapshot's date, YYYY-MM-DD, or null") { $0.date.map { .text($0.description) } ?? .null },
        Field("snapshot", summary: "the snapshot's id: its file name without .txt") { .text($0.id) },
        Field("status", shown: false, summary: "the snapshot's status: open, closed or unknown") { .text($0.status.rawValue) },
        Field("language", shown: false, summary: "the snapshot's language: fr or en") { .text($0.language.rawValue) },
    ]

    /// `warnings`: one row per line a page could not read: its snapshot, then the warning's fields.
    public static let warning: [Field<SnapshotWarning>] =
        [Field("snapshot", summary: "the id of the snapshot it is in") { .text($0.snapshot) }]
        + warningItem.map { $0.reading { (row: SnapshotWarning) in row.warning } }

    /// A warning's own fields (also `mkt parse`'s keys).
    public static let warningItem: [Field<ParseWarning>] = [
        Field("line", summary: "the line of the page, from 1") { .number(Fixed($0.line)) },
        Field("message", summary: "what could not be read") { .text($0.message) },
    ]
}
