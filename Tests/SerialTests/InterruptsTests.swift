import MktCancel
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Ctrl-C as a real SIGINT to this process: the handler and the route are process-wide, so
/// this runs with the serial tests, where no other test installs a handler or routes presses.
@Suite(.serialized) struct InterruptsTests {
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
