import MarketModel
import MktResult

/// Everything a session remembers between statements: the snapshots loaded, which one is
/// current, variables and settings. A value type: the evaluator owns one.
public struct SessionState: Sendable {
    public var snapshots: [Snapshot] = [] {
        didSet { instrumentIndex = nil }  // every load or replace: built again when next read
    }
    /// The packed view of `snapshots`' instruments, once a query has built it (`InstrumentIndex`).
    var instrumentIndex: InstrumentIndex?
    /// Whether `where`, `group` and the aggregates over instruments take the index's fast
    /// paths; off only in tests, which compare them with the general path.
    var usesIndexFastPaths = true
    /// Index into `snapshots` of the current one (the last loaded).
    public var currentIndex: Int?
    /// Where each snapshot was read from, by its id (none for a snapshot whose host did not
    /// say). Kept beside the snapshots: the model has no path, as `mkt parse` prints it.
    public var files: [String: LoadedFile] = [:]
    public var variables: [String: Binding] = [:]
    /// The format of results without `to`.
    public var format: OutputFormat = .table
    /// `set timer on` (or `--timer`): the session prints each statement's wall time on
    /// standard error.
    public var timer = false
    /// Script arguments, `$1`, `$2`… (a number when one reads as a number), and `$args`, all
    /// of them separated by spaces.
    public var arguments: [String] = [] {
        didSet {
            for (i, a) in arguments.enumerated() {
                variables[String(i + 1)] = .value(Fixed(literal: Substring(a)).map(Value.number) ?? .text(a))
            }
            variables["args"] = .value(.text(arguments.joined(separator: " ")))
        }
    }

    public init() {}

    /// A loaded snapshot's file and the id its own name gives it (the file stem, `x` for
    /// `b/x.txt`), which its id differs from when another file of that name came first.
    public struct LoadedFile: Sendable, Equatable {
        public var file: SnapshotFile
        public var name: String
    }

    public var current: Snapshot? {
        guard let i = currentIndex, snapshots.indices.contains(i) else { return nil }
        return snapshots[i]
    }

    /// The current snapshot, or an error that says how to get one.
    func requireCurrent(at range: SourceRange) throws(RuntimeError) -> Snapshot {
        guard let current else {
            throw RuntimeError("no snapshot is loaded; try 'load examples/snapshots'", at: range)
        }
        return current
    }
}
