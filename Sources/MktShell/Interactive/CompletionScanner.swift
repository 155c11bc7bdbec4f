/// A forgiving scan of the text before the cursor, enough for completion to know where it is.
///
/// Completion runs on half-typed input the parser would reject, so it does not use the parser:
/// it only needs words, strings (possibly still open), symbols and the statement boundaries.
struct CompletionScanner {
    /// One piece of the text.
    enum Piece: Equatable {
        case word(String)
        case string(String, closed: Bool)
        case symbol(String)
    }

    /// The pieces of the statement the cursor is in, and whether the text ends inside a comment.
    struct Statement: Equatable {
        var pieces: [Piece] = []
        var inComment = false
    }

    /// Characters that may continue a word: letters (any script), digits, `_`, `.` and `$`.
    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "." || character == "$"
    }

    /// The pieces of the statement that `text` ends in: after the last `;`, or the last newline
    /// that ends a statement (not one inside parentheses or after a `|`, `,` or operator).
    static func currentStatement(_ text: String) -> Statement {
        var statement = Statement()
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\n" {
                if depth == 0 && !continuesAfter(statement.pieces.last) { statement.pieces = [] }
                index = text.index(after: index)
            } else if character.isWhitespace {
                index = text.index(after: index)
            } else if character == "#" {
                guard let end = text[index...].firstIndex(of: "\n") else {
                    statement.inComment = true
                    return statement
                }
                index = end
            } else if character == "\"" {
                var content = ""
                var cursor = text.index(after: index)
                var closed = false
                while cursor < text.endIndex {
                    let inner = text[cursor]
                    cursor = text.index(after: cursor)
                    if inner == "\"" {
                        closed = true
                        break
                    }
                    if inner == "\\", cursor < text.endIndex {
                        content.append(text[cursor])
                        cursor = text.index(after: cursor)
                        continue
                    }
                    content.append(inner)
                }
                statement.pieces.append(.string(content, closed: closed))
                index = cursor
            } else if isWordCharacter(character) {
                let end = text[index...].firstIndex { !isWordCharacter($0) } ?? text.endIndex
                statement.pieces.append(.word(String(text[index..<end])))
                index = end
            } else {
                let next = text.index(after: index)
                let pair = next < text.endIndex ? String(text[index...next]) : ""
                let symbol: String
                if ["==", "!=", "<=", ">="].contains(pair) {
                    symbol = pair
                    index = text.index(after: next)
                } else {
                    symbol = String(character)
                    index = next
                }
                switch symbol {
                case "(": depth += 1
                case ")": depth = max(0, depth - 1)
                default: break
                }
                if symbol == ";" && depth == 0 {
                    statement.pieces = []
                } else {
                    statement.pieces.append(.symbol(symbol))
                }
            }
        }
        return statement
    }

    /// Whether a line ending in `piece` goes on to the next line (so its newline is no boundary).
    private static func continuesAfter(_ piece: Piece?) -> Bool {
        switch piece {
        case .symbol(let symbol): symbol != ")"
        case .string(_, let closed): !closed
        default: false
        }
    }
}
