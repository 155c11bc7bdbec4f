/// Pages for the built-in functions: the `functions` list, from `Functions.signatures`, then
/// one page per function.
extension HelpPages {
    static let functions: [HelpPage] = [
        HelpPage(
            name: "functions",
            aliases: ["function"],
            summary: "the built-in functions",
            syntax: ["NAME(EXPR[, EXPR])"],
            about: """
                Functions compute a value from their arguments, in any expression. Every \
                function gives `null` when an argument is `null`, except `if`, whose null \
                condition picks its else value (`help if`). Names are those below, in \
                any case (`ROUND(x)` is `round(x)`); any other name is a syntax error.
                """,
            sections: [
                .definitions("FUNCTIONS", Functions.signatures.map { ($0.synopsis, $0.summary) })
            ],
            examples: [
                HelpExample(
                    .input("instruments | sort abs(pct) desc | take 2 | select name, pct | to csv"),
                    .output("name,pct\nBTC-EUR,-2.17\nHANG SENG,-1.07"))
            ],
            seeAlso: ["expressions", "select"]),
        HelpPage(
            name: "abs",
            summary: "a number without its sign",
            syntax: ["abs(x)"],
            about: "x without its sign, exactly: `abs(-0.0016)` is `0.0016`. x must be a number.",
            examples: [
                HelpExample(.input("abs(-1109.31)"), .output("1109.31")),
                HelpExample(
                    .input("instruments | sort abs(pct) desc | take 2 | select name, pct | to csv"),
                    .output("name,pct\nBTC-EUR,-2.17\nHANG SENG,-1.07")),
            ],
            seeAlso: ["functions", "round"]),
        HelpPage(
            name: "round",
            summary: "a number rounded to n decimals",
            syntax: ["round(x)", "round(x, n)"],
            about: """
                x rounded to n decimals (0 when n is left out), half away from zero, exactly: \
                `round(-2.5)` is `-3`. A negative n rounds to tens, hundreds, ...: \
                `round(1249.5, -2)` is `1200`. A value with fewer than n decimals is kept as \
                written: `round(2.5, 3)` is `2.5`. n is a whole number from -18 to 18.
                """,
            examples: [
                HelpExample(.input("round(2.345, 2)"), .output("2.35")),
                HelpExample(
                    .input("instruments | last 2 | select name, round(pct, 1) as p | to csv"),
                    .output("name,p\nHANG SENG,-1.1\nGBP/USD,-0.2")),
            ],
            seeAlso: ["functions", "abs"]),
        HelpPage(
            name: "lower",
            summary: "text in lowercase",
            syntax: ["lower(s)"],
            about: """
                s in lowercase, accents kept. s must be text. To compare ignoring case and \
                accents, `~` is usually what you want.
                """,
            examples: [HelpExample(.input("lower(\"HANG SENG\")"), .output("hang seng"))],
            seeAlso: ["functions", "upper", "~"]),
        HelpPage(
            name: "upper",
            summary: "text in uppercase",
            syntax: ["upper(s)"],
            about: "s in uppercase, accents kept (`straße` gives `STRASSE`). s must be text.",
            examples: [HelpExample(.input("upper(\"Pétrole WTI\")"), .output("PÉTROLE WTI"))],
            seeAlso: ["functions", "lower"]),
        HelpPage(
            name: "len",
            aliases: ["length"],
            summary: "the number of characters",
            syntax: ["len(s)"],
            about: """
                The number of characters of s as a reader counts them (`é` is one, however \
                it is encoded). s must be text: `len(3)` is an error, as `round("x")` is.
                """,
            examples: [
                HelpExample(.input("len(\"Pétrole WTI\")"), .output("11")),
                HelpExample(
                    .input("paragraphs | select n, len(text) as chars | to csv"),
                    .output("n,chars\n1,603\n2,454\n3,386")),
            ],
            seeAlso: ["functions", "text"]),
        HelpPage(
            name: "string",
            summary: "a value as text",
            syntax: ["string(x)"],
            about: """
                x as text, exactly as it prints: a number with its decimals as written, \
                `true` or `false`; null stays null. `+` joins text but will not mix text \
                and numbers, so this is how a number goes into text: \
                `"report " + string($1)`.
                """,
            examples: [
                HelpExample(.input("\"CAC 40 at \" + string(6169.41)"), .output("CAC 40 at 6169.41")),
                HelpExample(
                    .input("instruments | take 2 | select name + \": \" + string(pct) as line | to csv"),
                    .output("line\nCAC 40: 0.06\nEuro Stoxx 50: 0.03")),
            ],
            seeAlso: ["functions", "len", "+"]),
    ]
}
