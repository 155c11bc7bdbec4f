/// How a table view is drawn beyond its grid, described without saying how it looks: the
/// language attaches one to the rows of a view (`history`, `board`, `chart`), and only the
/// aligned table draws it. CSV, JSON, Markdown and saved files print the rows alone.
///
/// Columns are named, not numbered: a decoration whose columns are missing from the rows
/// that reach the renderer is not drawn.
public enum TableDecoration: Sendable, Equatable {
    /// The grid, then a footer: a sparkline of `valueColumn` and its first, last, min, max
    /// and change (last − first) over the rows shown. `labelColumn` names what each row is
    /// (the date of a capture).
    case sparkline(valueColumn: String, labelColumn: String)
    /// The rows grouped into sections by the `keys` columns (in the order their values first
    /// appear), each under a heading naming its keys (which leave the grid) and followed by
    /// a breadth line: how many rows have `breadthOf` rising, falling and flat, and its
    /// exact average.
    case sections(keys: [String], breadthOf: String)
    /// A horizontal bar per row instead of the grid: `valueColumn`'s number, labelled by
    /// `labelColumn`, negative bars left of an axis.
    case chart(valueColumn: String, labelColumn: String)
}
