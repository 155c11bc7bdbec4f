import MktCancel
import MktCommandLine
import MktLanguage

#if canImport(Glibc)
import Glibc
#endif

/// mkt's version, shown by `--version` and the banner.
public enum MktVersion {
    public static let string = "0.1.0"
}

/// What `mkt` does with its command line: `-e` texts, a script, snapshots, piped stdin, the
/// interactive session (all through one `Session`), `mkt parse`, `mkt help`.
public enum Launch {
    /// Runs `mkt` with `arguments` (the program's name left out) and returns the exit status.
    public static func main(_ arguments: [String]) -> Int32 {
        switch MktCommandLine.parse(arguments, isScript: isScript) {
        case .run(let request):
            StatementMarker.adopt()
            return run(request)
        case .parse(let files):
            return ParseCommand.run(files, out: StandardStream(fd: STDOUT_FILENO), err: StandardStream(fd: STDERR_FILENO))
        case .help(let topic):
            return help(topic)
        case .usage(let text):
            StandardStream(fd: STDOUT_FILENO).writeLine(text)
            return ExitCode.ok
        case .version:
            StandardStream(fd: STDOUT_FILENO).writeLine(MktVersion.string)
            return ExitCode.ok
        case .usageError(let message, let usage):
            StandardStream(fd: STDERR_FILENO).writeLine("Error: \(message)\n\(usage)")
            return ExitCode.usage
        }
    }

    /// `mkt help [TOPIC]`: what `help [TOPIC]` prints in a session. A topic without a page is a
    /// usage error, with the session's message (`no help for 'sortt' — did you mean 'sort'?`).
    static func help(_ topic: String?) -> Int32 {
        let session = makeSession(color: .auto)
        defer { session.out.flush() }
        do {
            let statement = Statement.help(topic: topic, range: SourceRange(at: .start))
            try session.evaluator.execute(statement, in: SourceText(origin: "help", text: ""))
            return ExitCode.ok
        } catch {
            session.err.writeLine("mkt: \(error.message)")
            session.err.flush()
            return ExitCode.usage
        }
    }

    /// A session on the process's standard output and error.
    static func makeSession(color: ColorChoice, quiet: Bool = false) -> Session {
        let session = Session(
            out: StandardStream(fd: STDOUT_FILENO), err: StandardStream(fd: STDERR_FILENO),
            color: wantsColor(color, fd: STDOUT_FILENO),
            errorColor: wantsColor(color, fd: STDERR_FILENO))
        session.quiet = quiet
        // A test hook: the progress line of a load shows after this many milliseconds, not 500.
        if let value = getenv("MKT_PROGRESS_AFTER_MS"), let ms = UInt64(String(cString: value)), ms <= 3_600_000 {
            session.progressDelay = ms * 1_000_000
        }
        session.unicode = wantsUnicode { getenv($0).map { String(cString: $0) } }
        if Terminal.isTTY(STDOUT_FILENO) {
            session.terminalWidth = { Terminal.columns(STDOUT_FILENO) }
        }
        return session
    }

    /// Standard input, as a run sees it.
    struct Input {
        /// Standard input and output are a terminal: the prompt opens.
        var isTerminal: Bool
        /// All of standard input (piped input is run as a script).
        var read: () throws(IOFailure) -> [UInt8]

        static var standard: Input {
            Input(isTerminal: Terminal.isTTY(STDIN_FILENO) && Terminal.isTTY(STDOUT_FILENO)) { () throws(IOFailure) in
                try FileSystem.read(fd: STDIN_FILENO, name: "stdin")
            }
        }
    }

    /// Runs mkt as `request` says and returns the exit status.
    public static func run(_ request: RunRequest) -> Int32 {
        let session = makeSession(color: request.color, quiet: request.quiet)
        session.state.timer = request.timer
        // The process ends when this returns: the session (every loaded snapshot, millions of
        // objects for an archive) is left for the exit to reclaim, not freed one by one.
        _ = Unmanaged.passRetained(session)
        defer {
            session.out.flush()
            session.err.flush()
        }
        return run(request, in: session, input: .standard)
    }

