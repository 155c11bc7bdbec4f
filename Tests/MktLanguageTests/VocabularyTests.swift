import Foundation
import MarketModel
import MktResult
import Testing

@testable import MktLanguage

/// Walks every table of the vocabulary: each word parses, runs on the seed snapshot, has a
/// help entry, and matches in any case. A word added to a table without an example here, a
/// help page or a line of `help fields` fails this suite (completion: `CompletionVocabularyTests`).
@Suite struct VocabularyTests {
    let evaluator = EvaluatorTests()

    /// A statement using each command, run after loading the seed; nil where running it would
    /// leave the test (`source` reads a file, `exit` stops).
    static let commandExamples: [String: (text: String, runs: Bool)] = [
        "load": ("load x", true), "let": ("let a = 1", true), "set": ("set format csv", true),
        "source": ("source lib.mkt", false), "help": ("help where", true), "article": ("article", true),
        "excerpt": ("excerpt 1", true), "show": ("show cac", true),
        "status": ("status", true), "use": ("use 1", true), "exit": ("exit 0", false), "quit": ("quit", false),
        ".exit": (".exit 1", false), ".quit": (".quit", false),
    ]

    /// A use of each non-aggregate stage after `instruments |`.
    static let stageExamples: [String: String] = [
        "where": "where pct > 0", "sort": "sort pct desc", "take": "take 2", "last": "last 2",
        "select": "select name, pct", "group": "group kind", "to": "to csv", "save": "save out.csv",
        "delta": "delta value, pct", "latest": "latest per kind", "earliest": "earliest per kind, region",
        "chart": "chart pct",
    ]

    /// Arguments for each function, over an instrument row.
    static let functionArguments: [String: String] = [
        "abs": "pct", "round": "pct, 1", "lower": "name", "upper": "name", "len": "name", "string": "pct",
        "substring": "name, 2, 3", "starts": "name, \"C\"", "ends": "name, \"0\"", "contains": "name, \"a\"",
        "year": "\"2021-04-09\"", "month": "\"2021-04-09\"", "day": "\"2021-04-09\"",
        "weekday": "\"2021-04-09\"", "if": "pct > 0, name, null",
    ]

    /// How each source that needs more than its words runs on the seed alone.
    static let sourceExamples: [String: String] = [
        "diff": "diff 1 1", "movers": "movers 3", "history": "history CAC 40", "news": "news cac", "search": "search \"CAC\" all",
    ]

    /// A source as it runs on the seed: its example, or its words.
    func written(_ source: SourceWord) -> String { Self.sourceExamples[source.name] ?? source.name }

    /// `text`, then the same with its words in uppercase (strings and paths left alone).
    func bothCases(_ text: String) -> [String] { [text, text.uppercased()] }

    func runs(_ text: String, _ comment: Comment) {
        let result = evaluator.run(text)
        #expect(result.error == nil, "\(comment): \(result.error ?? "")")
    }

    @Test func everyCommandParsesAndRuns() {
        for command in CommandWord.all {
            let word = command.name
            guard let example = Self.commandExamples[word] else {
                Issue.record("command '\(word)' has no example in VocabularyTests")
                continue
            }
            #expect(parse(example.text).diagnostics.isEmpty, "'\(example.text)'")
            if example.runs { runs(example.text, "'\(word)'") }
            let shouted = word.uppercased() + example.text.dropFirst(word.count)
            #expect(parse(shouted).diagnostics.isEmpty, "'\(shouted)'")
        }
        #expect(Set(Self.commandExamples.keys) == Set(CommandWord.all.map(\.name)), "an example for a command no more")
    }

