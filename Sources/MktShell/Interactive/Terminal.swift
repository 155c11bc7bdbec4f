#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the terminal the shell runs on.
public enum Terminal {
    /// Whether `descriptor` is a terminal.
    public static func isTTY(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1
    }

    /// Whether the shell can edit lines: both standard input and output must be terminals
    /// (with output piped, libedit's key sequences would leak into the line).
    public static var canEdit: Bool {
        isTTY(STDIN_FILENO) && isTTY(STDOUT_FILENO)
    }

    /// The width of the terminal on standard output, else `$COLUMNS`, else 80.
    public static func columns(_ descriptor: Int32 = STDOUT_FILENO) -> Int {
        var size = winsize()
        if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let value = getenv("COLUMNS"), let columns = Int(String(cString: value)), columns > 0 {
            return columns
        }
        return 80
    }
}
