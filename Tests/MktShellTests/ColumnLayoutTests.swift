import Testing

@testable import MktShell

@Suite struct ColumnLayoutTests {
    @Test func fillsDownThenAcross() {
        let text = ColumnLayout.lay(out: ["a", "b", "c", "d", "e"], width: 7)
        // Each column is 1 wide plus a 2-space gap: three fit in 7 columns, so two rows.
        #expect(text == "a  c  e\nb  d\n")
    }

    @Test func alignsByDisplayWidth() {
        let text = ColumnLayout.lay(out: ["日本", "Pétrole", "x"], width: 80)
        #expect(text == "日本     Pétrole  x\n")
    }

    @Test func oneColumnWhenNarrow() {
        #expect(ColumnLayout.lay(out: ["alpha", "beta"], width: 3) == "alpha\nbeta\n")
    }

    @Test func saysHowManyWereLeftOut() {
        let items = (0..<250).map { "w\($0)" }
        let text = ColumnLayout.lay(out: items, width: 80)
        #expect(text.hasSuffix("… and 50 more\n"))
    }
}
