import MktResult

/// Lays out completion candidates in columns, down then across like `ls`, aligned by display
/// width so accented and double-width names line up.
public enum ColumnLayout {
    /// The most candidates listed; beyond it a count says how many were left out.
    public static let limit = 200

    /// `items` in as many columns as fit in `width`, each line ending in a newline.
    public static func lay(out items: [String], width: Int) -> String {
        let shown = Array(items.prefix(limit))
        guard !shown.isEmpty else { return "" }
        let gap = 2
        let widest = shown.map { DisplayWidth.of($0) }.max() ?? 0
        let columns = max(1, (max(width, 1) + gap) / (widest + gap))
        let rows = (shown.count + columns - 1) / columns
        var text = ""
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < shown.count else { break }
                let item = shown[index]
                line += item
                let isLast = (column + 1) * rows + row >= shown.count
                if !isLast { line += String(repeating: " ", count: widest - DisplayWidth.of(item) + gap) }
            }
            text += line + "\n"
        }
        if items.count > shown.count { text += "… and \(items.count - shown.count) more\n" }
        return text
    }
}
