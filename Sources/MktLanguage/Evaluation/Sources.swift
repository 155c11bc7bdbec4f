import MarketModel
import MktResult

/// The rows of each pipeline source, read through the field tables (`InstrumentField`,
/// `RowFields`) under the columns `SourceWord` declares from the same tables.
enum Sources {
    static let instrumentsSource = SourceWord.Kind.instruments.entry
    static let instrumentsAllSource = SourceWord.Kind.instrumentsAll.entry

    /// An instrument's values, in `InstrumentField.all`'s order.
    static func instrumentRow(_ i: Instrument) -> [Value] {
        InstrumentField.all.map { $0.value(i) }
    }

    /// The values `instruments all` puts before a snapshot's instruments: its date and id.
    static func instrumentsAllLead(_ s: Snapshot) -> [Value] {
        RowFields.instrumentsAllLead.map { $0.value(s) }
    }

    static func instruments(of snapshot: Snapshot) -> Relation {
        relation(instrumentsSource, snapshot.instruments.map(instrumentRow))
    }

    /// Every loaded snapshot's instruments, each row led by the snapshot's date and id; the
    /// rows are made as stages read them (`Rows`).
    static func instruments(of snapshots: [Snapshot]) -> Relation {
        Relation(
            columns: instrumentsAllSource.columns, rows: Rows(instrumentsOf: snapshots),
            visible: instrumentsAllSource.visible)
    }

    /// `instruments` or `instruments all` (`source`) over rows of the session's index.
    static func indexed(_ source: SourceWord, _ rows: IndexedRows) -> Relation {
        Relation(columns: source.columns, rows: Rows(indexed: rows), visible: source.visible)
    }

    /// `headlines` or `paragraphs` (`kind`).
    static func texts(_ texts: [String], source kind: SourceWord.Kind = .headlines) -> Relation {
        relation(kind.entry, numbered(texts).map { n in RowFields.text.map { $0.value(n) } })
    }

    static func quotes(_ quotes: [Quote]) -> Relation {
        relation(SourceWord.Kind.quotes.entry, numbered(quotes).map { n in RowFields.quote.map { $0.value(n) } })
    }

    /// Every loaded snapshot, one row each: `n`, the columns of `snapshot`, `current`, which
    /// marks the one `instruments` reads, and `file`. `files` says which file each id came
    /// from (as it was named when loaded).
    static func snapshots(_ snapshots: [Snapshot], current: Int?, files: [String: SessionState.LoadedFile] = [:]) -> Relation {
        let rows = snapshots.enumerated().map { i, s in
            let entry = RowFields.LoadedSnapshot(n: i + 1, snapshot: s, isCurrent: i == current, file: files[s.id]?.file.path)
            return RowFields.snapshots.map { $0.value(entry) }
        }
        return relation(SourceWord.Kind.snapshots.entry, rows)
    }

    /// Every warning of every loaded snapshot, with the line it was found on.
    static func warnings(of snapshots: [Snapshot]) -> Relation {
        var rows: [[Value]] = []
        for s in snapshots {
            for w in s.warnings {
                let entry = RowFields.SnapshotWarning(snapshot: s.id, warning: w)
                rows.append(RowFields.warning.map { $0.value(entry) })
            }
        }
        return relation(SourceWord.Kind.warnings.entry, rows)
    }

    /// One row describing a snapshot.
    static func summary(of s: Snapshot) -> Relation {
        relation(SourceWord.Kind.snapshot.entry, [RowFields.snapshot.map { $0.value(s) }])
    }

    // MARK: Helpers

    private static func relation(_ source: SourceWord, _ rows: [[Value]]) -> Relation {
        Relation(columns: source.columns, rows: rows, visible: source.visible)
    }

    private static func numbered<Item: Sendable>(_ items: [Item]) -> [RowFields.Numbered<Item>] {
        items.enumerated().map { RowFields.Numbered(n: $0.offset + 1, item: $0.element) }
    }
}
