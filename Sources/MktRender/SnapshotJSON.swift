import MarketModel
import MktResult

/// The one-line JSON object `mkt parse` prints for a snapshot.
///
/// Field names and order are a published format (scripts pipe it into `jq`). They come from
/// the tables the language's fields are read from: an instrument's and a quote's and a
/// warning's keys and values from `InstrumentField`, `RowFields.quoteItem` and
/// `RowFields.warningItem`; the snapshot's keys from `RowFields.snapshot` (its values here are
/// the whole lists where the table has counts). The article's keys have no table: they are
/// spelled out here. The object is written into one growing string: `mkt parse` of an archive
/// encodes hundreds of thousands of them.
public enum SnapshotJSON {
    /// `snapshot` as one line of JSON, without a trailing newline.
    public static func encode(_ snapshot: Snapshot) -> String {
        var out = ""
        out.reserveCapacity(4096)
        write(snapshot, to: &out)
        return out
    }

    /// Appends `snapshot` as one line of JSON, without a trailing newline, to `out`.
    public static func write(_ snapshot: Snapshot, to out: inout String) {
        for (n, (key, value)) in zip(snapshotKeys, snapshotValues).enumerated() {
            out += n == 0 ? "{" : ","
            out += key
            value(snapshot, &out)
        }
        out += "}"
    }

    /// `"id":`…: the keys of `RowFields.snapshot`, in its order, quoted once.
    private static let snapshotKeys: [String] = keys(RowFields.snapshot)

    /// The value under each of `snapshotKeys`, in the same order (`id`, `date`, `language`,
    /// `status`, `instruments`, `article`, `headlines`, `warnings`): the table's own values
    /// for the scalars, the whole lists for the rest.
    private static let snapshotValues: [@Sendable (Snapshot, inout String) -> Void] = [
        { s, out in JSONText.appendString(s.id, to: &out) },
        { s, out in if let date = s.date { JSONText.appendString(date.description, to: &out) } else { out += "null" } },
        { s, out in JSONText.appendString(s.language.rawValue, to: &out) },
        { s, out in JSONText.appendString(s.status.rawValue, to: &out) },
        { s, out in array(s.instruments, to: &out, instrument) },
        { s, out in if let a = s.article { article(a, to: &out) } else { out += "null" } },
        { s, out in array(s.headlines, to: &out, JSONText.appendString) },
        { s, out in array(s.warnings, to: &out, warning) },
    ]

    /// The JSON keys of a table's fields, each quoted and followed by `:`.
    private static func keys<Row>(_ fields: [Field<Row>]) -> [String] {
        fields.map { JSONText.string($0.jsonKey) + ":" }
    }

    /// One object with `fields`' keys and values for `row`.
    private static func object<Row>(_ row: Row, _ fields: [Field<Row>], keys: [String], to out: inout String) {
        for (n, field) in fields.enumerated() {
            out += n == 0 ? "{" : ","
            out += keys[n]
            JSONText.appendLiteral(field.value(row), to: &out)
        }
        out += "}"
    }

    /// An instrument's fields under the keys `InstrumentField` declares, in its order.
    static func instrument(_ i: Instrument, to out: inout String) {
        object(i, InstrumentField.all, keys: instrumentKeys, to: &out)
    }

    /// `"position":`…, quoted once rather than per instrument.
    private static let instrumentKeys: [String] = keys(InstrumentField.all)
    private static let quoteKeys: [String] = keys(RowFields.quoteItem)
    private static let warningKeys: [String] = keys(RowFields.warningItem)

    static func article(_ a: Article, to out: inout String) {
        out += "{\"title\":"
        JSONText.appendString(a.title, to: &out)
        out += ",\"read_minutes\":"
        out += a.readMinutes.map { String($0) } ?? "null"
        out += ",\"paragraphs\":"
        array(a.paragraphs, to: &out, JSONText.appendString)
        out += ",\"see_also\":"
        array(a.seeAlso, to: &out, JSONText.appendString)
        out += ",\"quotes\":"
        array(a.quotes, to: &out, quote)
        out += a.truncated ? ",\"truncated\":true}" : ",\"truncated\":false}"
    }

    static func quote(_ q: Quote, to out: inout String) {
        object(q, RowFields.quoteItem, keys: quoteKeys, to: &out)
    }

    static func warning(_ w: ParseWarning, to out: inout String) {
        object(w, RowFields.warningItem, keys: warningKeys, to: &out)
    }

    static func array<T>(_ items: [T], to out: inout String, _ element: (T, inout String) -> Void) {
        out += "["
        for (n, item) in items.enumerated() {
            if n > 0 { out += "," }
            element(item, &out)
        }
        out += "]"
    }
}
