/// Pages for the sources over every loaded snapshot: `headlines all`, `paragraphs all`,
/// `quotes all`, `audit`, `news`.
extension HelpPages {
    /// What every `all` source says of its rows' lead.
    private static let leadNote = """
        Each row starts with `date` (the snapshot's date, YYYY-MM-DD, or `null`) and \
        `snapshot` (its id), as in `instruments all`; `status` and `language`, the \
        snapshot's, are there too for `where` and `select`, though tables leave them out. \
        Snapshots come in the order they were loaded.
        """

    static let archive: [HelpPage] = [
        HelpPage(
            name: "headlines all",
            summary: "the headlines of every loaded snapshot",
            syntax: ["headlines all [| STAGE ...]"],
            about: """
                The headlines of every loaded snapshot, each page's in page order, with the \
                fields of `headlines`: `n` (from 1 in its page) and `text`.

                \(leadNote)
                """,
            examples: [
                HelpExample(
                    .input("load examples/snapshots"),
                    .input("headlines all | where text ~ \"bitcoin\" | select language, text | to csv"),
                    .output(
                        """
                        language,text
                        en,"Bitcoin climbs back above $50,000"
                        fr,Bitcoin : la cryptomonnaie repasse au-dessus de 50.000 dollars
                        """))
            ],
            seeAlso: ["headlines", "instruments all", "news", "search"]),
        HelpPage(
            name: "paragraphs all",
            summary: "the article paragraphs of every loaded snapshot",
            syntax: ["paragraphs all [| STAGE ...]"],
            about: """
                The paragraphs of every loaded snapshot's article (a page without an article \
                has none), with the fields of `paragraphs`: `n` (from 1 in its article) and \
                `text`.

                \(leadNote)
                """,
            examples: [
                HelpExample(
                    .input("load examples/snapshots"),
                    .input("paragraphs all | group snapshot | count"),
                    .output(
                        """
                        snapshot                     count
                        ───────────────────────────  ─────
                        2021-04-08_sample_fr_closed      3
                        2021-04-09_3921acb7a18bc451      3
                        2021-04-12_en_sample_open        2
                        2021-04-12_sample_fr_open        2
                        """))
            ],
            seeAlso: ["paragraphs", "headlines all", "news"]),
        HelpPage(
            name: "quotes all",
            summary: "the quotations of every loaded snapshot",
            syntax: ["quotes all [| STAGE ...]"],
            about: """
                The quotations of every loaded snapshot's article, with the fields of \
                `quotes`: `n`, `text` and `truncated`.

                \(leadNote)
                """,
            examples: [
                HelpExample(
                    .input("load examples/snapshots"),
                    .input("quotes all | where truncated | select snapshot, text"),
                    .output(
                        """
                        snapshot                     text
                        ───────────────────────────  ───────────────
                        2021-04-09_3921acb7a18bc451  Si Tesla
                        2021-04-12_en_sample_open    the worst is
                        2021-04-12_sample_fr_open    le plus dur est
                        """))
            ],
            seeAlso: ["quotes", "paragraphs all"]),
        HelpPage(
            name: "audit",
            aliases: ["check", "problems"],
            summary: "what looks wrong in the loaded snapshots",
            syntax: ["audit [| STAGE ...]"],
            about: """
                One row per problem found in the loaded snapshots, snapshot after snapshot in \
                load order, each snapshot's by page line. The checks (`check`):

                `warning`: a line the page could not read, as `warnings` lists it. `pct`: an \
                instrument whose `pct` does not follow from `change` and the previous value \
                (`prev`, value − change) within the rounding of pct's last digit; the problem \
                gives the pct that would (`help consistent`). `repeated`: a name the ticker \
                lists again (ignoring case and accents). `date`: a snapshot whose date is \
                earlier than the one loaded before it (`line` is null).

                The columns are `date`, `snapshot`, `line` (where the instrument's block or \
                the warning is, from 1), `check`, `name` (the instrument, or null) and \
                `problem`, in English.
                """,
            examples: [
                HelpExample(
                    .input("load examples/snapshots/2021-04-09_*.txt"),
                    .input("load examples/snapshots/2021-04-07_*.txt"),
                    .input("audit | group check | count"),
                    .output(
                        """
                        check    count
                        ───────  ─────
                        date         1
                        warning      4
                        """),
                    .input("audit | where check == \"warning\" | take 2 | select line, problem"),
                    .output(
                        """
                        line  problem
                        ────  ──────────────────────────────────────────────────────
                           7  'Euro Stoxx 50' has no value line; skipped
                          11  unexpected text in the ticker: '#@!% publicité ~~ ]]>'
                        """))
            ],
            seeAlso: ["warnings", "consistent", "snapshots"]),
        HelpPage(
            name: "news",
            summary: "headlines, titles and paragraphs mentioning an instrument",
            syntax: ["news NAME [| STAGE ...]", "news \"NAME\" [| STAGE ...]"],
            about: """
                The article titles, paragraphs and headlines of every loaded snapshot that \
                mention an instrument by its name or by an alias news uses for it (the table \
                below), as whole words, ignoring case and accents. NAME is found among the \
                instruments of the loaded snapshots as `show` finds it (the whole name, \
                then a unique prefix), or is an alias itself: `news Wall Street` looks for \
                the New York indices and their aliases, `news Paris` for CAC 40.

                One row per text, snapshot after snapshot in load order, each page's title, \
                then paragraphs, then headlines. The columns are `date`, `snapshot` (and, \
                for `where` and `select`, `status` and `language`), `part` (title, paragraph \
                or headline), `n` (its place in its list), `match` (the first name or alias \
                found, as written) and `text`.
                """,
            sections: [aliasTable],
            examples: [
                HelpExample(
                    .input("load examples/snapshots"),
                    .input("news petrole | select date, part, n, match"),
                    .output(
                        """
                        date        part      n  match
                        ──────────  ────────  ─  ───────
                        2021-04-08  headline  2  pétrole
                        """),
                    .input("news BTC | select snapshot, part, n, match"),
                    .output(
                        """
                        snapshot                   part      n  match
                        ─────────────────────────  ────────  ─  ───────
                        2021-04-12_en_sample_open  headline  3  Bitcoin
                        2021-04-12_sample_fr_open  headline  4  Bitcoin
                        """))
            ],
            seeAlso: ["search", "headlines all", "paragraphs all", "show"]),
    ]

    /// `NewsAliases.table`, an entry per line.
    private static var aliasTable: HelpSection {
        .definitions(
            "ALIASES", NewsAliases.table.map { ($0.instruments.joined(separator: ", "), $0.aliases.joined(separator: ", ")) },
            termWidth: 16)
    }
}
