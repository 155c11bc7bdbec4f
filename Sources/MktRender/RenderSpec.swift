/// How ``Renderer`` writes an output: what the destination allows.
///
/// The format of a table or a value is not here: it is the statement's choice (`to csv`,
/// `set format`, a `save` file's extension) and travels with the output.
public struct RenderSpec: Sendable, Equatable {
    /// Terminal columns to fit in: tables are narrowed to it, articles wrapped to it, help
    /// pages wrapped to it up to ``helpWidth``. Nil when not a terminal: tables and articles
    /// are not fitted, help is ``helpWidth`` wide.
    public var width: Int?
    /// ANSI colour: rises green and falls red in tables (table format only), the header
    /// dimmed, search matches in bold yellow.
    public var color: Bool
    /// The terminal shows Unicode (a UTF-8 locale): the drawings of table views (sparklines,
    /// bars, section marks) use block characters; otherwise plain ASCII (`_.-=+*#@`, `#`,
    /// `|`), and the rule under a table's header is `-` rather than `─`.
    public var unicode: Bool
    /// How many threads may format a big CSV or JSON result side by side (the session's
    /// load workers: `MKT_JOBS`, or every core); 1 writes on the caller's thread alone.
    public var workers: Int

    /// The widest help lines are; help is written for 80 columns.
    public static let helpWidth = 80

    public init(width: Int? = nil, color: Bool = false, unicode: Bool = true, workers: Int = 1) {
        self.width = width
        self.color = color
        self.unicode = unicode
        self.workers = workers
    }

    /// No terminal: no colour, no width (files, pipes).
    public static let plain = RenderSpec()
}
