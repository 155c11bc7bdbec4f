import Testing

@testable import MktShell

/// The progress line of a long load, driven by a clock the test sets: what is drawn, when, and
/// that it is erased. No real time passes in these tests.
@Suite struct LoadProgressTests {
    /// A clock and a terminal for one reporter; the test runs on one thread.
    final class Fake: @unchecked Sendable {
        var nanoseconds: UInt64 = 0
        var written: [String] = []

        func progress(total: Int, delay: UInt64 = LoadProgress.defaultDelay, width: Int = 80) -> LoadProgress {
            LoadProgress(total: total, delay: delay, width: width, now: { self.nanoseconds }) { self.written.append($0) }
        }

        func advance(ms: UInt64) { nanoseconds += ms * 1_000_000 }
    }

    static let ms: UInt64 = 1_000_000

    // MARK: The line

    @Test func lineSaysFilesRateAndTimeLeft() {
        // 12,345 of 100,000 files, 60.8 MB in 1.267 s: 48 MB/s, and 87,655 files at that pace ≈ 9 s.
        #expect(
            LoadProgress.line(done: 12_345, total: 100_000, bytes: 60_800_000, elapsed: 1_267 * Self.ms)
                == "loading 12,345 / 100,000 files  48 MB/s  about 9 s left")
        #expect(
            LoadProgress.line(done: 3, total: 7, bytes: 2_500_000, elapsed: 1_000 * Self.ms)
                == "loading 3 / 7 files  2.5 MB/s  about 1 s left")
        #expect(
            LoadProgress.line(done: 999, total: 1_000, bytes: 9_949_999, elapsed: 1_000 * Self.ms)
                == "loading 999 / 1,000 files  9.9 MB/s  less than 1 s left")
        // Ten times as many files left as done after a minute: about ten minutes.
        #expect(
            LoadProgress.line(done: 1_000, total: 11_000, bytes: 600_000_000, elapsed: 60_000 * Self.ms)
                == "loading 1,000 / 11,000 files  10 MB/s  about 10 min left")
    }

    @Test func noRateBeforeTimeHasPassedAndNoEstimateWhenDoneOrNothingDone() {
        #expect(LoadProgress.line(done: 0, total: 5, bytes: 0, elapsed: 0) == "loading 0 / 5 files")
        #expect(LoadProgress.line(done: 0, total: 5, bytes: 0, elapsed: 700 * Self.ms) == "loading 0 / 5 files  0.0 MB/s")
        #expect(
            LoadProgress.line(done: 1_234_567, total: 1_234_567, bytes: 3_000_000_000, elapsed: 10_000 * Self.ms)
                == "loading 1,234,567 / 1,234,567 files  300 MB/s")
    }

    // MARK: Drawing

    @Test func aShortLoadDrawsNothing() {
        let fake = Fake()
        let progress = fake.progress(total: 3)
        for _ in 0..<3 {
            fake.advance(ms: 100)
            progress.fileDone(bytes: 1_000)
        }
        progress.finish()
        #expect(fake.written.isEmpty)
        #expect(!progress.isShown)
    }

    @Test func drawnAfterHalfASecondAtMostTenTimesASecondThenErased() {
        let fake = Fake()
        let progress = fake.progress(total: 100)
        fake.advance(ms: 499)
        progress.fileDone(bytes: 1_000_000)
        #expect(fake.written.isEmpty)
        fake.advance(ms: 1)
        progress.fileDone(bytes: 1_000_000)
        #expect(fake.written == ["\rloading 2 / 100 files  4.0 MB/s  about 25 s left\u{1B}[K"])
        #expect(progress.isShown)
        // 99 ms later: not again.
        fake.advance(ms: 99)
        progress.fileDone(bytes: 1_000_000)
        #expect(fake.written.count == 1)
        fake.advance(ms: 1)
        progress.fileDone(bytes: 1_000_000)
        #expect(fake.written.count == 2)
        #expect(fake.written.last == "\rloading 4 / 100 files  6.7 MB/s  about 14 s left\u{1B}[K")
        progress.finish()
        #expect(fake.written.last == "\r\u{1B}[K")
        #expect(!progress.isShown)
        // Files a cancelled load's workers finish afterwards draw nothing, nor does a second finish.
        fake.advance(ms: 500)
        progress.fileDone(bytes: 1)
        progress.finish()
        #expect(fake.written.count == 3)
    }

    @Test func theDelayIsSettableAndTheLineFitsTheTerminal() {
        let fake = Fake()
        let progress = fake.progress(total: 100_000, delay: 0, width: 30)
        progress.fileDone(bytes: 10)
        // No time has passed: shown at once (delay 0), 25 columns, which fit in 30.
        #expect(fake.written == ["\rloading 1 / 100,000 files\u{1B}[K"])
        // Cut to 19 columns in 20: a line as wide as the terminal would wrap, and \r would not
        // go back to its start.
        let narrow = Fake()
        let cut = narrow.progress(total: 100_000, delay: 0, width: 20)
        cut.fileDone(bytes: 10)
        #expect(narrow.written == ["\rloading 1 / 100,000\u{1B}[K"])
    }
}
