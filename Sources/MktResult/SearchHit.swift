/// One occurrence of searched text (`search "TEXT"`), in its context.
public struct SearchHit: Sendable, Equatable {
    /// Which part of the page the hit is in; lists are named as their pipeline source
    /// (`paragraphs` → `paragraph`).
    public enum Source: String, Sendable, CaseIterable {
        case title, paragraph, quote, seeAlso = "see also", headline
    }

    /// Where the hit is: a paragraph, a quote or a headline.
    public var source: Source
    /// 1-based index in its list (the `n` of the `paragraphs`, `quotes`, `headlines` sources);
    /// 1 for the title.
    public var n: Int
    /// The matched text as written, with some context either side, cut at word boundaries and
    /// marked `…` where cut.
    public var context: String
    /// Where the match is in `context`: a renderer highlights it.
    public var matchRange: Range<String.Index>
    /// The id of the snapshot it is in, when the search looked in several (`search "TEXT" all`).
    public var snapshot: String?
    /// That snapshot's date, `YYYY-MM-DD`, when it has one.
    public var date: String?

    public init(
        source: Source, n: Int, context: String, matchRange: Range<String.Index>, snapshot: String? = nil,
        date: String? = nil
    ) {
        self.source = source
        self.n = n
        self.context = context
        self.matchRange = matchRange
        self.snapshot = snapshot
        self.date = date
    }

    /// The matched text as written (`Pétrole` for `petrole`).
    public var match: Substring { context[matchRange] }
}
