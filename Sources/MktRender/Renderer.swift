import MarketModel
import MktCancel
import MktResult

/// The one entry point that turns an output into text: tables in every ``OutputFormat``,
/// values, articles, cards, the status, help pages, search hits and the snapshot model.
///
/// Rendering writes to a sink as it goes, a row or a line at a time: the first rows of a huge
/// result reach the sink before the last are made, and no result is held whole as text.
public enum Renderer {
    /// Writes `output` laid out for `spec` to `sink`. Throws `Cancelled`, having stopped
    /// writing, once `token` is cancelled (asked every few thousand rows).
    public static func write(
        _ output: Output, spec: RenderSpec, to sink: some RenderSink, token: CancellationToken
    ) throws(Cancelled) {
        var checkpoint = Checkpoint(token)
        switch output {
        case .table(let table, let format):
            switch format {
            case .table:
                if table.decoration == nil {
                    try TableRenderer.write(
                        table, color: spec.color, maxWidth: spec.width, unicode: spec.unicode, to: sink, checkpoint: &checkpoint)
                } else {
                    try DecorationRenderer.write(table, spec: spec, to: sink, checkpoint: &checkpoint)
                }
            case .csv: try CSVRenderer.write(table, workers: spec.workers, to: sink, checkpoint: &checkpoint)
            case .json: try JSONRenderer.write(table, workers: spec.workers, to: sink, checkpoint: &checkpoint)
            case .markdown: try MarkdownRenderer.write(table, to: sink, checkpoint: &checkpoint)
            }
        case .value(let value, let format):
            sink.write(text(of: value, format: format))
        case .article(let prose):
            sink.write(TextRenderer.page(TextRenderer.prose(prose, width: spec.width)))
        case .card(let card):
            sink.write(TextRenderer.page(TextRenderer.card(card)))
        case .status(let lines):
            sink.write(TextRenderer.page(lines.joined(separator: "\n")))
        case .help(let document):
            let width = min(spec.width ?? RenderSpec.helpWidth, RenderSpec.helpWidth)
            sink.write(TextRenderer.page(HelpLayout.lines(document, width: width).joined(separator: "\n") + "\n"))
        case .searchHits(let hits):
            for hit in hits {
                try checkpoint.tick()
                sink.write(TextRenderer.searchHit(hit, color: spec.color))
            }
        case .snapshotModel(let snapshot):
            sink.write(SnapshotJSON.encode(snapshot) + "\n")
        }
    }

    /// `output` as one string, never cancelled: for tests and small outputs.
    public static func text(_ output: Output, spec: RenderSpec = .plain) -> String {
        let sink = StringSink()
        do {
            try write(output, spec: spec, to: sink, token: .none())
        } catch {
            // Nothing cancels a token of its own.
        }
        return sink.text
    }

    /// A diagnostic as clang shows it (location, severity, message, the line, a caret under the
    /// span), without a final newline.
    public static func text(_ diagnostic: DiagnosticReport, color: Bool) -> String {
        DiagnosticRenderer.text(diagnostic, color: color)
    }

    /// A single value printed bare (`15`, `0.045`, text as is), a JSON literal in JSON format and a
    /// CSV field in CSV format, ending with a newline.
    static func text(of value: Value, format: OutputFormat) -> String {
        switch format {
        // A bare null is spelled out: an empty line would look like an empty string.
        // Page text is made safe for the terminal, as in a table cell.
        case .table, .markdown: return (value == .null ? "null" : CellText.singleLine(value.plainText)) + "\n"
        case .csv: return CSVRenderer.field(value) + "\n"
        case .json: return JSONText.literal(value) + "\n"
        }
    }
}
