/// What a terminal shows after a program's output: just enough of an xterm to follow how a
/// line editor redraws a line (carriage return, backspace, cursor moves, erase, insert and
/// delete characters, wide characters, automatic wrap).
///
/// Checking the screen instead of the byte stream matters when libedit redraws: replacing
/// `petr` by `Pétrole WTI` is written as "go back to column 34, write `Pétrole WTI`", so the
/// bytes still contain the replaced word although the screen no longer shows it.
///
/// Lines scrolled off the top are kept (the model has scrollback); absolute cursor positions
/// count from the top of the last `rows` lines. Colours and modes are ignored.
///
/// A resize is played as xterm does it: lines keep their content (cut at a narrower width,
/// never re-wrapped) and the cursor stays on its line, moved in from past the right margin.
struct TerminalScreen {
    /// The terminal changed size to `columns` × `rows` after `offset` bytes of output.
    struct Resize {
        let offset: Int
        let columns: Int
        let rows: Int
    }

    /// One cell: a character, the right half of a wide one, or nothing written (or erased).
    private enum Cell: Equatable {
        case character(Character)
        case rightHalf
        case empty
    }

    private(set) var columns: Int
    private(set) var rows: Int
    private var lines: [[Cell]] = [[]]
    /// Index into `lines` of the cursor's line.
    private(set) var cursorLine = 0
    /// The cursor's column, 0-based; `columns` means "past the margin, wrap before the next character".
    private(set) var cursorColumn = 0

    /// The screen after `output` (UTF-8 bytes as the program wrote them) on a terminal that
    /// started at `columns` × `rows` and was resized as `resizes` say (in order of offset).
    init(_ output: [UInt8], columns: Int, rows: Int, resizes: [Resize] = []) {
        self.columns = max(1, columns)
        self.rows = max(1, rows)
        var start = 0
        for resize in resizes {
            let end = min(max(start, resize.offset), output.count)
            play(String(decoding: output[start..<end], as: UTF8.self))
            self.resize(columns: resize.columns, rows: resize.rows)
            start = end
        }
        play(String(decoding: output[start...], as: UTF8.self))
    }

    private mutating func resize(columns newColumns: Int, rows newRows: Int) {
        columns = max(1, newColumns)
        rows = max(1, newRows)
        for index in lines.indices where lines[index].count > columns {
            lines[index].removeSubrange(columns...)
            // Half a wide character does not stay on screen.
            if case .character(let last) = lines[index][columns - 1], DisplayColumns.of(String(last)) == 2 {
                lines[index][columns - 1] = .empty
            }
        }
        cursorColumn = min(cursorColumn, columns - 1)
    }

    /// Every line's text, without trailing empty cells.
    var lineTexts: [String] { lines.indices.map(text(ofLine:)) }

    /// The whole screen (with scrollback) as text, one line per screen line.
    var text: String { lineTexts.joined(separator: "\n") }

    /// The text of the line the cursor is on.
    var currentLine: String { text(ofLine: cursorLine) }

    private func text(ofLine index: Int) -> String {
        let cells = lines[index]
        let used = (cells.lastIndex { $0 != .empty }).map { $0 + 1 } ?? 0
        var out = ""
        for cell in cells[..<used] {
            switch cell {
            case .character(let character): out.append(character)
            case .rightHalf: break
            case .empty: out.append(" ")
            }
        }
        return out
    }

    // MARK: - Playing output

