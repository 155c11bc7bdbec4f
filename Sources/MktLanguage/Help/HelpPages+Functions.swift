/// Pages for the built-in functions and the output formats.
extension HelpPages {
    static let functions: [HelpPage] = [
        HelpPage(
            name: "functions",
            aliases: ["function"],
            summary: "the built-in functions",
            syntax: ["NAME(EXPR[, EXPR])"],
            about: """
                Functions compute a value from their arguments, in any expression. Every \
                function gives null when an argument is null. Names are those below; any \
                other name is a syntax error.
                """,
            sections: [
                .definitions("FUNCTIONS", [
                    ("abs(x)", "x without its sign"),
                    ("round(x[, n])", "x rounded to n decimals (default 0), half away from zero"),
                    ("lower(s)", "s in lowercase"),
                    ("upper(s)", "s in uppercase"),
                    ("len(s)", "the number of characters of s"),
                ]),
            ],
            examples: [
                HelpExample(
                    .input("instruments | sort abs(pct) desc | take 2 | select name, pct | to csv"),
                    .output("name,pct\nBTC-EUR,-2.17\nHANG SENG,-1.07")),
            ],
            seeAlso: ["expressions", "select"]),
        HelpPage(
            name: "abs",
            summary: "a number without its sign",
            syntax: ["abs(x)"],
            about: "x without its sign, exactly: abs(-0.0016) is 0.0016. x must be a number.",
            examples: [
                HelpExample(.input("abs(-1109.31)"), .output("1109.31")),
                HelpExample(
                    .input("instruments | sort abs(pct) desc | take 2 | select name, pct | to csv"),
                    .output("name,pct\nBTC-EUR,-2.17\nHANG SENG,-1.07")),
            ],
            seeAlso: ["functions", "round"]),
        HelpPage(
            name: "round",
            summary: "a number rounded to n decimals",
            syntax: ["round(x)", "round(x, n)"],
            about: """
                x rounded to n decimals (0 when n is left out), half away from zero, exactly: \
                round(-2.5) is -3. A negative n rounds to tens, hundreds, ...: \
                round(1249.5, -2) is 1200. A value with fewer than n decimals is kept as \
                written: round(2.5, 3) is 2.5. n is a whole number from -18 to 18.
                """,
            examples: [
                HelpExample(.input("round(2.345, 2)"), .output("2.35")),
                HelpExample(
                    .input("instruments | last 2 | select name, round(pct, 1) as p | to csv"),
                    .output("name,p\nHANG SENG,-1.1\nGBP/USD,-0.2")),
            ],
            seeAlso: ["functions", "abs"]),
        HelpPage(
            name: "lower",
            summary: "text in lowercase",
            syntax: ["lower(s)"],
            about: """
                s in lowercase, accents kept. s must be text. To compare ignoring case and \
                accents, ~ is usually what you want.
                """,
            examples: [HelpExample(.input("lower(\"HANG SENG\")"), .output("hang seng"))],
            seeAlso: ["functions", "upper", "~"]),
        HelpPage(
            name: "upper",
            summary: "text in uppercase",
            syntax: ["upper(s)"],
            about: "s in uppercase, accents kept (straße gives STRASSE). s must be text.",
            examples: [HelpExample(.input("upper(\"Pétrole WTI\")"), .output("PÉTROLE WTI"))],
            seeAlso: ["functions", "lower"]),
        HelpPage(
            name: "len",
            aliases: ["length"],
            summary: "the number of characters",
            syntax: ["len(s)"],
            about: """
                The number of characters of s as a reader counts them (é is one, however it \
                is encoded). A number counts the characters it prints as: len(6169.41) is 7.
                """,
            examples: [
                HelpExample(.input("len(\"Pétrole WTI\")"), .output("11")),
                HelpExample(
                    .input("paragraphs | select n, len(text) as chars | to csv"),
                    .output("n,chars\n1,603\n2,454\n3,386")),
            ],
            seeAlso: ["functions", "text"]),
    ]

