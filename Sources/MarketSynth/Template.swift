/// A sentence or title pattern with `{slot}` holes, split once into byte pieces so that filling
/// it for the hundred-thousandth page costs appends, not string parsing.
struct Template: Sendable {
    /// What a hole is filled with (see ``Vocabulary`` for the words and ``PageComposer`` for numbers).
    enum Slot: String, Sendable, CaseIterable {
        case company = "SOC"
        case person = "PERS"
        case place = "LIEU"
        case period = "PER"
        case sector = "SECT"
        case percent = "PCT"
        case amount = "MDS"
        case headcount = "EFF"
        case dividend = "DIV"
        case quote = "CIT"
        case fact = "FAIT"
    }

    enum Piece: Sendable {
        case text([UInt8])
        case slot(Slot)
    }

    let pieces: [Piece]

    /// Splits `pattern` at `{NAME}` holes. An unknown name is a bug in our own word lists, so it
    /// stops the program where it was written rather than printing braces into a corpus.
    init(_ pattern: String) {
        var pieces: [Piece] = []
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}"),
                let slot = Slot(rawValue: String(rest[rest.index(after: open)..<close]))
            else { preconditionFailure("bad slot in template: \(pattern)") }
            if open > rest.startIndex { pieces.append(.text(Array(rest[..<open].utf8))) }
            pieces.append(.slot(slot))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(Array(rest.utf8))) }
        self.pieces = pieces
    }
}
