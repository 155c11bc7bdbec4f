import ArgumentParser
import MktShell

/// `mkt parse …` goes to its own command; everything else to `Mkt`, whose trailing arguments
/// (a script's own flags included) are passed through untouched.
@main
enum Main {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "parse" {
            // Everything that is not a flag is a file; `--` ends the flags.
            let rest = Array(arguments.dropFirst())
            let end = rest.firstIndex(of: "--") ?? rest.endIndex
            let flags = rest[..<end].filter { $0.hasPrefix("-") && $0 != ParseCommand.standardInput }
            let files = rest[..<end].filter { !$0.hasPrefix("-") || $0 == ParseCommand.standardInput } + rest[min(end + 1, rest.endIndex)...]
            run(Parse.self, options: flags, files: files) { $0.files = $1 }
        } else if arguments.first == "-h" || arguments.first == "--help" {
            print(Mkt.helpMessage())
        } else if arguments.first == "--version" {
            print(MktVersion.string)
        } else {
            let (options, files) = optionsFirst(arguments)
            run(Mkt.self, options: options, files: files, validatingFiles: false) { $0.files = $1 }
        }
    }

    /// Parses `options` with swift-argument-parser and gives the command its `files` directly:
    /// the parser matches positional arguments in quadratic time (a glob of 20 000 snapshots
    /// took 11 s before anything was read).
    /// `validatingFiles`: run the command's `validate` again once it has its files.
    static func run<C: ParsableCommand>(
        _ type: C.Type, options: [String], files: [String], validatingFiles: Bool = true, set: (inout C, [String]) -> Void
    ) {
        do {
            guard var command = try type.parseAsRoot(options) as? C else { return type.main(options) }
            set(&command, files)
            if validatingFiles { try command.validate() }
            try command.run()
        } catch {
            type.exit(withError: error)
        }
    }

    /// `mkt a.txt b.txt -e 'count'`: options after snapshot files still count. A script's
    /// arguments (after `SCRIPT.mkt`) are left alone: they are the script's. Returns the
    /// options (flags joined with their values) and the files.
    static func optionsFirst(_ arguments: [String]) -> (options: [String], files: [String]) {
        let withValue: Set<String> = ["-e", "--execute", "--color"]
        var options: [String] = []
        var positionals: [String] = []
        var i = 0
        while i < arguments.count {
            var a = arguments[i]
            if positionals.isEmpty, Launch.isScript(a), !a.hasPrefix("-") {
                return (options, Array(arguments[i...]))
            }
            if a == "--" {
                positionals += arguments[(i + 1)...]
                break
            }
            if a.hasPrefix("-") && a != "-" {
                // `-qe TEXT`, `-ie TEXT`: the flags of a cluster, then -e and its value.
                if a.count > 2, !a.hasPrefix("--"), a.hasSuffix("e"), a.dropFirst().allSatisfy(\.isLetter) {
                    options += a.dropFirst().dropLast().map { "-\($0)" }
                    a = "-e"
                }
                if a == "--execute=" {
                    options += ["--execute", ""]
                } else if withValue.contains(a), i + 1 < arguments.count {
                    // `-e '-1'`: joined, so a value that starts with '-' is not read as a flag;
                    // an empty value apart, as `--execute=` would be a missing one.
                    let name = a == "-e" ? "--execute" : a
                    let value = arguments[i + 1]
                    options += value.isEmpty ? [name, value] : [name + "=" + value]
                    i += 1
                } else {
                    options.append(a)
                }
            } else {
                positionals.append(a)
            }
            i += 1
        }
        return (options, positionals)
    }
}

struct Mkt: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mkt",
        abstract: "A shell for exploring market snapshots.",
        usage: """
            mkt [OPTIONS]                         interactive session (or run piped stdin)
              mkt [OPTIONS] SNAPSHOT...             load snapshots, then as above
              mkt [OPTIONS] SCRIPT.mkt [ARG...]     run a script
              mkt [OPTIONS] -e TEXT... [SNAPSHOT...]
              mkt parse FILE...
            """,
        discussion: "Type 'help' in a session for the language. Exit codes: 0 ok, 64 usage, 65 syntax error, 70 runtime error, 74 I/O error; a script's 'exit N' exits with N.",
        version: MktVersion.string
    )

    @Option(name: [.customShort("e"), .customLong("execute")], help: ArgumentHelp("Run TEXT (repeatable); positional arguments are then snapshots to load first.", valueName: "TEXT"))
    var execute: [String] = []

    @Flag(name: .customShort("i"), help: "Open the interactive session after -e or the script has run.")
    var interactive = false

    @Option(help: ArgumentHelp("Colour: auto (terminal and no NO_COLOR), always or never.", valueName: "when"))
    var color: ColorChoice = .auto

    @Flag(name: .customLong("no-edit"), help: "Read plain lines, without libedit, even on a terminal.")
    var noEdit = false

    @Flag(name: [.customShort("q"), .customLong("quiet")], help: "No load summaries or other notes on standard error; errors still show.")
    var quiet = false

    @Flag(name: .customLong("no-init"), help: "Do not run the start-up file ($XDG_CONFIG_HOME/mkt/init.mkt).")
    var noInit = false

    @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("A script and its arguments, or snapshot files.", valueName: "file"))
    var files: [String] = []

    func validate() throws {
        // Passthrough captures what the parser does not know: every flag given to the parser
        // comes before the files (`optionsFirst`), so an unknown one lands here. (Files are
        // set after parsing: one may start with '-' when it came after `--`.)
        if let first = files.first, first.hasPrefix("-"), first != "-" {
            throw ValidationError("unknown option '\(first)'")
        }
    }

    mutating func run() throws {
        let options = Launch.Options(
            texts: execute, files: files, interactive: interactive, color: color.choice, edit: !noEdit, runInit: !noInit,
            quiet: quiet)
        let status = Launch.run(options)
        if status != 0 { throw ExitCode(status) }
    }
}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    var choice: Launch.Color {
        switch self {
        case .auto: return .auto
        case .always: return .always
        case .never: return .never
        }
    }
}

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mkt parse",
        abstract: "Print each snapshot's model as one JSON object per line.",
        usage: "mkt parse FILE...",
        discussion: """
            A snapshot's id is its file name without the folder and the extension; '-' reads one \
            snapshot from standard input, whose id is '\(ParseCommand.standardInputName)'. Warnings go to standard \
            error. Exits 74 when a file cannot be read.
            """
    )

    @Argument(help: "Snapshot files, folders (their *.txt files), patterns, or - for standard input.")
    var files: [String] = []

    func validate() throws {
        // Files are given after parsing (see `Main.run`): validated again then.
        if files.isEmpty { return }
        if files.filter({ $0 == ParseCommand.standardInput }).count > 1 {
            throw ValidationError("'-' (standard input) can be given only once")
        }
    }

    func run() throws {
        if files.isEmpty { throw ValidationError("Missing expected argument '<files> ...'") }
        let status = ParseCommand.run(files, out: StandardStream(fd: 1), err: StandardStream(fd: 2))
        if status != 0 { throw ExitCode(status) }
    }
}
