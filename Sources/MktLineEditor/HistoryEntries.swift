/// The pure rules of the history file: how entries are written as lines, and how a session's
/// new entries are merged into what is on disk.
///
/// Format: a header line, then one entry per line. A statement typed over several lines is one
/// entry, so newlines inside it are escaped: `\n` for a newline, `\r` for a carriage return and
/// `\\` for a backslash. Any other backslash sequence is kept as written, so a file edited by
/// hand never fails to load.
public enum HistoryEntries {
    /// The first line of every history file mkt writes.
    public static let header = "# mkt history v1"

    /// The number of entries kept when no other cap is given.
    public static let defaultCapacity = 2000

    /// One entry as one line (no newline in the result).
    public static func encode(_ entry: String) -> String {
        var out = ""
        out.reserveCapacity(entry.utf8.count)
        for scalar in entry.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The entry a line stands for (the inverse of `encode`).
    public static func decode(_ line: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        var escaping = false
        for scalar in line.unicodeScalars {
            if escaping {
                escaping = false
                switch scalar {
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "\\": out.append("\\")
                default:
                    out.append("\\")
                    out.append(scalar)
                }
            } else if scalar == "\\" {
                escaping = true
            } else {
                out.append(scalar)
            }
        }
        if escaping { out.append("\\") }
        return String(out)
    }

    /// The whole file's text for `entries`, header first, each line ending in a newline.
    public static func serialize(_ entries: [String]) -> String {
        var text = header + "\n"
        for entry in entries {
            text += encode(entry)
            text += "\n"
        }
        return text
    }

    /// The entries in a file's text. Blank lines are skipped and the header is optional, so a
    /// file truncated or written by another tool still loads what it can.
    public static func parse(_ text: String) -> [String] {
        var entries: [String] = []
        var first = true
        // Split on scalars: as Characters, "\r\n" is one grapheme and would not split on "\n".
        for rawLine in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            // A file edited on Windows ends lines with CRLF; an escaped CR is written as `\r`.
            let scalars = rawLine.last == "\r" ? rawLine.dropLast() : rawLine[...]
            let line = String(String.UnicodeScalarView(scalars))
            defer { first = false }
            if first && line == header { continue }
            let entry = decode(line)
            if !isBlank(entry) { entries.append(entry) }
        }
        return entries
    }

    /// Whether an entry is not worth keeping: empty or only white space.
    public static func isBlank(_ entry: String) -> Bool {
        entry.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }

    /// `existing` followed by `new`, without blank entries or consecutive duplicates, keeping
    /// the most recent `capacity` entries.
    ///
    /// This is the whole of the merge between sessions: each session re-reads the file under a
    /// lock and appends only its own entries since its last save, so two sessions interleave in
    /// the order they saved and neither loses the other's entries.
    public static func merge(existing: [String], appending new: [String], capacity: Int) -> [String] {
        var result: [String] = []
        result.reserveCapacity(existing.count + new.count)
        for entry in existing where !isBlank(entry) && result.last != entry {
            result.append(entry)
        }
        for entry in new where !isBlank(entry) && result.last != entry {
            result.append(entry)
        }
        let keep = max(0, capacity)
        if result.count > keep {
            result.removeFirst(result.count - keep)
        }
        return result
    }
}
