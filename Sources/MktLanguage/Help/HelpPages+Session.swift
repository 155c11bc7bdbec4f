/// Pages for loading snapshots and for the session: `load`, `source`, `let`, `set format`, `help`.
extension HelpPages {
    /// The seed snapshot, as examples load it.
    static let seedGlob = "examples/snapshots/2021-04-09_*.txt"

    static let loading: [HelpPage] = [
        HelpPage(
            name: "load",
            summary: "read snapshot files",
            syntax: ["load PATH[, PATH...]"],
            about: """
                Reads snapshot files. Each PATH is a file, a folder (its `*.txt` files, in \
                name order) or a glob such as `data/*.txt`. Put a path in double quotes when \
                it holds a space or one of `, ; | #`: `load "my data/day 1.txt"`.

                The last snapshot read becomes the current one, which `instruments`, \
                `headlines`, `paragraphs`, `quotes`, `snapshot`, `article`, `show` and \
                `status` read. Every snapshot loaded stays available to `instruments all`.

                A snapshot's id is its file's name without the folder and `.txt` \
                (`day1/markets.txt` is `markets`). Loading the same file again, however its \
                path is written, replaces its snapshot and keeps its id; a file named twice in \
                one load (a glob and a file it matches) is read once. Another file whose name is \
                already an id is added beside it, under an id with its folder before the name \
                (`day2/markets.txt` is `day2/markets`); when that is taken too, one more folder \
                at a time (`b/day2/markets`), and when even its whole path is, a number after it \
                (`-2`). The load says so on stderr: `2 files are named markets: \
                day2/markets.txt is 'day2/markets'`.

                A load prints one summary line to stderr (files, snapshots, instruments, \
                warnings), not a line per file. A damaged page still loads: what could not be \
                read becomes a warning. A file that cannot be read is an error (exit code 74 \
                in a script). A load longer than about half a second shows its progress on \
                stderr when that is a terminal (files done, MB/s, time left), erased when it \
                ends; Ctrl-C stops it.
                """,
            examples: [
                HelpExample(
                    .input("load \(seedGlob)"),
                    .input("instruments | count"),
                    .output("15"))
            ],
            seeAlso: ["status", "instruments all", "scripts"]),
        HelpPage(
            name: "source",
            summary: "run a script file in this session",
            syntax: ["source PATH"],
            about: """
                Runs the statements of a script file as if they were typed here: what it \
                loads and the variables it sets stay in the session. Errors are reported as \
                for a script (`help scripts`), at the sourced file's path, line and column. \
                PATH is written as for `load`.

                In a script file, a relative PATH is read from that script's folder, \
                wherever mkt runs from: `source lib.mkt` in `tools/report.mkt` reads \
                `tools/lib.mkt`, and a file it sources is beside it in turn. At the prompt, \
                in `-e` and in piped input, and for a path from a variable (`source $1`), \
                PATH is from the current directory. `load` and `save` always are, in scripts \
                too: they name your data, not the script's.
                """,
            examples: [
                HelpExample(
                    .file(
                        name: "falls.mkt",
                        text: """
                            # Instruments down more than 1 %
                            instruments | where pct < -1 | select name, pct | to csv
                            """),
                    .input("source falls.mkt"),
                    .output(
                        """
                        name,pct
                        BTC-EUR,-2.17
                        HANG SENG,-1.07
                        """))
            ],
            seeAlso: ["scripts", "load", "shell"]),
    ]

    static let session: [HelpPage] = [
        HelpPage(
            name: "let",
            summary: "name a value or a pipeline's rows",
            syntax: ["let NAME = EXPR", "let NAME = PIPELINE", "$NAME"],
            about: """
                Binds NAME for the rest of the session or script; `$NAME` reads it back. A \
                NAME is letters, digits and `_`, not starting with a digit; case matters. \
                Binding a name again replaces it.

                With an expression, the value is computed once, when `let` runs, and `$NAME` \
                stands for it in any expression. With a pipeline, `$NAME` holds the rows it \
                produced and is a source: `$NAME | STAGE ...` (a later `load` does not change \
                them). Such a pipeline prints and writes nothing, so it cannot end in `to` or \
                `save`: use them on `$NAME` when you print or save the rows.
                """,
            examples: [
                HelpExample(
                    .input("let falls = instruments | where pct < 0"),
                    .input("$falls | count"),
                    .output("7"),
                    .input("let floor = -1"),
                    .input("$falls | where pct < $floor | select name | to csv"),
                    .output(
                        """
                        name
                        BTC-EUR
                        HANG SENG
                        """))
            ],
            seeAlso: ["variables", "expressions"]),
        HelpPage(
            name: "set format",
            aliases: ["set"],
            summary: "choose the format results print in",
            syntax: ["set format table|csv|json|markdown"],
            about: """
                Sets how results print when a pipeline has no `to` stage; the default is \
                `table`. A single value (`instruments | count`) prints bare in `table` and \
                `markdown`, as a CSV field in `csv` and as a JSON literal in `json`. `save` \
                takes its format from the file's extension instead. `status` shows the \
                current setting. Any other format is a syntax error, found before a script \
                runs, as with `to`.
                """,
            examples: [
                HelpExample(
                    .input("set format csv"),
                    .input("instruments | where kind == \"fx\" | select name, pct"),
                    .output(
                        """
                        name,pct
                        EUR/USD,-0.13
                        GBP/USD,-0.20
                        """))
            ],
            seeAlso: ["formats", "to", "save", "set timer"]),
        HelpPage(
            name: "set timer",
            aliases: ["timer"],
            summary: "print how long each statement took",
            syntax: ["set timer on|off", "mkt --timer …"],
            about: """
                With the timer on, each statement that completes prints its wall time on \
                standard error once its result is printed, as sqlite3's `.timer` does: \
                `time: 0.123 s`. A load also says how many files it read, their size and \
                the rate: `time: 1.840 s  load: 100,000 files, 250.3 MB, 136 MB/s` (MB are \
                millions of bytes). Standard output is left alone, so a result piped or \
                saved is the same with the timer on. `--timer` on the command line turns it \
                on from the start, `-q` does not silence it, and `status` says when it is on.
                """,
            examples: [
                HelpExample(.input("set timer on")),
                HelpExample(.input("instruments all | count"), .output("15")),
            ],
            seeAlso: ["status", "load", "set format"]),
        HelpPage(
            name: "help",
            aliases: ["?"],
            summary: "this reference",
            syntax: ["help", "help TOPIC"],
            about: """
                `help` alone lists every command with one line each. `help TOPIC` shows a \
                page: syntax, what it does and prints, and a worked example against the \
                bundled seed snapshot, `\(seedGlob)`. Case does not matter, and Tab \
                completes topics.

                Topics: every command, source, stage, aggregate, field, function and format, \
                the operator `~`, and `fields`, `functions`, `expressions`, `aggregates`, \
                `formats`, `variables`, `scripts` and `shell`.
                """,
            examples: [
                HelpExample(
                    .input("help instruments all"),
                    .output(
                        """
                        instruments all — the instruments of every loaded snapshot

                        SYNTAX
                          instruments all [| STAGE ...]
                        """))
            ],
            seeAlso: ["expressions", "shell"]),
    ]
}
