import MktResult

/// What `help` alone prints: every command on one line, grouped, then where to read more.
enum HelpOverview {
    /// A group of the overview: a heading and its commands as (syntax, what it does).
    struct Group: Sendable {
        var heading: String
        var entries: [(syntax: String, summary: String)]
    }

    static let groups: [Group] = [
        Group(
            heading: "Loading",
            entries: [
                ("load PATH[, PATH...]", "read snapshot files, folders or globs"),
                ("source PATH", "run a script file in this session"),
            ]),
        Group(
            heading: "Pipelines: SOURCE | STAGE | STAGE ...",
            entries: [
                ("instruments", "the current snapshot's instruments"),
                ("instruments all", "the instruments of every loaded snapshot"),
                ("headlines", "the page's headlines: n, text"),
                ("paragraphs", "the article's paragraphs: n, text"),
                ("quotes", "the article's quotations: n, text, truncated"),
                ("snapshot", "the current snapshot as one row"),
                ("snapshots", "every loaded snapshot, one row each"),
                ("warnings", "what the loaded pages could not read"),
                ("$NAME", "the rows of let NAME = PIPELINE"),
            ]),
        Group(
            heading: "Stages",
            entries: [
                ("where EXPR", "keep the rows where EXPR is true"),
                ("sort EXPR [desc][, ...]", "order the rows"),
                ("take N", "keep the first N rows"),
                ("last N", "keep the last N rows"),
                ("select EXPR [as NAME][, ...]", "choose and compute columns"),
                ("group EXPR", "one row per value, for the aggregate after it"),
                ("count", "the number of rows"),
                ("sum|avg|min|max EXPR", "total, mean, smallest, largest"),
                ("median|stddev EXPR", "middle value, sample standard deviation"),
                ("to FORMAT", "print as table, csv, json or markdown"),
                ("save PATH", "write the result to a file"),
            ]),
        Group(
            heading: "Article and cards",
            entries: [
                ("article", "the current snapshot's article, whole"),
                ("excerpt [N]", "its title and first N paragraphs (default 1)"),
                ("excerpt N chars", "its title and about N characters of text"),
                ("search \"TEXT\"", "where TEXT occurs, in context"),
                ("show NAME", "one instrument's card; a unique prefix is enough"),
            ]),
        Group(
            heading: "Session",
            entries: [
                ("status", "what is loaded, the current snapshot, settings"),
                ("use N|ID", "make a loaded snapshot the current one"),
                ("let NAME = EXPR", "name a value; use it as $NAME"),
                ("let NAME = PIPELINE", "name a pipeline's rows; use $NAME as a source"),
                ("set format FORMAT", "the format results print in: table, csv, ..."),
                ("help [TOPIC]", "this list, or a topic's syntax and examples"),
                ("EXPR", "print a value: round(1249.5, -2)"),
                ("exit [N]", "stop, with exit status N (default 0); also quit"),
            ]),
    ]

    /// The overview, fitting 80 columns when laid out.
    static let document: HelpDocument = {
        var out: [HelpDocument.Block] = [
            .line("mkt: query market snapshots with pipelines, as in"),
            .line("  instruments | where pct < 0 | sort pct | take 3 | select name, pct"),
            .line(""),
        ]
        let rows = groups.flatMap(\.entries)
        let column = rows.map { $0.syntax.count }.max() ?? 0
        for group in groups {
            out.append(.line(group.heading))
            out.append(.definitions(group.entries.map { HelpDocument.Definition($0.syntax, $0.summary) }, termWidth: column))
            out.append(.line(""))
        }
        out.append(
            .flow(
                "Type help TOPIC for a page with syntax and a worked example: any command, stage, "
                    + "field, function or format, and help fields, help functions, help expressions, "
                    + "help aggregates, help formats, help variables, help scripts, help shell."))
        out.append(.line("Leave with Ctrl-D on an empty line, or .quit (also exit)."))
        return HelpDocument(out)
    }()
}
