import MktResult
import Testing

@Suite struct DisplayWidthTests {
    @Test func widths() {
        #expect(DisplayWidth.of("CAC 40") == 6)
        #expect(DisplayWidth.of("Pétrole WTI") == 11)
        #expect(DisplayWidth.of("Pe\u{301}trole") == 7)  // decomposed accent
        #expect(DisplayWidth.of("日経平均") == 8)
        #expect(DisplayWidth.of("€100") == 4)
        #expect(DisplayWidth.of("📈") == 2)
    }
}
