import MktCancel

/// Whether some typed text is ready to run.
public enum InputStatus: Equatable, Sendable {
    /// Complete statements (possibly wrong ones: running them reports the errors).
    case complete
    /// An open string or parenthesis, or a trailing `|`: keep reading lines.
    case incomplete
}

/// What the interactive loop needs from the session that runs the language.
public protocol InteractiveEngine: AnyObject {
    /// Whether `text` (all lines typed so far for one statement) can run yet.
    func inputStatus(_ text: String) -> InputStatus
    /// Runs `text` typed at the prompt; prints results and diagnostics itself, never stops the
    /// session. Returns after the run, or after Ctrl-C stopped it.
    func runInteractive(_ text: String)
    /// The current snapshot's id, for the prompt (nil when nothing is loaded).
    var currentSnapshotLabel: String? { get }
    /// Names of the instruments in the current snapshot, for completion.
    var instrumentNames: [String] { get }
    /// Names of the instruments in every loaded snapshot, for completing `history` and `news`.
    var archiveInstrumentNames: [String] { get }
    /// Set once a statement asked to leave (`exit N`, `quit`): the status to leave with.
    var exitRequest: Int32? { get }
    /// The columns of the rows `$name` holds, for completion; nil when it holds none.
    func columns(ofVariable name: String) -> [String]?
    /// The variables set so far (without `$`), for completion.
    var variableNames: [String] { get }
    /// The loaded snapshots' ids, for completing `use`.
    var snapshotIDs: [String] { get }
    /// Says why `text`, a statement left unfinished (Ctrl-D on a continuation line), cannot run.
    func reportUnfinished(_ text: String)
    /// The session's Ctrl-C: what the line reader watches, cleared before each statement runs.
    var cancellation: CancellationToken { get }
}

extension InteractiveEngine {
    public var exitRequest: Int32? { nil }
    public func columns(ofVariable name: String) -> [String]? { nil }
    public var variableNames: [String] { [] }
    public var snapshotIDs: [String] { [] }
    public func reportUnfinished(_ text: String) {}
}

extension InteractiveEngine {
    /// An engine that keeps one snapshot offers its names.
    public var archiveInstrumentNames: [String] { instrumentNames }
}
