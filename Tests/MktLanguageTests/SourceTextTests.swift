import MktResult
import Testing

@testable import MktLanguage

@Suite struct SourceTextTests {
    @Test func linesSplitOnEveryKindOfBreak() {
        let s = SourceText(origin: "t", text: "a\nbé\r\nc\rd")
        #expect(s.lineCount == 4)
        #expect(s.line(1) == "a")
        #expect(s.line(2) == "bé")
        #expect(s.line(3) == "c")
        #expect(s.line(4) == "d")
        #expect(s.line(5) == nil)
        #expect(s.line(0) == nil)
    }

    @Test func columnsCountCharactersNotBytes() {
        let s = SourceText(origin: "t", text: "show Pétrole\nx")
        // "show Pé" is 7 characters but 8 UTF-8 bytes.
        let loc = s.location(atOffset: "show Pé".utf8.count)
        #expect(loc.line == 1)
        #expect(loc.column == 8)
        #expect(s.location(atOffset: "show Pétrole\n".utf8.count) == SourceLocation(offset: 14, line: 2, column: 1))
    }

    @Test func endLocationAndClamping() {
        let s = SourceText(origin: "t", text: "ab\n")
        #expect(s.endLocation.description == "2:1")
        #expect(s.location(atOffset: 99).description == "2:1")
        #expect(s.location(atOffset: -3).description == "1:1")
        #expect(SourceText(origin: "t", text: "").lineCount == 1)
    }

    @Test func sliceReturnsTheRangeText() {
        let s = SourceText(origin: "t", text: "select round(pct, 1)")
        let range = SourceRange(start: s.location(atOffset: 7), end: s.location(atOffset: 20))
        #expect(s.slice(range) == "round(pct, 1)")
    }
}
