/// SGR escape sequences for the renderers' colours.
///
/// Every coloured cell is closed with a reset so a cut-off line or a following cell never
/// inherits a colour.
enum ANSI {
    static let reset = "\u{1B}[0m"
    static let dim = "\u{1B}[2m"
    static let bold = "\u{1B}[1m"
    static let red = "\u{1B}[31m"
    static let green = "\u{1B}[32m"
    static let boldYellow = "\u{1B}[1;33m"
    static let boldRed = "\u{1B}[1;31m"
    static let boldMagenta = "\u{1B}[1;35m"
    static let boldCyan = "\u{1B}[1;36m"

    /// `text` in the given SGR code, reset after it; empty text stays empty.
    static func paint(_ text: String, _ code: String) -> String {
        text.isEmpty ? text : code + text + reset
    }
}
