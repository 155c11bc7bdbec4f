import MarketModel
import MktCancel
import MktCommandLine
import MktLanguage
import MktRender

/// One mkt session: the loop every input goes through (REPL lines, script files, `-e` text,
/// piped stdin), the evaluator's host, and the printing of results and diagnostics.
public final class Session {
    /// How a run of some input ended.
    public enum Outcome: Equatable {
        case ok
        /// The input needs more lines (REPL only: a script reports an error instead).
        case incomplete
        /// Stopped; the exit code says why (65 syntax, 70 runtime, 74 I/O).
        case failed(Int32)
        /// An `exit` statement ended the session, with this status.
        case exited(Int32)

        /// The process's exit status when this outcome ends the run (a failure or `exit`),
        /// nil when the run goes on.
        public var stopStatus: Int32? {
            switch self {
            case .ok, .incomplete: return nil
            case .failed(let status), .exited(let status): return status
            }
        }
    }

    let out: StandardStream
    let err: StandardStream
    /// Colour on standard output (tables) and standard error (diagnostics).
    public var color: Bool
    public var errorColor: Bool
    /// The drawings of table views (sparklines, bars) may use Unicode blocks; plain ASCII
    /// when false (`Launch.wantsUnicode`: a locale that is not UTF-8, or `NO_COLOR`).
    public var unicode = true
    /// `-q`: no notes (load summaries, `saved …`) on standard error; errors still show.
    public var quiet = false
    /// This session's Ctrl-C: asked by long statements (a load of many files, a parse, a
    /// pipeline, a huge result being printed). Ctrl-C reaches it when the interactive shell
    /// routes SIGINT here (`Interrupts.route(to:)`); tests cancel it directly.
    public let cancellation = CancellationToken()
    /// How long a load runs before its progress line shows on a terminal's standard error, in
    /// nanoseconds (`MKT_PROGRESS_AFTER_MS` at launch sets it, for tests).
    public var progressDelay = LoadProgress.defaultDelay
    /// The terminal's width when standard output is one.
    public var terminalWidth: () -> Int? = { nil }
    /// The status of an `exit` typed at the prompt: the interactive loop then ends.
    public internal(set) var exitRequest: Int32?
    /// `source` nesting, bounded so a script that sources itself stops with an error.
    var scriptDepth = 0
    static let maxScriptDepth = 32
    /// The folder of the script file running (`mkt dir/main.mkt`, a sourced file, the start-up
    /// file), against which its `source lib.mkt` is read; nil at the prompt, in `-e` and stdin.
    var scriptFolder: String?
    /// What the interactive loop's last `inputStatus` parsed: the statement it then runs.
    var promptInput: ParsedInput?
    /// The distinct instrument names of every loaded snapshot, for completion, and which
    /// snapshots they were read from (recomputed when that changes).
    var archiveNamesCache: (key: [String], names: [String])?
    /// The files the statement being timed has loaded (`set timer on`), for its timer line.
    var loadedPaths: [String]?
    /// How many texts this session has parsed (tests count them: each input is parsed once).
    private(set) var parseCount = 0

    /// The evaluator, whose host is this session (it holds the session unowned).
    public private(set) lazy var evaluator = Evaluator(host: self)

    public init(out: StandardStream, err: StandardStream, color: Bool = false, errorColor: Bool = false) {
        self.out = out
        self.err = err
        self.color = color
        self.errorColor = errorColor
        out.cancellation = cancellation
    }

    public var state: SessionState {
        get { evaluator.state }
        set { evaluator.state = newValue }
    }

    /// Text parsed once, for `check` to report on and `run` to run: an -e text, a script, piped
    /// input and a statement typed at the prompt are each parsed once.
    public struct ParsedInput {
        public let source: SourceText
        let result: ParseResult
    }

    /// Parses `text`, read from `origin` (a path, `-e`, `stdin`).
    public func parse(_ text: String, origin: String) -> ParsedInput {
        parseCount += 1
        let source = SourceText(origin: origin, text: text)
        return ParsedInput(source: source, result: Parser.parse(source))
    }

    /// Parses and runs `text`. A script (`interactive == false`) with syntax errors reports
    /// every one and runs nothing; a failing statement stops the run.
    @discardableResult
    public func run(_ text: String, origin: String, interactive: Bool = false) -> Outcome {
        run(parse(text, origin: origin), interactive: interactive)
    }

