import MarketModel
import MktRender
import MktResult
import Testing

@testable import MktLanguage

@Suite struct HelpTests {
    /// Every word the language knows, as `Vocabulary` lists it.
    static let vocabulary: [String] = Array(
        Set(
            Vocabulary.statements + Vocabulary.sources + Vocabulary.stages + Vocabulary.aggregates
                + InstrumentField.names + RowFields.quote.map(\.name)
                + Vocabulary.functions + Vocabulary.formats)
    ).sorted()

    static let generalTopics = [
        "fields", "functions", "expressions", "aggregates", "formats", "variables", "scripts", "shell",
    ]

    @Test(arguments: vocabulary)
    func everyWordHasAPageWithSyntaxAndAnExample(word: String) throws {
        let page = try #require(helpText(word), "no help page for '\(word)'")
        #expect(page.contains("\nSYNTAX\n  "))
        #expect(page.contains("\nEXAMPLE\n") || page.contains("\nEXAMPLES\n"))
        #expect(page.contains("\nDESCRIPTION\n  "))
    }

    @Test(arguments: generalTopics + ["~", "instruments all", "set format", "let", "$NAME"])
    func generalTopicsHaveAPage(topic: String) throws {
        let page = try #require(helpText(topic))
        #expect(page.contains("\nSYNTAX\n"))
        #expect(page.contains("EXAMPLE"))
    }

