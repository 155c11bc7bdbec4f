/// `mkt`'s command line: its options (one table, behind the usage text and the parsing) and
/// how arguments become an `Invocation`.
public enum MktCommandLine {
    static let execute = CommandOption(
        short: "e", long: "execute", value: "TEXT",
        help: "Run TEXT (repeatable); the other arguments are then snapshots to load first.")
    static let interactive = CommandOption(
        short: "i", help: "Open the interactive session after -e or the script has run.")
    static let color = CommandOption(
        long: "color", value: "WHEN", help: "Colour: auto (terminal and no NO_COLOR), always or never.")
    static let noEdit = CommandOption(long: "no-edit", help: "Read plain lines, without libedit, even on a terminal.")
    static let quiet = CommandOption(
        short: "q", long: "quiet", help: "No load summaries or other notes on standard error; errors still show.")
    static let timer = CommandOption(
        long: "timer", help: "Print each statement's wall time on standard error (as 'set timer on').")
    static let noInit = CommandOption(
        long: "no-init", help: "Do not run the start-up file ($XDG_CONFIG_HOME/mkt/init.mkt).")
    static let version = CommandOption(long: "version", help: "Print mkt's version.")
    static let help = CommandOption(short: "h", long: "help", help: "Print this text.")

    /// Every option of `mkt`, in the order `--help` lists them.
    public static let options = OptionTable([execute, interactive, color, noEdit, quiet, timer, noInit, version, help])

    /// `mkt parse`'s only option.
    static let parseOptions = OptionTable([help])

    /// The ways to run mkt, as `--help` and usage errors show them.
    public static let synopsis = """
        Usage: mkt [OPTIONS]                        interactive session (or run piped stdin)
               mkt [OPTIONS] SNAPSHOT...            load snapshots, then as above
               mkt [OPTIONS] SCRIPT.mkt [ARG...]    run a script with its arguments
               mkt [OPTIONS] -e TEXT... [SNAPSHOT...]
               mkt parse FILE...                    each snapshot's model as JSON
               mkt help [TOPIC]                     the language's help
        """

    /// `mkt --help`.
    public static let helpText = """
        mkt: a shell for exploring market snapshots.

        \(synopsis)

        Options (anywhere before a script; -- ends them):
        \(options.helpText)

        Type 'help' in a session (or mkt help) for the language. Exit codes: 0 ok, 64 usage,
        65 syntax error, 70 runtime error, 74 I/O error; a script's 'exit N' exits with N.
        """

    static let parseSynopsis = "Usage: mkt parse FILE..."

    /// `mkt parse --help`.
    public static let parseHelpText = """
        mkt parse: print each snapshot's model as one JSON object per line.

        \(parseSynopsis)

        FILE is a snapshot file, a folder (its *.txt files), a pattern, or - for standard input.
        A snapshot's id is its file name without the folder and the extension; '-' reads one
        snapshot from standard input, whose id is 'stdin'. Warnings go to standard error.
        Exits 74 when a file cannot be read.
        """

    /// What `arguments` (without the program's name) ask for. `isScript` says whether the
    /// first positional argument is a script (then it and the rest are the script and its
    /// arguments); it is asked about that argument only.
    public static func parse(_ arguments: [String], isScript: (String) -> Bool) -> Invocation {
        switch arguments.first {
        case "parse": return parseCommand(Array(arguments.dropFirst()))
        case "help": return helpCommand(Array(arguments.dropFirst()))
        default: break
        }
        let scanned: ScannedArguments
        var firstIsScript: Bool?
        do {
            scanned = try ArgumentScanner.scan(arguments, table: options) { first in
                firstIsScript = isScript(first)
                return firstIsScript ?? false
            }
        } catch {
            return .usageError(message: error.message, usage: synopsis + "\n  See 'mkt --help' for more information.")
        }
        if scanned.contains(help) { return .usage(helpText) }
        if scanned.contains(version) { return .version }
        var colorChoice = ColorChoice.auto
        for value in scanned.values(of: color) {
            guard let choice = ColorChoice(rawValue: value) else {
                return .usageError(
                    message: "The value '\(value)' is invalid for '--color <WHEN>': use auto, always or never",
                    usage: synopsis + "\n  See 'mkt --help' for more information.")
            }
            colorChoice = choice
        }
        let texts = scanned.values(of: execute)
        let files = scanned.positionals
        // `mkt -q help sort`, `mkt --color never parse x.txt`: options may come before a
        // command word as before anything else.
        if !scanned.contains(execute), let first = files.first, first == "help" || first == "parse" {
            let rest = Array(files.dropFirst())
            return first == "help" ? helpCommand(rest) : parseCommand(rest)
        }
        let mode: RunRequest.Mode
        if scanned.contains(execute) {
            mode = .execute(texts: texts, snapshots: files)
        } else if let first = files.first, firstIsScript ?? isScript(first) {
            mode = .script(path: first, arguments: Array(files.dropFirst()))
        } else {
            mode = .session(snapshots: files)
        }
        return .run(
            RunRequest(
                mode, interactive: scanned.contains(interactive), color: colorChoice, edit: !scanned.contains(noEdit),
                runInit: !scanned.contains(noInit), quiet: scanned.contains(quiet), timer: scanned.contains(timer)))
    }

    /// `mkt help [TOPIC]`; `mkt help --help` is `mkt --help`.
    static func helpCommand(_ arguments: [String]) -> Invocation {
        if arguments == ["--help"] || arguments == ["-h"] { return .usage(helpText) }
        let topic = arguments.joined(separator: " ")
        return .help(topic: topic.isEmpty ? nil : topic)
    }

    /// `mkt parse FILE...`: at least one file, `-` (standard input) at most once.
    static func parseCommand(_ arguments: [String]) -> Invocation {
        func failure(_ message: String) -> Invocation {
            .usageError(message: message, usage: parseSynopsis + "\n  See 'mkt parse --help' for more information.")
        }
        let scanned: ScannedArguments
        do {
            scanned = try ArgumentScanner.scan(arguments, table: parseOptions)
        } catch {
            return failure(error.message)
        }
        if scanned.contains(help) { return .usage(parseHelpText) }
        if scanned.positionals.isEmpty { return failure("Missing expected argument 'FILE...'") }
        if scanned.positionals.lazy.filter({ $0 == "-" }).count > 1 {
            return failure("'-' (standard input) can be given only once")
        }
        return .parse(files: scanned.positionals)
    }
}
