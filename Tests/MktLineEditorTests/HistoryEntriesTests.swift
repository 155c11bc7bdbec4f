import MktLineEditor
import Testing

@Suite struct HistoryEntriesTests {
    @Test(arguments: [
        ("1 + 2", "1 + 2"),
        ("instruments |\nwhere pct > 0", "instruments |\\nwhere pct > 0"),
        ("a\\nb", "a\\\\nb"),  // a typed backslash-n is not a newline
        ("line\r\nnext", "line\\r\\nnext"),
        ("show \"Pétrole WTI\" € 日本", "show \"Pétrole WTI\" € 日本"),
        ("ends with \\", "ends with \\\\"),
    ])
    func encodesOnOneLineAndDecodesBack(entry: String, line: String) {
        #expect(HistoryEntries.encode(entry) == line)
        #expect(!HistoryEntries.encode(entry).contains("\n"))
        #expect(HistoryEntries.decode(line) == entry)
    }

    @Test func unknownEscapesAndATrailingBackslashAreKept() {
        #expect(HistoryEntries.decode("a\\tb") == "a\\tb")
        #expect(HistoryEntries.decode("a\\") == "a\\")
    }

    @Test func fileTextHasAHeaderAndOneEntryPerLine() {
        let text = HistoryEntries.serialize(["1 + 2", "(1 +\n2)"])
        #expect(text == "# mkt history v1\n1 + 2\n(1 +\\n2)\n")
        #expect(HistoryEntries.parse(text) == ["1 + 2", "(1 +\n2)"])
    }

    @Test func parsingSkipsBlankLinesAndToleratesMissingHeaderAndCRLF() {
        #expect(HistoryEntries.parse("a\n\n   \nb\r\nc") == ["a", "b", "c"])
        #expect(HistoryEntries.parse("") == [])
        // Only a first line equal to the header is a header.
        #expect(HistoryEntries.parse("x\n# mkt history v1\n") == ["x", "# mkt history v1"])
    }

    @Test func mergeDropsBlanksAndConsecutiveDuplicates() {
        let merged = HistoryEntries.merge(
            existing: ["a", "a", "", "b"], appending: ["b", " ", "c", "a", "a"], capacity: 100)
        #expect(merged == ["a", "b", "c", "a"])
    }

    @Test func mergeKeepsTheMostRecentEntriesUpToTheCap() {
        let existing = (1...10).map(String.init)
        #expect(HistoryEntries.merge(existing: existing, appending: ["11", "12"], capacity: 5) == ["8", "9", "10", "11", "12"])
        #expect(HistoryEntries.merge(existing: existing, appending: [], capacity: 0) == [])
    }

    @Test func twoSessionsInterleaveInTheOrderTheySaved() {
        // Session A saves "a1", then B saves "b1", then A saves "a2": nothing is lost.
        var file: [String] = []
        file = HistoryEntries.merge(existing: file, appending: ["a1"], capacity: 10)
        file = HistoryEntries.merge(existing: file, appending: ["b1"], capacity: 10)
        file = HistoryEntries.merge(existing: file, appending: ["a2"], capacity: 10)
        #expect(file == ["a1", "b1", "a2"])
    }

    @Test func blankMeansOnlyWhiteSpace() {
        #expect(HistoryEntries.isBlank(""))
        #expect(HistoryEntries.isBlank(" \t\n"))
        #expect(!HistoryEntries.isBlank(" x "))
    }
}
