#if canImport(Glibc)
import Glibc
#endif
import MktCancel
import MktLanguage

/// mkt's version, shown by `--version` and the banner.
public enum MktVersion {
    public static let string = "0.1.0"
}

/// What `mkt` does with its command line: `-e` texts, a script, snapshots, piped stdin, or the
/// interactive session; all through one `Session`.
public enum Launch {
    public enum Color: Sendable { case auto, always, never }

    public struct Options: Sendable {
        public var texts: [String]
        public var files: [String]
        public var interactive: Bool
        public var color: Color
        public var edit: Bool
        public var runInit: Bool
        public var quiet: Bool

        public init(
            texts: [String], files: [String], interactive: Bool, color: Color, edit: Bool, runInit: Bool,
            quiet: Bool = false
        ) {
            self.texts = texts
            self.files = files
            self.interactive = interactive
            self.color = color
            self.edit = edit
            self.runInit = runInit
            self.quiet = quiet
        }
    }

    /// Runs mkt as `options` say and returns the exit status.
    public static func run(_ options: Options) -> Int32 {
        let out = StandardStream(fd: STDOUT_FILENO)
        let err = StandardStream(fd: STDERR_FILENO)
        let session = Session(
            out: out, err: err,
            color: wantsColor(options.color, fd: STDOUT_FILENO),
            errorColor: wantsColor(options.color, fd: STDERR_FILENO))
        session.quiet = options.quiet
        // The process ends when this returns: the session (every loaded snapshot, millions of
        // objects for an archive) is left for the exit to reclaim, not freed one by one.
        _ = Unmanaged.passRetained(session)
        if Terminal.isTTY(STDOUT_FILENO) {
            session.terminalWidth = { Terminal.columns(STDOUT_FILENO) }
        }
        defer {
            out.flush()
            err.flush()
        }

        if options.interactive {
            // The session goes on after -e or the script: Ctrl-C stops what they run, not mkt.
            Interrupts.install()
            Interrupts.route(to: session.cancellation)
        }
        var status: Int32 = 0
        // With -i, a failing -e text or script has reported its error and the session opens
        // anyway, as `python -i` does; its exit status is then the session's. The start-up file
        // is not read after them (they have set the session up).
        if !options.texts.isEmpty {
            // Every -e text is checked before any runs: a syntax error anywhere runs nothing.
            // With several -e texts, errors say which: `-e#2:1:5: error: …`.
            func origin(_ i: Int) -> String { options.texts.count > 1 ? "-e#\(i + 1)" : "-e" }
            let checked = options.texts.indices.map { session.check(options.texts[$0], origin: origin($0)) }
            if checked.contains(false) {
                status = ExitCode.syntaxError
                // With -i the session opens anyway, with the snapshots it was given.
                if options.interactive, !options.files.isEmpty { _ = session.load(options.files) }
            } else if !options.files.isEmpty, case .failed(let code) = session.load(options.files) {
                // -e: the positional arguments are snapshots, loaded first.
                status = code
            }
            for (i, text) in options.texts.enumerated() where status == 0 {
                let outcome = session.run(text, origin: origin(i))
                // `exit N` ends everything, -i included.
                if case .exited(let code) = outcome { return code }
                status = outcome.stopStatus ?? 0
            }
            return options.interactive ? interactive(session, options, startupFile: false) : status
        }
        if let first = options.files.first, isScript(first) {
            session.state.arguments = Array(options.files.dropFirst())
            let outcome = session.runFile(first)
            if case .exited(let code) = outcome { return code }
            return options.interactive ? interactive(session, options, startupFile: false) : outcome.stopStatus ?? 0
        }
        let terminal = Terminal.isTTY(STDIN_FILENO) && Terminal.isTTY(STDOUT_FILENO)
        if !terminal && !options.interactive {
            // Piped input runs as a script, exactly as -e would: checked, then the snapshots
            // loaded; a syntax error or a snapshot that cannot be read runs nothing.
            let bytes: [UInt8]
            do {
                bytes = try FileSystem.read(fd: STDIN_FILENO, name: "stdin")
            } catch {
                session.err.writeLine("mkt: cannot read \(error)")
                return ExitCode.ioError
            }
            let text = Session.scriptText(bytes)
            if !session.check(text, origin: "stdin") { return ExitCode.syntaxError }
            if !options.files.isEmpty, case .failed(let code) = session.load(options.files) { return code }
            return session.run(text, origin: "stdin").stopStatus ?? ExitCode.ok
        }
        // The shell opens even when a snapshot could not be read (the error is shown).
        if !options.files.isEmpty { _ = session.load(options.files) }
        return interactive(session, options)
    }

    /// The interactive session, after the start-up file (when `startupFile` and not `--no-init`).
    /// Exits 0 when the user leaves, and `ExitCode.ioError` (74) when reading failed (the
    /// terminal went away).
    static func interactive(_ session: Session, _ options: Options, startupFile: Bool = true) -> Int32 {
        // Ctrl-C stops what runs (the start-up file included), not mkt.
        Interrupts.install()
        Interrupts.route(to: session.cancellation)
        if startupFile, options.runInit, let path = initFilePath(), FileSystem.exists(path) {
            session.cancellation.reset()
            // `exit` in the start-up file leaves before the prompt; its errors do not.
            if case .exited(let code) = session.runFile(path) { return code }
        }
        let exit = InteractiveShell.run(engine: session, editing: options.edit, version: MktVersion.string)
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

    static func wantsColor(_ choice: Color, fd: Int32) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 { return false }
            return Terminal.isTTY(fd)
        }
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