    private mutating func play(_ text: String) {
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\u{1B}":
                escape(&scalars)
            case "\r":
                cursorColumn = 0
            case "\n":
                moveTo(line: cursorLine + 1, column: cursorColumn)
            case "\u{08}":
                cursorColumn = max(0, min(cursorColumn, columns - 1) - 1)
            case "\t":
                cursorColumn = min(columns - 1, (cursorColumn / 8 + 1) * 8)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                put(scalar)
            }
        }
    }

    private mutating func escape(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        guard let kind = scalars.popFirst() else { return }
        switch kind {
        case "[":
            var parameters = ""
            while let scalar = scalars.popFirst() {
                if (0x40...0x7E).contains(scalar.value) {
                    control(final: scalar, parameters: parameters)
                    return
                }
                parameters.unicodeScalars.append(scalar)
            }
        case "]":
            // OSC (a window title): up to BEL or ESC \.
            while let scalar = scalars.popFirst() {
                if scalar == "\u{07}" { return }
                if scalar == "\u{1B}" {
                    _ = scalars.popFirst()
                    return
                }
            }
        case "(", ")":
            _ = scalars.popFirst()  // character set designation: one more character
        default:
            return  // ESC =, ESC >, ESC 7, ... : nothing this model tracks
        }
    }

    private mutating func control(final: Unicode.Scalar, parameters: String) {
        if parameters.hasPrefix("?") || parameters.hasPrefix(">") { return }  // private modes
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        func parameter(_ index: Int, default value: Int) -> Int {
            index < numbers.count && numbers[index] > 0 ? numbers[index] : value
        }
        let count = parameter(0, default: 1)
        let column = min(cursorColumn, columns - 1)
        let top = max(0, lines.count - rows)
        switch final {
        case "A": moveTo(line: max(top, cursorLine - count), column: column)
        case "B": moveTo(line: cursorLine + count, column: column)
        case "C": cursorColumn = min(columns - 1, column + count)
        case "D": cursorColumn = max(0, column - count)
        case "G": cursorColumn = min(columns - 1, count - 1)
        case "H", "f":
            moveTo(line: top + parameter(0, default: 1) - 1, column: min(columns - 1, parameter(1, default: 1) - 1))
        case "K":
            let mode = numbers.first ?? 0
            ensureWidth(cursorLine)
            let range = mode == 0 ? column..<columns : mode == 1 ? 0..<(column + 1) : 0..<columns
            for index in range { lines[cursorLine][index] = .empty }
        case "J":
            let mode = numbers.first ?? 0
            if mode == 2 || mode == 3 {
                for index in top..<lines.count { lines[index] = [] }
            } else if mode == 0 {
                control(final: "K", parameters: "")
                for index in (cursorLine + 1)..<max(cursorLine + 1, lines.count) { lines[index] = [] }
            }
        case "P":
            ensureWidth(cursorLine)
            let removed = min(count, columns - column)
            lines[cursorLine].removeSubrange(column..<(column + removed))
            lines[cursorLine] += Array(repeating: .empty, count: removed)
        case "@":
            ensureWidth(cursorLine)
            let added = min(count, columns - column)
            lines[cursorLine].insert(contentsOf: Array(repeating: .empty, count: added), at: column)
            lines[cursorLine].removeLast(added)
        case "X":
            ensureWidth(cursorLine)
            for index in column..<min(columns, column + count) { lines[cursorLine][index] = .empty }
        default:
            break  // colours (m) and the rest change nothing this model shows
        }
    }

    private mutating func put(_ scalar: Unicode.Scalar) {
        let width = DisplayColumns.of(scalar)
        if width == 0 {
            // A combining mark joins the character before the cursor.
            var index = min(cursorColumn, columns) - 1
            ensureWidth(cursorLine)
            while index > 0, lines[cursorLine][index] == .rightHalf { index -= 1 }
            if index >= 0, case .character(let base) = lines[cursorLine][index] {
                var combined = String(base)
                combined.unicodeScalars.append(scalar)
                if let character = combined.first { lines[cursorLine][index] = .character(character) }
            }
            return
        }
        if cursorColumn + width > columns { moveTo(line: cursorLine + 1, column: 0) }
        ensureWidth(cursorLine)
        lines[cursorLine][cursorColumn] = .character(Character(scalar))
        if width == 2 { lines[cursorLine][cursorColumn + 1] = .rightHalf }
        cursorColumn += width
    }

    private mutating func moveTo(line: Int, column: Int) {
        while lines.count <= line { lines.append([]) }
        cursorLine = line
        cursorColumn = column
    }

    private mutating func ensureWidth(_ line: Int) {
        if lines[line].count < columns {
            lines[line] += Array(repeating: .empty, count: columns - lines[line].count)
        }
    }
}

/// How many columns text takes on a terminal: 2 for East Asian wide and emoji, 0 for
/// combining marks, 1 otherwise (the common cases; enough for the tests' text).
enum DisplayColumns {
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let properties = scalar.properties
        if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark { return 0 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }
}
