/// Pages for the sources that compare instruments: `movers`, `diff`.
extension HelpPages {
    static let compare: [HelpPage] = [
        HelpPage(
            name: "movers",
            summary: "the largest rises, then the largest falls",
            syntax: ["movers [N] [| STAGE ...]"],
            about: """
                The N largest rises by `pct` in the current snapshot, largest first, then its \
                N largest falls, largest first (N is 5 when not given). An instrument that did \
                not move is in neither half; equal moves keep ticker order. The columns are \
                `name`, `kind`, `region`, `value`, `change` and `pct`.
                """,
            examples: [
                HelpExample(
                    .input("movers 1 | to csv"),
                    .output(
                        """
                        name,kind,region,value,change,pct
                        Dow Jones,index,us,33800.60,297.03,0.89
                        BTC-EUR,crypto,global,50065.26,-1109.31,-2.17
                        """)),
                HelpExample(.input("movers 3 | where pct < 0 | count"), .output("3")),
            ],
            seeAlso: ["instruments", "diff", "sort"]),
        HelpPage(
            name: "diff",
            summary: "each instrument's value in two snapshots compared",
            syntax: ["diff [A B] [| STAGE ...]"],
            about: """
                One row per instrument of two snapshots, matched by name (ignoring case and \
                accents): `from` is its value in A, `to` its value in B, `change` is \
                `to − from` (exact) and `pct` is `change / from × 100`, rounded to 2 decimals. \
                A and B are snapshot ids (a unique prefix is enough) or their `n` in \
                `snapshots`, bare or quoted. Without them, `diff` compares the two latest \
                snapshots: the last two by date, then by file name.

                Rows follow B's ticker, then the instruments only A has. An instrument in \
                only one of the two has the other side null, and `note` says which: `new` \
                (only in B) or `gone` (only in A).
                """,
            examples: [
                HelpExample(
                    .input("load examples/snapshots"),
                    .input("diff 2021-04-08 2021-04-09 | where name == \"CAC 40\" | to csv"),
                    .output(
                        """
                        name,kind,region,from,to,change,pct,note
                        CAC 40,index,europe,6165.72,6169.41,3.69,0.06,
                        """),
                    .input("diff | sort pct | take 1 | select name, pct"),
                    .output(
                        """
                        name       pct
                        ───────  ─────
                        BTC-EUR  -0.83
                        """),
                    .input("diff 2021-04-07 2021-04-09 | where note == \"new\" | count"),
                    .output("13"))
            ],
            seeAlso: ["snapshots", "movers", "instruments all"]),
    ]
}
