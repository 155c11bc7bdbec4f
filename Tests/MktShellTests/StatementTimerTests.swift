import Testing

@testable import MktShell

/// `set timer on`: the line printed after each statement, from durations given here (the
/// clock itself is never asserted on).
@Suite struct StatementTimerTests {
    @Test func aStatementsTimeHasThreeDecimals() {
        #expect(StatementTimer.line(elapsed: .milliseconds(123)) == "time: 0.123 s")
        #expect(StatementTimer.line(elapsed: .microseconds(1_500)) == "time: 0.002 s")
        #expect(StatementTimer.line(elapsed: .zero) == "time: 0.000 s")
        #expect(StatementTimer.line(elapsed: .seconds(1_234) + .milliseconds(5)) == "time: 1234.005 s")
    }

    @Test func aLoadSaysItsFilesSizeAndRate() {
        let load = StatementTimer.LoadFigures(files: 100_000, bytes: 250_300_000)
        #expect(
            StatementTimer.line(elapsed: .milliseconds(1_840), load: load)
                == "time: 1.840 s  load: 100,000 files, 250.3 MB, 136 MB/s")
        #expect(
            StatementTimer.line(elapsed: .milliseconds(20), load: .init(files: 1, bytes: 5_400))
                == "time: 0.020 s  load: 1 file, 0.0 MB, 0 MB/s")
        // Nothing measured, no rate.
        #expect(StatementTimer.line(elapsed: .zero, load: .init(files: 2, bytes: 1_000_000)) == "time: 0.000 s  load: 2 files, 1.0 MB")
    }

    @Test func thousandsAreGrouped() {
        #expect(StatementTimer.grouped(0) == "0")
        #expect(StatementTimer.grouped(999) == "999")
        #expect(StatementTimer.grouped(1_000) == "1,000")
        #expect(StatementTimer.grouped(1_234_567) == "1,234,567")
    }
}