    @Test func overviewListsEveryStatementAndStage() throws {
        let overview = try #require(helpText(nil))
        let words = Set(overview.split { !($0.isLetter || $0 == "_") }.map(String.init))
        for word in Vocabulary.statements + Vocabulary.stages {
            #expect(words.contains(word), "the overview does not list '\(word)'")
        }
        for topic in Self.generalTopics { #expect(overview.contains("help \(topic)")) }
        #expect(overview.contains("Ctrl-D"))
        #expect(overview.contains(".quit"))
    }

    @Test func overviewGroupsCommandsInAlignedColumns() throws {
        let overview = try #require(helpText(nil))
        for heading in ["Loading", "Pipelines", "Stages", "Article", "Session"] {
            #expect(overview.contains("\n\(heading)"))
        }
        // Every summary starts in the same column.
        let entries = HelpOverview.groups.flatMap(\.entries)
        var columns: Set<Int> = []
        for line in overview.split(separator: "\n").map(String.init) {
            for entry in entries where line.hasPrefix("  " + entry.syntax + " ") && line.hasSuffix(entry.summary) {
                columns.insert(line.count - entry.summary.count)
            }
        }
        #expect(columns.count == 1)
        #expect(!columns.isEmpty)
        #expect(helpText("") == overview)
        #expect(helpText("  ") == overview)
    }

    @Test func noLineIsWiderThan80Columns() throws {
        var texts = [("(overview)", try #require(helpText(nil)))]
        for topic in Help.topics { texts.append((topic, try #require(helpText(topic)))) }
        for (topic, text) in texts {
            for line in text.split(separator: "\n") {
                #expect(DisplayWidth.of(line) <= 80, "help \(topic): \(line)")
                #expect(line.last != " ", "help \(topic): trailing space in '\(line)'")
            }
        }
    }

    @Test func unknownTopicsHaveNoPage() {
        for topic in ["nonsense", "sortt", "instruments some", "set width", "pcts", "round(", "help help"] {
            #expect(helpText(topic) == nil, "'\(topic)'")
        }
    }

    @Test func topicsIgnoreCaseAndSpacing() throws {
        let pairs = [
            ("GROUP", "group"), ("Avg", "avg"), ("PCT", "pct"), ("Round", "round"),
            ("Instruments   ALL", "instruments all"), ("  set format ", "set format"), ("TO", "to"),
            ("~", "~"), ("round()", "round"), ("\"sort\"", "sort"), ("SHELL", "shell"),
        ]
        for (typed, canonical) in pairs {
            let page = try #require(helpText(typed), "'\(typed)'")
            #expect(page == helpText(canonical))
            #expect(page.hasPrefix("\(canonical) — "), "'\(typed)' opens '\(page.prefix(30))'")
        }
    }

    @Test func aliasesOpenTheirPage() {
        let pairs = [
            ("desc", "sort"), ("set", "set format"), ("$falls", "variables"), ("$1", "variables"),
            ("$args", "variables"), ("-e", "scripts"), ("ctrl-r", "shell"), (".quit", "exit"),
            ("quit", "exit"), (".exit", "exit"), ("exit codes", "scripts"),
            ("and", "expressions"), ("null", "expressions"), ("mean", "avg"), ("md", "markdown"),
        ]
        for (typed, canonical) in pairs {
            #expect(helpText(typed)?.hasPrefix("\(canonical) — ") == true, "'\(typed)'")
        }
    }

    @Test func topicsAreUniqueAndCoverTheGeneralTopics() {
        let topics = Help.topics
        #expect(Set(topics).count == topics.count)
        for topic in Self.generalTopics { #expect(topics.contains(topic), "'\(topic)'") }
        // `quit` is another name for `exit`, on its page.
        for word in Self.vocabulary where word != "set" && word != "quit" { #expect(topics.contains(word), "'\(word)'") }
        #expect(topics.contains("set format"))
        var seen: [String: String] = [:]
        for page in HelpPages.all {
            for name in [page.name] + page.aliases {
                #expect(seen[name] == nil, "'\(name)' names both \(seen[name] ?? "") and \(page.name)")
                seen[name] = page.name
            }
        }
    }

    @Test func seeAlsoNamesExistingPages() {
        for page in HelpPages.all {
            for topic in page.seeAlso {
                #expect(helpText(topic) != nil, "help \(page.name): see also '\(topic)'")
                #expect(topic != page.name, "help \(page.name) sees itself")
            }
        }
    }

    /// Every example command goes through the real parser, so help never shows syntax that
    /// does not exist.
    @Test func everyExampleParses() {
        for page in HelpPages.all {
            for text in page.examples.flatMap(\.mktTexts) {
                let diagnostics = Parser.parse(SourceText(origin: "help", text: text)).diagnostics
                #expect(diagnostics.isEmpty, "help \(page.name): \(text) — \(diagnostics.map(\.text))")
            }
        }
    }

    @Test func everyPageHasAnExampleWithInput() {
        for page in HelpPages.all {
            #expect(!page.examples.isEmpty, "help \(page.name)")
            #expect(!page.syntax.isEmpty, "help \(page.name)")
            #expect(page.examples.contains { !$0.mktTexts.isEmpty }, "help \(page.name)")
        }
    }

    /// An example that shows an error shows the parser's own message, caret and all.
    @Test func errorExamplesShowTheRealDiagnostic() {
        var checked = 0
        for page in HelpPages.all {
            for example in page.examples {
                for (i, step) in example.steps.enumerated() {
                    guard case .failingShell(_, let mkt) = step else { continue }
                    let source = SourceText(origin: "-e", text: mkt)
                    let diagnostics = Parser.parse(source).diagnostics
                    #expect(!diagnostics.isEmpty)
                    let shown = diagnostics.map { Renderer.text($0.report(in: source), color: false) }
                        .joined(separator: "\n")
                    guard i + 1 < example.steps.count, case .output(let output) = example.steps[i + 1] else {
                        Issue.record("help \(page.name): no output after the failing command")
                        continue
                    }
                    #expect(output == shown, "help \(page.name)")
                    checked += 1
                }
            }
        }
        #expect(checked > 0)
    }

    @Test func helpPageExampleShowsTheRealPageStart() throws {
        let page = try #require(helpText("instruments all"))
        let example = try #require(HelpPages.all.first { $0.name == "help" }?.examples.first)
        guard case .output(let shown) = example.steps.last else {
            Issue.record("help help: the example ends without output")
            return
        }
        #expect(page.hasPrefix(shown))
    }

    @Test func pagesShowPromptsAndSections() throws {
        let page = try #require(helpText("sort"))
        #expect(page.hasPrefix("sort — order the rows\n\nSYNTAX\n  PIPELINE | sort EXPR"))
        #expect(page.contains("\n  mkt> instruments | where pct < 0 | sort pct | take 3 | select name, pct\n"))
        #expect(page.contains("\n  BTC-EUR      -2.17\n  HANG SENG    -1.07\n  Gold future  -0.80\n"))
        #expect(page.hasSuffix("\nSEE ALSO\n  take, last, min, max\n"))
        let count = try #require(helpText("count"))
        #expect(count.contains("  mkt> instruments | count\n  15\n"))
        let group = try #require(helpText("group"))
        #expect(group.contains("  kind,count\n  commodity,2\n  crypto,1\n  fx,2\n  index,10\n"))
    }
}
