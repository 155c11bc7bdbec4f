import MarketModel
import MktResult

/// The sources over every loaded snapshot, in load order: `headlines all`, `paragraphs all`,
/// `quotes all`, `audit` and `news NAME`.
extension PipelineRunner {
    /// `headlines all`, `paragraphs all`, `quotes all`: each snapshot's list, each row led by
    /// the snapshot's date and id (as `instruments all`), made as stages read them.
    func everySnapshotTexts(_ kind: SourceWord.Kind, at range: SourceRange) throws(RuntimeError) -> Relation {
        _ = try state.requireCurrent(at: range)
        let rows: Rows
        switch kind {
        case .headlinesAll:
            rows = Rows(eachOf: state.snapshots, count: { $0.headlines.count }) { s, k in
                Self.textRow(k, s.headlines[k])
            }
        case .paragraphsAll:
            rows = Rows(eachOf: state.snapshots, count: { $0.article?.paragraphs.count ?? 0 }) { s, k in
                Self.textRow(k, s.article?.paragraphs[k] ?? "")
            }
        default:
            rows = Rows(eachOf: state.snapshots, count: { $0.article?.quotes.count ?? 0 }) { s, k in
                guard let quote = s.article?.quotes[k] else { return [] }
                let numbered = RowFields.Numbered(n: k + 1, item: quote)
                return RowFields.quote.map { $0.value(numbered) }
            }
        }
        let source = kind.entry
        return Relation(columns: source.columns, rows: rows, visible: source.visible)
    }

    private static func textRow(_ k: Int, _ text: String) -> [Value] {
        let numbered = RowFields.Numbered(n: k + 1, item: text)
        return RowFields.text.map { $0.value(numbered) }
    }

    /// `audit`: what looks wrong, snapshot by snapshot in load order: a date earlier than the
    /// previous snapshot's first, then by page line the load warnings, the instruments whose
    /// pct does not follow from change and prev, and the names listed again.
    func audit(at range: SourceRange) throws(RuntimeError) -> Relation {
        _ = try state.requireCurrent(at: range)
        var problems: [RowFields.Problem] = []
        var previous: Snapshot?
        for s in state.snapshots {
            if let date = s.date, let before = previous, let earlier = before.date, date < earlier {
                problems.append(
                    RowFields.Problem(
                        snapshot: s, line: nil, check: .date, name: nil,
                        problem: "the date goes backwards: \(date) is loaded after \(earlier) (\(before.id))"))
            }
            if s.date != nil { previous = s }
            problems += Self.lineProblems(of: s)
        }
        let source = SourceWord.Kind.audit.entry
        return Relation(
            columns: source.columns, rows: problems.map { p in RowFields.audit.map { $0.value(p) } }, visible: source.visible)
    }

    /// A snapshot's problems found on a line, in line order (a warning first on a shared line).
    private static func lineProblems(of s: Snapshot) -> [RowFields.Problem] {
        var found = s.warnings.map { w in
            RowFields.Problem(snapshot: s, line: w.line, check: .warning, name: nil, problem: w.message)
        }
        var firstLine: [String: Int32] = [:]
        for i in s.instruments {
            let line = i.line > 0 ? Int(i.line) : nil
            if !i.consistent {
                found.append(RowFields.Problem(snapshot: s, line: line, check: .pct, name: i.name, problem: pctProblem(i)))
            }
            let key = TextFold.fold(i.name)
            if let first = firstLine[key] {
                let place = first > 0 ? " (first at line \(first))" : ""
                found.append(
                    RowFields.Problem(
                        snapshot: s, line: line, check: .repeated, name: i.name, problem: "listed again in the ticker\(place)"))
            } else {
                firstLine[key] = i.line
            }
        }
        // Stable: problems on one line keep the order above.
        return found.enumerated().sorted { a, b in
            let x = a.element.line ?? 0, y = b.element.line ?? 0
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
    }

    /// Why an instrument is not `consistent`: `pct -0.50 does not match change -9.37 on prev
    /// 6169.41 (-0.15)`, the pct that would match rounded to as many places as pct has.
    static func pctProblem(_ i: Instrument) -> String {
        guard let prev = i.prev else {
            return "pct \(i.pct) cannot be checked: value − change is out of range"
        }
        guard !prev.isZero else {
            return "pct \(i.pct) cannot be checked: the previous value (value − change) is 0"
        }
        var expected = ""
        if let hundredfold = i.change * Fixed(100), let quotient = Fixed.divide(hundredfold, by: prev) {
            let places = Int(i.pct.scale)
            let rounded = quotient.rounded(toPlaces: places)
            expected = " (\(rounded.rescaled(to: i.pct.scale) ?? rounded))"
        }
        return "pct \(i.pct) does not match change \(i.change) on prev \(prev)\(expected)"
    }

    /// `news NAME`: the titles, paragraphs and headlines of every loaded snapshot mentioning the
    /// instrument NAME stands for (as `show NAME` finds it among the loaded instruments), or the
    /// instruments of an alias (`news Wall Street`), by name or alias (`NewsAliases`).
    func news(_ arguments: SourceArguments, at range: SourceRange) throws(RuntimeError) -> Relation {
        _ = try state.requireCurrent(at: range)
        guard let name = arguments.name else { throw RuntimeError("news needs an instrument's name", at: range) }
        let instruments = try newsInstruments(name)
        let rows = NewsMentions.mentions(of: NewsAliases.terms(for: instruments), in: state.snapshots)
        let source = SourceWord.Kind.news.entry
        return Relation(columns: source.columns, rows: rows.map { m in RowFields.news.map { $0.value(m) } }, visible: source.visible)
    }

    /// The instruments `news NAME` is about: the loaded instrument of that exact name, else the
    /// instruments of that alias, else the loaded instrument NAME is a prefix of (as `show`;
    /// not when NAME is quoted).
    private func newsInstruments(_ name: InstrumentName) throws(RuntimeError) -> [String] {
        var seen = Set<String>()
        var loaded: [Instrument] = []
        for s in state.snapshots {
            for i in s.instruments where seen.insert(TextFold.fold(i.name)).inserted { loaded.append(i) }
        }
        let resolution = InstrumentLookup.resolve(name.text, in: loaded)
        let exact = { (i: Instrument) in TextFold.fold(i.name) == TextFold.fold(name.text) }
        if case .found(let i) = resolution, exact(i) { return [i.name] }
        if let aliased = NewsAliases.instruments(forAlias: name.text) { return aliased }
        switch resolution {
        case .found(let i) where !name.isQuoted:
            return [i.name]
        case .ambiguous(let candidates):
            throw RuntimeError("'\(name.text)' could be \(Evaluator.list(candidates)); type more of the name", at: name.range)
        case .found:  // a quoted name is matched whole, never as a prefix
            throw RuntimeError(
                "no loaded instrument or alias is named '\(name.text)' (see 'help news')", at: name.range)
        case .notFound(let suggestion):
            throw RuntimeError(
                "no loaded instrument or alias is named '\(name.text)' (see 'help news'; "
                    + "'search \"\(name.text)\" all' finds any text)", at: name.range, suggestion: suggestion)
        }
    }
}
