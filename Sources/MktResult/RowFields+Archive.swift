import MarketModel

extension RowFields {
    /// A row of a source over every loaded snapshot (`headlines all`): the snapshot, then the
    /// row's own item.
    public struct FromSnapshot<Item>: Sendable where Item: Sendable {
        public var snapshot: Snapshot
        public var item: Item

        public init(snapshot: Snapshot, item: Item) {
            self.snapshot = snapshot
            self.item = item
        }
    }

    /// `fields` read from rows of every snapshot, each led by `instrumentsAllLead`.
    public static func fromEverySnapshot<Item>(_ fields: [Field<Item>]) -> [Field<FromSnapshot<Item>>] {
        instrumentsAllLead.map { $0.reading { (row: FromSnapshot<Item>) in row.snapshot } }
            + fields.map { $0.reading { (row: FromSnapshot<Item>) in row.item } }
    }

    /// `headlines all`, `paragraphs all`: `date, snapshot, n, text` (and the hidden `status`,
    /// `language`).
    public static let textsAll = fromEverySnapshot(text)

    /// `quotes all`: `date, snapshot, n, text, truncated` (and the hidden `status`, `language`).
    public static let quotesAll = fromEverySnapshot(quote)

    /// One thing `audit` found wrong in a snapshot.
    public struct Problem: Sendable {
        /// Which check found it.
        public enum Check: String, Sendable, CaseIterable {
            /// A load warning: a line the page parser could not read.
            case warning
            /// An instrument whose pct does not follow from its change and previous value.
            case pct
            /// A name the ticker lists more than once.
            case repeated
            /// A date earlier than the previous snapshot's, in load order.
            case date
        }

        public var snapshot: Snapshot
        /// The page line it is on, from 1; nil for the whole snapshot (a date).
        public var line: Int?
        public var check: Check
        /// The instrument concerned, when there is one.
        public var name: String?
        /// What is wrong, in English.
        public var problem: String

        public init(snapshot: Snapshot, line: Int?, check: Check, name: String?, problem: String) {
            self.snapshot = snapshot
            self.line = line
            self.check = check
            self.name = name
            self.problem = problem
        }
    }

    /// `audit`'s columns.
    public static let audit: [Field<Problem>] =
        instrumentsAllLead.prefix(2).map { $0.reading { (row: Problem) in row.snapshot } } + [
            Field("line", summary: "audit: the page line, from 1, or null for the whole page") {
                $0.line.map { .number(Fixed($0)) } ?? .null
            },
            Field("check", summary: "audit only: warning, pct, repeated or date") { .text($0.check.rawValue) },
            Field("name", summary: "audit: the instrument concerned, or null") { $0.name.map(Value.text) ?? .null },
            Field("problem", summary: "audit only: what is wrong, in English") { .text($0.problem) },
        ]

    /// A headline, article title or paragraph that mentions an instrument (`news NAME`).
    public struct Mention: Sendable {
        /// Where on the page the text is.
        public enum Part: String, Sendable, CaseIterable {
            case title, paragraph, headline
        }

        public var snapshot: Snapshot
        public var part: Part
        /// Its place in its list, from 1 (the `n` of `paragraphs`, `headlines`); 1 for a title.
        public var n: Int
        /// The words that matched, as the text writes them (`Wall Street`, `pétrole`).
        public var match: String
        public var text: String

        public init(snapshot: Snapshot, part: Part, n: Int, match: String, text: String) {
            self.snapshot = snapshot
            self.part = part
            self.n = n
            self.match = match
            self.text = text
        }
    }

    /// `news`'s columns: the snapshot's (as in `instruments all`), then where the text is.
    public static let news: [Field<Mention>] =
        instrumentsAllLead.map { $0.reading { (row: Mention) in row.snapshot } } + [
            Field("part", summary: "news only: title, paragraph or headline") { .text($0.part.rawValue) },
            Field("n", summary: "place in the list, from 1") { .number(Fixed($0.n)) },
            Field("match", summary: "news only: the name or alias found, as written") { .text($0.match) },
            Field("text", summary: "the text as written") { .text($0.text) },
        ]
}

extension RowFields {
    /// A search hit's own fields: where it is, what matched, and its context as printed.
    public static let searchHitItem: [Field<SearchHit>] = [
        Field("part", summary: "search only: title, paragraph, quote, see also or headline") { .text($0.source.rawValue) },
        Field("n", summary: "place in the list, from 1") { .number(Fixed($0.n)) },
        Field("match", summary: "search only: the text found, as written") { .text(String($0.match)) },
        Field("context", summary: "search only: the match with some text either side") { .text($0.context) },
    ]

    /// `search "TEXT" [all]`: `date, snapshot, part, n, match, context` (and the hidden
    /// `status`, `language`).
    public static let searchHit = fromEverySnapshot(searchHitItem)
}
