import MktResult

/// A command: a word that starts a statement other than a pipeline, declared once. The parser
/// dispatches on its `kind`, `help` lists its `overview` lines, tab completion offers it.
public struct CommandWord: Sendable {
    /// What a command does, for the parser to switch on.
    public enum Kind: Sendable, Equatable {
        case load, `let`, set, source, help, article, excerpt, show, status, use, exit
    }

    /// The word as written: `load`, `.quit`.
    public let name: String
    public let kind: Kind
    /// The lines `help` alone shows for it, as (syntax, what it does); empty for a second
    /// spelling of a command listed elsewhere (`quit`).
    public let overview: [(syntax: String, summary: String)]

    /// Every command; `help` groups them (`HelpOverview`).
    public static let all: [CommandWord] = [
        CommandWord(name: "load", kind: .load, overview: [("load PATH[, PATH...]", "read snapshot files, folders or globs")]),
        CommandWord(
            name: "let", kind: .let,
            overview: [
                ("let NAME = EXPR", "name a value; use it as $NAME"),
                ("let NAME = PIPELINE", "name a pipeline's rows; use $NAME as a source"),
            ]),
        CommandWord(name: "set", kind: .set, overview: [("set format FORMAT", "the format results print in: table, csv, ...")]),
        CommandWord(name: "source", kind: .source, overview: [("source PATH", "run a script file in this session")]),
        CommandWord(name: "help", kind: .help, overview: [("help [TOPIC]", "this list, or a topic's syntax and examples")]),
        CommandWord(name: "article", kind: .article, overview: [("article", "the current snapshot's article, whole")]),
        CommandWord(
            name: "excerpt", kind: .excerpt,
            overview: [
                ("excerpt [N]", "its title and first N paragraphs (default 1)"),
                ("excerpt N chars", "its title and about N characters of text"),
            ]),
        CommandWord(name: "show", kind: .show, overview: [("show NAME", "one instrument's card; a unique prefix is enough")]),
        CommandWord(name: "status", kind: .status, overview: [("status", "what is loaded, the current snapshot, settings")]),
        CommandWord(name: "use", kind: .use, overview: [("use N|ID", "make a loaded snapshot the current one")]),
        CommandWord(name: "exit", kind: .exit, overview: [("exit [N]", "stop, with exit status N (default 0); also quit")]),
        CommandWord(name: "quit", kind: .exit, overview: []),
        CommandWord(name: ".exit", kind: .exit, overview: []),
        CommandWord(name: ".quit", kind: .exit, overview: []),
    ]

    /// The command a word names, ignoring case (`LOAD` is `load`, `.QUIT` is `.quit`).
    public static func named(_ word: some StringProtocol) -> CommandWord? {
        let key = WordKey.of(word)
        return all.first { $0.name == key }
    }

    /// Whether its argument is a file path (completion offers files).
    public var takesPath: Bool { kind == .load || kind == .source }

    /// The shell's traditional ways out, written with a leading `.`: the lexer reads each as one word.
    public static let dotted: Set<String> = Set(all.map(\.name).filter { $0.hasPrefix(".") })
}
