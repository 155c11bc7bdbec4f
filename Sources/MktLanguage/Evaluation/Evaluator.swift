import MarketModel
import MktResult

/// Runs parsed statements against the session's state, printing through its host.
///
/// The evaluator is pure: files, the terminal and the clock are the host's. Each statement
/// either completes or throws one `RuntimeError` with the place to point at.
public final class Evaluator {
    public var state = SessionState()
    public unowned let host: any EvaluationHost

    public init(host: any EvaluationHost) {
        self.host = host
    }

    /// Runs one statement of `source`.
    public func execute(_ statement: Statement, in source: SourceText) throws(RuntimeError) {
        do {
            try run(statement, in: source)
        } catch {
            throw error.placed(at: statement.range)
        }
    }

    private func run(_ statement: Statement, in source: SourceText) throws(RuntimeError) {
        switch statement {
        case .load(let paths, _):
            try load(paths)

        case .let(let name, let value, _):
            switch value {
            case .expression(let e):
                state.variables[name.name] = .value(try constant(e))
            case .pipeline(let p):
                let (result, _, _) = try runner(source).run(p)
                switch result {
                case .relation(let r): state.variables[name.name] = .relation(r)
                case .value(let v, _): state.variables[name.name] = .value(v)
                case .snapshot(_, let summary): state.variables[name.name] = .relation(summary)
                case .searchHits(_, let rows, _): state.variables[name.name] = .relation(rows)
                }
            }

        case .set(_, _, let setting, _):
            set(setting)

        case .source(let path, _):
            try host.runScript(try resolved(path))

        case .help(let topic, let range):
            guard let document = Help.document(for: topic) else {
                throw Self.noHelp(for: topic ?? "", at: range)
            }
            host.emit(.help(document))

        case .article(let range):
            let s = try state.requireCurrent(at: range)
            guard let article = s.article else { throw RuntimeError("\(s.id) has no article", at: range) }
            host.emit(.article(ArticleText.full(article)))

        case .excerpt(let length, let range):
            let s = try state.requireCurrent(at: range)
            guard let article = s.article else { throw RuntimeError("\(s.id) has no article", at: range) }
            switch length {
            case .paragraphs(let n): host.emit(.article(ArticleText.excerpt(article, paragraphs: n)))
            case .characters(let n): host.emit(.article(ArticleText.excerpt(article, characters: n)))
            }

        case .show(let name, _, let range):
            let s = try state.requireCurrent(at: range)
            switch InstrumentLookup.resolve(name, in: s.instruments) {
            case .found(let instrument):
                host.emit(.card(InstrumentCard.card(instrument, in: s)))
            case .ambiguous(let candidates):
                throw RuntimeError("'\(name)' could be \(Self.list(candidates)); type more of the name", at: range)
            case .notFound(let suggestion):
                throw RuntimeError("no instrument named '\(name)' in \(s.id)", at: range, suggestion: suggestion)
            }

        case .use(let name, let range):
            state.currentIndex = try state.snapshotIndex(name, at: range)
            if let s = state.current { host.notice("current: \(s.id)") }

        case .status:
            let line = state.current.map(StatusLine.text) ?? "no snapshot is loaded; try 'load examples/snapshots'"
            host.emit(.status([line, Self.sessionNote(state)]))

        case .pipeline(let pipeline):
            let (result, format, savePath) = try runner(source).run(pipeline)
            if let savePath {
                let path = try resolved(savePath)
                let fileFormat: OutputFormat
                if let format { fileFormat = format } else { fileFormat = try Self.fileFormat(of: path) }
                try host.save(output(result, format: fileFormat), to: path)
            } else if case .searchHits(let hits, _, let none) = result, format == nil {
                // `search` alone: the hits in context, or a note that there is none.
                if hits.isEmpty { host.notice(none) } else { host.emit(.searchHits(hits)) }
            } else {
                host.emit(output(result, format: format ?? state.format))
            }

        case .expression(let e):
            host.emit(.value(try constant(e), format: state.format))

        case .exit(let status, _):
            guard let status else { throw RuntimeError("", kind: .exit(status: 0)) }
            let value = try constant(status)
            guard let code = ExitStatus.of(value) else {
                let written = value.isNumeric ? value.plainText : "'\(value.plainText)'"
                throw RuntimeError(ExitStatus.message(notValid: written), at: status.range)
            }
            throw RuntimeError("", kind: .exit(status: code))
        }
    }

