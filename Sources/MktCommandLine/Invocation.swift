/// What `mkt` was asked to do by its command line.
public enum Invocation: Equatable, Sendable {
    /// Run the session: `-e` texts, a script, or the prompt (piped standard input).
    case run(RunRequest)
    /// `mkt parse FILE...`: each snapshot's model as JSON.
    case parse(files: [String])
    /// `mkt help [TOPIC]`: the language's help, as `help` prints it in a session.
    case help(topic: String?)
    /// `--help`: this text on standard output, exit 0.
    case usage(String)
    /// `--version`.
    case version
    /// A wrong command line: the message, then `usage` on standard error, exit 64.
    case usageError(message: String, usage: String)
}

/// `--color`: when tables and diagnostics are coloured.
public enum ColorChoice: String, CaseIterable, Sendable {
    /// On a terminal, unless `NO_COLOR` is set.
    case auto
    case always
    case never
}

/// How the session runs: what it runs first, and its options.
public struct RunRequest: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        /// `-e TEXT...`: the texts, after the snapshots are loaded.
        case execute(texts: [String], snapshots: [String])
        /// `SCRIPT.mkt ARG...`: the script, its arguments as `$1`….
        case script(path: String, arguments: [String])
        /// The snapshots, then the prompt (or piped standard input, run as a script).
        case session(snapshots: [String])
    }

    public var mode: Mode
    /// `-i`: the prompt opens after the `-e` texts or the script.
    public var interactive = false
    public var color = ColorChoice.auto
    /// `--no-edit` makes it false: plain lines, without libedit.
    public var edit = true
    /// `--no-init` makes it false: the start-up file is not run.
    public var runInit = true
    /// `-q`: no notes on standard error.
    public var quiet = false
    /// `--timer`: each statement's wall time on standard error.
    public var timer = false

    public init(
        _ mode: Mode, interactive: Bool = false, color: ColorChoice = .auto, edit: Bool = true, runInit: Bool = true,
        quiet: Bool = false, timer: Bool = false
    ) {
        self.mode = mode
        self.interactive = interactive
        self.color = color
        self.edit = edit
        self.runInit = runInit
        self.quiet = quiet
        self.timer = timer
    }
}