    /// Runs `request` in `session`, with `input` as standard input. Every text it runs (an -e
    /// text, the script, piped input) is parsed once: checked, then that parse runs.
    static func run(_ request: RunRequest, in session: Session, input: Input) -> Int32 {
        if request.interactive {
            // The session goes on after -e or the script: Ctrl-C stops what they run, not mkt.
            Interrupts.install()
            Interrupts.route(to: session.cancellation)
        }
        // With -i, a failing -e text or script has reported its error and the session opens
        // anyway, as `python -i` does; its exit status is then the session's. The start-up file
        // is not read after them (they have set the session up).
        switch request.mode {
        case .execute(let texts, let snapshots):
            let status = execute(texts, loading: snapshots, in: session, interactive: request.interactive)
            if case .exited(let code) = status { return code }
            return request.interactive ? interactive(session, request, startupFile: false) : status.stopStatus ?? 0
        case .script(let path, let arguments):
            session.state.arguments = arguments
            let outcome = session.runFile(path)
            if case .exited(let code) = outcome { return code }
            return request.interactive ? interactive(session, request, startupFile: false) : outcome.stopStatus ?? 0
        case .session(let snapshots):
            if !input.isTerminal && !request.interactive {
                // Piped input runs as a script, exactly as -e would: checked, then the snapshots
                // loaded; a syntax error or a snapshot that cannot be read runs nothing.
                let bytes: [UInt8]
                do {
                    bytes = try input.read()
                } catch {
                    session.err.writeLine("mkt: cannot read \(error)")
                    return ExitCode.ioError
                }
                let parsed = session.parse(Session.scriptText(bytes), origin: "stdin")
                if !session.check(parsed) { return ExitCode.syntaxError }
                if !snapshots.isEmpty, case .failed(let code) = session.load(snapshots) { return code }
                return session.run(parsed).stopStatus ?? ExitCode.ok
            }
            // The shell opens even when a snapshot could not be read (the error is shown).
            if !snapshots.isEmpty { _ = session.load(snapshots) }
            return interactive(session, request)
        }
    }

    /// Runs the -e `texts` after loading `snapshots`. Every text is checked before any runs: a
    /// syntax error anywhere runs nothing (with `interactive`, the snapshots are loaded for the
    /// session that opens). With several texts, errors say which: `-e#2:1:5: error: …`.
    static func execute(
        _ texts: [String], loading snapshots: [String], in session: Session, interactive: Bool
    )
        -> Session.Outcome
    {
        func origin(_ i: Int) -> String { texts.count > 1 ? "-e#\(i + 1)" : "-e" }
        let parsed = texts.indices.map { session.parse(texts[$0], origin: origin($0)) }
        if parsed.map(session.check).contains(false) {
            if interactive, !snapshots.isEmpty { _ = session.load(snapshots) }
            return .failed(ExitCode.syntaxError)
        }
        // The positional arguments are snapshots, loaded first.
        if !snapshots.isEmpty, case .failed(let code) = session.load(snapshots) { return .failed(code) }
        for text in parsed {
            let outcome = session.run(text)
            // `exit N` ends everything, -i included; a failure stops the texts after it.
            if outcome.stopStatus != nil { return outcome }
        }
        return .ok
    }

    /// The interactive session, after the start-up file (when `startupFile` and not `--no-init`).
    /// Exits 0 when the user leaves, and `ExitCode.ioError` (74) when reading failed (the
    /// terminal went away).
    static func interactive(_ session: Session, _ request: RunRequest, startupFile: Bool = true) -> Int32 {
        // Ctrl-C stops what runs (the start-up file included), not mkt.
        Interrupts.install()
        Interrupts.route(to: session.cancellation)
        if startupFile, request.runInit, let path = initFilePath(), FileSystem.exists(path) {
            session.cancellation.reset()
            // `exit` in the start-up file leaves before the prompt; its errors do not.
            if case .exited(let code) = session.runFile(path) { return code }
        }
        let exit = InteractiveShell.run(engine: session, editing: request.edit, version: MktVersion.string)
        return exitStatus(exit)
    }

    /// The process's exit status for how the interactive loop ended.
    static func exitStatus(_ exit: InteractiveLoop.Exit) -> Int32 {
        switch exit {
        case .endOfInput, .leavingCommand: ExitCode.ok
        case .exitStatement(let status): status
        case .inputFailed: ExitCode.ioError
        }
    }

    /// A script is a `.mkt` file or any file that starts with `#!`; other arguments are snapshots.
    public static func isScript(_ path: String) -> Bool {
        if path.hasSuffix(".mkt") { return true }
        guard !FileSystem.isDirectory(path), let bytes = try? FileSystem.readPrefix(path, count: 2) else { return false }
        return bytes == [0x23, 0x21]
    }

    static func wantsColor(_ choice: ColorChoice, fd: Int32) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 { return false }
            return Terminal.isTTY(fd)
        }
    }

    /// Whether table views may draw with Unicode blocks (`▁▂▃`, `█`, `│`): the locale's
    /// character set, from the first of `LC_ALL`, `LC_CTYPE`, `LANG` that is set and not
    /// empty, is UTF-8 (none set: yes, since mkt writes UTF-8 text anyway); and `NO_COLOR`
    /// is not set, since it asks for plain output.
    static func wantsUnicode(_ environment: (String) -> String?) -> Bool {
        if let noColor = environment("NO_COLOR"), !noColor.isEmpty { return false }
        guard let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap(environment).first(where: { !$0.isEmpty })
        else { return true }
        let lowered = locale.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
    }

    /// `$XDG_CONFIG_HOME/mkt/init.mkt`, else `~/.config/mkt/init.mkt`.
    static func initFilePath() -> String? {
        if let xdg = getenv("XDG_CONFIG_HOME").map({ String(cString: $0) }), xdg.hasPrefix("/") {
            return xdg + "/mkt/init.mkt"
        }
        guard let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty else { return nil }
        return home + "/.config/mkt/init.mkt"
    }
}
