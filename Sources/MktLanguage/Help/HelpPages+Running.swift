/// Pages on running mkt: `scripts` (files, `-e`, stdin, exit codes) and `shell` (the
/// interactive session).
extension HelpPages {
    static let running: [HelpPage] = [
        HelpPage(
            name: "scripts",
            aliases: [
                "script", "-e", "stdin", "exit codes", "errors", "comments", "#", ";", "#!",
                "shebang",
            ],
            summary: "running mkt from files, -e and pipes",
            syntax: [
                "mkt SCRIPT.mkt [ARG...]",
                "mkt -e TEXT [-e TEXT]... [SNAPSHOT...]",
                "COMMAND | mkt",
            ],
            about: """
                A script is statements separated by newlines or `;`. A `#` starts a comment \
                that runs to the end of the line, so a first line `#!/usr/bin/env mkt` makes \
                an executable script (`chmod +x`). A statement continues on the next line \
                after a trailing `|`, `,` or `=`, and inside parentheses or a string.

                `mkt SCRIPT.mkt` runs the file; its arguments are `$1`, `$2`, ... and `$args` \
                (`help variables`). `mkt -e` runs each TEXT in order in one session, after \
                loading the SNAPSHOT files. Input piped to `mkt`, not from a terminal, runs \
                as a script. Scripts and `-e` never read the init file; `-i` opens the \
                interactive shell once they have run, even when one failed (`help shell`).

                The whole script is parsed first: a syntax error runs nothing and every one \
                is reported. Then statements run in order, and the run stops at the first \
                that fails, or at `exit N`, which ends it with status N (`help exit`). \
                Results go to stdout; load summaries and errors go to stderr, as \
                `ORIGIN:LINE:COL: error: MESSAGE`, the line, and a caret under the problem. \
                ORIGIN is the script's path, `-e` (`-e#2` for the second of several) or \
                `stdin`.
                """,
            sections: [
                .definitions(
                    "EXIT CODES",
                    [
                        ("0", "success"),
                        ("64", "usage error: an unknown flag, a missing argument"),
                        ("65", "syntax error: nothing ran"),
                        ("70", "runtime error: an unknown field, a division by zero, no snapshot"),
                        ("74", "I/O error: a file that cannot be read or written"),
                        ("N", "what `exit N` asked for"),
                    ])
            ],
            examples: [
                HelpExample(
                    .shell("mkt -e 'instruments | count' \(seedGlob)", mkt: ["instruments | count"]),
                    .output("15"),
                    .shell(
                        "echo 'load \(seedGlob); headlines | count' | mkt",
                        mkt: ["load \(seedGlob); headlines | count"]),
                    .output("5")),
                HelpExample(
                    .failingShell("mkt -e 'instruments | sortt pct'", mkt: "instruments | sortt pct"),
                    .output(
                        """
                        -e:1:15: error: unknown stage 'sortt' — did you mean 'sort'?
                        instruments | sortt pct
                                      ^~~~~
                        """),
                    .shell("echo $?", mkt: []),
                    .output("65")),
            ],
            seeAlso: ["variables", "source", "shell"]),
        HelpPage(
            name: "shell",
            aliases: [
                "interactive", "keys", "completion", "tab", "ctrl-r", "ctrl-c", "ctrl-d",
                "init", "init.mkt", "color", "colour", "-i", "--no-init", "--no-edit",
                "--color", "options", "flags",
            ],
            summary: "the interactive session",
            syntax: [
                "mkt [--no-init] [--no-edit] [--color auto|always|never]",
                "mkt -i -e TEXT ...     mkt -i SCRIPT.mkt [ARG...]",
            ],
            about: """
                `mkt` with no script, on a terminal, opens an interactive session with the \
                prompt `mkt>` (with the current snapshot's id once one is loaded: \
                `mkt[2021-04-09_3921acb7…]>`). A statement left open (a string, a parenthesis, a trailing \
                `|`, `,` or `=`) continues on the next line, and is one history entry. A \
                bare expression prints its value. Leave with Ctrl-D on an empty line, or \
                `.quit` (also `.exit`, `quit`, `exit`); `exit N` leaves with status N \
                (`help exit`).

                When stdin or stdout is not a terminal there is no prompt, no banner, no line \
                editing and no history: the input runs as a script (`help scripts`).
                """,
            sections: [
                .definitions(
                    "KEYS",
                    [
                        (
                            "Tab",
                            "complete commands and stages, fields after `where`, `sort`, `select` "
                                + "and `group` (the columns the rows have there: `date` and `snapshot` "
                                + "after `instruments all`, a variable's own), instrument names (`\"petr` becomes `\"Pétrole WTI\"`), "
                                + "file paths after `load`, `source` and `save`, help topics. One match "
                                + "completes; several complete their common start and are listed."
                        ),
                        ("Up, Down", "the previous, next history entry"),
                        ("Ctrl-R", "search the history backwards as you type"),
                        ("Ctrl-C", "clear the line, or stop the running command; the session goes on"),
                        ("Ctrl-D", "on an empty line, leave"),
                        ("Ctrl-A, Ctrl-E", "start, end of the line; Emacs keys throughout"),
                    ], termWidth: 14),
                .definitions(
                    "FILES",
                    [
                        (
                            "$XDG_STATE_HOME/mkt/history",
                            "the history, kept across sessions "
                                + "(~/.local/state/mkt/history when XDG_STATE_HOME is unset)"
                        ),
                        (
                            "$XDG_CONFIG_HOME/mkt/init.mkt",
                            "run when an interactive session starts "
                                + "(~/.config/mkt/init.mkt when XDG_CONFIG_HOME is unset)"
                        ),
                    ], termWidth: 14),
                .definitions(
                    "OPTIONS",
                    [
                        ("--no-init", "do not run `init.mkt`"),
                        ("--no-edit", "no line editing, even on a terminal"),
                        (
                            "--color WHEN",
                            "auto (the default: on a terminal, unless NO_COLOR is "
                                + "set), always or never. Rises green, falls red, headers dimmed."
                        ),
                        (
                            "-i",
                            "stay interactive after `-e` or the script, keeping what they loaded, "
                                + "even after an error"
                        ),
                        ("-q", "no load summaries or other notes on stderr; errors still show"),
                    ], termWidth: 14),
            ],
            examples: [
                HelpExample(
                    .input("load \(seedGlob)"),
                    .typing("show \"petr<Tab>"),
                    .input("show \"Pétrole WTI\""),
                    .output(
                        """
                        name        Pétrole WTI
                        kind        commodity, global
                        value       59.34
                        """),
                    .output("[...]"))
            ],
            seeAlso: ["scripts", "help", "status", "exit"]),
        HelpPage(
            name: "exit",
            aliases: ["quit", ".exit", ".quit", "leave", "bye", "exit status"],
            summary: "stop the script, or leave the shell, with a status",
            syntax: ["exit [N]", "quit [N]", ".exit [N]    .quit [N]"],
            about: """
                Stops here, and mkt exits with status N: a whole number from 0 to 255, 0 \
                when left out, or a variable holding one (`exit $1`). A script, `-e` text \
                or piped input runs no further statement, nor the next `-e`, nor the \
                shell `-i` would open. In the interactive shell it leaves the session, the \
                terminal restored and the history kept; statements before it on the line \
                run first. In a script run by `source` it ends the whole run, not only that \
                script; in the start-up file, it leaves before the first prompt.

                A status outside 0 to 255 is an error: written out (`exit 256`), a syntax \
                error, so nothing runs; from a variable, an error when the statement runs.
                """,
            examples: [
                HelpExample(
                    .input("instruments | count"),
                    .output("15"),
                    .input("exit")),
                HelpExample(
                    .shell("mkt -e 'instruments | count; exit 3' \(seedGlob)", mkt: ["instruments | count; exit 3"]),
                    .output("15"),
                    .shell("echo $?", mkt: []),
                    .output("3")),
            ],
            seeAlso: ["scripts", "shell"]),
    ]
}
