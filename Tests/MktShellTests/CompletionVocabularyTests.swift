import MarketModel
import MktLanguage
import MktRender
import MktResult
import Testing

@testable import MktShell

/// Walks the vocabulary's tables through tab completion: every word is offered where it can
/// be written, so a word added to a table that completion does not know fails here.
@Suite struct CompletionVocabularyTests {
    let completer = Completer(instrumentNames: { ["CAC 40"] }, files: FileListing { _ in [] }, width: { 80 })

    func candidates(_ line: String) -> Set<String> {
        Set(completer.propose(line).candidates.map(\.text))
    }

    @Test func everyStatementAtTheStartOfALine() {
        let offered = candidates("")
        // Every command of the table (with the dotted ways out) and every source's first word.
        #expect(offered == Set(CommandWord.all.map(\.name) + SourceWord.all.map(\.word)))
        #expect(offered.isSuperset(of: ["load", "let", "set", "help", "instruments", "snapshots", "exit", ".quit"]))
        #expect(!offered.contains("where"), "a stage does not start a statement")
        #expect(!offered.contains("pct"), "a field does not start a statement")
        #expect(candidates("sta") == ["status"])
        #expect(candidates("snap") == ["snapshot", "snapshots"])
    }

    @Test func everyStageAndAggregateAfterAPipe() {
        let offered = candidates("instruments | ")
        // The stages of the table, the aggregates among them, and nothing else.
        #expect(offered == Set(StageWord.all.map(\.name)))
        #expect(offered.isSuperset(of: ["where", "sort", "take", "last", "select", "group", "to", "save"]))
        #expect(offered.isSuperset(of: AggregateFunction.allCases.map(\.name)))
        #expect(offered.isSuperset(of: ["count", "sum", "avg", "min", "max", "median", "stddev"]))
        #expect(!offered.contains("instruments") && !offered.contains("load") && !offered.contains("limit"))
        #expect(candidates("instruments | s") == ["save", "select", "sort", "stddev", "sum"])
    }

    @Test func everyFunctionAndFieldOfEverySourceInAnExpression() {
        for source in SourceWord.all {
            for stage in StageWord.all where stage.takesExpressions {
                // `latest per KEY`: the key's fields come after `per`.
                let typed = [.latest, .earliest].contains(stage.kind) ? "\(stage.name) per " : "\(stage.name) "
                let offered = candidates("\(source.name) | \(typed)")
                for word in source.columnNames + Vocabulary.functions {
                    #expect(offered.contains(word), "'\(word)' after '\(source.name) | \(stage.name)'")
                }
            }
        }
        // Each source's own fields only, and the keywords of the stage being typed.
        let instruments = candidates("instruments | where ")
        #expect(instruments.isSuperset(of: ["pct", "name", "round", "abs", "and", "or", "not", "true", "null"]))
        #expect(!instruments.contains("text") && !instruments.contains("desc") && !instruments.contains("where"))
        let headlines = candidates("headlines | sort ")
        #expect(headlines.isSuperset(of: ["n", "text", "asc", "desc"]))
        #expect(!headlines.contains("pct") && !headlines.contains("and"))
        #expect(candidates("instruments | select pct a").isSuperset(of: ["abs", "as"]))
        #expect(candidates("instruments | take ").isEmpty, "take counts rows: no fields")
    }

    @Test func everyFormatAfterToAndSetFormat() {
        #expect(candidates("instruments | to ") == ["table", "csv", "json", "markdown"])
        #expect(candidates("instruments | to ") == Set(OutputFormat.allCases.map(\.rawValue)))
        #expect(candidates("set format ") == ["table", "csv", "json", "markdown"])
        #expect(candidates("set ") == ["format", "timer"])
        #expect(candidates("set colour ").isEmpty)
    }

    @Test func everyWordAfterHelpOrItsPage() throws {
        let offered = candidates("help ")
        let words = Vocabulary.statements + Vocabulary.stages + Vocabulary.functions + Vocabulary.formats
        for word in words {
            // `quit` opens the page on `exit`: the page's name is what completes.
            let document = try #require(Help.document(for: word), "no help for '\(word)'")
            let page = Renderer.text(.help(document))
            let name = String(page.prefix { $0 != " " })
            #expect(offered.contains(word) || offered.contains(name), "'help \(word)' is not offered")
        }
    }

    @Test func wordsTypedInUppercaseAreUnderstood() {
        #expect(candidates("INSTRUMENTS | WHERE pc") == ["pct"])
        #expect(candidates("instruments | Select name, PCT as p | sort ").isSuperset(of: ["name", "p"]))
        #expect(candidates("instruments | GROUP kind | AVG pct | sort ").isSuperset(of: ["kind", "avg_pct"]))
        #expect(candidates("instruments | TO cs") == ["csv"])
        #expect(candidates("SET FORMAT j") == ["json"])
    }

    @Test func columnsAfterAStageComeFromTheSharedColumnFlow() {
        // The same names the evaluator gives: a computed aggregate, a field as declared.
        #expect(candidates("instruments | group kind | avg abs(change) | sort avg").contains("avg_abs_change"))
        #expect(candidates("instruments | select NAME | where na") == ["name"])
    }
}

/// The words after a source's first word and after `search "TEXT"`.
@Suite struct ArchiveCompletionTests {
    let completer = Completer(instrumentNames: { ["CAC 40", "DAX", "Dow Jones"] }, files: FileListing { _ in [] }, width: { 80 })

    func candidates(_ line: String) -> [String] {
        completer.propose(line).candidates.map(\.text)
    }

    @Test func theSecondWordOfASourceIsOffered() {
        for source in SourceWord.all where source.name.contains(" ") {
            let words = source.name.split(separator: " ")
            #expect(candidates("\(words[0]) ").contains(String(words[1])), "'\(source.name)'")
            #expect(candidates("\(words[0].uppercased()) A") == ["all"], "'\(source.name)'")
        }
        #expect(candidates("snapshots ").isEmpty)
        #expect(candidates("headlines all | ").contains("where"))
    }

    @Test func searchOffersAllAfterItsText() {
        #expect(candidates("search \"tesla\" ") == ["all"])
        #expect(candidates("search \"tesla\" a") == ["all"])
        #expect(candidates("search ").isEmpty)
        #expect(candidates("search \"tesla\" all ").isEmpty)
    }

    @Test func newsOffersInstrumentsAndAliases() {
        // A name that is not one bare word comes quoted, as after `show`.
        #expect(candidates("news d") == ["DAX", "Dow", "\"Dow Jones\""])
        #expect(candidates("news wall") == ["\"Wall Street\""])
        #expect(candidates("news fran") == ["Francfort", "Frankfurt"])
        #expect(candidates("news ").contains("\"CAC 40\""))
    }
}
