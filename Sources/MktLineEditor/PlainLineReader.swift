import CLibEdit
import MktCancel

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
    /// The owner's Ctrl-C: once cancelled, the read in progress ends as interrupted.
    private let cancellation: CancellationToken

    /// Whether reading failed with an I/O error rather than reaching the end of input.
    public private(set) var inputFailed = false

    /// A reader of standard input; `prompting` writes each prompt to standard output first
    /// (a terminal with editing turned off). A read ends as interrupted when `cancellation`
    /// is cancelled (Ctrl-C routed to it) or a signal breaks it.
    public init(prompting: Bool = false, cancellation: CancellationToken) {
        self.prompting = prompting
        self.cancellation = cancellation
        // On a terminal, nothing typed is held in stdio's buffer between lines, so waiting on
        // the descriptor (`waitForTyping`) never misses a line already read ahead.
        if prompting { setvbuf(mkt_stdin(), nil, _IONBF, 0) }
    }

    deinit {
        free(buffer)
    }

    public func readLine(prompt: String) -> LineReadResult {
        if inputFailed { return .endOfInput }
        if prompting {
            // A Ctrl-C that stopped the previous command must not cancel this read.
            cancellation.reset()
            fputs(prompt, mkt_stdout())
            fflush(mkt_stdout())
            if !waitForTyping() {
                cancellation.reset()
                fputs("\n", mkt_stdout())
                return .interrupted
            }
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
        if !endOfFile && (error == EINTR || cancellation.isCancelled) {
            cancellation.reset()
            if prompting { fputs("\n", mkt_stdout()) }
            return .interrupted
        }
        if !endOfFile && error != 0 { inputFailed = true }
        // Ctrl-D on a terminal leaves the cursor after the prompt.
        if prompting { fputs("\n", mkt_stdout()) }
        return .endOfInput
    }

    /// Waits until a line (or the end of input) is typed; false when Ctrl-C came first. Ctrl-C
    /// is let in only during the wait, so one pressed just as the prompt appeared, before
    /// getline blocked, still ends it (it was lost: getline then waited for a whole line).
    private func waitForTyping() -> Bool {
        var held = sigset_t()
        sigemptyset(&held)
        sigaddset(&held, SIGINT)
        var callerMask = sigset_t()
        pthread_sigmask(SIG_BLOCK, &held, &callerMask)
        defer { pthread_sigmask(SIG_SETMASK, &callerMask, nil) }
        // Let Ctrl-C in while waiting even if the caller had it blocked.
        var waiting = callerMask
        sigdelset(&waiting, SIGINT)
        while true {
            if cancellation.isCancelled { return false }
            if mkt_wait_input(STDIN_FILENO, &waiting) > 0 || errno != EINTR { return true }
        }
    }

    /// Plain input is not recorded.
    public func addHistory(_ entry: String) {}
}
