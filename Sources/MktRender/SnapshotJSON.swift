import MarketModel
import MktResult

/// The one-line JSON object `mkt parse` prints for a snapshot.
///
/// Field names and order are a published format (scripts pipe it into `jq`): an instrument's
/// come from `InstrumentField`, the table the language's fields are read from; the others are
/// spelled out here rather than derived from the model's property names. The object is written into
/// one growing string: `mkt parse` of an archive encodes hundreds of thousands of them.
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
        out += "{\"id\":"
        JSONText.appendString(snapshot.id, to: &out)
        out += ",\"date\":"
        if let date = snapshot.date { JSONText.appendString(date.description, to: &out) } else { out += "null" }
        out += ",\"language\":"
        JSONText.appendString(snapshot.language.rawValue, to: &out)
        out += ",\"status\":"
        JSONText.appendString(snapshot.status.rawValue, to: &out)
        out += ",\"instruments\":"
        array(snapshot.instruments, to: &out, instrument)
        out += ",\"article\":"
        if let article = snapshot.article { self.article(article, to: &out) } else { out += "null" }
        out += ",\"headlines\":"
        array(snapshot.headlines, to: &out, JSONText.appendString)
        out += ",\"warnings\":"
        array(snapshot.warnings, to: &out, warning)
        out += "}"
    }

    /// An instrument's fields under the keys `InstrumentField` declares, in its order.
    static func instrument(_ i: Instrument, to out: inout String) {
        for (n, field) in InstrumentField.all.enumerated() {
            out += n == 0 ? "{" : ","
            out += instrumentKeys[n]
            JSONText.appendLiteral(field.value(i), to: &out)
        }
        out += "}"
    }

    /// `"position":`…, quoted once rather than per instrument.
    private static let instrumentKeys: [String] = InstrumentField.all.map { JSONText.string($0.jsonKey) + ":" }

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
        out += "{\"text\":"
        JSONText.appendString(q.text, to: &out)
        out += q.truncated ? ",\"truncated\":true}" : ",\"truncated\":false}"
    }

    static func warning(_ w: ParseWarning, to out: inout String) {
        out += "{\"line\":"
        out += String(w.line)
        out += ",\"message\":"
        JSONText.appendString(w.message, to: &out)
        out += "}"
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
