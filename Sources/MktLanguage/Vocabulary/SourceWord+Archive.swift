import MktResult

extension SourceWord {
    /// The sources over every loaded snapshot: the text sources' `all` forms, `audit`, `news`.
    static func archive(_ kind: Kind) -> SourceWord {
        switch kind {
        case .headlinesAll:
            return SourceWord(
                kind, "headlines all", summary: "the headlines of every loaded snapshot", fields: RowFields.textsAll)
        case .paragraphsAll:
            return SourceWord(
                kind, "paragraphs all", summary: "the article paragraphs of every loaded snapshot", fields: RowFields.textsAll)
        case .quotesAll:
            return SourceWord(kind, "quotes all", summary: "the quotations of every loaded snapshot", fields: RowFields.quotesAll)
        case .audit:
            return SourceWord(
                kind, "audit", summary: "what looks wrong in the loaded snapshots", fields: RowFields.audit)
        default:  // `.news`: the other kinds are declared in `make`
            return SourceWord(
                kind, "news", .instrument(period: false), usage: "news NAME",
                summary: "every text that mentions an instrument", fields: RowFields.news)
        }
    }
}
