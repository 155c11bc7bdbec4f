/// Pages for the stages that filter, order and shape rows, and for `to` and `save`.
extension HelpPages {
    static let stages: [HelpPage] = [
        HelpPage(
            name: "where",
            summary: "keep the rows where a condition is true",
            syntax: ["PIPELINE | where EXPR"],
            about: """
                Evaluates EXPR for each row and keeps the rows where it is true, in their \
                order; `false`, `null`, `0` and `""` drop the row. EXPR reads the row's fields \
                by name (`help fields`, `help expressions`).
                """,
            examples: [
                HelpExample(
                    .input("instruments | where region == \"asia\" | select name, pct | to csv"),
                    .output(
                        """
                        name,pct
                        Nikkei 225,0.20
                        HANG SENG,-1.07
                        """)),
                HelpExample(
                    .input("instruments | where pct < 0 and not kind == \"fx\" | count"),
                    .output("5")),
            ],
            seeAlso: ["expressions", "~", "fields", "select"]),
        HelpPage(
            name: "sort",
            aliases: ["asc", "desc", "order"],
            summary: "order the rows",
            syntax: ["PIPELINE | sort EXPR [asc|desc][, EXPR [asc|desc]...]"],
            about: """
                Orders the rows by the first key, rows with equal first keys by the second, \
                and so on; rows with equal keys keep their order (the sort is stable). Each \
                key is ascending unless followed by `desc`.

                Numbers sort by value, text ignoring case and accents (Pétrole among the P's), \
                `false` before `true`. `null` comes first in ascending order, last with `desc`.
                """,
            examples: [
                HelpExample(
                    .input("instruments | where pct < 0 | sort pct | take 3 | select name, pct"),
                    .output(
                        """
                        name           pct
                        ───────────  ─────
                        BTC-EUR      -2.17
                        HANG SENG    -1.07
                        Gold future  -0.80
                        """)),
                HelpExample(
                    .input("instruments | sort kind, pct desc | take 3 | select kind, name | to csv"),
                    .output(
                        """
                        kind,name
                        commodity,Pétrole WTI
                        commodity,Gold future
                        crypto,BTC-EUR
                        """)),
            ],
            seeAlso: ["take", "last", "min", "max"]),
        HelpPage(
            name: "take",
            aliases: ["limit", "head"],
            summary: "keep the first N rows",
            syntax: ["PIPELINE | take N"],
            about: """
                Keeps the first N rows; all of them when there are fewer. N is a whole number, \
                0 or more, or an expression giving one.
                """,
            examples: [
                HelpExample(
                    .input("instruments | take 3 | select name | to csv"),
                    .output(
                        """
                        name
                        CAC 40
                        Euro Stoxx 50
                        Dow Jones
                        """))
            ],
            seeAlso: ["last", "sort"]),
        HelpPage(
            name: "select",
            aliases: ["as", "columns"],
            summary: "choose and compute columns",
            syntax: ["PIPELINE | select EXPR [as NAME][, EXPR [as NAME]...]"],
            about: """
                Replaces each row by the listed columns, in the order written. A column's \
                name is the NAME after `as`, else the field's name (`pct`), else the \
                expression as written (`abs(change)`). A name already taken gets `_2`, `_3`, \
                ... (`select name as value, value` gives `value` and `value_2`), the same in \
                every format. Later stages refer to a column by its name, so give a computed \
                column a name with `as` to use it again.
                """,
            examples: [
                HelpExample(
                    .input("instruments | where region == \"asia\" | select name, abs(change) | to csv"),
                    .output(
                        """
                        name,abs(change)
                        Nikkei 225,59.08
                        HANG SENG,309.27
                        """)),
                HelpExample(
                    .input("instruments | last 2 | select name, round(pct, 1) as p | to csv"),
                    .output(
                        """
                        name,p
                        HANG SENG,-1.1
                        GBP/USD,-0.2
                        """)),
            ],
            seeAlso: ["expressions", "functions", "fields"]),
        HelpPage(
            name: "group",
            aliases: ["group by", "by"],
            summary: "one row per value, for the aggregates after it",
            syntax: [
                "PIPELINE | group EXPR[, EXPR...] | AGGREGATE[, AGGREGATE...]",
                "PIPELINE | group EXPR[, EXPR...] | delta EXPR[, EXPR...]",
            ],
            about: """
                Splits the rows by the value of EXPR (or of several, `group kind, region`); the \
                aggregate stage after it (`count` when there is none) gives one row per \
                distinct key, in ascending order: first the keys, in columns named after their \
                fields, then one column per aggregate, \
                named `count`, or after the aggregate and its field: `avg_pct`, `sum_change` \
                (a name already taken gets `_2`: `group count | count` gives `count` and \
                `count_2`). Later stages see those rows: `group kind | count | sort count desc`.

                Before `delta`, `group` folds nothing: it names the series `delta` compares \
                within (`instruments all | group name | delta value`, see `help delta`).
                """,
            examples: [
                HelpExample(
                    .input("instruments | group kind | count | to csv"),
                    .output(
                        """
                        kind,count
                        commodity,2
                        crypto,1
                        fx,2
                        index,10
                        """)),
                HelpExample(
                    .input("instruments | group kind | count, avg pct | to csv"),
                    .output(
                        """
                        kind,count,avg_pct
                        commodity,2,-0.62
                        crypto,1,-2.17
                        fx,2,-0.165
                        index,10,0.19
                        """)),
            ],
            seeAlso: ["aggregates", "count", "avg"]),
        HelpPage(
            name: "to",
            summary: "print the result in a format",
            syntax: ["PIPELINE | to table|csv|json|markdown"],
            about: """
                Prints this result in the given format, whatever `set format` says. It is \
                the last stage; only `save` may follow it, to choose the file's format \
                (`... | to csv | save out.txt`). A `let` keeps rows, not printed text, so it \
                cannot end in `to`: write `$NAME | to csv` when printing them. `help FORMAT` \
                describes each format.
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
            seeAlso: ["formats", "set format", "save"]),
        HelpPage(
            name: "save",
            summary: "write the result to a file",
            syntax: ["PIPELINE | save PATH"],
            about: """
                Writes the result to PATH instead of printing it, exactly as `to` would print \
                it: csv and json carry every column, a table and markdown the ones shown; it is \
                the last stage. The format comes from the extension: `.csv`, `.json`, `.md` \
                (markdown), `.txt` (an aligned table, without colour); for any other name, put \
                `to FORMAT` just before `save`. PATH is relative to the current directory and \
                written as for `load`. The file is replaced whole (written beside it, then \
                renamed over it): a reader sees the old or the new file, never half of one. \
                Through a symbolic link, the link's target is replaced, and an existing file \
                keeps its permissions. A file that cannot be written is an error (exit code 74 \
                in a script). A `let` writes nothing, so it cannot end in `save`: write \
                `$NAME | save PATH` afterwards.
                """,
            examples: [
                HelpExample(
                    .input("instruments | where pct < -1 | select name, pct | save falls.csv"),
                    .shell("cat falls.csv", mkt: []),
                    .output(
                        """
                        name,pct
                        BTC-EUR,-2.17
                        HANG SENG,-1.07
                        """))
            ],
            seeAlso: ["to", "formats"]),
    ]
}
