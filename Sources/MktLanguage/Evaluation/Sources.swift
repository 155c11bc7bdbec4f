import MarketModel
import MktResult

/// The rows of each pipeline source.
enum Sources {
    static let instrumentColumns: [ResultTable.Column] = Vocabulary.instrumentFields.map {
        ResultTable.Column($0, signed: Relation.isSignColored($0))
    }

    /// Shown by default: position, name, value, change, pct, kind, region (prev and
    /// consistent are there for `select` and for CSV/JSON).
    static let instrumentVisible: [Int] = ["position", "name", "value", "change", "pct", "kind", "region"]
        .compactMap { Vocabulary.instrumentFields.firstIndex(of: $0) }

    static func instrumentRow(_ i: Instrument) -> [Value] {
        [
            .number(Fixed(Int(i.position))), .text(i.name), .number(i.value), .number(i.change),
            .number(i.pct), i.prev.map(Value.number) ?? .null, .text(i.kind.rawValue),
            .text(i.region.rawValue), .bool(i.consistent),
        ]
    }

    static func instruments(of snapshot: Snapshot) -> Relation {
        Relation(columns: instrumentColumns, rows: snapshot.instruments.map(instrumentRow), visible: instrumentVisible)
    }

    /// Every loaded snapshot's instruments, each row led by the snapshot's date and id; the
    /// rows are made as stages read them (`Rows`).
    static func instruments(of snapshots: [Snapshot]) -> Relation {
        let rows = Rows(instrumentsOf: snapshots)
        let leading = Vocabulary.instrumentsAllFields.dropLast(instrumentColumns.count).map { ResultTable.Column($0) }
        return Relation(
            columns: leading + instrumentColumns, rows: rows,
            visible: Array(leading.indices) + instrumentVisible.map { $0 + leading.count })
    }

    static func texts(_ texts: [String]) -> Relation {
        Relation(
            columns: Vocabulary.textFields.map { ResultTable.Column($0) },
            rows: texts.enumerated().map { [.number(Fixed($0.offset + 1)), .text($0.element)] })
    }

    static func quotes(_ quotes: [Quote]) -> Relation {
        Relation(
            columns: Vocabulary.quoteFields.map { ResultTable.Column($0) },
            rows: quotes.enumerated().map { [.number(Fixed($0.offset + 1)), .text($0.element.text), .bool($0.element.truncated)] })
    }

    /// Every loaded snapshot, one row each: `n`, the columns of `snapshot`, and `current`,
    /// which marks the one `instruments` reads. Tables leave out the article's title (long,
    /// it would crowd out the ids); `select`, CSV and JSON have it.
    /// `files` says which file each id came from (as it was named when loaded).
    static func snapshots(_ snapshots: [Snapshot], current: Int?, files: [String: SessionState.LoadedFile] = [:]) -> Relation {
        let columns = Vocabulary.snapshotsFields
        let rows: [[Value]] = snapshots.enumerated().map { i, s in
            [.number(Fixed(i + 1))] + summaryRow(s) + [.bool(i == current), files[s.id].map { .text($0.file.path) } ?? .null]
        }
        return Relation(
            columns: columns.map { ResultTable.Column($0) }, rows: rows,
            visible: columns.indices.filter { columns[$0] != "article" && columns[$0] != "file" })
    }

    /// Every warning of every loaded snapshot, with the line it was found on.
    static func warnings(of snapshots: [Snapshot]) -> Relation {
        var rows: [[Value]] = []
        for s in snapshots {
            for w in s.warnings { rows.append([.text(s.id), .number(Fixed(w.line)), .text(w.message)]) }
        }
        return Relation(columns: Vocabulary.warningFields.map { ResultTable.Column($0) }, rows: rows)
    }

    /// One row describing a snapshot.
    static func summary(of s: Snapshot) -> Relation {
        Relation(columns: Vocabulary.snapshotFields.map { ResultTable.Column($0) }, rows: [summaryRow(s)])
    }

    /// A snapshot's values under `Vocabulary.snapshotFields`.
    private static func summaryRow(_ s: Snapshot) -> [Value] {
        [
            .text(s.id), s.date.map { .text($0.description) } ?? .null, .text(s.language.rawValue),
            .text(s.status.rawValue), .number(Fixed(s.instruments.count)), s.article.map { .text($0.title) } ?? .null,
            .number(Fixed(s.headlines.count)), .number(Fixed(s.warnings.count)),
        ]
    }
}
