import MktResult

/// One page of `help TOPIC`: what a word does, how to write it, and what it prints.
///
/// Pages are data, made into a `HelpDocument` by `document`, so tests can reach every example command and run it
/// through the real parser.
struct HelpPage: Sendable {
    /// The topic as `help` and tab completion spell it: `sort`, `instruments all`, `~`.
    var name: String
    /// Other spellings that open this page: `asc` and `desc` open `sort`.
    var aliases: [String] = []
    /// What it does, in a few words; the page's title line.
    var summary: String
    /// How to write it, one form per line; uppercase words stand for what the user supplies.
    var syntax: [String]
    /// What it does and prints: paragraphs separated by a blank line, wrapped when rendered.
    var about: String
    /// Further named blocks, such as the list of fields or the operator table.
    var sections: [HelpSection] = []
    var examples: [HelpExample]
    /// Related topics; every one is a page.
    var seeAlso: [String] = []

    /// The page as a document: title, syntax, description, sections, examples, see also.
    /// Laid out, every line is at most 80 columns wide (examples and syntax are written to
    /// fit; prose is wrapped).
    var document: HelpDocument {
        var out: [HelpDocument.Block] = [.line("\(name) — \(summary)"), .line("")]
        if !syntax.isEmpty {
            out.append(.line("SYNTAX"))
            out.append(.code(syntax))
            out.append(.line(""))
        }
        out.append(.line("DESCRIPTION"))
        out += HelpText.paragraphs(about)
        for section in sections {
            out.append(.line(""))
            out.append(.line(section.title))
            out += section.blocks
        }
        if !examples.isEmpty {
            out.append(.line(""))
            out.append(.line(examples.count == 1 ? "EXAMPLE" : "EXAMPLES"))
            for (i, example) in examples.enumerated() {
                if i > 0 { out.append(.line("")) }
                out.append(.code(example.lines))
            }
        }
        if !seeAlso.isEmpty {
            out.append(.line(""))
            out.append(.line("SEE ALSO"))
            out.append(.paragraph(seeAlso.joined(separator: ", ")))
        }
        return HelpDocument(out)
    }
}

/// A titled block of a page: a definition list (term, then its meaning) or prose.
struct HelpSection: Sendable {
    var title: String
    var blocks: [HelpDocument.Block]

    /// Terms in a column, meanings wrapped beside them: `pct   change in percent…`.
    static func definitions(_ title: String, _ rows: [(String, String)], termWidth: Int? = nil) -> HelpSection {
        HelpSection(title: title, blocks: [.definitions(rows.map { HelpDocument.Definition($0.0, $0.1) }, termWidth: termWidth)])
    }

    /// Paragraphs, wrapped.
    static func prose(_ title: String, _ text: String) -> HelpSection {
        HelpSection(title: title, blocks: HelpText.paragraphs(text))
    }
}

/// A worked example: what the user types and what they see, against the bundled seed snapshot.
struct HelpExample: Sendable {
    /// One line (or block) of an example.
    enum Step: Sendable {
        /// A statement typed at the `mkt> ` prompt; checked by the tests with the real parser.
        case input(String)
        /// Keys being typed at the prompt (a partial line, a completion): shown, not parsed.
        case typing(String)
        /// A command typed in a Unix shell after `$ `; `mkt` holds the mkt text inside it
        /// (`-e` texts), which the tests parse.
        case shell(String, mkt: [String])
        /// A Unix shell command whose mkt text is wrong on purpose, to show an error: the tests
        /// check that `mkt` fails to parse and that the output after it is its diagnostic.
        case failingShell(String, mkt: String)
        /// A script file, shown as `$ cat NAME` and its lines; the tests parse its text.
        case file(name: String, text: String)
        /// What is printed, verbatim, one or more lines.
        case output(String)
    }

    var steps: [Step]

    init(_ steps: Step...) {
        self.steps = steps
    }

    /// Every piece of mkt text in the example, for the parser check.
    var mktTexts: [String] {
        steps.flatMap { step -> [String] in
            switch step {
            case .input(let text): return [text]
            case .shell(_, let mkt): return mkt
            case .file(_, let text): return [text]
            case .typing, .output, .failingShell: return []
            }
        }
    }

    /// The example's lines as printed, before the page indents them.
    var lines: [String] {
        var out: [String] = []
        for step in steps {
            switch step {
            case .input(let text), .typing(let text):
                out += HelpText.lines(of: text).map { HelpText.prompt + $0 }
            case .shell(let command, _), .failingShell(let command, _):
                out.append("$ " + command)
            case .file(let name, let text):
                out.append("$ cat " + name)
                out += HelpText.lines(of: text)
            case .output(let text):
                out += HelpText.lines(of: text)
            }
        }
        return out
    }
}
