import Testing

@testable import MktCancel

#if canImport(Glibc)
import Glibc
#endif

@Suite struct CancellationTokenTests {
    @Test func aNewTokenIsNotCancelledAndCheckPasses() throws {
        let token = CancellationToken()
        #expect(!token.isCancelled)
        try token.check()
    }

    @Test func cancelThenCheckThrowsAndResetClears() {
        let token = CancellationToken()
        token.cancel()
        #expect(token.isCancelled)
        #expect(throws: Cancelled.self) { try token.check() }
        #expect(token.reset())
        #expect(!token.isCancelled)
        #expect(!token.reset())
    }

    @Test func twoTokensAreIndependent() {
        let a = CancellationToken()
        let b = CancellationToken()
        a.cancel()
        #expect(a.isCancelled)
        #expect(!b.isCancelled)
    }

    @Test func aCheckpointAsksTheTokenOnTheFirstStepThenEveryInterval() throws {
        let token = CancellationToken()
        var checkpoint = Checkpoint(token, every: 3)
        token.cancel()
        #expect(throws: Cancelled.self) { try checkpoint.tick() }
        // The next two steps do not look; the third does.
        try checkpoint.tick()
        try checkpoint.tick()
        #expect(throws: Cancelled.self) { try checkpoint.tick() }
        token.reset()
        var fresh = Checkpoint(token, every: 2)
        var stops = fresh.shouldStop()
        #expect(!stops)
        token.cancel()
        stops = fresh.shouldStop()  // a step that does not look
        #expect(!stops)
        stops = fresh.shouldStop()
        #expect(stops)
    }

    @Test func sigintCancelsOnlyTheRoutedToken() {
        // Raised in this process with the handler installed: the routed token is cancelled,
        // another one is not; unrouted, a press cancels nothing.
        #expect(Interrupts.install())
        let routed = CancellationToken()
        let other = CancellationToken()
        Interrupts.route(to: routed)
        defer { Interrupts.route(to: nil) }
        // Process-directed (test threads may block signals): the handler runs on a thread that
        // takes it, so wait for the flag, boundedly.
        kill(getpid(), SIGINT)
        #expect(waitFor { routed.isCancelled })
        #expect(!other.isCancelled)
        // Routed elsewhere, a press reaches the new token only.
        routed.reset()
        Interrupts.route(to: other)
        kill(getpid(), SIGINT)
        #expect(waitFor { other.isCancelled })
        #expect(!routed.isCancelled)
    }

    /// Polls `condition` for up to 5 s (a correctness wait, not a timing assertion).
    private func waitFor(_ condition: () -> Bool) -> Bool {
        for _ in 0..<500 {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }
}
