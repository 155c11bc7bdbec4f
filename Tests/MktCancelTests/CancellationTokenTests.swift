import Testing

@testable import MktCancel

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
}
