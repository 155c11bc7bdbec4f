/// Pages on the language itself: `expressions`, `~` and `variables`.
extension HelpPages {
    static let language: [HelpPage] = [
        HelpPage(
            name: "expressions",
            aliases: [
                "expression", "expr", "operators", "precedence", "and", "or", "not", "==", "!=", "<",
                "<=", ">", ">=", "+", "-", "*", "/", "%", "remainder", "modulo", "mod", "null", "true", "false", "numbers", "strings",
            ],
            summary: "values, operators and precedence",
            syntax: [
                "EXPR OP EXPR    not EXPR    -EXPR    (EXPR)    FUNCTION(EXPR, ...)",
                "FIELD    $NAME    NUMBER    \"STRING\"    true    false    null",
            ],
            about: """
                An expression computes a value for each row in `where`, `sort`, `select`, \
                `group` and the aggregates, or once for a statement that is only an \
                expression, which prints its value.

                Numbers are exact decimals, written with digits and an optional fraction: \
                `42`, `0.06`, `-1.1905` (no exponent; write `0.5`, not `.5`). Arithmetic on \
                them stays exact: `0.1 + 0.2` is `0.3`. A sum or difference keeps the most \
                decimals of its operands (`1.10 + 1` is `2.10`), a product the decimals of \
                both, as in SQL (`2.50 * 2` is `5.00`). Division keeps 12 more decimals than \
                its operands, and more for a quotient below 1, so that at least 12 \
                significant digits remain (`1 / 3` is `0.333333333333`, `0.01 / 3` is \
                `0.0033333333333333`), rounded half away from zero and without trailing \
                zeros; dividing by zero is an error. `%` is the remainder of a division \
                whose quotient is cut to a whole number, exact as well, with the sign of \
                the left side as in SQL (`7 % 3` is `1`, `7.5 % 2` is `1.5`, `-7 % 3` is \
                `-1`); `% 0` is an error too.

                A number holds 18 digits, decimals included (19 up to 9223372036854775807). \
                When an exact sum, difference or product needs more, its last decimals are \
                rounded, once, half away from zero: `0.000000001 * 0.000000001 * 0.01` is \
                `0`, `0.123456789012345678 + 10` is `10.12345678901234568`. A whole part past \
                18 digits is an error, never rounded. The `sum` aggregate rounds its total \
                the same way.

                Strings are in double quotes and may span lines; `\\"` and `\\\\` are the \
                only escapes. `+` joins two strings.

                `null` is a missing value: arithmetic and functions on it give `null`; \
                `== null` tests for it. `==` compares numbers by value (`2.50 == 2.5` is \
                `true`) and text exactly, case and accents included; `~` ignores both \
                (`help ~`). Comparisons take two values of one kind, numbers, text or \
                booleans: `pct == "0.06"` is an error (write `pct == 0.06`), as is \
                `name > 3`; null compares with anything. \
                `where` keeps a row only when its condition is true: `false`, \
                `null`, `0` and `""` are not. `true` and `false` are the booleans. A `#` \
                starts a comment that runs to the end of the line.
                """,
            sections: [
                .definitions(
                    "OPERATORS, loosest first",
                    [
                        ("or", "true when either side is"),
                        ("and", "true when both sides are"),
                        ("not", "negation: not a == b means not (a == b)"),
                        ("== != < <= > >= ~", "comparisons; a < b < c is an error: write a < b and b < c"),
                        ("in  between", "x in (a, b), x between a and b, and their not: comparisons too"),
                        ("+ -", "addition, subtraction; + also joins text"),
                        ("* / %", "multiplication, division, remainder"),
                        ("-", "negation: -pct"),
                    ])
            ],
            examples: [
                HelpExample(.input("1 + 2 * 3"), .output("7")),
                HelpExample(.input("2.50 * 2"), .output("5.00")),
                HelpExample(.input("1 / 3"), .output("0.333333333333")),
                HelpExample(.input("7.5 % 2"), .output("1.5")),
                HelpExample(.input("0.000000001 * 0.000000001 * 0.01"), .output("0")),
                HelpExample(
                    .input("instruments | where pct < 0 and not kind == \"fx\" | count"),
                    .output("5")),
            ],
            seeAlso: ["~", "fields", "functions", "variables", "where"]),
        HelpPage(
            name: "~",
            aliases: ["match", "matches", "matching"],
            summary: "text contains, ignoring case and accents",
            syntax: ["TEXT ~ PATTERN"],
            about: """
                True when TEXT contains PATTERN, ignoring case and accents: `"petrole"` finds \
                Pétrole WTI, `"hang"` finds HANG SENG. PATTERN is plain text, not a regular \
                expression. Both sides must be text: `pct ~ "0.0"` is an error, since numbers \
                compare with `==`, `<` and `>`; with null on either side the result is null. \
                `~` binds like a comparison; \
                negate it with `not`: `not name ~ "usd"`. `search` and `show` ignore case \
                and accents the same way; the `contains` function is the exact test.
                """,
            examples: [
                HelpExample(
                    .input("instruments | where name ~ \"petrole\" | select name | to csv"),
                    .output("name\nPétrole WTI")),
                HelpExample(
                    .input("instruments | where name ~ \"usd\" | select name | to csv"),
                    .output("name\nEUR/USD\nGBP/USD")),
            ],
            seeAlso: ["expressions", "contains", "search", "show", "name"]),
        HelpPage(
            name: "variables",
            aliases: ["variable", "vars", "$", "$name", "$var", "$args", "arguments", "args"],
            summary: "let, $NAME and script arguments",
            syntax: [
                "let NAME = EXPR",
                "let NAME = PIPELINE",
                "$NAME",
                "$1, $2, ...    (in a script: its arguments)",
                "$args          (in a script: all its arguments)",
            ],
            about: """
                `let` binds a name for the rest of the session or script (`help let`). \
                `$NAME` reads it: in an expression when it holds a value, as a source \
                (`$NAME | STAGE ...`) when it holds a pipeline's rows.

                A script run as `mkt SCRIPT.mkt ARG...` sees its arguments as `$1`, `$2`, ... \
                and all of them, separated by spaces, as `$args`. An argument that reads as a \
                number (`3`, `-0.5`) is a number, any other is text.
                """,
            examples: [
                HelpExample(
                    .input("let rises = instruments | where pct > 0"),
                    .input("$rises | count"),
                    .output("8")),
                HelpExample(
                    .file(
                        name: "top.mkt",
                        text: """
                            #!/usr/bin/env mkt
                            # top.mkt N: the N biggest rises of the seed snapshot
                            load \(seedGlob)
                            instruments | sort pct desc | take $1 | select name, pct | to csv
                            """),
                    .shell("mkt top.mkt 2", mkt: []),
                    .output("name,pct\nDow Jones,0.89\nS&P 500,0.77")),
            ],
            seeAlso: ["let", "scripts", "expressions"]),
    ]
}
