/// mkt's exit statuses (sysexits.h), for every command and every way of running: the one set
/// `mkt`, `mkt parse`, `mkt help` and `mkt-gen` exit with. A script's `exit N` may use any
/// status from 0 to 255.
public enum ExitCode {
    public static let ok: Int32 = 0
    /// The command line was wrong (EX_USAGE).
    public static let usage: Int32 = 64
    /// The text to run has syntax errors (EX_DATAERR): nothing ran.
    public static let syntaxError: Int32 = 65
    /// A statement failed, or Ctrl-C stopped it (EX_SOFTWARE).
    public static let runtimeError: Int32 = 70
    /// A file could not be read or written (EX_IOERR).
    public static let ioError: Int32 = 74
}
