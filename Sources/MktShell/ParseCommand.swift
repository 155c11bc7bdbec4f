import MarketModel
import MktRender

/// `mkt parse FILE...`: each snapshot's model as one JSON object per line.
public enum ParseCommand {
    /// Prints the snapshots of `arguments` (files, folders, patterns) in order; warnings go to
    /// standard error as `PATH:LINE: warning: MESSAGE`. Returns 0, or 74 when a file could not
    /// be read (the others are still printed).
    public static func run(_ arguments: [String], out: StandardStream, err: StandardStream) -> Int32 {
        let (paths, missing) = SnapshotLoader.expand(arguments)
        var status: Int32 = 0
        for failure in missing {
            err.writeLine("mkt: cannot read \(failure)")
            status = ExitCode.ioError
        }
        // In batches, so memory stays bounded however many files there are.
        var start = 0
        while start < paths.count {
            let batch = Array(paths[start..<min(paths.count, start + 4096)])
            start += batch.count
            let outcome = SnapshotLoader.load(batch)
            var failures = outcome.failures.makeIterator()
            var snapshots = outcome.snapshots.makeIterator()
            // Keep the paths' order: a failed path has no snapshot.
            let failedPaths = Set(outcome.failures.map(\.path))
            for path in batch {
                if failedPaths.contains(path), let failure = failures.next() {
                    err.writeLine("mkt: cannot read \(failure)")
                    status = ExitCode.ioError
                    continue
                }
                guard let snapshot = snapshots.next() else { break }
                for w in snapshot.warnings {
                    err.writeLine("\(path):\(w.line): warning: \(TerminalText.safe(w.message))")
                }
                out.writeLine(SnapshotJSON.encode(snapshot))
            }
            err.flush()
        }
        out.flush()
        return status
    }
}

/// Exit codes with meaning (sysexits.h).
public enum ExitCode {
    public static let ok: Int32 = 0
    public static let usage: Int32 = 64
    public static let syntaxError: Int32 = 65
    public static let runtimeError: Int32 = 70
    public static let ioError: Int32 = 74
}
