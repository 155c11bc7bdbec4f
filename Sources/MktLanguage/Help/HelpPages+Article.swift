/// Pages for reading the current snapshot: `article`, `excerpt`, `search`, `show`, `status`.
extension HelpPages {
    static let article: [HelpPage] = [
        HelpPage(
            name: "article",
            summary: "the current snapshot's article, whole",
            syntax: ["article"],
            about: """
                Prints the article of the current snapshot: its title, the reading time \
                (`1 min read`), the paragraphs, then `(continued on the site)` when the page \
                cut the text off, then one `See also: TITLE` line per see-also link. Blank \
                lines separate the parts; paragraphs are wrapped to the terminal's width.

                The example leaves out the middle of the text (`[...]`).
                """,
            examples: [
                HelpExample(
                    .input("article"),
                    .output(
                        """
                        Tesla : Elon Musk rassure la Chine concernant l'espionnage
                        1 min read

                        Non, Tesla ne partagera pas les données de ses véhicules avec Pékin ou
                        [...]
                        coûterait très cher de faire de l'espionnage", a déclaré Elon Musk. "Si Tesla
                        (...)

                        (continued on the site)

                        See also: Tesla : Elon Musk intronisé “roi de la tech”
                        """))
            ],
            seeAlso: ["excerpt", "paragraphs", "quotes", "search"]),
        HelpPage(
            name: "excerpt",
            aliases: ["chars", "char"],
            summary: "the article's title and its beginning",
            syntax: ["excerpt [N]", "excerpt N chars"],
            about: """
                `excerpt N` prints the title and the first N paragraphs (1 when N is left \
                out); when paragraphs are left out, a last line says how many, as in \
                `… (2 more paragraphs)`.

                `excerpt N chars` prints the title and at most N characters of the text, cut \
                at a word boundary and marked with `…`; the blank lines between paragraphs \
                count (`excerpt 1 char` is accepted too). N is a whole number above 0.
                """,
            examples: [
                HelpExample(
                    .input("excerpt 80 chars"),
                    .output(
                        """
                        Tesla : Elon Musk rassure la Chine concernant l'espionnage

                        Non, Tesla ne partagera pas les données de ses véhicules avec Pékin ou …
                        """))
            ],
            seeAlso: ["article", "paragraphs"]),
        HelpPage(
            name: "search",
            aliases: ["find", "grep"],
            summary: "where a text occurs in the article and headlines",
            syntax: ["search \"TEXT\" [all] [| STAGE ...]"],
            about: """
                Finds every occurrence of TEXT in the article's title, its paragraphs, its \
                quotations, its "see also" lines, then the headlines, ignoring case and \
                accents (`"bresil"` finds Brésil). Prints one line per occurrence: where it \
                is (`title`, `paragraph 2`, `quote 1`, `see also 1`, `headline 4`: the `n` \
                of the `paragraphs`, `quotes` and `headlines` sources) and the hit with up to 40 characters either side, cut \
                at a word and marked with `…`. On a terminal the hit is highlighted; \
                otherwise it is shown in `[brackets]`.

                With `all`, it searches every loaded snapshot, in load order, and each line \
                starts with the snapshot's id (and its date, when the id does not hold it). \
                When nothing matches, a note on standard error says so (unless `-q`).

                It is a source of rows too: after a `|`, or with `to` or `save`, each hit is a \
                row with `date`, `snapshot`, `part`, `n`, `match` and `context` (and the \
                snapshot's `status` and `language`): `search "Tesla" all | count`.
                """,
            examples: [
                HelpExample(
                    .input("search \"vaccin\""),
                    .output(
                        """
                        headline 4: Le [vaccin] AstraZeneca devrait être réservé aux …
                        headline 5: La Russie va massivement produire le [vaccin] Spoutnik-V en Inde
                        """)),
                HelpExample(
                    .input("load examples/snapshots"),
                    .input("search \"ecb\" all"),
                    .output(
                        """
                        2021-04-12_en_sample_open, headline 2: [ECB] keeps its key rates unchanged
                        """),
                    .input("search \"bourse\" all | group snapshot | count | to csv"),
                    .output(
                        """
                        snapshot,count
                        2021-04-08_sample_fr_closed,2
                        2021-04-09_3921acb7a18bc451,1
                        2021-04-12_sample_fr_open,2
                        """)),
            ],
            seeAlso: ["~", "headlines", "paragraphs", "quotes"]),
        HelpPage(
            name: "show",
            summary: "one instrument's card",
            syntax: ["show NAME", "show \"NAME\""],
            about: """
                Prints one instrument of the current snapshot as a card. NAME is the rest of \
                the line, matched ignoring case and accents, tried in turn: the whole name \
                (`pétrole wti`), the name without spaces and punctuation (`cac40`, `sp500`), \
                the start of the name (`petr`), the start of one of its words (`wti`). When \
                several instruments fit, they are listed instead; when none does, the \
                closest name is suggested. Put NAME in double quotes when it holds `;` or `#`.
                """,
            examples: [
                HelpExample(
                    .input("show petr"),
                    .output(
                        """
                        name        Pétrole WTI
                        kind        commodity, global
                        value       59.34
                        change      -0.26 (-0.44%)
                        prev        59.60
                        consistent  yes
                        position    8 of 15
                        snapshot    2021-04-09 (2021-04-09_3921acb7a18bc451)
                        """))
            ],
            seeAlso: ["instruments", "fields", "~"]),
        HelpPage(
            name: "use",
            summary: "make a loaded snapshot the current one",
            syntax: ["use N", "use ID"],
            about: """
                `instruments`, `headlines`, `article`, `show` and the other one-snapshot \
                commands read the current snapshot: the last one loaded, until `use` picks \
                another. N is its `n` in `snapshots`, counted from 1 in load order; ID is its id, or enough of the id's \
                start to tell it from the others. The new current snapshot is named on \
                standard error.
                """,
            examples: [
                HelpExample(
                    .input("use 1"), .input("snapshot | select id | to csv"),
                    .output(
                        """
                        id
                        2021-04-09_3921acb7a18bc451
                        """))
            ],
            seeAlso: ["snapshots", "load", "status"]),
        HelpPage(
            name: "status",
            summary: "what is loaded, the current snapshot, settings",
            syntax: ["status"],
            about: """
                Prints what the session holds: the snapshots loaded and the output format, \
                and the current snapshot on one line: its date and id, whether the market \
                was open or closed, its instruments (and how many are consistent), the \
                article (title, paragraphs, whether the page cut it off), the headlines and \
                the warnings the page gave when loaded.

                The example shows the current snapshot's line, wrapped here to fit.
                """,
            examples: [
                HelpExample(
                    .input("status"),
                    .output(
                        """
                        2021-04-09 (2021-04-09_3921acb7a18bc451): market closed, 15 instruments
                        (15 consistent), article 'Tesla : Elon Musk rassure la Chine …'
                        (3 paragraphs, truncated), 5 headlines, 0 warnings
                        1 snapshot loaded, output format table
                        """))
            ],
            seeAlso: ["load", "snapshot", "set format"]),
    ]
}
