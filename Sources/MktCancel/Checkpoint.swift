/// Asks a token every `interval` steps of a loop: the one way long loops (parsing lines,
/// building rows, writing rows) check for cancellation, cheap enough for a hot loop.
///
///     var checkpoint = Checkpoint(token)
///     for row in rows {
///         try checkpoint.tick()
///         …
///     }
public struct Checkpoint {
    /// How many steps pass between two looks at the token by default.
    public static let defaultInterval = 4096

    public let token: CancellationToken
    private let interval: Int
    private var left: Int

    /// A checkpoint that asks `token` on the first step, then every `interval` steps.
    public init(_ token: CancellationToken, every interval: Int = Checkpoint.defaultInterval) {
        self.token = token
        self.interval = max(1, interval)
        self.left = 1
    }

    /// Counts one step; on every `interval`-th, throws `Cancelled` when the token is cancelled.
    @inline(__always)
    public mutating func tick() throws(Cancelled) {
        left -= 1
        if left > 0 { return }
        left = interval
        try token.check()
    }

    /// As `tick()`, for loops that stop without throwing: true once the work should stop.
    @inline(__always)
    public mutating func shouldStop() -> Bool {
        do {
            try tick()
            return false
        } catch {
            return true
        }
    }
}
