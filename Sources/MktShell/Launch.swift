#if canImport(Glibc)
import Glibc
#endif
import MktLanguage
import MktLineEditor

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
        if Terminal.isTTY(STDOUT_FILENO) {
            session.terminalWidth = { Terminal.columns(STDOUT_FILENO) }
        }
        defer {
            out.flush()
            err.flush()
        }

        var status: Int32 = 0
        // With -i, a failing -e text or script has reported its error and the session opens
        // anyway, as `python -i` does; its exit status is then the session's. The start-up file
        // is not read after them (they have set the session up).
        if !options.texts.isEmpty {
            // Every -e text is checked before any runs: a syntax error anywhere runs nothing.
            let checked = options.texts.map { session.check($0, origin: "-e") }
            if checked.contains(false) {
                status = ExitCode.syntaxError
            } else if !options.files.isEmpty, case .failed(let code) = session.load(options.files) {
                // -e: the positional arguments are snapshots, loaded first.
                status = code
            }
            for text in options.texts where status == 0 {
                if case .failed(let code) = session.run(text, origin: "-e") { status = code }
            }
            return options.interactive ? interactive(session, options, startupFile: false) : status
        }
        if let first = options.files.first, isScript(first) {
            session.state.arguments = Array(options.files.dropFirst())
            if case .failed(let code) = session.runFile(first) { status = code }
            return options.interactive ? interactive(session, options, startupFile: false) : status
        }
        if !options.files.isEmpty, case .failed(let code) = session.load(options.files) {
            status = code
        }
        let terminal = Terminal.isTTY(STDIN_FILENO) && Terminal.isTTY(STDOUT_FILENO)
        if !terminal && !options.interactive {
            // Piped input runs as a script, exactly as -e would.
            let text = readAll(STDIN_FILENO)
            if case .failed(let code) = session.run(text, origin: "stdin") { return code }
            return status
        }
        return interactive(session, options)
    }

    /// The interactive session, after the start-up file (when `startupFile` and not `--no-init`).
    /// Exits 0 when the user leaves, and `ExitCode.ioError` (74) when reading failed (the
    /// terminal went away).
    static func interactive(_ session: Session, _ options: Options, startupFile: Bool = true) -> Int32 {
        // Ctrl-C stops what runs (the start-up file included), not mkt.
        InterruptFlag.install()
        session.cancellationCheck = { InterruptFlag.isSet }
        if startupFile, options.runInit, let path = initFilePath(), FileSystem.exists(path) {
            InterruptFlag.take()
            _ = session.runFile(path)
        }
        let exit = InteractiveShell.run(engine: session, editing: options.edit, version: MktVersion.string)
        return exitStatus(exit)
    }

    /// The process's exit status for how the interactive loop ended.
    static func exitStatus(_ exit: InteractiveLoop.Exit) -> Int32 {
        switch exit {
        case .endOfInput, .leavingCommand: ExitCode.ok
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

    static func readAll(_ fd: Int32) -> String {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return read(fd, base, raw.count)
            }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            bytes += chunk[..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
