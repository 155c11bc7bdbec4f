import Testing

@testable import MktLanguage

/// What a source is given after its words, as the parser reads it: `movers [N]`, `diff [A B]`.
@Suite struct SourceArgumentsTests {
    @Test func aCountIsAnExpressionOrNothing() {
        #expect(dump("movers") == "(pipeline (movers))")
        #expect(dump("movers 3 | take 1") == "(pipeline (movers 3) (take 1))")
        #expect(dump("MOVERS $n") == "(pipeline (movers $n))")
        #expect(dump("movers 1 + 2") == "(pipeline (movers (+ 1 2)))")
    }

    @Test func snapshotsAreWordsReadWholeOrNothing() {
        #expect(dump("diff") == "(pipeline (diff))")
        // A dated id is one word, not a subtraction.
        #expect(
            dump("diff 2021-04-08 2021-04-09_3921 | where pct < 0")
                == #"(pipeline (diff "2021-04-08" "2021-04-09_3921") (where (< pct 0)))"#)
        #expect(dump(#"diff "a b", 2"#) == #"(pipeline (diff "a b" "2"))"#)
        #expect(dump("diff $a $b") == "(pipeline (diff $a $b))")
    }

    @Test func oneSnapshotAloneIsAnErrorThatSaysWhy() {
        let d = parse("diff 2021-04-08 | count").diagnostics
        #expect(
            d.map(\.message) == [
                "expected a second snapshot after '2021-04-08': 'diff' compares two snapshots (or, with none, the two latest)"
            ])
        #expect(d.first?.range.start.column == 17)
    }

    @Test func aSourceThatTakesNothingRefusesWhatFollows() {
        #expect(
            parse("instruments 3").diagnostics.map(\.message) == ["expected '|' or the end of the statement, found '3'"])
    }
}
