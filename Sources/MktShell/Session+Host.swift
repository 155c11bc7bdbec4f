import MarketModel
import MktLanguage
import MktRender

/// The session does the evaluator's I/O: printing, loading, saving, running scripts.
extension Session: EvaluationHost {
    public func emit(_ output: Output) {
        out.write(ResultPrinter.text(output, color: color, width: terminalWidth()))
    }

    public func notice(_ text: String) {
        err.writeLine(text)
        err.flush()
    }

    public func loadSnapshots(_ paths: [PathArgument]) throws(RuntimeError) -> LoadResult {
        var files: [String] = []
        var failures: [IOFailure] = []
        for path in paths {
            if path.isQuoted {
                // A quoted path is literal: no pattern expansion.
                if FileSystem.isDirectory(path.text) || FileSystem.exists(path.text) {
                    let expanded = SnapshotLoader.expand([path.text])
                    files += expanded.paths
                    failures += expanded.failures
                } else {
                    failures.append(IOFailure(path: path.text, reason: "no such file or folder"))
                }
            } else {
                let expanded = SnapshotLoader.expand([path.text])
                files += expanded.paths
                failures += expanded.failures
            }
        }
        let outcome = SnapshotLoader.load(files, isCancelled: cancellationCheck)
        if outcome.cancelled { throw RuntimeError("interrupted: nothing was loaded", kind: .interrupted) }
        failures += outcome.failures
        for failure in failures { err.writeLine("mkt: cannot read \(failure)") }
        notice(Self.summary(outcome, failed: failures.count))
        let failure = failures.isEmpty ? nil : "\(failures.count) of the files could not be read"
        return LoadResult(snapshots: outcome.snapshots, failure: failure)
    }

    /// `loaded 4 files: 4 snapshots, 57 instruments, 6 warnings`.
    static func summary(_ outcome: SnapshotLoader.Outcome, failed: Int) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var line = "loaded \(plural(outcome.snapshots.count, "snapshot")): "
            + "\(plural(outcome.instruments, "instrument")), \(plural(outcome.warnings, "warning"))"
        if failed > 0 { line += "; \(plural(failed, "file")) could not be read" }
        if let last = outcome.snapshots.last { line += " (current: \(last.id))" }
        return line
    }

    public func runScript(_ path: PathArgument) throws(RuntimeError) {
        guard scriptDepth < Self.maxScriptDepth else {
            throw RuntimeError("scripts nested more than \(Self.maxScriptDepth) deep (does one source itself?)")
        }
        scriptDepth += 1
        defer { scriptDepth -= 1 }
        switch runFile(path.text) {
        case .ok, .incomplete: return
        case .failed(let code):
            throw RuntimeError("", kind: code == ExitCode.ioError && !FileSystem.exists(path.text) ? .io : .reported)
        }
    }

    public func save(_ output: Output, to path: PathArgument) throws(RuntimeError) {
        let ext = path.text.split(separator: ".").last.map(String.init) ?? ""
        let text = ResultPrinter.text(output, color: false, width: nil, fileFormat: MktRender.OutputFormat(fileExtension: ext))
        do {
            try FileSystem.writeAtomically(Array(text.utf8), to: path.text)
        } catch {
            throw RuntimeError("cannot write \(error)", at: path.range, kind: .io)
        }
        if case .table(let t, _) = output {
            notice("saved \(t.rows.count) row\(t.rows.count == 1 ? "" : "s") to \(path.text)")
        } else {
            notice("saved to \(path.text)")
        }
    }

    public var isCancelled: Bool { cancellationCheck() }

    public var textWidth: Int? { terminalWidth() }
}
