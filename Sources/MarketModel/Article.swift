/// The news article of a page.
public struct Article: Sendable, Equatable {
    public var title: String
    /// From the meta line (`·1 min de lecture`, `1 min read`), when present.
    public var readMinutes: Int?
    /// Body paragraphs; see-also and continuation lines are not paragraphs.
    public var paragraphs: [String]
    /// Titles of `>> A lire aussi - …` / `Read more: …` lines.
    public var seeAlso: [String]
    public var quotes: [Quote]
    /// The page carried the continuation marker (`(...) Cliquez ici pour voir la suite`).
    public var truncated: Bool

    public init(
        title: String, readMinutes: Int?, paragraphs: [String], seeAlso: [String], quotes: [Quote],
        truncated: Bool
    ) {
        self.title = title
        self.readMinutes = readMinutes
        self.paragraphs = paragraphs
        self.seeAlso = seeAlso
        self.quotes = quotes
        self.truncated = truncated
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
