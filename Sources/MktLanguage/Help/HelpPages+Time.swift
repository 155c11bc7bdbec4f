/// Pages for the words that read rows across captures: `first`, `last`, `delta`, `latest per`
/// (and `earliest per`), and the comparisons `in` and `between`.
extension HelpPages {
    /// Snapshot order, as every page here states it (`SnapshotOrder` defines it).
    static let snapshotOrder = """
        Snapshot order is the order of the captures in time: by the rows' `date`, then by \
        their snapshot id (the `snapshot` column of `instruments all`, `id` in `snapshots`), \
        which is the file name without `.txt`; so two captures of one day come in file-name \
        order. Rows of one capture, and rows without those columns, keep their order.
        """

    static let time: [HelpPage] = [
        HelpPage(
            name: "first",
            aliases: ["first_value", "earliest value", "snapshot order"],
            summary: "the earliest value of an expression, in snapshot order",
            syntax: ["PIPELINE | first EXPR", "PIPELINE | group EXPR | first EXPR"],
            about: """
                The value of EXPR on the earliest row in snapshot order, nulls skipped (as \
                SQL's `first_value(…) IGNORE NULLS`): null only when every value is. Without \
                `group` it prints a bare value; after `group`, a column `first_X`. \
                \(snapshotOrder) To keep the first N rows, use `take N`.
                """,
            examples: [
                HelpExample(
                    .input("load examples/snapshots"),
                    .input("instruments all | where name == \"CAC 40\" | first value"),
                    .output("6169.41"),
                    .input("let two = instruments all | where name in (\"CAC 40\", \"DAX\")"),
                    .input("$two | group name | first value, last value | to csv"),
                    .output(
                        """
                        name,first_value,last_value
                        CAC 40,6169.41,6151.38
                        DAX,15202.68,15186.59
                        """))
            ],
            seeAlso: ["last", "aggregates", "group", "delta", "latest"]),
        HelpPage(
            name: "last",
            aliases: ["tail", "last_value", "latest value"],
            summary: "keep the last N rows, or the latest value of an expression",
            syntax: ["PIPELINE | last N", "PIPELINE | last EXPR", "PIPELINE | group EXPR | last EXPR"],
            about: """
                `last` is two words, told apart by what follows. When it reads no field \
                (`last 3`, `last $n`, `last 2 + 1`) it keeps the last N rows, in their order; \
                all of them when there are fewer, N as for `take`. When it reads a field \
                (`last value`, `last pct * 2`) it is the aggregate: the value of EXPR on the \
                latest row in snapshot order, nulls skipped (SQL's `last_value(…) IGNORE \
                NULLS`), a bare value without `group`, a column `last_X` after it. After a \
                ',' in a list of aggregates it is always the aggregate. \(snapshotOrder)
                """,
            examples: [
                HelpExample(
                    .input("instruments | sort pct | last 2 | select name, pct | to csv"),
                    .output(
                        """
                        name,pct
                        S&P 500,0.77
                        Dow Jones,0.89
                        """)),
                HelpExample(
                    .input("load examples/snapshots"),
                    .input("instruments all | group name | last value | take 3 | to csv"),
                    .output(
                        """
                        name,last_value
                        BTC-EUR,50812.44
                        CAC 40,6151.38
                        CMC Crypto 200,1261.07
                        """)),
            ],
            seeAlso: ["take", "sort", "first", "aggregates"]),
        HelpPage(
            name: "delta",
            aliases: ["previous", "lag", "prev_", "delta_", "compare captures"],
            summary: "compare each row with the previous capture",
            syntax: ["PIPELINE | delta EXPR[, EXPR...]", "PIPELINE | group EXPR[, ...] | delta EXPR[, ...]"],
            about: """
                Keeps every row, in its order, and adds two columns for each EXPR: `prev_X`, \
                the value X had on the previous row of the same series in snapshot order \
                (null on the series' first row), and `delta_X`, X − prev_X, exact (null when \
                either is null; more than 18 digits is an error). X is the field's name, or \
                the expression's text reduced as for aggregates (`delta abs(pct)` gives \
                `prev_abs_pct`). A series is the rows with the same keys of a `group` written \
                right before `delta` (that `group` does not count: it only names the \
                series), else with the same `name`, else all the rows. An instrument missing \
                from a capture compares with the capture before. \(snapshotOrder)
                """,
            examples: [
                HelpExample(
                    .input("load examples/snapshots"),
                    .input("let dax = instruments all | where name == \"DAX\" | sort snapshot"),
                    .input("$dax | delta value | select date, value, prev_value, delta_value | to csv"),
                    .output(
                        """
                        date,value,prev_value,delta_value
                        2021-04-08,15202.68,,
                        2021-04-09,15234.16,15202.68,31.48
                        2021-04-12,15215.02,15234.16,-19.14
                        2021-04-12,15186.59,15215.02,-28.43
                        """))
            ],
            seeAlso: ["first", "latest", "group", "instruments all"]),
        HelpPage(
            name: "latest",
            aliases: ["latest per", "per", "one per day", "distinct"],
            summary: "one row per key: the one of the latest (or earliest) capture",
            syntax: ["PIPELINE | latest per EXPR[, EXPR...]", "PIPELINE | earliest per EXPR[, EXPR...]"],
            about: """
                For each distinct value of the keys, keeps only the row of the latest \
                capture in snapshot order (the last of them when that capture has several); \
                `earliest per` keeps the earliest capture's (the first). The rows kept come \
                out in snapshot order. Keys are compared as `group` compares them. With \
                several captures a day, `latest per date` keeps one per day; `per date, name` \
                keeps each instrument's last value of each day, even when the day's last \
                capture lacks it. \(snapshotOrder)
                """,
            examples: [
                HelpExample(
                    .input("load examples/snapshots"),
                    .input("snapshots | latest per date | select date, id | to csv"),
                    .output(
                        """
                        date,id
                        2021-04-07,2021-04-07_damaged_sample_fr
                        2021-04-08,2021-04-08_sample_fr_closed
                        2021-04-09,2021-04-09_3921acb7a18bc451
                        2021-04-12,2021-04-12_sample_fr_open
                        """),
                    .input("let fx = instruments all | where name == \"EUR/USD\""),
                    .input("$fx | earliest per date | select date, value | to csv"),
                    .output(
                        """
                        date,value
                        2021-04-07,1.1905
                        2021-04-08,1.1921
                        2021-04-09,1.1905
                        2021-04-12,1.1919
                        """))
            ],
            seeAlso: ["delta", "last", "snapshots", "instruments all"]),
        HelpPage(
            name: "earliest",
            aliases: ["earliest per"],
            summary: "one row per key: the one of the earliest capture",
            syntax: ["PIPELINE | earliest per EXPR[, EXPR...]"],
            about: """
                As `latest per`, keeping for each distinct value of the keys the row of the \
                earliest capture in snapshot order (the first of them when that capture has \
                several). The rows kept come out in snapshot order. \(snapshotOrder)
                """,
            examples: [
                HelpExample(
                    .input("load examples/snapshots"),
                    .input("snapshots | earliest per date | select date, id | last 1 | to csv"),
                    .output("date,id\n2021-04-12,2021-04-12_en_sample_open"))
            ],
            seeAlso: ["latest", "first", "snapshots"]),
        HelpPage(
            name: "in",
            aliases: ["not in", "one of"],
            summary: "whether a value is one of a list",
            syntax: ["EXPR in (EXPR, ...)", "EXPR not in (EXPR, ...)"],
            about: """
                `true` when the value is `==` to one in the list: numbers by value, text \
                exactly (case and accents count, as for `==`). As in SQL, a null value, or \
                no match in a list holding null, gives null, so `where` keeps no such row. \
                `not in` is the negation, null staying null. It is a comparison: it binds \
                as `==` does.
                """,
            examples: [
                HelpExample(
                    .input("instruments | where name in (\"CAC 40\", \"DAX\") | select name, pct | to csv"),
                    .output("name,pct\nCAC 40,0.06\nDAX,0.21")),
                HelpExample(
                    .input("instruments | where kind not in (\"index\", \"fx\") | select name | to csv"),
                    .output("name\nGold future\nBTC-EUR\nPétrole WTI")),
            ],
            seeAlso: ["expressions", "between", "where"]),
        HelpPage(
            name: "between",
            aliases: ["not between", "range"],
            summary: "whether a value lies between two others, both included",
            syntax: ["EXPR between LOW and HIGH", "EXPR not between LOW and HIGH"],
            about: """
                `x between a and b` is `x >= a and x <= b`: both ends included, text in \
                `sort`'s order. As in SQL it is null when a needed side is null (and false \
                as soon as x is outside one end). LOW and HIGH bind as tightly as `+`, so the \
                `and` after LOW is `between`'s own: `pct between -1 and 1 and kind == \
                "index"` is two tests. `not between` is the negation, null staying null.
                """,
            examples: [
                HelpExample(
                    .input("instruments | where pct between -0.1 and 0.1 | select name, pct | to csv"),
                    .output("name,pct\nCAC 40,0.06\nEuro Stoxx 50,0.03")),
                HelpExample(.input("5 between null and 3"), .output("false")),
            ],
            seeAlso: ["expressions", "in", "where"]),
    ]
}
