import Testing

@testable import MktCommandLine

/// `mkt`'s command line, read as the binary reads it (scripts are the names ending in `.mkt`).
@Suite struct MktCommandLineTests {
    static func parse(_ arguments: [String]) -> Invocation {
        MktCommandLine.parse(arguments) { $0.hasSuffix(".mkt") }
    }

    static func run(_ arguments: [String]) -> RunRequest? {
        guard case .run(let request) = parse(arguments) else { return nil }
        return request
    }

    static func error(_ arguments: [String]) -> String? {
        guard case .usageError(let message, _) = parse(arguments) else { return nil }
        return message
    }

    @Test func noArgumentsOpensTheSession() {
        #expect(Self.run([]) == RunRequest(.session(snapshots: [])))
        #expect(Self.run(["a.txt", "b.txt"]) == RunRequest(.session(snapshots: ["a.txt", "b.txt"])))
    }

    @Test func timerTurnsTheTimerOn() {
        #expect(Self.run(["--timer", "-e", "count"]) == RunRequest(.execute(texts: ["count"], snapshots: []), timer: true))
        #expect(Self.run(["-e", "count"])?.timer == false)
        #expect(MktCommandLine.helpText.contains("--timer"))
    }

    @Test func optionsMayFollowSnapshots() {
        #expect(
            Self.run(["a.txt", "-e", "count", "b.txt", "-q"])
                == RunRequest(.execute(texts: ["count"], snapshots: ["a.txt", "b.txt"]), quiet: true))
    }

    @Test func aScriptsArgumentsAreItsOwn() {
        #expect(
            Self.run(["-q", "s.mkt", "-e", "x", "--bogus", "--", "--help"])
                == RunRequest(.script(path: "s.mkt", arguments: ["-e", "x", "--bogus", "--", "--help"]), quiet: true))
        // Only the first positional argument can be the script: later ones are snapshots.
        #expect(Self.run(["a.txt", "s.mkt"]) == RunRequest(.session(snapshots: ["a.txt", "s.mkt"])))
        // With -e, a script name is a snapshot to load (as before: loading it reports the error).
        #expect(Self.run(["-e", "1", "s.mkt", "x"]) == RunRequest(.execute(texts: ["1"], snapshots: ["s.mkt", "x"])))
    }

    @Test func theScriptIsAskedAboutTheFirstPositionalArgumentOnly() {
        var asked: [String] = []
        _ = MktCommandLine.parse(["a.txt", "b.txt", "-q", "c.txt"]) {
            asked.append($0)
            return false
        }
        #expect(asked == ["a.txt"])
    }

    @Test func doubleDashEndsOptions() {
        #expect(
            Self.run(["-q", "-e", "count", "--", "-w.txt", "--quiet"])
                == RunRequest(.execute(texts: ["count"], snapshots: ["-w.txt", "--quiet"]), quiet: true))
        #expect(Self.run(["--", "-x.mkt", "1"]) == RunRequest(.script(path: "-x.mkt", arguments: ["1"])))
        #expect(Self.run(["-", "a.txt"]) == RunRequest(.session(snapshots: ["-", "a.txt"])))
    }

    @Test func clustersEndInTheOptionWithAValue() {
        #expect(Self.run(["-qe", "count"]) == RunRequest(.execute(texts: ["count"], snapshots: []), quiet: true))
        #expect(
            Self.run(["-ie", "count"])
                == RunRequest(.execute(texts: ["count"], snapshots: []), interactive: true))
        #expect(
            Self.run(["-qie", "count", "a.txt"])
                == RunRequest(.execute(texts: ["count"], snapshots: ["a.txt"]), interactive: true, quiet: true))
        #expect(Self.run(["-qi"]) == RunRequest(.session(snapshots: []), interactive: true, quiet: true))
        // getopt's attached value: `-e1`, `-qe1`.
        #expect(Self.run(["-qe1"]) == RunRequest(.execute(texts: ["1"], snapshots: []), quiet: true))
    }

    @Test func aValueMayStartWithADashOrBeEmpty() {
        #expect(
            Self.run(["-e", "-1", "-e", "--quiet"])
                == RunRequest(.execute(texts: ["-1", "--quiet"], snapshots: [])))
        #expect(
            Self.run(["--execute=count", "--execute", "x"])
                == RunRequest(.execute(texts: ["count", "x"], snapshots: [])))
        #expect(Self.run(["--execute="]) == RunRequest(.execute(texts: [""], snapshots: [])))
        #expect(Self.run(["-e", ""]) == RunRequest(.execute(texts: [""], snapshots: [])))
        #expect(Self.run(["--execute=a=b"]) == RunRequest(.execute(texts: ["a=b"], snapshots: [])))
    }

    @Test func flags() {
        #expect(
            Self.run(["--no-edit", "--no-init", "--quiet", "-i"])
                == RunRequest(.session(snapshots: []), interactive: true, edit: false, runInit: false, quiet: true))
    }

    @Test func colour() {
        #expect(Self.run(["--color", "never"])?.color == .never)
        #expect(Self.run(["--color=always"])?.color == .always)
        #expect(Self.run(["--color=always", "--color", "auto"])?.color == .auto)
        #expect(Self.run([])?.color == .auto)
        #expect(
            Self.error(["--color", "blue"])
                == "The value 'blue' is invalid for '--color <WHEN>': use auto, always or never")
        #expect(Self.error(["--color"]) == "Missing value for '--color <WHEN>'")
    }

    @Test func helpVersionAndSubcommands() {
        #expect(Self.parse(["--version"]) == .version)
        #expect(Self.parse(["-h"]) == .usage(MktCommandLine.helpText))
        #expect(Self.parse(["-q", "--help", "a.txt"]) == .usage(MktCommandLine.helpText))
        #expect(Self.parse(["help"]) == .help(topic: nil))
        #expect(Self.parse(["help", "set", "format"]) == .help(topic: "set format"))
        #expect(Self.parse(["parse", "a.txt", "-", "--", "-b.txt"]) == .parse(files: ["a.txt", "-", "-b.txt"]))
        #expect(Self.parse(["parse", "--help"]) == .usage(MktCommandLine.parseHelpText))
        #expect(Self.parse(["help", "--help"]) == .usage(MktCommandLine.helpText))
        // Options may come before the command word too.
        #expect(Self.parse(["-q", "help", "sort"]) == .help(topic: "sort"))
        #expect(Self.parse(["--color", "never", "parse", "a.txt"]) == .parse(files: ["a.txt"]))
        #expect(
            Self.parse(["-q", "parse"])
                == .usageError(
                    message: "Missing expected argument 'FILE...'",
                    usage: MktCommandLine.parseSynopsis + "\n  See 'mkt parse --help' for more information."))
        // A script's --help is the script's.
        #expect(Self.run(["s.mkt", "--help"]) == RunRequest(.script(path: "s.mkt", arguments: ["--help"])))
    }

    @Test func usageErrorsSayWhatIsWrong() {
        #expect(Self.error(["-e"]) == "Missing value for '-e <TEXT>'")
        #expect(Self.error(["--execute"]) == "Missing value for '--execute <TEXT>'")
        #expect(Self.error(["--bogus"]) == "Unknown option '--bogus'")
        #expect(Self.error(["-qx", "-e", "1"]) == "Unknown option '-x'")
        #expect(Self.error(["--quiet=yes"]) == "'--quiet' takes no value")
        #expect(Self.error(["parse"]) == "Missing expected argument 'FILE...'")
        #expect(Self.error(["parse", "-", "-"]) == "'-' (standard input) can be given only once")
        #expect(Self.error(["parse", "-x"]) == "Unknown option '-x'")
        guard case .usageError(_, let usage) = Self.parse(["--bogus"]) else { return #expect(Bool(false)) }
        #expect(usage.hasPrefix("Usage: mkt [OPTIONS]"))
        #expect(usage.hasSuffix("See 'mkt --help' for more information."))
    }

    @Test func nearMissesSuggestTheOption() {
        #expect(Self.error(["--colour", "never"]) == "Unknown option '--colour'. Did you mean '--color'?")
        #expect(Self.error(["--exec", "1"]) == "Unknown option '--exec'. Did you mean '--execute'?")
        #expect(Self.error(["--noinit"]) == "Unknown option '--noinit'. Did you mean '--no-init'?")
        #expect(Self.error(["-version"]) == "Unknown option '-version'. Did you mean '--version'?")
        #expect(Self.error(["-quiet"]) == "Unknown option '-quiet'. Did you mean '--quiet'?")
        #expect(Self.error(["--colour=never"]) == "Unknown option '--colour'. Did you mean '--color'?")
    }

    /// A glob of 20 000 snapshots: read in one pass (a quadratic reader took seconds here, and
    /// would take minutes for this test's 200 000 argument strings across its cases).
    @Test func twentyThousandFiles() {
        let names = (0..<20_000).map { "2021-04-09_\($0).txt" }
        #expect(Self.run(names) == RunRequest(.session(snapshots: names)))
        #expect(
            Self.run(["-q"] + names + ["-e", "count"])
                == RunRequest(.execute(texts: ["count"], snapshots: names), quiet: true))
        #expect(Self.run(["-q", "--"] + names) == RunRequest(.session(snapshots: names), quiet: true))
        #expect(Self.run(["run.mkt"] + names) == RunRequest(.script(path: "run.mkt", arguments: names)))
        #expect(Self.parse(["parse"] + names) == .parse(files: names))
    }
}

@Suite struct OptionTableTests {
    @Test func helpListsEveryOptionAligned() {
        let lines = MktCommandLine.options.helpText.split(separator: "\n")
        #expect(lines.count == MktCommandLine.options.options.count)
        #expect(lines.first == "  -e, --execute <TEXT>  Run TEXT (repeatable); the other arguments are then snapshots to load first.")
        #expect(lines.contains("  --color <WHEN>        Colour: auto (terminal and no NO_COLOR), always or never."))
        #expect(MktCommandLine.helpText.contains("mkt help [TOPIC]"))
    }

    @Test func editDistance() {
        #expect(MktCommandLine_editDistance("colour", "color") == 1)
        #expect(MktCommandLine_editDistance("", "abc") == 3)
        #expect(MktCommandLine_editDistance("kitten", "sitting") == 3)
    }
}

private func MktCommandLine_editDistance(_ a: String, _ b: String) -> Int { editDistance(a, b) }
