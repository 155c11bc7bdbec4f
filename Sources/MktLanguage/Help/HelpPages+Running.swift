/// Pages on running mkt: `scripts` (files, `-e`, stdin, exit codes) and `shell` (the
/// interactive session).
extension HelpPages {
    static let running: [HelpPage] = [
        HelpPage(
            name: "scripts",
            aliases: [
                "script", "-e", "stdin", "exit", "exit codes", "errors", "comments", "#", ";", "#!",
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
                that fails. Results go to stdout; load summaries and errors go to stderr, as \
                `ORIGIN:LINE:COL: error: MESSAGE`, the line, and a caret under the problem. \
                ORIGIN is the script's path, `-e` or `stdin`.
                """,
            sections: [
                .definitions("EXIT CODES", [
                    ("0", "success"),
                    ("64", "usage error: an unknown flag, a missing argument"),
                    ("65", "syntax error: nothing ran"),
                    ("70", "runtime error: an unknown field, a division by zero, no snapshot"),
                    ("74", "I/O error: a file that cannot be read or written"),
                ]),
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
                    .output("""
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
                "interactive", "keys", "history", "completion", "tab", "ctrl-r", "ctrl-c", "ctrl-d",
                ".quit", "quit", "init", "init.mkt", "color", "colour", "-i", "--no-init", "--no-edit",
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
                `.quit` (also `.exit`, `quit`, `exit`).

                When stdin or stdout is not a terminal there is no prompt, no banner, no line \
                editing and no history: the input runs as a script (`help scripts`).
                """,
            sections: [
                .definitions("KEYS", [
                    ("Tab", "complete commands and stages, fields after `where`, `sort`, `select` "
                        + "and `group`, instrument names (`\"petr` becomes `\"Pétrole WTI\"`), "
                        + "file paths after `load`, `source` and `save`, help topics. One match "
                        + "completes; several complete their common start and are listed."),
                    ("Up, Down", "the previous, next history entry"),
                    ("Ctrl-R", "search the history backwards as you type"),
                    ("Ctrl-C", "clear the line, or stop the running command; the session goes on"),
                    ("Ctrl-D", "on an empty line, leave"),
                    ("Ctrl-A, Ctrl-E", "start, end of the line; Emacs keys throughout"),
                ], termWidth: 14),
                .definitions("FILES", [
                    ("$XDG_STATE_HOME/mkt/history", "the history, kept across sessions "
                        + "(~/.local/state/mkt/history when XDG_STATE_HOME is unset)"),
                    ("$XDG_CONFIG_HOME/mkt/init.mkt", "run when an interactive session starts "
                        + "(~/.config/mkt/init.mkt when XDG_CONFIG_HOME is unset)"),
                ], termWidth: 14),
                .definitions("OPTIONS", [
                    ("--no-init", "do not run `init.mkt`"),
                    ("--no-edit", "no line editing, even on a terminal"),
                    ("--color WHEN", "auto (the default: on a terminal, unless NO_COLOR is "
                        + "set), always or never. Rises green, falls red, headers dimmed."),
                    ("-i", "stay interactive after `-e` or the script, keeping what they loaded, "
                        + "even after an error"),
                    ("-q", "no load summaries or other notes on stderr; errors still show"),
                ], termWidth: 14),
            ],
            examples: [
                HelpExample(
                    .input("load \(seedGlob)"),
                    .typing("show \"petr<Tab>"),
                    .input("show \"Pétrole WTI\""),
                    .output("""
                        name        Pétrole WTI
                        kind        commodity, global
                        value       59.34
                        """),
                    .output("[...]")),
            ],
            seeAlso: ["scripts", "help", "status"]),
    ]
}
