import MarketModel
import MktLanguage
import MktLineEditor
import MktResult

/// The read–run loop of the interactive shell: prompt, gather lines until the statement is
/// complete, record it as one history entry, run it, repeat until Ctrl-D or a leaving command.
///
/// The loop knows nothing about terminals: the reader draws prompts and echoes `^C`/`^D`, the
/// engine prints results. So it runs the same against a fake reader in tests.
///
/// History is recorded *before* the statement runs, and the editing reader appends each entry
/// to the history file at once (a locked, atomic merge: see `HistoryFile`). A statement that
/// crashes mkt, a window closed mid-command or SIGHUP therefore lose nothing, a clean exit has
/// nothing left to write, and a terminal that fails (EIO) never triggers a write.
public final class InteractiveLoop {
    /// How the loop ended.
    public enum Exit: Equatable, Sendable {
        /// Ctrl-D on an empty line, or the end of input.
        case endOfInput
        /// `.quit`, `.exit`, `quit` or `exit` alone on the line.
        case leavingCommand
        /// A statement asked to leave with a status: `exit 3`, or `load x; quit`.
        case exitStatement(status: Int32)
        /// Reading failed (the terminal went away).
        case inputFailed
    }

    /// The prompt when no snapshot is loaded.
    public static let basePrompt = "mkt> "

    /// Labels longer than this are shortened in the prompt.
    static let longestLabel = 20

    private let engine: InteractiveEngine
    private let reader: LineReader
    private let completer: Completer?

    /// A loop running `engine` on lines from `reader`; `completer` (if any) is told about
    /// continuation lines so Tab knows the whole statement.
    public init(engine: InteractiveEngine, reader: LineReader, completer: Completer? = nil) {
        self.engine = engine
        self.reader = reader
        self.completer = completer
    }

    /// Runs until the user leaves; does not close the reader.
    public func run() -> Exit {
        var pending: [String] = []
        var prompt = Self.basePrompt
        while true {
            if pending.isEmpty { prompt = Self.prompt(label: engine.currentSnapshotLabel) }
            completer?.pendingInput = pending.joined(separator: "\n")
            let shown = pending.isEmpty ? prompt : Self.continuationPrompt(for: prompt)
            switch reader.readLine(prompt: shown) {
            case .interrupted:
                // Ctrl-C drops the whole statement, continuation lines included.
                pending = []
            case .endOfInput:
                if reader.inputFailed { return .inputFailed }
                guard pending.isEmpty else {
                    // Ctrl-D in the middle of a statement: say why it cannot run and prompt
                    // again, as bash does; at the real end of input the next read ends it.
                    engine.reportUnfinished(pending.joined(separator: "\n"))
                    pending = []
                    continue
                }
                return .endOfInput
            case .line(let line):
                // A Ctrl-C from while the line was typed must not stop what it runs; one pressed
                // from here on (Enter, then Ctrl-C while history is saved) is meant for the command.
                engine.cancellation.reset()
                if pending.isEmpty && Self.isLeavingCommand(line) { return .leavingCommand }
                pending.append(line)
                let text = pending.joined(separator: "\n")
                // The engine keeps the parse it makes here and runs it: a statement is parsed once.
                if engine.inputStatus(text) == .incomplete { continue }
                pending = []
                if HistoryEntries.isBlank(text) { continue }
                reader.addHistory(text)
                engine.runInteractive(text)
                if let status = engine.exitRequest { return .exitStatement(status: status) }
            }
        }
    }

    // MARK: - Prompts and words

    /// `mkt> `, or `mkt[LABEL]> ` with the current snapshot; a long label keeps its start
    /// (a snapshot id begins with its date) and ends in `…`.
    public static func prompt(label: String?) -> String {
        guard let label, !label.isEmpty else { return basePrompt }
        let shown = label.count > longestLabel ? String(label.prefix(longestLabel - 1)) + "…" : label
        return "mkt[\(shown)]> "
    }

    /// `...> ` padded on the left to the width of `prompt`, so continuation lines line up.
    public static func continuationPrompt(for prompt: String) -> String {
        let dots = "...> "
        let padding = max(0, DisplayWidth.of(prompt) - DisplayWidth.of(dots))
        return String(repeating: " ", count: padding) + dots
    }

    /// Whether `line` asks to leave the shell.
    public static func isLeavingCommand(_ line: String) -> Bool {
        // In any case, as every word of the language (`EXIT` is `exit`, `.QUIT` is `.quit`).
        CommandWord.named(line.trimmingBlanks())?.kind == .exit
    }

    /// The start-up banner: how to get help and how to leave.
    public static func banner(version: String) -> String {
        "mkt \(version) — type 'help' for commands, Ctrl-D or .quit/exit to leave"
    }
}

extension String {
    /// Without leading and trailing white space (Foundation's trimming, without Foundation).
    fileprivate func trimmingBlanks() -> Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<max(start, end)]
    }
}
