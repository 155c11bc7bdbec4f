import MarketModel
import MktLanguage
import MktRender
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
        for word in Vocabulary.statements {
            #expect(offered.contains(word), "'\(word)' is not offered at the start")
        }
    }

    @Test func everyStageAndAggregateAfterAPipe() {
        let offered = candidates("instruments | ")
        #expect(offered == Set(Vocabulary.stages))
        for aggregate in AggregateFunction.allCases {
            #expect(offered.contains(aggregate.name))
        }
    }

    @Test func everyFunctionAndFieldOfEverySourceInAnExpression() {
        for source in SourceWord.all {
            for stage in StageWord.all where stage.takesExpressions {
                let offered = candidates("\(source.name) | \(stage.name) ")
                for word in source.columnNames + Vocabulary.functions {
                    #expect(offered.contains(word), "'\(word)' after '\(source.name) | \(stage.name)'")
                }
            }
        }
    }

    @Test func everyFormatAfterToAndSetFormat() {
        #expect(candidates("instruments | to ") == Set(Vocabulary.formats))
        #expect(candidates("set format ") == Set(Vocabulary.formats))
        #expect(candidates("set ") == Set(Vocabulary.settings))
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