    /// The parser knows a statement word only through the tables: each one starts the
    /// statement it names, and a word in no table is refused with a suggestion.
    @Test func aWordInNoTableIsNoStatement() {
        #expect(dump("STATUS") == "(status)")
        #expect(dump(".QUIT") == "(exit)")
        #expect(dump("Instruments ALL") == "(pipeline (instruments all))")
        for source in SourceWord.all {
            let text = written(source)
            #expect(dump(text.uppercased()).hasPrefix("(pipeline (\(source.name)"), "'\(text)'")
            if text == source.name { #expect(dump(source.name.uppercased()) == "(pipeline (\(source.name)))") }
        }
        #expect(
            parse("stauts").diagnostics.map(\.message) == ["unknown command 'stauts'"]
                && parse("stauts").diagnostics.first?.suggestion == "status")
        #expect(parse("headlnes").diagnostics.first?.suggestion == "headlines")
        #expect(parse("instruments | wher pct > 0").diagnostics.map(\.message) == ["unknown stage 'wher'"])
        #expect(parse("instruments | wher pct > 0").diagnostics.first?.suggestion == "where")
        #expect(parse("set fromat csv").diagnostics.first?.suggestion == "format")
        // Words of other tools are no statements or stages here.
        #expect(parse("quit2").diagnostics.map(\.message) == ["unknown command 'quit2'"])
        #expect(parse("instruments | having pct > 0").diagnostics.map(\.message) == ["unknown stage 'having'"])
    }

    @Test func everySourceRunsAndGivesTheColumnsItDeclares() throws {
        for source in SourceWord.all {
            for text in bothCases(written(source) + " | to csv") {
                runs(text, "'\(text)'")
                let table = try #require(evaluator.table(text), "'\(text)'")
                #expect(table.columns.map(\.name) == source.columnNames, "'\(text)'")
            }
        }
    }

    @Test func everyFieldOfEverySourceIsReadByItsName() throws {
        for source in SourceWord.all {
            for column in source.columns {
                for name in [column.name, column.name.uppercased()] {
                    let text = "\(written(source)) | where \(name) == \(name) or true | select \(name)"
                    runs(text, "'\(text)'")
                    let table = try #require(evaluator.table(text), "'\(text)'")
                    // Printed as declared, whatever the case it was written in.
                    #expect(table.columns == [column], "'\(text)'")
                }
            }
        }
    }

    /// Each table's words stand only where that table says: a stage does not start a
    /// statement, a command or a source is no stage.
    @Test func tableWordsStandOnlyWhereTheirTableSays() {
        for stage in StageWord.all {
            let message = parse(stage.name + " x").diagnostics.first?.message ?? ""
            #expect(message.hasPrefix("'\(stage.name)' is a pipeline stage"), "'\(stage.name) x': \(message)")
        }
        for word in CommandWord.all.map(\.name) + SourceWord.all.map(\.word) {
            let text = "instruments | \(word)"
            #expect(parse(text).diagnostics.map(\.message) == ["unknown stage '\(word)'"], "'\(text)'")
        }
    }

    @Test func everyStageAndAggregateParsesAndRuns() {
        for stage in StageWord.all {
            let example: String
            if case .aggregate(let aggregate) = stage.kind {
                example = aggregate.takesArgument ? "\(stage.name) pct" : stage.name
            } else if let written = Self.stageExamples[stage.name] {
                example = written
            } else {
                Issue.record("stage '\(stage.name)' has no example in VocabularyTests")
                continue
            }
            for text in bothCases("instruments | " + example) where !text.contains("SAVE") {
                runs(text, "'\(text)'")
                #expect(dump(text).hasPrefix("(pipeline (instruments) ("), "'\(text)'")
            }
        }
        // `last` is both a stage and an aggregate: one word.
        #expect(Vocabulary.stages.count == Self.stageExamples.count + AggregateFunction.allCases.count - 1)
        #expect(evaluator.value("instruments | AVG PCT") == evaluator.value("instruments | avg pct"))
    }

    @Test func everyFunctionParsesAndRunsInAnyCase() {
        for function in Functions.signatures {
            guard let arguments = Self.functionArguments[function.name] else {
                Issue.record("function '\(function.name)' has no example in VocabularyTests")
                continue
            }
            for name in [function.name, function.name.uppercased()] {
                runs("instruments | select \(name)(\(arguments))", "'\(name)'")
            }
        }
    }

