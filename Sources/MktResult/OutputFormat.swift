/// The ways a result can be printed or saved: `to FORMAT`, `set format`, a `save` file's extension.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for a terminal.
    case table
    /// RFC 4180 comma-separated values, LF line endings.
    case csv
    /// An array of objects, one row per line.
    case json
    /// A GitHub-flavoured Markdown table.
    case markdown

    /// The format a file name's extension asks for: `txt`, `csv`, `json`, `md` or `markdown`,
    /// in any case, with or without the leading dot.
    public init?(fileExtension: String) {
        var ext = Substring(fileExtension.lowercased())
        if ext.hasPrefix(".") { ext = ext.dropFirst() }
        switch ext {
        case "txt": self = .table
        case "csv": self = .csv
        case "json": self = .json
        case "md", "markdown": self = .markdown
        default: return nil
        }
    }
}