    static let formats: [HelpPage] = [
        HelpPage(
            name: "formats",
            aliases: ["format", "output"],
            summary: "how results print",
            syntax: ["PIPELINE | to FORMAT", "set format FORMAT"],
            about: """
                A result prints as a table unless the pipeline ends with to FORMAT or the \
                session says set format FORMAT. Numbers print exactly as written, and \
                computed numbers without binary noise (0.1 + 0.2 prints 0.3). A single value \
                (instruments | count) prints bare in table and markdown, as a CSV field in \
                csv, as a JSON literal in json. save picks the format from the file's \
                extension.
                """,
            sections: [
                .definitions("FORMATS", [
                    ("table", "aligned columns, for reading"),
                    ("csv", "comma-separated values, for spreadsheets"),
                    ("json", "an array of objects, for jq and programs"),
                    ("markdown", "a Markdown table, for notes and reports"),
                ]),
            ],
            examples: [
                HelpExample(
                    .input("instruments | where kind == \"fx\" | select name, pct | to csv"),
                    .output("name,pct\nEUR/USD,-0.13\nGBP/USD,-0.20")),
            ],
            seeAlso: ["to", "set format", "save"]),
        HelpPage(
            name: "table",
            summary: "aligned columns, for reading",
            syntax: ["PIPELINE | to table", "set format table"],
            about: """
                The header, a rule of ─ under it, then one line per row. Columns are two \
                spaces apart, numbers right-aligned, text left-aligned and aligned by display \
                width (accents, CJK). On a terminal rises are green, falls red and the header \
                dimmed (help shell, --color); a table wider than the terminal has its widest \
                text cut, marked with …. The default format.
                """,
            examples: [
                HelpExample(
                    .input("instruments | where kind == \"fx\" | select name, pct | to table"),
                    .output("""
                        name       pct
                        ───────  ─────
                        EUR/USD  -0.13
                        GBP/USD  -0.20
                        """)),
            ],
            seeAlso: ["formats", "csv", "markdown"]),
        HelpPage(
            name: "csv",
            summary: "comma-separated values",
            syntax: ["PIPELINE | to csv", "set format csv"],
            about: """
                A header line of column names, then one line per row, fields separated by \
                commas. A field holding a comma, a quotation mark or a line break is quoted, \
                with quotation marks doubled. Numbers print as written, without a + sign; \
                null is an empty field; booleans are true and false.
                """,
            examples: [
                HelpExample(
                    .input("instruments | where region == \"asia\" | select name, value | to csv"),
                    .output("name,value\nNikkei 225,29768.06\nHANG SENG,28698.80")),
            ],
            seeAlso: ["formats", "save"]),
        HelpPage(
            name: "json",
            summary: "an array of JSON objects",
            syntax: ["PIPELINE | to json", "set format json"],
            about: """
                An array with one object per row, one per line, keys in column order. Numbers \
                print as written (-0.20 keeps its zero), null as null. Repeated column names \
                are made unique: value, value_2. snapshot | to json prints the same object \
                as mkt parse.
                """,
            examples: [
                HelpExample(
                    .input("instruments | where kind == \"fx\" | select name, pct | to json"),
                    .output("""
                        [
                        {"name":"EUR/USD","pct":-0.13},
                        {"name":"GBP/USD","pct":-0.20}
                        ]
                        """)),
            ],
            seeAlso: ["formats", "snapshot"]),
        HelpPage(
            name: "markdown",
            aliases: ["md"],
            summary: "a Markdown table",
            syntax: ["PIPELINE | to markdown", "set format markdown"],
            about: """
                A Markdown pipe table: the header, a separator row with numbers \
                right-aligned (---:), one line per row. | in a cell is escaped as \\| and line \
                breaks become spaces.
                """,
            examples: [
                HelpExample(
                    .input("instruments | where kind == \"fx\" | select name, pct | to markdown"),
                    .output("""
                        | name | pct |
                        | --- | ---: |
                        | EUR/USD | -0.13 |
                        | GBP/USD | -0.20 |
                        """)),
            ],
            seeAlso: ["formats", "table"]),
    ]
}
