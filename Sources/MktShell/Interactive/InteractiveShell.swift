import MktCancel
import MktLineEditor

/// Puts the pieces of an interactive session together: the reader for this terminal, its
/// history file and completion, the banner, the loop, and closing up.
public enum InteractiveShell {
    /// The reader to use: libedit when `editing` is wanted and both standard input and output
    /// are terminals, plain lines otherwise (prompting only on a terminal).
    ///
    /// `history` defaults to the standard file; pass nil to keep history in memory only. A read
    /// ends as interrupted when `cancellation` (the session's) is cancelled.
    public static func makeReader(
        editing: Bool,
        completer: Completer?,
        history: HistoryFile? = HistoryFile.standard(),
        cancellation: CancellationToken
    ) -> LineReader {
        if editing && Terminal.canEdit,
            let reader = EditLineReader(
                historyFile: history, completion: completer.map { c in { c.complete($0) } }, cancellation: cancellation)
        {
            return reader
        }
        return PlainLineReader(prompting: Terminal.canEdit, cancellation: cancellation)
    }

    /// Runs an interactive session for `engine` on the process's terminal and returns how it
    /// ended; the terminal is restored and history saved (unless input failed) before it returns.
    ///
    /// - Parameters:
    ///   - editing: false for `--no-edit`.
    ///   - version: shown in the banner, which is printed only when stdin and stdout are terminals.
    public static func run(engine: InteractiveEngine, editing: Bool = true, version: String) -> InteractiveLoop.Exit {
        // Ctrl-C must clear the line or stop a command, not end the process: it cancels the
        // session's token, which the reader and every long statement watch.
        Interrupts.install()
        Interrupts.route(to: engine.cancellation)
        let completer = Completer(
            instrumentNames: { [weak engine] in engine?.instrumentNames ?? [] },
            archiveNames: { [weak engine] in engine?.archiveInstrumentNames ?? [] },
            columns: { [weak engine] in engine?.columns(ofVariable: $0) },
            variables: { [weak engine] in engine?.variableNames ?? [] },
            snapshots: { [weak engine] in engine?.snapshotIDs ?? [] })
        let reader = makeReader(editing: editing, completer: completer, cancellation: engine.cancellation)
        defer { reader.close() }
        if Terminal.canEdit { print(InteractiveLoop.banner(version: version)) }
        return InteractiveLoop(engine: engine, reader: reader, completer: completer).run()
    }
}
