import MarketModel
import MktCommandLine
import MktRender
import MktResult

#if canImport(Glibc)
import Glibc
#endif

/// `mkt parse FILE...`: each snapshot's model as one JSON object per line.
public enum ParseCommand {
    /// The argument that stands for standard input.
    public static let standardInput = "-"
    /// The name standard input's snapshot is parsed under: its id, and the place in warnings.
    public static let standardInputName = "stdin"

    /// Prints the snapshots of `arguments` (files, folders, patterns, `-` for one snapshot on
    /// standard input) in order; warnings go to standard error as `PATH:LINE: warning: MESSAGE`.
    /// Returns 0, or 74 when a file could not be read (the others are still printed).
    public static func run(_ arguments: [String], out: StandardStream, err: StandardStream) -> Int32 {
        var status: Int32 = 0
        var files: [String] = []
        func printPendingFiles() {
            if !files.isEmpty && printFiles(files, out: out, err: err) != 0 { status = ExitCode.ioError }
            files = []
        }
        for argument in arguments {
            guard argument == standardInput else {
                files.append(argument)
                continue
            }
            printPendingFiles()
            if printStandardInput(out: out, err: err) != 0 { status = ExitCode.ioError }
        }
        printPendingFiles()
        out.flush()
        return status
    }

    private static func printStandardInput(out: StandardStream, err: StandardStream) -> Int32 {
        defer { err.flush() }
        do {
            let bytes = try FileSystem.read(fd: STDIN_FILENO, name: standardInputName)
            printSnapshot(SnapshotParser.parse(bytes, fileName: standardInputName), path: standardInputName, out: out, err: err)
            return ExitCode.ok
        } catch {
            err.writeLine("mkt: cannot read \(error)")
            return ExitCode.ioError
        }
    }

    private static func printFiles(_ arguments: [String], out: StandardStream, err: StandardStream) -> Int32 {
        let (paths, missing) = SnapshotLoader.expand(arguments)
        var status: Int32 = 0
        for failure in missing {
            err.writeLine("mkt: cannot read \(failure)")
            status = ExitCode.ioError
        }
        // In batches, so memory stays bounded however many files there are; each batch is
        // read, parsed and encoded on every core, then printed in order.
        var start = 0
        while start < paths.count {
            let batch = Array(paths[start..<min(paths.count, start + 4096)])
            start += batch.count
            let encoded = SnapshotLoader.map(batch) { path in
                SnapshotLoader.loadOne(path).map { snapshot in
                    (line: Renderer.text(.snapshotModel(snapshot)), warnings: snapshot.warnings)
                }
            }
            for (path, result) in zip(batch, encoded) {
                switch result {
                case .some(.success(let parsed)):
                    printWarnings(parsed.warnings, path: path, err: err)
                    out.write(parsed.line)
                case .some(.failure(let failure)):
                    err.writeLine("mkt: cannot read \(failure)")
                    status = ExitCode.ioError
                case .none:
                    break
                }
            }
            err.flush()
        }
        return status
    }

    private static func printWarnings(_ warnings: [ParseWarning], path: String, err: StandardStream) {
        for w in warnings {
            err.writeLine("\(TerminalText.safe(path)):\(w.line): warning: \(TerminalText.safe(w.message))")
        }
    }

    private static func printSnapshot(_ snapshot: Snapshot, path: String, out: StandardStream, err: StandardStream) {
        printWarnings(snapshot.warnings, path: path, err: err)
        out.write(Renderer.text(.snapshotModel(snapshot)))
    }
}
