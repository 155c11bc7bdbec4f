/// The news article of a page.
///
/// Stored compactly, since an archive holds 100 000 of them: the title, paragraphs and see-also
/// titles end to end in one buffer, and each quotation as a range of its paragraph there (not a
/// copy). The properties read and write that storage.
public struct Article: Sendable {
    /// Segments: the title, the paragraphs, the see-also titles, then (only when quotes were set
    /// from outside) quote texts; after the segments' ends, two numbers per quotation: its
    /// start, and its end with the top bit set when it was cut off.
    private var text: PackedText
    private var paragraphCount: Int32
    private var seeAlsoCount: Int32
    private var quoteCount: Int32
    /// From the meta line (`·1 min de lecture`, `1 min read`), when present.
    public var readMinutes: Int?
    /// The page carried the continuation marker (`(...) Cliquez ici pour voir la suite`).
    public var truncated: Bool

    public init(
        title: String, readMinutes: Int?, paragraphs: [String], seeAlso: [String], quotes: [Quote],
        truncated: Bool
    ) {
        // Quote texts are kept as segments of their own after the see-also titles.
        var offset = ([title] + paragraphs + seeAlso).reduce(0) { $0 + $1.utf8.count }
        var spans: [UInt32] = []
        spans.reserveCapacity(quotes.count * 2)
        for quote in quotes {
            let end = offset + quote.text.utf8.count
            spans.append(UInt32(truncatingIfNeeded: offset))
            spans.append(Self.quoteEnd(end, truncated: quote.truncated))
            offset = end
        }
        self.init(
            text: PackedText([title] + paragraphs + seeAlso + quotes.map(\.text), extra: spans),
            paragraphs: paragraphs.count, seeAlso: seeAlso.count, quotes: quotes.count, readMinutes: readMinutes,
            truncated: truncated)
    }

    /// From the parser's packed text: segments title, paragraphs, see-also; then quote spans.
    init(text: PackedText, paragraphs: Int, seeAlso: Int, quotes: Int, readMinutes: Int?, truncated: Bool) {
        self.text = text
        paragraphCount = Int32(truncatingIfNeeded: paragraphs)
        seeAlsoCount = Int32(truncatingIfNeeded: seeAlso)
        quoteCount = Int32(truncatingIfNeeded: quotes)
        self.readMinutes = readMinutes
        self.truncated = truncated
    }

    static func quoteEnd(_ end: Int, truncated: Bool) -> UInt32 {
        UInt32(truncatingIfNeeded: end) | (truncated ? 0x8000_0000 : 0)
    }

    public var title: String {
        get { text.segment(0) }
        set { rebuild(title: newValue) }
    }

    /// Body paragraphs; see-also and continuation lines are not paragraphs.
    public var paragraphs: [String] {
        get { text.segments(1..<(1 + Int(paragraphCount))) }
        set { rebuild(paragraphs: newValue) }
    }

    /// Titles of `>> A lire aussi - …` / `Read more: …` lines.
    public var seeAlso: [String] {
        get {
            let first = 1 + Int(paragraphCount)
            return text.segments(first..<(first + Int(seeAlsoCount)))
        }
        set { rebuild(seeAlso: newValue) }
    }

    /// Quotations found in the paragraphs.
    public var quotes: [Quote] {
        get {
            let spans = text.ends.count - 2 * Int(quoteCount)
            return (0..<Int(quoteCount)).map { k in
                let start = Int(text.ends[spans + 2 * k])
                let end = text.ends[spans + 2 * k + 1]
                return Quote(
                    text: text.string(start, Int(end & 0x7FFF_FFFF)), truncated: end & 0x8000_0000 != 0)
            }
        }
        set { rebuild(quotes: newValue) }
    }

    private mutating func rebuild(
        title: String? = nil, paragraphs: [String]? = nil, seeAlso: [String]? = nil, quotes: [Quote]? = nil
    ) {
        self = Article(
            title: title ?? self.title, readMinutes: readMinutes, paragraphs: paragraphs ?? self.paragraphs,
            seeAlso: seeAlso ?? self.seeAlso, quotes: quotes ?? self.quotes, truncated: truncated)
    }
}

extension Article: Equatable {
    public static func == (a: Article, b: Article) -> Bool {
        guard a.readMinutes == b.readMinutes, a.truncated == b.truncated,
            a.paragraphCount == b.paragraphCount, a.seeAlsoCount == b.seeAlsoCount, a.quoteCount == b.quoteCount
        else { return false }
        if a.text == b.text { return true }
        return a.title == b.title && a.paragraphs == b.paragraphs && a.seeAlso == b.seeAlso && a.quotes == b.quotes
    }
}

/// A quotation found in the article's paragraphs.
public struct Quote: Sendable, Equatable {
    public var text: String
    /// The quotation was cut off by `(...)` before its closing mark.
    public var truncated: Bool

    public init(text: String, truncated: Bool) {
        self.text = text
        self.truncated = truncated
    }
}
