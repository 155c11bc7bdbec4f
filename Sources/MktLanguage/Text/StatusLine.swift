import MarketModel

/// `status`: the current snapshot in one line.
public enum StatusLine {
    /// Article titles longer than this are cut at a word in the status line.
    public static let titleBudget = 40

    /// For example `2021-04-09 (2021-04-09_3921acb7a18bc451): market closed, 15 instruments
    /// (15 consistent), article 'Tesla : Elon Musk rassure la Chine …' (3 paragraphs,
    /// truncated), 5 headlines, 0 warnings`.
    public static func text(_ snapshot: Snapshot) -> String {
        let market: String
        switch snapshot.status {
        case .open: market = "market open"
        case .closed: market = "market closed"
        case .unknown: market = "market status unknown"
        }
        let consistent = snapshot.instruments.count(where: \.consistent)
        var parts = [
            market,
            "\(counted(snapshot.instruments.count, "instrument")) (\(consistent) consistent)",
        ]
        if let article = snapshot.article {
            let title = TextCut.prefix(article.title, budget: titleBudget)
            var detail = counted(article.paragraphs.count, "paragraph")
            if article.truncated { detail += ", truncated" }
            parts.append("article '\(title)' (\(detail))")
        } else {
            parts.append("no article")
        }
        parts.append(counted(snapshot.headlines.count, "headline"))
        parts.append(counted(snapshot.warnings.count, "warning"))
        return label(snapshot) + ": " + parts.joined(separator: ", ")
    }

    /// The snapshot's date and id, `2021-04-09 (2021-04-09_3921acb7a18bc451)`, or the id alone
    /// when the file name holds no date.
    public static func label(_ snapshot: Snapshot) -> String {
        guard let date = snapshot.date else { return snapshot.id }
        return "\(date) (\(snapshot.id))"
    }

    /// `1 headline`, `5 headlines`.
    static func counted(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
