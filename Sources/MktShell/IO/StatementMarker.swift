#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A test hook: with `MKT_TEST_STARTED_FD=N` in the environment, one byte is written to
/// descriptor N each time a statement starts to run, so a test presses Ctrl-C only once the
/// statement is running (the line read, the terminal back in its normal mode, Ctrl-C routed
/// to the session), never while the line is still being taken. Unset, it costs one check of a
/// value read once.
enum StatementMarker {
    /// The descriptor from `MKT_TEST_STARTED_FD`, read once (at launch); nil when unset or not
    /// a number. The variable is then removed, so nothing mkt starts inherits the hook.
    private static let descriptor: Int32? = {
        guard let text = getenv("MKT_TEST_STARTED_FD") else { return nil }
        let fd = Int32(String(cString: text))
        unsetenv("MKT_TEST_STARTED_FD")
        guard let fd, fd >= 0 else { return nil }
        return fd
    }()

    /// Reads the variable now (mkt calls this as it starts).
    static func adopt() { _ = descriptor }

    /// Says that a statement starts (nothing when the variable is unset).
    static func started() {
        guard let fd = descriptor else { return }
        var byte: UInt8 = 0x2E
        while write(fd, &byte, 1) < 0 && errno == EINTR {}
    }
}
