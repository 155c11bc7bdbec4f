import CLibEdit

/// The process-wide Ctrl-C flag, set by a SIGINT handler and polled by whoever is working.
///
/// A handler that only sets a flag (instead of the default "terminate") lets a blocked read
/// return EINTR and a long-running command stop at its next check, while the session goes on.
/// The flag lives on the C side because only C code may run in a signal handler.
public enum InterruptFlag {
    /// Installs the SIGINT handler that sets the flag. Idempotent.
    @discardableResult
    public static func install() -> Bool {
        mkt_sigint_install() == 0
    }

    /// Whether Ctrl-C was pressed since the flag was last cleared; leaves it set.
    public static var isSet: Bool {
        mkt_sigint_pending() != 0
    }

    /// Clears the flag, returning whether it was set.
    @discardableResult
    public static func take() -> Bool {
        mkt_sigint_take() != 0
    }

    /// Sets the flag as Ctrl-C would (for tests, and to cancel work from code).
    public static func set() {
        mkt_sigint_raise_flag()
    }
}
