import MarketModel
import MktLanguage
import MktRender

/// Turns a statement's output into the text printed on standard output or saved to a file.
enum ResultPrinter {
    /// `fileFormat`, when saving, overrides the output's own format.
    static func text(_ output: Output, color: Bool, width: Int?, fileFormat: MktRender.OutputFormat? = nil) -> String {
        switch output {
        case .table(let table, let format):
            let f = fileFormat ?? MktRender.OutputFormat(rawValue: format.rawValue) ?? .table
            let options = RenderOptions(format: f, color: color && f == .table, maxWidth: f == .table ? width : nil)
            return Renderer.render(table, options: options)
        case .value(let value, let format):
            let f = fileFormat ?? MktRender.OutputFormat(rawValue: format.rawValue) ?? .table
            return Renderer.render(value: value, options: RenderOptions(format: f, color: color))
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
