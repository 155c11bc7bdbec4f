import MarketModel
import MktResult

/// The table views: `history NAME` (one instrument over the archive, with a sparkline) and
/// `board` (the current snapshot in sections by region and kind, with breadth lines). Both
/// are sources of rows like any other; the drawing is a `TableDecoration` only tables show.
extension PipelineRunner {
    /// `history NAME [from DATE] [to DATE] [last N]`: a row per loaded snapshot that has the
    /// instrument, in archive order (date, then file name): its date, snapshot, value, change
    /// and pct. NAME is resolved as `show` resolves it, against the instruments of every
    /// loaded snapshot; the period keeps the captures dated from `from` to `to` (inclusive),
    /// then the last N of them.
    func history(_ arguments: SourceArguments, at range: SourceRange) throws(RuntimeError) -> Relation {
        _ = try state.requireCurrent(at: range)
        guard let name = arguments.name else {
            throw RuntimeError("expected an instrument's name after 'history', as in 'history CAC 40'", at: range)
        }
        let ordered = state.chronological
        let key = TextFold.fold(try historyInstrument(name, in: ordered).name)
        let from = try periodDate(arguments.from, "from")
        let to = try periodDate(arguments.to, "to")
        if let from, let to, to < from, let written = arguments.to {
            throw RuntimeError("the period is empty: 'to \(to)' is before 'from \(from)'", at: written.range)
        }
        var rows: [[Value]] = []
        for s in ordered {
            if from != nil || to != nil {
                guard let date = s.date else { continue }
                if let from, date < from { continue }
                if let to, to < date { continue }
            }
            guard let instrument = s.instruments.first(where: { TextFold.fold($0.name) == key }) else { continue }
            rows.append(RowFields.history.map { $0.value((s, instrument)) })
        }
        if let last = arguments.last {
            rows = Array(rows.suffix(try count(last, range: last.range)))
        }
        let source = SourceWord.Kind.history.entry
        return Relation(
            columns: source.columns, rows: rows, visible: source.visible,
            decoration: .sparkline(valueColumn: "value", labelColumn: "date"))
    }

    /// The instrument `name` stands for among every loaded snapshot's instruments (the
    /// latest snapshot's ticker first, so an ambiguity lists names in its order); the
    /// errors are `show`'s.
    private func historyInstrument(_ name: InstrumentName, in ordered: [Snapshot]) throws(RuntimeError) -> Instrument {
        var seen = Set<String>()
        var candidates: [Instrument] = []
        for s in ordered.reversed() {
            for i in s.instruments where seen.insert(TextFold.fold(i.name)).inserted { candidates.append(i) }
        }
        switch InstrumentLookup.resolve(name.text, in: candidates) {
        case .found(let instrument):
            return instrument
        case .ambiguous(let names):
            throw RuntimeError("'\(name.text)' could be \(Evaluator.list(names)); type more of the name", at: name.range)
        case .notFound(let suggestion):
            throw RuntimeError(
                "no instrument named '\(name.text)' in the loaded snapshots", at: name.range, suggestion: suggestion)
        }
    }

    /// A period's date: `YYYY-MM-DD` text of a real day (a bare word, a string or a `$name`).
    private func periodDate(_ expr: Expr?, _ word: String) throws(RuntimeError) -> SnapshotDate? {
        guard let expr else { return nil }
        let v = try guarded { try compiler(Relation(columns: [], rows: [])).compile(expr)([]) }
        if case .text(let t) = v, t.utf8.count == 10, let date = SnapshotDate(searching: Substring(t)), date.description == t {
            return date
        }
        let written = v == .null ? "null" : "'\(v.plainText)'"
        throw RuntimeError("'\(word)' needs a date YYYY-MM-DD (a real day), got \(written)", at: expr.range)
    }
}

extension Sources {
    /// `board`: the current snapshot's instruments ordered by region (europe, us, asia,
    /// global), then kind (index, fx, commodity, crypto), then ticker order, drawn in a table
    /// as a section per region and kind with its breadth line.
    static func board(of snapshot: Snapshot) -> Relation {
        let regions = Region.allCases, kinds = InstrumentKind.allCases
        func order(_ i: Instrument) -> (Int, Int, Int) {
            (regions.firstIndex(of: i.region) ?? regions.count, kinds.firstIndex(of: i.kind) ?? kinds.count, Int(i.position))
        }
        let sorted = snapshot.instruments.sorted { order($0) < order($1) }
        let source = SourceWord.Kind.board.entry
        return Relation(
            columns: source.columns, rows: sorted.map { i in RowFields.board.map { $0.value(i) } }, visible: source.visible,
            decoration: .sections(keys: ["region", "kind"], breadthOf: "pct"))
    }
}
