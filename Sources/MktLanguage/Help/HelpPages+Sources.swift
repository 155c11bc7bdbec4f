/// Pages for the pipeline sources: `instruments`, `instruments all`, `headlines`, `paragraphs`,
/// `quotes`, `snapshot`.
extension HelpPages {
    static let sources: [HelpPage] = [
        HelpPage(
            name: "instruments",
            summary: "the current snapshot's instruments",
            syntax: ["instruments [| STAGE ...]"],
            about: """
                One row per instrument of the current snapshot, in ticker order, with the \
                fields `position`, `name`, `value`, `change`, `pct`, `prev`, `kind`, `region` \
                and `consistent` (`help fields`). Alone, it prints the whole ticker.
                """,
            examples: [
                HelpExample(.input("instruments | count"), .output("15")),
                HelpExample(
                    .input("instruments | take 2 | select name, value, pct | to csv"),
                    .output(
                        """
                        name,value,pct
                        CAC 40,6169.41,0.06
                        Euro Stoxx 50,3978.84,0.03
                        """)),
            ],
            seeAlso: ["fields", "instruments all", "show", "where"]),
        HelpPage(
            name: "instruments all",
            aliases: ["all"],
            summary: "the instruments of every loaded snapshot",
            syntax: ["instruments all [| STAGE ...]"],
            about: """
                The instrument rows of every loaded snapshot, snapshot after snapshot in the \
                order they were loaded, each in ticker order. Besides the fields of \
                `instruments`, every row has `date` (the snapshot's date, YYYY-MM-DD, or \
                `null` when its file name holds none) and `snapshot` (its id: the file name \
                without `.txt`). `position` counts within each snapshot. The snapshot's \
                `status` and `language` are fields too, left out of tables: \
                `instruments all | where status == "closed" and language == "en"`.

                The example starts from an empty session and loads two days.
                """,
            examples: [
                HelpExample(
                    .input("load examples/snapshots/2021-04-0[89]*.txt"),
                    .input("instruments all | count"),
                    .output("30"),
                    .input("instruments all | where name == \"CAC 40\" | sort date | select date, value"),
                    .output(
                        """
                        date          value
                        ──────────  ───────
                        2021-04-08  6165.72
                        2021-04-09  6169.41
                        """))
            ],
            seeAlso: ["instruments", "date", "load", "group"]),
        HelpPage(
            name: "headlines",
            summary: "the page's headlines",
            syntax: ["headlines [| STAGE ...]"],
            about: """
                One row per headline of the current snapshot, in page order, with the fields \
                `n` (from 1) and `text`.
                """,
            examples: [
                HelpExample(.input("headlines | count"), .output("5")),
                HelpExample(
                    .input("headlines | where text ~ \"vaccin\" | select n | to csv"),
                    .output(
                        """
                        n
                        4
                        5
                        """)),
            ],
            seeAlso: ["search", "paragraphs", "text"]),
        HelpPage(
            name: "paragraphs",
            summary: "the article's paragraphs",
            syntax: ["paragraphs [| STAGE ...]"],
            about: """
                One row per paragraph of the current snapshot's article, with the fields `n` \
                (from 1) and `text`, as written. The see-also line and the page's \
                continuation line are not paragraphs. No article, no rows.
                """,
            examples: [
                HelpExample(
                    .input("paragraphs | select n, len(text) as chars | to csv"),
                    .output(
                        """
                        n,chars
                        1,603
                        2,454
                        3,386
                        """))
            ],
            seeAlso: ["article", "excerpt", "quotes", "search"]),
        HelpPage(
            name: "quotes",
            summary: "the article's quotations",
            syntax: ["quotes [| STAGE ...]"],
            about: """
                One row per quotation in the current snapshot's article (in `"…"`, `“…”` or \
                `« … »`), in order, with the fields `n`, `text` (without the quotation marks) \
                and `truncated`: `true` when the page cut the quotation off with `(...)`.
                """,
            examples: [
                HelpExample(.input("quotes | count"), .output("2")),
                HelpExample(
                    .input("quotes | where truncated | select text | to csv"),
                    .output(
                        """
                        text
                        Si Tesla
                        """)),
            ],
            seeAlso: ["paragraphs", "truncated", "search"]),
        HelpPage(
            name: "snapshot",
            summary: "the current snapshot as one row",
            syntax: ["snapshot [| STAGE ...]"],
            about: """
                The current snapshot as a single row with the fields of the model: `id` (the \
                file name without `.txt`), `date` (YYYY-MM-DD or `null`), `language` (`fr` or \
                `en`), `status` (`open`, `closed` or `unknown`), `instruments`, `article` (its \
                title, or `null`), `headlines` and `warnings` (counts). `snapshots` has the \
                same fields for every loaded snapshot. `snapshot | to json` prints the same \
                object as `mkt parse`.

                `snapshot` is also a field of `instruments all`: the id of the row's snapshot.
                """,
            examples: [
                HelpExample(
                    .input("snapshot | select id, language, status | to csv"),
                    .output(
                        """
                        id,language,status
                        2021-04-09_3921acb7a18bc451,fr,closed
                        """))
            ],
            seeAlso: ["status", "instruments all", "json"]),
        HelpPage(
            name: "snapshots",
            summary: "every loaded snapshot, one row each",
            syntax: ["snapshots [| STAGE ...]"],
            about: """
                One row per loaded snapshot, in load order, with the fields `n` (from 1), \
                then those of `snapshot`: `id`, `date`, `language`, `status`, `instruments`, \
                `article` (its title), `headlines` and `warnings`, then `current`, true \
                for the one `instruments` reads (the last one loaded), and `file`, the file \
                it came from as it was named. Loading a file again replaces its snapshot and \
                makes it current.

                A table leaves out `article` and `file`, which would crowd out the ids; \
                `select` them, or print CSV or JSON, which have every field.
                """,
            examples: [
                HelpExample(
                    .input("snapshots | select id, instruments, current | to csv"),
                    .output(
                        """
                        id,instruments,current
                        2021-04-09_3921acb7a18bc451,15,true
                        """)),
                HelpExample(
                    .input("snapshots | where language == \"fr\" | select n, article | to csv"),
                    .output(
                        """
                        n,article
                        1,Tesla : Elon Musk rassure la Chine concernant l'espionnage
                        """)),
            ],
            seeAlso: ["load", "snapshot", "warnings", "instruments all"]),
        HelpPage(
            name: "warnings",
            summary: "what could not be read in the loaded pages",
            syntax: ["warnings [| STAGE ...]"],
            about: """
                One row per warning of every loaded snapshot: `snapshot` (its id), `line` (in \
                the file) and `message`. A damaged page keeps every instrument that could be \
                read; this lists the blocks and lines that could not. `load` prints only how \
                many there were.
                """,
            examples: [
                HelpExample(.input("warnings | count"), .output("0"))
            ],
            seeAlso: ["snapshots", "load", "status"]),
    ]
}
