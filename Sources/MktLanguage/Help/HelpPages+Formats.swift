/// Pages for the output formats: `table`, `csv`, `json`, `markdown`.
extension HelpPages {
    static let formats: [HelpPage] = [
        HelpPage(
            name: "formats",
            aliases: ["format", "output"],
            summary: "how results print",
            syntax: ["PIPELINE | to FORMAT", "set format FORMAT"],
            about: """
                A result prints as a table unless the pipeline ends with `to FORMAT` or the \
                session says `set format FORMAT`. Numbers print exactly as written, and \
                computed numbers without binary noise (`0.1 + 0.2` prints `0.3`). A single \
                value (`instruments | count`) prints bare in `table` and `markdown`, as a CSV \
                field in `csv`, as a JSON literal in `json`. `save` picks the format from the \
                file's extension.
                """,
            sections: [
                .definitions(
                    "FORMATS",
                    [
                        ("table", "aligned columns, for reading"),
                        ("csv", "comma-separated values, for spreadsheets"),
                        ("json", "an array of objects, for jq and programs"),
                        ("markdown", "a Markdown table, for notes and reports"),
                    ])
            ],
            examples: [
                HelpExample(
                    .input("instruments | where kind == \"fx\" | select name, pct | to csv"),
                    .output("name,pct\nEUR/USD,-0.13\nGBP/USD,-0.20"))
            ],
            seeAlso: ["to", "set format", "save"]),
        HelpPage(
            name: "table",
            summary: "aligned columns, for reading",
            syntax: ["PIPELINE | to table", "set format table"],
            about: """
                The header, a rule of `─` under it, then one line per row. Columns are two \
                spaces apart, numbers right-aligned, text left-aligned and aligned by display \
                width (accents, CJK). On a terminal rises are green, falls red and the header \
                dimmed (`help shell`, `--color`); a table wider than the terminal has its \
                widest text cut, marked with `…`. A table of more than 5,000 rows is \
                measured on its first 5,000, so its first lines print at once; a later cell \
                wider than its column widens the column from that line on (a number always, \
                never cut; text as far as the terminal allows, cut with `…` beyond). The \
                default format.
                """,
            examples: [
                HelpExample(
                    .input("instruments | where kind == \"fx\" | select name, pct | to table"),
                    .output(
                        """
                        name       pct
                        ───────  ─────
                        EUR/USD  -0.13
                        GBP/USD  -0.20
                        """))
            ],
            seeAlso: ["formats", "csv", "markdown"]),
        HelpPage(
            name: "csv",
            summary: "comma-separated values",
            syntax: ["PIPELINE | to csv", "set format csv"],
            about: """
                A header line of column names, then one line per row, fields separated by \
                commas. A field holding a comma, a quotation mark or a line break is quoted, \
                with quotation marks doubled. Numbers print as written, without a `+` sign; \
                `null` is an empty field; booleans are `true` and `false`.
                """,
            examples: [
                HelpExample(
                    .input("instruments | where region == \"asia\" | select name, value | to csv"),
                    .output("name,value\nNikkei 225,29768.06\nHANG SENG,28698.80"))
            ],
            seeAlso: ["formats", "save"]),
        HelpPage(
            name: "json",
            summary: "an array of JSON objects",
            syntax: ["PIPELINE | to json", "set format json"],
            about: """
                An array with one object per row, one per line, keys in column order. Numbers \
                print as written (`-0.20` keeps its zero), `null` as `null`. Keys are the column \
                names, unique as `select` and the aggregates make them (`value`, `value_2`). \
                `snapshot | to json` prints the same object as `mkt parse`.
                """,
            examples: [
                HelpExample(
                    .input("instruments | where kind == \"fx\" | select name, pct | to json"),
                    .output(
                        """
                        [
                        {"name":"EUR/USD","pct":-0.13},
                        {"name":"GBP/USD","pct":-0.20}
                        ]
                        """))
            ],
            seeAlso: ["formats", "snapshot"]),
        HelpPage(
            name: "markdown",
            aliases: ["md"],
            summary: "a Markdown table",
            syntax: ["PIPELINE | to markdown", "set format markdown"],
            about: """
                A Markdown pipe table: the header, a separator row with numbers \
                right-aligned (`---:`), one line per row. A `|` in a cell is escaped as `\\|`, \
                and line breaks become spaces.
                """,
            examples: [
                HelpExample(
                    .input("instruments | where kind == \"fx\" | select name, pct | to markdown"),
                    .output(
                        """
                        | name | pct |
                        | --- | ---: |
                        | EUR/USD | -0.13 |
                        | GBP/USD | -0.20 |
                        """))
            ],
            seeAlso: ["formats", "table"]),
    ]
}
