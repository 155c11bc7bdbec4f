/// Pages for the aggregates: `count`, `sum`, `avg`, `min`, `max`, `median`, `stddev` (and the
/// overview of all of them; `first` and `last` have their pages with the time words).
extension HelpPages {
    /// The rules every aggregate page repeats in one line.
    private static let aggregateRules = """
        Nulls are skipped; with no values left the result is `null`. Without `group` the \
        result prints as a bare value; after `group` there is one row per group.
        """

    static let aggregates: [HelpPage] = [
        HelpPage(
            name: "count",
            summary: "the number of rows",
            syntax: ["PIPELINE | count", "PIPELINE | group EXPR | count"],
            about: """
                The number of rows, null or not; 0 when there are none. Without `group` it \
                prints a bare number; after `group`, a column named `count`.
                """,
            examples: [
                HelpExample(.input("instruments | count"), .output("15")),
                HelpExample(.input("instruments | where pct > 0 | count"), .output("8")),
            ],
            seeAlso: ["aggregates", "group"]),
        HelpPage(
            name: "sum",
            aliases: ["total"],
            summary: "the total of an expression",
            syntax: ["PIPELINE | sum EXPR"],
            about: """
                The exact sum of EXPR over the rows, with as many decimals as the most \
                precise value. A total that needs more than 18 digits has its last decimals \
                rounded, as a product does; a whole part past 18 digits is an error. EXPR \
                must give numbers. \(aggregateRules)
                """,
            examples: [
                HelpExample(.input("instruments | where region == \"us\" | sum change"), .output("399.54"))
            ],
            seeAlso: ["aggregates", "avg"]),
        HelpPage(
            name: "avg",
            aliases: ["mean", "average"],
            summary: "the arithmetic mean of an expression",
            syntax: ["PIPELINE | avg EXPR"],
            about: """
                The exact sum divided by the number of values, as `/` divides (12 more \
                decimals than the values carry, more for a mean below 1; `help expressions`), \
                with at least the decimals they are written with: the mean of \
                0.06 and 0.03 is 0.045, of 1.00 and 2.00 is 1.50. EXPR must give numbers. \
                \(aggregateRules)
                """,
            examples: [
                HelpExample(.input("instruments | where kind == \"fx\" | avg pct"), .output("-0.165"))
            ],
            seeAlso: ["aggregates", "median", "group"]),
        HelpPage(
            name: "min",
            aliases: ["minimum"],
            summary: "the smallest value of an expression",
            syntax: ["PIPELINE | min EXPR"],
            about: """
                The smallest value, as written, in `sort`'s order: numbers by value, text \
                ignoring case and accents. \(aggregateRules)
                """,
            examples: [
                HelpExample(.input("instruments | min pct"), .output("-2.17")),
                HelpExample(.input("instruments | min name"), .output("BTC-EUR")),
            ],
            seeAlso: ["aggregates", "max", "sort"]),
        HelpPage(
            name: "max",
            aliases: ["maximum"],
            summary: "the largest value of an expression",
            syntax: ["PIPELINE | max EXPR"],
            about: """
                The largest value, as written, in `sort`'s order: numbers by value, text \
                ignoring case and accents. \(aggregateRules)
                """,
            examples: [
                HelpExample(.input("instruments | max pct"), .output("0.89")),
                HelpExample(.input("instruments | max name"), .output("S&P 500")),
            ],
            seeAlso: ["aggregates", "min", "sort"]),
        HelpPage(
            name: "median",
            summary: "the middle value of an expression",
            syntax: ["PIPELINE | median EXPR"],
            about: """
                The middle value once sorted, as written; for an even number of values the \
                exact mean of the two middle ones, keeping at least their decimals: `-0.10` \
                and `-0.20` give `-0.15`, `1.00` and `2.00` give `1.50`, two equal middles \
                give that value as written. EXPR must give numbers. \(aggregateRules)
                """,
            examples: [
                HelpExample(.input("instruments | median pct"), .output("0.03")),
                HelpExample(.input("instruments | where kind == \"fx\" | median pct"), .output("-0.165")),
            ],
            seeAlso: ["aggregates", "avg"]),
        HelpPage(
            name: "stddev",
            aliases: ["stdev", "std"],
            summary: "the sample standard deviation of an expression",
            syntax: ["PIPELINE | stddev EXPR"],
            about: """
                The sample standard deviation (dividing by n − 1, as DuckDB and nushell do), \
                printed to 12 significant digits; `null` for fewer than two values. The one \
                aggregate computed in floating point. EXPR must give numbers. \(aggregateRules)
                """,
            examples: [
                HelpExample(.input("instruments | where kind == \"fx\" | stddev pct"), .output("0.0494974746831"))
            ],
            seeAlso: ["aggregates", "avg"]),
        HelpPage(
            name: "aggregates",
            aliases: ["aggregate"],
            summary: "fold rows into values",
            syntax: [
                "PIPELINE | AGGREGATE[, AGGREGATE...]",
                "PIPELINE | group EXPR | AGGREGATE[, AGGREGATE...]",
            ],
            about: """
                An aggregate stage folds the rows into values. Without `group`, one aggregate \
                prints a bare value (`instruments | count` prints 15) and several give one \
                row. After `group EXPR` there is one row per group: the key, then one column \
                per aggregate.

                Columns are named `count`, or after the aggregate and its field: `avg_pct`, \
                `sum_change`; for another expression, its letters and digits: \
                `avg abs(change)` gives `avg_abs_change`. A name already taken gets `_2`, \
                `_3`, ...: `min pct, min pct` gives `min_pct` and `min_pct_2`.

                Nulls are skipped; over no values every aggregate is `null` except `count`, \
                which is 0. Results are exact decimals, except `stddev`. `first` and `last` \
                read the rows in snapshot order (by `date`, then `snapshot`), not as sorted.
                """,
            sections: [
                .definitions(
                    "AGGREGATES",
                    [
                        ("count", "the number of rows"),
                        ("sum EXPR", "the total"),
                        ("avg EXPR", "the arithmetic mean"),
                        ("min EXPR", "the smallest value (numbers or text)"),
                        ("max EXPR", "the largest value (numbers or text)"),
                        ("median EXPR", "the middle value, or the mean of the two middle ones"),
                        ("stddev EXPR", "the sample standard deviation (n − 1)"),
                        ("first EXPR", "the value of the earliest capture (snapshot order)"),
                        ("last EXPR", "the value of the latest capture (snapshot order)"),
                    ])
            ],
            examples: [
                HelpExample(
                    .input("instruments | min pct, max pct | to csv"),
                    .output(
                        """
                        min_pct,max_pct
                        -2.17,0.89
                        """)),
                HelpExample(
                    .input("instruments | group region | count | to csv"),
                    .output(
                        """
                        region,count
                        asia,2
                        europe,4
                        global,6
                        us,3
                        """)),
            ],
            seeAlso: ["group", "count", "sum", "avg", "min", "max", "median", "stddev"]),
    ]
}
