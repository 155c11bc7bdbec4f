import CMktSignal

/// Cancellation as a value: a flag that a long piece of work asks at its checkpoints.
///
/// Each session owns one token and passes it down to whatever it runs (a load, a parse, a
/// pipeline, a renderer); Ctrl-C reaches it through `Interrupts.route(to:)`, and tests make
/// their own tokens, so two sessions (or two tests) never see each other's presses.
public final class CancellationToken: @unchecked Sendable {
    // @unchecked: the pointee is read and written only through the C target's atomics, and the
    // pointer itself never changes after init.
    private let flag: OpaquePointer

    /// A new token, not cancelled.
    public init() {
        guard let flag = mkt_flag_create() else {
            // A 4-byte allocation failing leaves nothing sensible to do.
            fatalError("out of memory creating a cancellation token")
        }
        self.flag = flag
    }

    deinit { mkt_flag_destroy(flag) }

    /// Whether `cancel()` was called (or Ctrl-C pressed, when routed here) since the last `reset()`.
    public var isCancelled: Bool { mkt_flag_is_set(flag) != 0 }

    /// Cancels the work that asks this token.
    public func cancel() { mkt_flag_set(flag) }

    /// Clears the token for the next piece of work; returns whether it was cancelled.
    @discardableResult
    public func reset() -> Bool { mkt_flag_take(flag) != 0 }

    /// Throws `Cancelled` once the token is cancelled.
    public func check() throws(Cancelled) {
        if isCancelled { throw Cancelled() }
    }

    /// A token that nothing cancels except an explicit `cancel()` on it: for work that runs
    /// where no user can press Ctrl-C (a test, `mkt parse` piped to a file).
    public static func none() -> CancellationToken { CancellationToken() }

    /// The raw flag, for `Interrupts` to route SIGINT to.
    var rawFlag: OpaquePointer { flag }
}

/// Thrown by `CancellationToken.check()` and `Checkpoint.tick()` when the work was cancelled.
public struct Cancelled: Error, Sendable, Equatable, CustomStringConvertible {
    public init() {}
    public var description: String { "interrupted" }
}
