import MarketModel

/// The one-line JSON object `mkt parse` prints for a snapshot.
///
/// Field names and order are a published format (scripts pipe it into `jq`), so they are spelled
/// out here rather than derived from the model's property names. The object is written into
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

    static func instrument(_ i: Instrument, to out: inout String) {
        out += "{\"position\":"
        out += String(i.position)
        out += ",\"name\":"
        JSONText.appendString(i.name, to: &out)
        out += ",\"value\":"
        i.value.write(to: &out)
        out += ",\"change\":"
        i.change.write(to: &out)
        out += ",\"pct\":"
        i.pct.write(to: &out)
        out += ",\"prev\":"
        if let prev = i.prev { prev.write(to: &out) } else { out += "null" }
        out += ",\"kind\":"
        JSONText.appendString(i.kind.rawValue, to: &out)
        out += ",\"region\":"
        JSONText.appendString(i.region.rawValue, to: &out)
        out += i.consistent ? ",\"consistent\":true}" : ",\"consistent\":false}"
    }

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
