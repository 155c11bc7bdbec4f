import MarketModel
import MktCancel
import MktLanguage
import MktRender
import MktResult

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The session does the evaluator's I/O: printing, loading, saving, running scripts.
extension Session: EvaluationHost {
    /// Prints a result. Ctrl-C stops a huge one while it is rendered or written out; `run`
    /// then ends the statement as `interrupted`, as it does a long load or sort.
    public func emit(_ output: Output) {
        do {
            try Renderer.write(
                output, spec: RenderSpec(width: terminalWidth(), color: color, unicode: unicode, workers: workers), to: out,
                token: cancellation)
        } catch {
            // Cut short by Ctrl-C: the stream has dropped what came after, and `run` reports it.
        }
    }

    public var workers: Int { SnapshotLoader.defaultWorkers }

    public func notice(_ text: String) {
        guard !quiet else { return }
        err.writeLine(text)
        err.flush()
    }

    public func loadSnapshots(_ paths: [PathArgument]) throws(RuntimeError) -> LoadResult {
        var failures: [IOFailure] = []
        let distinct: [SnapshotFile]
        if paths.count == 1, let files = SnapshotLoader.folderFiles(paths[0].text) {
            // One folder of plain files (an archive): each is its own file, known without a
            // system call per file.
            distinct = files
        } else {
            var files: [String] = []
            for path in paths {
                // A path that exists is taken as it is; otherwise a pattern is expanded, quoted
                // or not (`load "my data/*.txt"`).
                let expanded = SnapshotLoader.expand([path.text])
                files += expanded.paths
                failures += expanded.failures
            }
            distinct = SnapshotLoader.distinctFiles(files)
        }
        let progress = loadProgress(files: distinct.count)
        let outcome = SnapshotLoader.load(distinct.map(\.path), cancellation: cancellation, progress: progress)
        // Erased before the summary (or `interrupted`) is printed, on the line it held.
        progress?.finish()
        if outcome.cancelled { throw RuntimeError("interrupted: nothing was loaded", kind: .interrupted) }
        failures += outcome.failures
        if state.timer { loadedPaths = (loadedPaths ?? []) + outcome.paths }
        return LoadResult(
            snapshots: outcome.snapshots, files: outcome.indices.map { distinct[$0] },
            failures: failures.map { "cannot read \($0)" })
    }

    /// The progress line of a load of `files` files, when standard error is a terminal and the
    /// session is not quiet; nil otherwise (nothing is drawn into a pipe or a file).
    func loadProgress(files: Int) -> LoadProgress? {
        guard !quiet, files > 0, err.isTerminal else { return nil }
        // What is buffered goes first: the line is written straight to the descriptor.
        err.flush()
        let fd = err.fd
        return LoadProgress(total: files, delay: progressDelay, width: Terminal.columns(fd)) { text in
            var text = text
            text.withUTF8 { bytes in
                var done = 0
                while done < bytes.count, let base = bytes.baseAddress {
                    let n = Glibc.write(fd, base + done, bytes.count - done)
                    if n < 0 && errno == EINTR { continue }
                    guard n > 0 else { return }
                    done += n
                }
            }
        }
    }

    public func runScript(_ path: PathArgument) throws(RuntimeError) {
        guard scriptDepth < Self.maxScriptDepth else {
            throw RuntimeError("scripts nested more than \(Self.maxScriptDepth) deep (does one source itself?)")
        }
        let file = sourcePath(path)
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.read(file)
        } catch {
            throw RuntimeError("cannot read \(error)", at: path.range, kind: .io)
        }
        scriptDepth += 1
        defer { scriptDepth -= 1 }
        switch runScriptText(Self.scriptText(bytes), path: file) {
        case .failed(let status): throw RuntimeError("", kind: .reported(exitStatus: status))
        // `exit` in a sourced script ends its caller's run too, as in a Unix shell.
        case .exited(let status): throw RuntimeError("", kind: .exit(status: status))
        case .ok, .incomplete: return
        }
    }

    public func save(_ output: Output, to path: PathArgument) throws(RuntimeError) {
        // What was printed before goes first, should the file be our own output (/dev/stdout,
        // /dev/stderr).
        out.flush()
        err.flush()
        let completed: Bool
        do {
            // Rendered into the file as it is made, and renamed over the target once whole.
            completed = try FileSystem.writeAtomically(to: path.text) { stream in
                do {
                    // A file: no width, no colour, but every worker for a big CSV or JSON.
                    try Renderer.write(output, spec: RenderSpec(workers: workers), to: stream, token: cancellation)
                    return true
                } catch {
                    return false
                }
            }
        } catch {
            throw RuntimeError("cannot write \(error)", at: path.range, kind: .io)
        }
        guard completed else { throw RuntimeError("interrupted: \(TerminalText.safe(path.text)) was not written", kind: .interrupted) }
        if case .table(let t, _) = output {
            notice("saved \(t.rows.count) row\(t.rows.count == 1 ? "" : "s") to \(path.text)")
        } else {
            notice("saved to \(path.text)")
        }
    }
}