    /// Loads snapshot files (paths, folders, patterns). A file loaded again replaces its
    /// snapshot; another file with a loaded snapshot's id (`b/x.txt` after `a/x.txt`) is
    /// added under an id made from its folders (`b/x`, `SnapshotIds`). The last one loaded
    /// becomes current. Prints the one-line summary, and a line per name found taken; files
    /// that could not be read make the statement fail after the others are loaded.
    public func load(_ paths: [PathArgument]) throws(RuntimeError) {
        var result = try host.loadSnapshots(try paths.map { (p) throws(RuntimeError) in try resolved(p) })
        // The snapshots are moved, not copied: the ids are set in place, and a first load
        // takes the array as it is.
        let loaded = result.snapshots
        result.snapshots = []
        let summary = Self.loadSummary(loaded, failed: result.failures.count)
        let (replaced, renamed) = place(consume loaded, files: result.files)
        result.files = []
        // The index the instrument queries read, built now (once the bookkeeping above is
        // freed), on every core: a load's work is done by the load, and the first query is as
        // fast as the next.
        state.instrumentIndex = InstrumentIndex(state.snapshots, workers: host.workers)
        if summary.count > 0 {
            host.notice(summary.line(replaced: replaced, current: state.current))
        }
        for note in SnapshotIds.notes(renamed, files: state.files) { host.notice(note) }
        switch result.failures.count {
        case 0: return
        case 1: throw RuntimeError(result.failures[0], kind: .io)
        default:
            let shown = result.failures.prefix(3).joined(separator: "; ")
            let more = result.failures.count > 3 ? "; and \(result.failures.count - 3) more" : ""
            throw RuntimeError("\(result.failures.count) files could not be read: \(shown)\(more)", kind: .io)
        }
    }

    /// Puts the snapshots of a load into the session: each replaces the one of its file (or
    /// id) or is added, under an id of its own; the last becomes current.
    private func place(
        _ loaded: consuming [Snapshot], files: [SnapshotFile]
    ) -> (replaced: Int, renamed: [SnapshotIds.Renamed]) {
        var loaded = loaded
        var replaced = 0
        var renamed: [SnapshotIds.Renamed] = []
        var byID: [String: Int] = [:]
        byID.reserveCapacity(state.snapshots.count + loaded.count)
        for i in state.snapshots.indices { byID[state.snapshots[i].id] = i }
        var byFile: [String: Int] = [:]
        byFile.reserveCapacity(state.files.count + loaded.count)
        for (id, file) in state.files {
            if let i = byID[id] { byFile[file.file.identity] = i }
        }
        state.files.reserveCapacity(state.files.count + loaded.count)
        // Snapshots that replace a loaded one are written in place; the others are appended
        // after, in their order, at the places counted here.
        let base = state.snapshots.count
        var newPlaces: [Int] = []
        var current = state.currentIndex
        for k in loaded.indices {
            let file = files.indices.contains(k) ? files[k] : nil
            let name = loaded[k].id
            // The same file again (the same id when the host did not say which file).
            let same: Int?
            if let file { same = byFile[file.identity] } else { same = byID[name] }
            if let i = same {
                if i < base {
                    loaded[k].id = state.snapshots[i].id
                    state.snapshots[i] = loaded[k]
                } else {
                    // Named twice in this load (by a host that did not say which file).
                    let first = newPlaces[i - base]
                    loaded[k].id = loaded[first].id
                    loaded[first] = loaded[k]
                }
                state.files[loaded[k].id] = file.map { SessionState.LoadedFile(file: $0, name: name) }
                current = i
                replaced += 1
                continue
            }
            if let file, byID[name] != nil {
                loaded[k].id = SnapshotIds.distinct(name: name, absolutePath: file.absolutePath) { byID[$0] != nil }
                renamed.append(SnapshotIds.Renamed(name: name, path: file.path, id: loaded[k].id))
            }
            let i = base + newPlaces.count
            newPlaces.append(k)
            byID[loaded[k].id] = i
            if let file {
                byFile[file.identity] = i
                state.files[loaded[k].id] = SessionState.LoadedFile(file: file, name: name)
            }
            current = i
        }
        if state.snapshots.isEmpty && replaced == 0 {
            state.snapshots = loaded
        } else {
            var kept: [Snapshot] = []
            kept.reserveCapacity(newPlaces.count)
            for k in newPlaces { kept.append(loaded[k]) }
            state.snapshots += kept
        }
        state.currentIndex = current
        return (replaced, renamed)
    }

    /// `loaded 4 snapshots from 4 files: 57 instruments, 6 warnings (current: …)`; a file
    /// holds one snapshot, so the two differ by the files that could not be read.
    struct LoadSummary {
        var count: Int
        var failed: Int
        var instruments: Int
        var warnings: Int

        func line(replaced: Int, current: Snapshot?) -> String {
            func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
            var line = "loaded \(plural(count, "snapshot")) from \(plural(count + failed, "file"))"
            if failed > 0 { line += " (\(failed) could not be read)" }
            line += ": \(plural(instruments, "instrument")), \(plural(warnings, "warning"))"
            if replaced > 0 { line += "; \(replaced) reloaded" }
            if let current { line += " (current: \(current.id))" }
            return line
        }
    }

