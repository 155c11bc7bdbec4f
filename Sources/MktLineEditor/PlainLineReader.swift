import CLibEdit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain lines from standard input with `getline`: for pipes, files and `--no-edit`.
///
/// Keeps no history (piped input is not the user's typing) and, unless asked, shows no prompt,
/// so a script fed through a pipe prints only its results.
public final class PlainLineReader: LineReader {
    private let prompting: Bool
    private var buffer: UnsafeMutablePointer<CChar>?
    private var capacity = 0

    /// Whether reading failed with an I/O error rather than reaching the end of input.
    public private(set) var inputFailed = false

    /// A reader of standard input; `prompting` writes each prompt to standard output first
    /// (a terminal with editing turned off).
    public init(prompting: Bool = false) {
        self.prompting = prompting
    }

    deinit {
        free(buffer)
    }

    public func readLine(prompt: String) -> LineReadResult {
        if inputFailed { return .endOfInput }
        if prompting {
            fputs(prompt, mkt_stdout())
            fflush(mkt_stdout())
        }
        let input = mkt_stdin()
        errno = 0
        let count = getline(&buffer, &capacity, input)
        if count >= 0, let buffer {
            var bytes = Array(UnsafeRawBufferPointer(start: buffer, count: count))
            if bytes.last == 0x0A { bytes.removeLast() }
            // Scripts saved with CRLF line ends read the same as with LF.
            if bytes.last == 0x0D { bytes.removeLast() }
            return .line(String(decoding: bytes, as: UTF8.self))
        }
        let error = errno
        let endOfFile = feof(input) != 0
        clearerr(input)
        if !endOfFile && (error == EINTR || InterruptFlag.isSet) {
            InterruptFlag.take()
            if prompting { fputs("\n", mkt_stdout()) }
            return .interrupted
        }
        if !endOfFile && error != 0 { inputFailed = true }
        // Ctrl-D on a terminal leaves the cursor after the prompt.
        if prompting { fputs("\n", mkt_stdout()) }
        return .endOfInput
    }

    /// Plain input is not recorded.
    public func addHistory(_ entry: String) {}
}
