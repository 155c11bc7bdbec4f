import MarketModel

/// The one-line JSON object `mkt parse` prints for a snapshot.
///
/// Field names and order are a published format (scripts pipe it into `jq`), so they are spelled
/// out here rather than derived from the model's property names.
public enum SnapshotJSON {
    /// `snapshot` as one line of JSON, without a trailing newline.
    public static func encode(_ snapshot: Snapshot) -> String {
        var fields: [(String, String)] = [
            ("id", JSONText.string(snapshot.id)),
            ("date", snapshot.date.map { JSONText.string($0.description) } ?? "null"),
            ("language", JSONText.string(snapshot.language.rawValue)),
            ("status", JSONText.string(snapshot.status.rawValue)),
            ("instruments", array(snapshot.instruments.map(instrument))),
        ]
        fields.append(("article", snapshot.article.map(article) ?? "null"))
        fields.append(("headlines", array(snapshot.headlines.map(JSONText.string))))
        fields.append(("warnings", array(snapshot.warnings.map(warning))))
        return object(fields)
    }

    static func instrument(_ i: Instrument) -> String {
        object([
            ("position", String(i.position)),
            ("name", JSONText.string(i.name)),
            ("value", JSONText.number(i.value)),
            ("change", JSONText.number(i.change)),
            ("pct", JSONText.number(i.pct)),
            ("prev", i.prev.map(JSONText.number) ?? "null"),
            ("kind", JSONText.string(i.kind.rawValue)),
            ("region", JSONText.string(i.region.rawValue)),
            ("consistent", i.consistent ? "true" : "false"),
        ])
    }

    static func article(_ a: Article) -> String {
        object([
            ("title", JSONText.string(a.title)),
            ("read_minutes", a.readMinutes.map { String($0) } ?? "null"),
            ("paragraphs", array(a.paragraphs.map(JSONText.string))),
            ("see_also", array(a.seeAlso.map(JSONText.string))),
            ("quotes", array(a.quotes.map(quote))),
            ("truncated", a.truncated ? "true" : "false"),
        ])
    }

    static func quote(_ q: Quote) -> String {
        object([
            ("text", JSONText.string(q.text)),
            ("truncated", q.truncated ? "true" : "false"),
        ])
    }

    static func warning(_ w: ParseWarning) -> String {
        object([
            ("line", String(w.line)),
            ("message", JSONText.string(w.message)),
        ])
    }

    /// Values are already JSON text; keys are fixed ASCII names, escaped anyway for safety.
    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { JSONText.string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    static func array(_ items: [String]) -> String {
        "[" + items.joined(separator: ",") + "]"
    }
}
