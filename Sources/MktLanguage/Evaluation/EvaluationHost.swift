import MarketModel
import MktCancel
import MktResult

/// The file a snapshot was read from, as the session remembers it: which file it is (to tell
/// a reload of the same file from another file of the same name) and its folders (to name it
/// apart from such a file).
public struct SnapshotFile: Sendable, Equatable {
    /// The path as it was named (`b/x.txt`), for messages.
    public var path: String
    /// The path from the root, `.` and `..` taken away by name (`/home/me/b/x.txt`): its
    /// folders make the id of a file whose own name is taken.
    public var absolutePath: String
    /// What makes two paths the same file: the path with symbolic links resolved (realpath).
    public var identity: String

    public init(path: String, absolutePath: String, identity: String) {
        self.path = path
        self.absolutePath = absolutePath
        self.identity = identity
    }
}

/// What `load` brought in.
public struct LoadResult: Sendable {
    public var snapshots: [Snapshot]
    /// The file each snapshot was read from, in the same order; empty when the host does not
    /// know (a snapshot then replaces the loaded one with its id).
    public var files: [SnapshotFile]
    /// One message per path that could not be read (`cannot read x.txt: …`); the others load.
    public var failures: [String]

    public init(snapshots: [Snapshot], files: [SnapshotFile] = [], failures: [String] = []) {
        self.snapshots = snapshots
        self.files = files
        self.failures = failures
    }
}

/// The evaluator's way out to the world: the shell prints, reads and writes files for it, so
/// the language itself stays pure.
public protocol EvaluationHost: AnyObject {
    /// Prints a result on standard output: typed, for the host to render (`MktRender`).
    func emit(_ output: Output)
    /// Prints a note on standard error (summaries, `saved …`).
    func notice(_ text: String)
    /// Reads snapshot files named by paths, folders and patterns.
    func loadSnapshots(_ paths: [PathArgument]) throws(RuntimeError) -> LoadResult
    /// Runs a script file in this session (`source`). A relative path written in a script
    /// file is the host's to place (beside that script); one from a variable is not.
    func runScript(_ path: PathArgument) throws(RuntimeError)
    /// Writes `output`, already in the file's format, to a file.
    func save(_ output: Output, to path: PathArgument) throws(RuntimeError)
    /// The session's Ctrl-C: long statements stop once it is cancelled.
    var cancellation: CancellationToken { get }
    /// How many threads the evaluator may use for the work of a load it does itself
    /// (building the instrument index).
    var workers: Int { get }
}

extension EvaluationHost {
    public var workers: Int { 1 }
}
