import MktResult

/// What `help` alone prints: every command on one line, grouped, then where to read more.
enum HelpOverview {
    /// A group of the overview: a heading and its commands as (syntax, what it does).
    struct Group: Sendable {
        var heading: String
        var entries: [(syntax: String, summary: String)]
    }

    /// The groups, each line from the table that declares its word: `CommandWord`,
    /// `SourceWord`, `StageWord` (the aggregates on the lines `AggregateFunction.overviewLines` says).
    static let groups: [Group] = [
        Group(heading: "Loading", entries: commands(.load, .source)),
        Group(
            heading: "Pipelines: SOURCE | STAGE | STAGE ...",
            entries: SourceWord.all.map { ($0.usage, $0.summary) } + [("$NAME", "the rows of let NAME = PIPELINE")]),
        Group(heading: "Stages", entries: stages),
        Group(heading: "Article and cards", entries: commands(.article, .excerpt, .show)),
        Group(
            heading: "Session",
            entries: commands(.status, .use, .let, .set, .help) + [("EXPR", "print a value: round(1249.5, -2)")]
                + commands(.exit)),
    ]

    /// The overview lines of the commands of these kinds, in this order.
    private static func commands(_ kinds: CommandWord.Kind...) -> [(syntax: String, summary: String)] {
        kinds.flatMap { kind in CommandWord.all.filter { $0.kind == kind }.flatMap(\.overview) }
    }

    /// Every stage in table order, the aggregates grouped into the lines
    /// `AggregateFunction.overviewLines` gives (`sum|avg|min|max EXPR`).
    private static var stages: [(syntax: String, summary: String)] {
        var lines: [(syntax: String, summary: String)] = []
        for stage in StageWord.all {
            guard case .aggregate(let function) = stage.kind else {
                lines.append((stage.usage, stage.summary))
                continue
            }
            guard let line = AggregateFunction.overviewLines.first(where: { $0.first == function }) else { continue }
            let names = line.map(\.name).joined(separator: "|")
            lines.append(
                (line[0].takesArgument ? names + " EXPR" : names, line.map(\.summary).joined(separator: ", ")))
        }
        return lines
    }

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
