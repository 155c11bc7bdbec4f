/// Pages for the table views: the sources `history` and `board`, the stage `chart`.
extension HelpPages {
    /// How the drawings of table views are chosen, said on each of their pages.
    static let drawingNote = """
        Only a table draws this: `to csv`, `to json`, `to markdown` and `save` give the rows \
        alone. The drawing uses Unicode blocks when the locale (LC_ALL, LC_CTYPE or LANG) is \
        UTF-8, or none is set; plain ASCII otherwise, and when NO_COLOR is set.
        """

    static let views: [HelpPage] = [
        HelpPage(
            name: "history",
            summary: "one instrument in every loaded snapshot, by date",
            syntax: ["history NAME [PERIOD] [| STAGE ...]", "PERIOD: [from DATE] [to DATE] [last N], in any order"],
            about: """
                A row per loaded snapshot that has the instrument, in archive order (by date, \
                then file name): `date`, `snapshot`, `value`, and the `change` and `pct` the \
                page gives (since the previous close); `status` and `language` of its \
                snapshot too, for `where` and CSV (`where status == "closed"` keeps the \
                closes). NAME is found as `show` finds it, among \
                the instruments of every loaded snapshot: case and accents do not matter, and \
                a unique prefix or word is enough (`history petr`); quote a name that holds \
                `from`, `to` or `last`.

                The period keeps the captures dated from `from DATE` to `to DATE` (both \
                included, YYYY-MM-DD), then the last N of them (`last N`), in any order. A \
                snapshot without a date is left out of a period with dates.

                A table ends with a sparkline of the value (one mark per row, low `▁` to high \
                `█`, or `_.-=+*#@` in ASCII) and the first, last, min and max values of the \
                rows shown, and the change from the first to the last, exact, with its percent \
                to 2 decimals: `history CAC 40 | last 5` draws the last 5. \(drawingNote)
                """,
            examples: [
                HelpExample(
                    .input("load examples/snapshots"),
                    .input("history cac from 2021-04-08 to 2021-04-09"),
                    .output(
                        """
                        date        snapshot                       value  change    pct
                        ──────────  ───────────────────────────  ───────  ──────  ─────
                        2021-04-08  2021-04-08_sample_fr_closed  6165.72  +14.53  +0.24
                        2021-04-09  2021-04-09_3921acb7a18bc451  6169.41   +3.69  +0.06
                        ▁█  first 6165.72  last 6169.41  min 6165.72  max 6169.41
                        change +3.69 (+0.06%)
                        """),
                    .input("history petrole last 2 | to csv"),
                    .output(
                        """
                        date,snapshot,status,language,value,change,pct
                        2021-04-12,2021-04-12_en_sample_open,open,en,60.18,0.84,1.42
                        2021-04-12,2021-04-12_sample_fr_open,open,fr,59.93,0.59,0.99
                        """),
                    .input("history dax | where pct < 0 | count"),
                    .output("2"))
            ],
            seeAlso: ["show", "instruments all", "diff", "chart"]),
        HelpPage(
            name: "board",
            summary: "the current snapshot by region and kind, with breadth",
            syntax: ["board [| STAGE ...]"],
            about: """
                The current snapshot's instruments as a world-markets monitor shows them: \
                `region`, `kind`, `name`, `value`, `change`, `pct`, ordered by region (europe, \
                us, asia, global), then kind (index, fx, commodity, crypto), then ticker order.

                A table puts them in a section per region and kind, under a heading naming \
                both (rises green, falls red when coloured), each followed by its breadth: how \
                many rose, fell and did not move, and their average pct, rounded to 2 \
                decimals (`group region, kind | avg pct` gives it exact). Stages that keep the columns keep the sections: `board | sort pct` \
                sorts within each. \(drawingNote)
                """,
            examples: [
                HelpExample(
                    .input("board | where region == \"asia\" or kind == \"fx\""),
                    .output(
                        """
                        name           value   change    pct
                        ──────────  ────────  ───────  ─────
                        asia · index
                        Nikkei 225  29768.06   +59.08  +0.20
                        HANG SENG   28698.80  -309.27  -1.07
                          rising 1  falling 1  flat 0  avg pct -0.44

                        global · fx
                        EUR/USD       1.1905  -0.0016  -0.13
                        GBP/USD       1.3707  -0.0028  -0.20
                          rising 0  falling 2  flat 0  avg pct -0.17
                        """)),
                HelpExample(
                    .input("board | take 1 | to csv"),
                    .output(
                        """
                        region,kind,name,value,change,pct
                        europe,index,CAC 40,6169.41,3.69,0.06
                        """)),
            ],
            seeAlso: ["instruments", "movers", "group"]),
        HelpPage(
            name: "chart",
            summary: "a horizontal bar per row of EXPR",
            syntax: ["SOURCE | ... | chart EXPR [| STAGE ...]"],
            about: """
                Two columns: a label, then EXPR's value (named as `select` would name it). The \
                label is the `name` column, else the first column holding text, else the row's \
                place `n`. A table draws a bar per row, sized to the terminal's width (72 \
                columns when it is not a terminal), with the value beside it: negative bars run \
                left of an axis, positive ones right of it, on one scale. \(drawingNote) In \
                ASCII the bars are `#`, the axis `|`.

                A row whose value is null is listed with no bar (a note under the bars counts \
                such rows); text or true/false is an error pointing at EXPR.
                """,
            examples: [
                HelpExample(
                    .input("movers 2 | chart pct"),
                    .output(
                        """
                        name         pct
                        ─────────  ─────
                        Dow Jones  +0.89                                        │███████████████
                        S&P 500    +0.77                                        │█████████████▌
                        BTC-EUR    -2.17  ▐█████████████████████████████████████│
                        HANG SENG  -1.07                     ▐██████████████████│
                        """)),
                HelpExample(
                    .input("movers 1 | chart pct | to csv"),
                    .output(
                        """
                        name,pct
                        Dow Jones,0.89
                        BTC-EUR,-2.17
                        """)),
            ],
            seeAlso: ["movers", "select", "history"]),
    ]
}
