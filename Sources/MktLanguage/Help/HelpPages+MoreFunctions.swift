/// Pages for the text, date and conditional functions: `substring`, `starts`, `ends`,
/// `contains`, `year`, `month`, `day`, `weekday` and `if`.
extension HelpPages {
    static let moreFunctions: [HelpPage] = [
        HelpPage(
            name: "substring",
            aliases: ["substr"],
            summary: "part of a text, by position",
            syntax: ["substring(s, start)", "substring(s, start, length)"],
            about: """
                The characters of s from position start, the first being 1, and length of \
                them (all the rest when length is left out), as SQL's SUBSTR. Positions count \
                characters as a reader does, like `len`. Only the part that exists is kept: \
                `substring("abc", 0, 2)` is `a`, `substring("abc", 5)` is empty text. start \
                and length are whole numbers, length 0 or more; s must be text.
                """,
            examples: [
                HelpExample(.input("substring(\"Pétrole WTI\", 9)"), .output("WTI")),
                HelpExample(
                    .input("instruments | take 2 | select substring(name, 1, 3) as short | to csv"),
                    .output("short\nCAC\nEur")),
            ],
            seeAlso: ["functions", "len", "starts"]),
        HelpPage(
            name: "starts",
            aliases: ["startswith", "prefix"],
            summary: "whether a text begins with another",
            syntax: ["starts(s, prefix)"],
            about: """
                `true` when the text s begins with prefix, exactly: case and accents count \
                (`starts("CAC 40", "cac")` is `false`). Every text starts with `""`. Both \
                must be text.
                """,
            examples: [
                HelpExample(
                    .input("instruments | where starts(name, \"C\") | select name | to csv"),
                    .output("name\nCAC 40\nCMC Crypto 200"))
            ],
            seeAlso: ["functions", "ends", "contains", "~"]),
        HelpPage(
            name: "ends",
            aliases: ["endswith", "suffix"],
            summary: "whether a text ends with another",
            syntax: ["ends(s, suffix)"],
            about: """
                `true` when the text s ends with suffix, exactly: case and accents count \
                (`ends("EUR/USD", "usd")` is `false`). Both must be text.
                """,
            examples: [
                HelpExample(
                    .input("instruments | where ends(name, \"USD\") | select name | to csv"),
                    .output("name\nEUR/USD\nGBP/USD"))
            ],
            seeAlso: ["functions", "starts", "contains", "~"]),
        HelpPage(
            name: "contains",
            summary: "whether a text contains another, exactly",
            syntax: ["contains(s, part)"],
            about: """
                `true` when part appears in the text s, exactly: case and accents count, so \
                `contains(name, "petrole")` does not find Pétrole WTI. The `~` operator is \
                the forgiving one: `name ~ "petrole"` ignores case and accents (`help ~`). \
                Both must be text.
                """,
            examples: [
                HelpExample(.input("instruments | where contains(name, \"Pétrole\") | count"), .output("1")),
                HelpExample(.input("instruments | where contains(name, \"petrole\") | count"), .output("0")),
            ],
            seeAlso: ["functions", "~", "starts", "ends"]),
        datePage(
            "year", summary: "the year of a date", about: "The year of the date d, as a number: `year(\"2021-04-09\")` is `2021`."
        ),
        datePage(
            "month", summary: "the month of a date",
            about: "The month of the date d, as a number from 1 to 12: `month(\"2021-04-09\")` is `4`."),
        datePage(
            "day", summary: "the day of the month of a date",
            about: "The day of the month of the date d, as a number from 1 to 31: `day(\"2021-04-09\")` is `9`."),
        datePage(
            "weekday", summary: "the day of the week of a date",
            about: """
                The day of the week of the date d, as lowercase English text: `monday`, \
                `tuesday`, ... `sunday`. `weekday("2021-04-09")` is `friday`.
                """),
        HelpPage(
            name: "if",
            aliases: ["case", "when", "else", "conditional"],
            summary: "one value or another, by a condition",
            syntax: ["if(cond, a, b)"],
            about: """
                a when cond is true, else b. A condition that is `false` or `null` picks b, \
                as SQL's CASE does (and, as in `where`, so do `0` and `""`). Only the value \
                picked is computed, so `if(x == 0, null, 1 / x)` never divides by zero. \
                Unlike the other functions, a null argument does not make the result null: \
                a null condition picks b, and a null a or b is what comes back when picked.
                """,
            examples: [
                HelpExample(.input("if(1 > 2, \"more\", \"less\")"), .output("less")),
                HelpExample(
                    .input("instruments | last 3 | select name, if(pct > 0, \"+\", \"-\") as way | to csv"),
                    .output("name,way\nNikkei 225,+\nHANG SENG,-\nGBP/USD,-")),
            ],
            seeAlso: ["functions", "expressions", "where"]),
    ]

    /// A page for `year`, `month`, `day` or `weekday`: `name(d)` on `YYYY-MM-DD` text.
    private static func datePage(_ name: String, summary: String, about: String) -> HelpPage {
        HelpPage(
            name: name,
            summary: summary,
            syntax: ["\(name)(d)"],
            about: about + " " + """
                d is a date written `YYYY-MM-DD`, as the `date` column of `instruments all` \
                and `snapshots` holds it; text that is not a real calendar day is an error \
                naming it (`\(name)("2021-13-01")`).
                """,
            examples: [
                HelpExample(.input("\(name)(\"2024-02-29\")"), .output(dateExample[name] ?? "")),
                HelpExample(
                    .input("snapshots | select date, \(name)(date) as \(name) | to csv"),
                    .output("date,\(name)\n2021-04-09,\(dateExample2021[name] ?? "")")),
            ],
            seeAlso: ["functions", "date", "year", "month", "day", "weekday"].filter { $0 != name })
    }

    private static let dateExample = ["year": "2024", "month": "2", "day": "29", "weekday": "thursday"]
    private static let dateExample2021 = ["year": "2021", "month": "4", "day": "9", "weekday": "friday"]
}