    /// Runs what `parse` made of a text, as `run(_:origin:interactive:)` does.
    @discardableResult
    public func run(_ input: ParsedInput, interactive: Bool = false) -> Outcome {
        let source = input.source
        let parsed = input.result
        if let stop = syntaxOutcome(parsed, in: source, interactive: interactive) { return stop }
        for statement in parsed.statements {
            do {
                StatementMarker.started()
                try timed { () throws(RuntimeError) in try evaluator.execute(statement, in: source) }
                out.flush()
                // Ctrl-C while the result was printed (it was cut short): the run stops here.
                if cancellation.isCancelled { return interrupted() }
            } catch {
                out.flush()
                switch error.kind {
                case .exit(let status):
                    return .exited(status)
                case .reported(let status):
                    // A sourced script failed and said why; say where it was sourced from, as
                    // clang says where a header was included from.
                    if case .source = statement {
                        report(Diagnostic(.note, "in the script run here", at: statement.range), in: source)
                    }
                    return .failed(status)
                case .interrupted:
                    return interrupted(error.message)
                case .io:
                    report(error.diagnostic(statementRange: statement.range), in: source)
                    return .failed(ExitCode.ioError)
                case .runtime:
                    report(error.diagnostic(statementRange: statement.range), in: source)
                    return .failed(ExitCode.runtimeError)
                }
            }
        }
        return .ok
    }

    /// Reports the syntax errors of `input` (all of them) without running it; true when none.
    public func check(_ input: ParsedInput) -> Bool {
        syntaxOutcome(input.result, in: input.source, interactive: false) == nil
    }

    /// How a run stops before it starts: more input wanted, or syntax errors (reported).
    private func syntaxOutcome(_ parsed: ParseResult, in source: SourceText, interactive: Bool) -> Outcome? {
        if parsed.isIncomplete {
            if interactive { return .incomplete }
            if !parsed.hasErrors {
                report(
                    .error("unexpected end of input: the statement is not finished", at: SourceRange(at: source.endLocation)), in: source)
                return .failed(ExitCode.syntaxError)
            }
        }
        guard parsed.hasErrors else { return nil }
        for d in parsed.diagnostics { report(d, in: source) }
        return .failed(ExitCode.syntaxError)
    }

    /// Runs a script file (`mkt script.mkt`, the start-up file), its path as the origin.
    public func runFile(_ path: String) -> Outcome {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.read(path)
        } catch {
            err.writeLine("mkt: cannot read \(error)")
            err.flush()
            return .failed(ExitCode.ioError)
        }
        return runScriptText(Self.scriptText(bytes), path: path)
    }

    /// A run stopped by Ctrl-C: said once, and a runtime failure for the exit status.
    /// Reports a statement stopped by Ctrl-C: `interrupted`, or what the statement says it left
    /// undone (`interrupted: nothing was loaded`).
    private func interrupted(_ message: String = "interrupted") -> Outcome {
        // A row cut in the middle leaves the terminal's line open.
        if out.isTerminal { out.endLine() }
        err.writeLine(message.isEmpty ? "interrupted" : message)
        err.flush()
        return .failed(ExitCode.runtimeError)
    }

    /// Runs the text of the script file at `path`: a relative `source` in it is read from its
    /// folder, the real one when `path` is a symbolic link (a script linked into `~/bin`).
    func runScriptText(_ text: String, path: String) -> Outcome {
        let caller = scriptFolder
        scriptFolder = FileSystem.parentDirectory(of: (try? FileSystem.resolvingLinks(path)) ?? path)
        defer { scriptFolder = caller }
        return run(text, origin: path)
    }

    /// The file `source PATH` reads: a relative path written in a script file is beside that
    /// script (`lib.mkt` in `dir/main.mkt` is `dir/lib.mkt`); elsewhere, and for a path from a
    /// variable (`source $1`), it is as written, from the current directory.
    func sourcePath(_ path: PathArgument) -> String {
        let text = path.text
        guard let folder = scriptFolder, !path.isVariable, !text.isEmpty, !text.hasPrefix("/"), !text.hasPrefix("~")
        else { return text }
        switch folder {
        case ".": return text
        case "/": return "/" + text
        default: return folder + "/" + text
        }
    }

    /// A script's text from its bytes: UTF-8, without the byte order mark some editors put first.
    static func scriptText(_ bytes: [UInt8]) -> String {
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        return String(decoding: text, as: UTF8.self)
    }

    /// Loads snapshot files given on the command line, as `load` would.
    public func load(_ arguments: [String]) -> Outcome {
        let paths = arguments.map { PathArgument($0, isQuoted: false, range: SourceRange(at: .start)) }
        do {
            try timed { () throws(RuntimeError) in try evaluator.load(paths) }
            return .ok
        } catch {
            err.writeLine("mkt: \(error.message)")
            err.flush()
            return .failed(error.kind == .interrupted ? ExitCode.runtimeError : ExitCode.ioError)
        }
    }

    func report(_ diagnostic: Diagnostic, in source: SourceText) {
        err.writeLine(Renderer.text(diagnostic.report(in: source), color: errorColor))
        err.flush()
    }
}
