import MarketModel

/// The one entry point for printing results: a table or a single value, in any ``OutputFormat``.
///
/// Rendering is pure: it returns text and never writes it, so the shell decides where it goes
/// and whether the terminal gets colour.
public enum Renderer {
    /// `table` as text in `options.format`, ending with a newline (empty when there are no columns).
    public static func render(_ table: ResultTable, options: RenderOptions) -> String {
        render(table, options: options, isCancelled: { false }) ?? ""
    }

    /// `table` as text in `options.format`, or nil when `isCancelled` answered true: it is
    /// polled every few thousand rows, so Ctrl-C stops the rendering of a huge result.
    public static func render(_ table: ResultTable, options: RenderOptions, isCancelled: () -> Bool) -> String? {
        switch options.format {
        case .table: return TableRenderer.render(table, color: options.color, maxWidth: options.maxWidth, isCancelled: isCancelled)
        case .csv: return CSVRenderer.render(table, isCancelled: isCancelled)
        case .json: return JSONRenderer.render(table, isCancelled: isCancelled)
        case .markdown: return MarkdownRenderer.render(table, isCancelled: isCancelled)
        }
    }

    /// Whether to ask `isCancelled` at row `i`: every 4096 rows.
    static func isCheckpoint(_ i: Int) -> Bool { i & 4095 == 4095 }

    /// A single value printed bare (`15`, `0.045`, text as is), a JSON literal in JSON format and a
    /// CSV field in CSV format, ending with a newline.
    public static func render(value: Value, options: RenderOptions) -> String {
        switch options.format {
        // A bare null is spelled out: an empty line would look like an empty string.
        case .table, .markdown: return (value == .null ? "null" : value.plainText) + "\n"
        case .csv: return CSVRenderer.field(value) + "\n"
        case .json: return JSONText.literal(value) + "\n"
        }
    }
}
