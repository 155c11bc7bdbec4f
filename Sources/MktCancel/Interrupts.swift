import CMktSignal

/// Ctrl-C, routed to one token at a time. The handler itself is C (only C may run in a signal
/// handler): it sets the routed token's flag, so a blocked read returns EINTR and a long piece
/// of work stops at its next checkpoint, while the session goes on.
public enum Interrupts {
    /// Installs the SIGINT handler (idempotent); false when the system refused.
    @discardableResult
    public static func install() -> Bool { mkt_sigint_install() == 0 }

    /// Makes Ctrl-C cancel `token` (nil: a press cancels nothing until routed again).
    public static func route(to token: CancellationToken?) {
        _ = mkt_sigint_route(token?.rawFlag)
    }
}
