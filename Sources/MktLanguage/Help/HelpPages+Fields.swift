import MarketModel
import MktResult

/// Pages for the fields of rows: the `fields` topic and one page per field.
extension HelpPages {
    /// A field's page: its syntax is its name, used in an expression over rows of `rows`.
    private static func field(
        _ name: String, aliases: [String] = [], rows: String, summary: String, about: String,
        examples: [HelpExample], seeAlso: [String] = []
    ) -> HelpPage {
        HelpPage(
            name: name, aliases: aliases, summary: summary,
            syntax: ["\(name)    (in an expression over \(rows) rows)"],
            about: about,
            examples: examples, seeAlso: seeAlso + ["fields"])
    }

    /// A section listing fields as their table declares them.
    private static func fieldList<Row>(_ title: String, _ fields: [Field<Row>]) -> HelpSection {
        .definitions(title, fields.map { ($0.name, $0.summary) }, termWidth: 11)
    }

    static let fields: [HelpPage] = [
        HelpPage(
            name: "fields",
            aliases: ["field"],
            summary: "what each source's rows hold",
            syntax: ["FIELD    (a bare name in an expression, as in: where pct > 0)"],
            about: """
                A bare name in an expression reads that field of the current row. Numbers are \
                exact decimals as the page writes them: `1.1905` keeps four places, `1744.10` \
                keeps its zero. Names match in any case (`PCT` is \
                `pct`). An unknown field is an error that suggests the closest name, or else \
                lists the fields the rows have.
                """,
            sections: [
                fieldList("INSTRUMENT FIELDS: instruments, instruments all", InstrumentField.all),
                fieldList("ONLY IN instruments all, headlines all, paragraphs all, quotes all, news", RowFields.instrumentsAllLead),
                fieldList("SNAPSHOT FIELDS: snapshot, snapshots", RowFields.snapshots),
                fieldList("TEXT FIELDS: headlines, paragraphs, quotes", RowFields.quote),
                fieldList("WARNING FIELDS: warnings", RowFields.warning),
                fieldList("COMPARISON FIELDS: diff (and name, kind, region)", Array(RowFields.diff.dropFirst(3))),
                fieldList("AUDIT FIELDS: audit (and date, snapshot)", Array(RowFields.audit.dropFirst(2))),
                fieldList("NEWS FIELDS: news (and date, snapshot, status, language)", Array(RowFields.news.dropFirst(4))),
                fieldList("SEARCH FIELDS: search (and date, snapshot, status, language)", RowFields.searchHitItem),
            ],
            examples: [
                HelpExample(
                    .input("instruments | where name ~ \"petrole\" | select name, kind, region | to csv"),
                    .output(
                        """
                        name,kind,region
                        Pétrole WTI,commodity,global
                        """))
            ],
            seeAlso: ["expressions", "instruments", "headlines", "quotes", "snapshots"]),
        field(
            "position", rows: "instruments", summary: "the instrument's place in the ticker",
            about: """
                The instrument's place in the page's ticker, from 1, counting only the \
                instruments that could be read. In `instruments all` it counts within each \
                snapshot.
                """,
            examples: [
                HelpExample(
                    .input("instruments | where position == 8 | select name | to csv"),
                    .output("name\nPétrole WTI"))
            ]),
        field(
            "name", rows: "instruments", summary: "the instrument's name, as written",
            about: """
                The name as the page writes it, accents and case kept. Compare with `==` for \
                the exact name, or with `~` to ignore case and accents.
                """,
            examples: [
                HelpExample(
                    .input("instruments | where name ~ \"stoxx\" | select position, name | to csv"),
                    .output("position,name\n2,Euro Stoxx 50"))
            ],
            seeAlso: ["~", "show"]),
        field(
            "value", rows: "instruments", summary: "the instrument's last value",
            about: """
                The last value, an exact decimal as written: `6169.41`, `1.1905`, `1744.10` \
                (the page's `6 169,41` and `1,1905` read as numbers).
                """,
            examples: [
                HelpExample(
                    .input("instruments | where value > 30000 | select name, value | to csv"),
                    .output("name,value\nDow Jones,33800.60\nBTC-EUR,50065.26"))
            ]),
        field(
            "change", rows: "instruments", summary: "the change since the previous close",
            about: """
                The change since the previous close, in the instrument's unit, as written, \
                negative for a fall: 3.69, -1109.31, -0.0016.
                """,
            examples: [
                HelpExample(
                    .input("instruments | sort change | take 1 | select name, change | to csv"),
                    .output("name,change\nBTC-EUR,-1109.31"))
            ],
            seeAlso: ["pct", "prev"]),
        field(
            "pct", aliases: ["percent"], rows: "instruments", summary: "the change in percent",
            about: """
                The change in percent units, as written: `0.06` means +0.06 %, `-2.17` means \
                −2.17 %.
                """,
            examples: [
                HelpExample(
                    .input("instruments | where pct < -1 | select name, pct | to csv"),
                    .output("name,pct\nBTC-EUR,-2.17\nHANG SENG,-1.07"))
            ],
            seeAlso: ["change", "consistent"]),
        field(
            "prev", rows: "instruments", summary: "the previous close: value − change",
            about: """
                The previous close, computed exactly as `value - change`: 59.34 − (−0.26) is \
                59.60. `null` when it cannot be computed.
                """,
            examples: [
                HelpExample(
                    .input("instruments | where name ~ \"wti\" | select value, change, prev | to csv"),
                    .output("value,change,prev\n59.34,-0.26,59.60"))
            ],
            seeAlso: ["change", "consistent"]),
        field(
            "kind", rows: "instruments", summary: "index, fx, commodity or crypto",
            about: """
                What the instrument is, from its name: `fx` for XXX/YYY currency pairs \
                (EUR/USD), `crypto` for XXX-YYY crypto pairs (BTC-EUR), `commodity` for gold, \
                silver and oil (Gold future, Pétrole WTI, Brent, Or, Argent), `index` for \
                everything else.
                """,
            examples: [
                HelpExample(
                    .input("instruments | where kind == \"commodity\" | select name | to csv"),
                    .output("name\nGold future\nPétrole WTI"))
            ],
            seeAlso: ["region", "group"]),
        field(
            "region", rows: "instruments", summary: "europe, us, asia or global",
            about: """
                Where the instrument trades: `europe` (CAC 40, Euro Stoxx 50, DAX, FTSE 100), \
                `us` (Dow Jones, Nasdaq, S&P 500), `asia` (Nikkei 225, HANG SENG), `global` \
                for currencies, crypto, commodities, CMC Crypto 200 and any unknown index.
                """,
            examples: [
                HelpExample(
                    .input("instruments | where region == \"us\" | select name | to csv"),
                    .output("name\nDow Jones\nNasdaq\nS&P 500"))
            ],
            seeAlso: ["kind", "group"]),
        field(
            "consistent", rows: "instruments", summary: "whether change and pct agree",
            about: """
                `true` when `change / prev * 100` is within half a unit of `pct`'s last \
                printed digit, so the page's three numbers agree; `false` flags a misprint or \
                a bad read.
                """,
            examples: [
                HelpExample(.input("instruments | where not consistent | count"), .output("0"))
            ],
            seeAlso: ["pct", "prev", "status"]),
        field(
            "date", rows: "instruments all", summary: "the date of the row's snapshot",
            about: """
                The date of the snapshot the row comes from, YYYY-MM-DD, taken from the file \
                name (`2021-04-09_3921acb7a18bc451.txt`); `null` when the name holds no date. \
                The row's snapshot id is the field `snapshot`.
                """,
            examples: [
                HelpExample(
                    .input("instruments all | group date | count | to csv"),
                    .output("date,count\n2021-04-09,15"))
            ],
            seeAlso: ["instruments all", "snapshot"]),
        field(
            "n", rows: "headlines, paragraphs and quotes", summary: "the item's place in its list",
            about: """
                The headline's, paragraph's or quotation's place in its list, from 1; \
                `search` shows the same numbers.
                """,
            examples: [
                HelpExample(
                    .input("headlines | where n == 1 | select text | to csv"),
                    .output("text\nCovid-19 : la production de Volkswagen suspendue au Brésil"))
            ],
            seeAlso: ["headlines", "paragraphs", "quotes"]),
        field(
            "text", rows: "headlines, paragraphs and quotes", summary: "the item's text",
            about: """
                The headline, paragraph or quotation as written (a quotation without its \
                quotation marks).
                """,
            examples: [
                HelpExample(
                    .input("headlines | where text ~ \"bresil\" | select n | to csv"),
                    .output("n\n1"))
            ],
            seeAlso: ["~", "search", "len"]),
        field(
            "truncated", rows: "quotes", summary: "whether the page cut the quotation off",
            about: """
                `true` when the quotation runs into the page's `(...)` cut, `false` otherwise.
                """,
            examples: [
                HelpExample(
                    .input("quotes | select n, truncated | to csv"),
                    .output("n,truncated\n1,false\n2,true"))
            ],
            seeAlso: ["quotes"]),
    ]
}
