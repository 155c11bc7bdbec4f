/// One page of `help TOPIC`: what a word does, how to write it, and what it prints.
///
/// Pages are data, rendered by `text`, so tests can reach every example command and run it
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

    /// The page as printed, every line at most `HelpText.width` columns wide (examples and
    /// syntax are written to fit; prose is wrapped).
    var text: String {
        var out: [String] = ["\(name) — \(summary)", ""]
        if !syntax.isEmpty {
            out.append("SYNTAX")
            out += syntax.map { HelpText.indent + $0 }
            out.append("")
        }
        out.append("DESCRIPTION")
        out += HelpText.paragraphs(about)
        for section in sections {
            out.append("")
            out.append(section.title)
            out += section.lines
        }
        if !examples.isEmpty {
            out.append("")
            out.append(examples.count == 1 ? "EXAMPLE" : "EXAMPLES")
            for (i, example) in examples.enumerated() {
                if i > 0 { out.append("") }
                out += example.lines
            }
        }
        if !seeAlso.isEmpty {
            out.append("")
            out.append("SEE ALSO")
            out += HelpText.wrap(seeAlso.joined(separator: ", "), indent: HelpText.indent)
        }
        return out.joined(separator: "\n") + "\n"
    }
}

/// A titled block of a page: a definition list (term, then its meaning) or prose.
struct HelpSection: Sendable {
    var title: String
    var lines: [String]

    /// Terms in a column, meanings wrapped beside them: `pct   change in percent…`.
    static func definitions(_ title: String, _ rows: [(String, String)], termWidth: Int? = nil) -> HelpSection {
        HelpSection(title: title, lines: HelpText.definitions(rows, termWidth: termWidth))
    }

    /// Paragraphs, wrapped.
    static func prose(_ title: String, _ text: String) -> HelpSection {
        HelpSection(title: title, lines: HelpText.paragraphs(text))
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

    /// The example as printed, indented.
    var lines: [String] {
        var out: [String] = []
        for step in steps {
            switch step {
            case .input(let text), .typing(let text):
                out += HelpText.lines(of: text).map { HelpText.indent + HelpText.prompt + $0 }
            case .shell(let command, _), .failingShell(let command, _):
                out.append(HelpText.indent + "$ " + command)
            case .file(let name, let text):
                out.append(HelpText.indent + "$ cat " + name)
                out += HelpText.lines(of: text).map { HelpText.indent + $0 }
            case .output(let text):
                out += HelpText.lines(of: text).map { $0.isEmpty ? "" : HelpText.indent + $0 }
            }
        }
        return out
    }
}
