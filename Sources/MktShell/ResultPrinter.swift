import MarketModel
import MktLanguage
import MktRender

/// Turns a statement's output into the text printed on standard output or saved to a file.
enum ResultPrinter {
    static func text(_ output: Output, color: Bool, width: Int?) -> String {
        text(output, color: color, width: width, isCancelled: { false }) ?? ""
    }

    /// The text, or nil when `isCancelled` answered true while a table was rendered.
    static func text(_ output: Output, color: Bool, width: Int?, isCancelled: () -> Bool) -> String? {
        switch output {
        case .table(let table, let format):
            let options = RenderOptions(format: format, color: color && format == .table, maxWidth: format == .table ? width : nil)
            return Renderer.render(table, options: options, isCancelled: isCancelled)
        case .value(let value, let format):
            return Renderer.render(value: value, options: RenderOptions(format: format, color: color))
        case .text(let text):
            let safe = TerminalText.safe(text)
            return safe.hasSuffix("\n") ? safe : safe + "\n"
        case .snapshotModel(let snapshot):
            return SnapshotJSON.encode(snapshot) + "\n"
        case .searchHits(let hits):
            return SearchPrinter.text(hits, color: color)
        }
    }
}
