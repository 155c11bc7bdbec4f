import MarketModel

/// How ``Renderer`` prints: the format and what the terminal allows.
public struct RenderOptions: Sendable, Equatable {
    /// Table, CSV, JSON or Markdown.
    public var format: OutputFormat
    /// Use ANSI colours (table format only): rises green, falls red, header dimmed.
    public var color: Bool
    /// Terminal columns a table should fit in; nil for unlimited. Only the table format uses it.
    public var maxWidth: Int?

    public init(format: OutputFormat = .table, color: Bool = false, maxWidth: Int? = nil) {
        self.format = format
        self.color = color
        self.maxWidth = maxWidth
    }
}