    static func loadSummary(_ loaded: [Snapshot], failed: Int) -> LoadSummary {
        var instruments = 0
        var warnings = 0
        for i in loaded.indices {
            instruments += loaded[i].instruments.count
            warnings += loaded[i].warnings.count
        }
        return LoadSummary(count: loaded.count, failed: failed, instruments: instruments, warnings: warnings)
    }

    /// The snapshot `use` names: its `n` in `snapshots`, its id, or a unique prefix of the id.
    /// `no help for 'sortt' — did you mean 'sort'?`, or the pages that mention the word.
    static func noHelp(for topic: String, at range: SourceRange) -> RuntimeError {
        let (topics, mentions) = Help.nearestTopics(to: topic)
        let quoted = topics.map { "'\($0)'" }
        func list(_ conjunction: String) -> String {
            quoted.count <= 1
                ? quoted.joined() : quoted.dropLast().joined(separator: ", ") + " \(conjunction) " + (quoted.last ?? "")
        }
        let message = "no help for '\(topic)'"
        if topics.isEmpty { return RuntimeError(message + " (type 'help' to list the topics)", at: range) }
        if mentions {
            return RuntimeError(
                message + "; it is mentioned in 'help \(topics[0])'"
                    + (topics.count > 1 ? " (also \(quoted.dropFirst().joined(separator: ", ")))" : ""), at: range)
        }
        return RuntimeError(message + " — did you mean \(list("or"))?", at: range)
    }

    /// A path written as `$name` is the variable's value (`load $1` in a script).
    private func resolved(_ path: PathArgument) throws(RuntimeError) -> PathArgument {
        guard !path.isQuoted, path.text.hasPrefix("$"), path.text.count > 1 else { return path }
        let name = String(path.text.dropFirst())
        switch state.variables[name] {
        case .value(let v):
            return PathArgument(v.plainText, isQuoted: true, range: path.range, isVariable: true)
        case .relation:
            throw RuntimeError("$\(name) holds rows, not a path", at: path.range)
        case nil:
            throw ExprCompiler.unknownVariable(name, at: path.range, variables: state.variables)
        }
    }

    /// A pipeline's result as printable output. Tables show the default columns; CSV, JSON and
    /// saved files carry every column.
    /// The format a `save` file's extension names, when `to` did not choose one.
    static func fileFormat(of path: PathArgument) throws(RuntimeError) -> OutputFormat {
        let name = path.text.split(separator: "/").last.map(String.init) ?? path.text
        let ext = name.contains(".") ? String(name.split(separator: ".").last ?? "") : ""
        guard let format = OutputFormat(fileExtension: ext) else {
            throw RuntimeError(
                "cannot tell a format from '\(name)': use .csv, .json, .md or .txt, or 'to FORMAT' before 'save'",
                at: path.range)
        }
        return format
    }

    /// A pipeline's result in `format`: csv and json carry every column, table and markdown
    /// the visible ones (`instruments` leaves out `prev` and `consistent` until selected),
    /// printed or saved alike.
    private func output(_ value: PipelineValue, format: OutputFormat) -> Output {
        switch value {
        case .relation(let r):
            let machine = format == .csv || format == .json
            return .table(r.table(allColumns: machine), format: format)
        case .value(let v, _):
            return .value(v, format: format)
        case .snapshot(let s, let summary):
            return format == .json ? .snapshotModel(s) : .table(summary.table(allColumns: true), format: format)
        case .searchHits(_, let rows, _):
            return output(.relation(rows), format: format)
        }
    }

    /// An expression evaluated without a row (`let x = 1 + 2`, a bare expression).
    private func constant(_ e: Expr) throws(RuntimeError) -> Value {
        let f = try ExprCompiler(columns: [], variables: state.variables).compile(e)
        return try guarded { try f([]) }
    }

    /// Applies a setting the parser has checked.
    private func set(_ setting: Setting) {
        switch setting {
        case .format(let format): state.format = format
        case .timer(let on): state.timer = on
        }
    }

    private func runner(_ source: SourceText) -> PipelineRunner {
        PipelineRunner(state: state, source: source, cancellation: host.cancellation) { [unowned self] in
            self.instrumentIndex()
        }
    }

    /// The session's instrument index (built by each load; here, should a load have left none).
    private func instrumentIndex() -> InstrumentIndex {
        if let built = state.instrumentIndex { return built }
        let built = InstrumentIndex(state.snapshots)
        state.instrumentIndex = built
        return built
    }

    /// `3 snapshots loaded, output format table`.
    static func sessionNote(_ state: SessionState) -> String {
        let n = state.snapshots.count
        return "\(n) snapshot\(n == 1 ? "" : "s") loaded, output format \(state.format.rawValue)"
            + (state.timer ? ", timer on" : "")
    }

    static func list(_ names: [String]) -> String {
        let quoted = names.prefix(8).map { "'\($0)'" }
        let more = names.count > 8 ? " and \(names.count - 8) more" : ""
        if quoted.count <= 1 { return (quoted.first ?? "") + more }
        return quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "") + more
    }
}