    @Test func roundIsRoundInAnyCase() {
        #expect(evaluator.value("ROUND(2.345, 2)") == "2.35")
        #expect(evaluator.value("Round(2.345, 2)") == "2.35")
        #expect(
            evaluator.run("rund(2.345, 2)").error
                == "-e:2:1: error: unknown function 'rund' — did you mean 'round'?\nrund(2.345, 2)\n^~~~")
    }

    @Test func everyFormatParsesAndRuns() {
        for format in Vocabulary.formats {
            for text in bothCases("instruments | to \(format)") + ["set format \(format.uppercased())"] {
                runs(text, "'\(text)'")
            }
        }
    }

    @Test func everyWordHasAHelpPage() {
        let words =
            Vocabulary.statements + Vocabulary.sources + SourceWord.all.map(\.name) + Vocabulary.stages
            + Vocabulary.aggregates + Vocabulary.functions + Vocabulary.formats + Keyword.allCases.map(\.rawValue)
        for word in words {
            #expect(helpText(word) != nil, "no help page for '\(word)'")
        }
    }

    @Test func helpListsEverySourceStageAndFunction() throws {
        let overview = try #require(helpText(nil))
        for word in SourceWord.all.map(\.name) + Vocabulary.stages {
            #expect(overview.contains(word), "help does not list '\(word)'")
        }
        let functions = try #require(helpText("functions"))
        for function in Functions.signatures {
            #expect(functions.contains(function.synopsis), "help functions does not list '\(function.name)'")
        }
        #expect(functions.contains("string(x)"))
    }

    /// `help` alone is made from the tables: each command's lines, each source's summary,
    /// each stage's usage and each aggregate's summary stand in it.
    @Test func theOverviewComesFromTheTables() throws {
        let overview = try #require(helpText(nil))
        let lines = overview.split(separator: "\n").map { String($0.drop { $0 == " " }) }
        func listed(_ syntax: String, _ summary: String) -> Bool {
            lines.contains { $0.hasPrefix(syntax + " ") && $0.hasSuffix(" " + summary) }
        }
        for command in CommandWord.all {
            for line in command.overview {
                #expect(listed(line.syntax, line.summary), "help does not list '\(line.syntax)'")
            }
        }
        #expect(CommandWord.all.filter { $0.overview.isEmpty }.map(\.name) == ["quit", ".exit", ".quit"])
        for source in SourceWord.all {
            #expect(listed(source.usage, source.summary), "help does not list '\(source.usage)'")
        }
        for stage in StageWord.all {
            guard case .aggregate(let function) = stage.kind else {
                #expect(listed(stage.usage, stage.summary), "help does not list '\(stage.usage)'")
                continue
            }
            #expect(lines.contains { $0.contains(function.name) && $0.contains(function.summary) }, "'\(function)'")
        }
        #expect(listed("sum|avg|min|max EXPR", "total, mean, smallest, largest"))
        #expect(Set(AggregateFunction.overviewLines.joined()) == Set(AggregateFunction.allCases))
    }

    @Test func helpFieldsListsEveryFieldOfEverySource() throws {
        let page = try #require(helpText("fields"))
        let lines = page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let fields: [(String, String)] =
            InstrumentField.all.map { ($0.name, $0.summary) } + RowFields.instrumentsAllLead.map { ($0.name, $0.summary) }
            + RowFields.snapshots.map { ($0.name, $0.summary) } + RowFields.quote.map { ($0.name, $0.summary) }
            + RowFields.warning.map { ($0.name, $0.summary) } + RowFields.diff.dropFirst(3).map { ($0.name, $0.summary) }
            + RowFields.audit.dropFirst(2).map { ($0.name, $0.summary) } + RowFields.news.dropFirst(4).map { ($0.name, $0.summary) }
            + RowFields.searchHitItem.map { ($0.name, $0.summary) }
        for (name, summary) in fields {
            #expect(lines.contains { $0.hasPrefix(name + " ") && $0.hasSuffix(summary) }, "help fields: '\(name)'")
        }
        for name in Vocabulary.allFields {
            #expect(fields.contains { $0.0 == name }, "'\(name)' is in no field table help lists")
        }
    }

    @Test func signedColumnsComeFromTheFieldTables() {
        #expect(InstrumentField.all.filter(\.isSigned).map(\.name) == ["change", "pct"])
        for name in ["change", "pct", "PCT", "avg_pct", "sum_change", "min_pct", "max_change", "median_pct"] {
            #expect(Vocabulary.isSigned(column: name), "'\(name)'")
        }
        for name in ["value", "stddev_pct", "count", "avg_value", "prev"] {
            #expect(!Vocabulary.isSigned(column: name), "'\(name)'")
        }
    }
}
