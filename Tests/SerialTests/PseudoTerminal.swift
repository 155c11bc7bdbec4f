#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A program running in a pseudo-terminal, driven the way a user at a keyboard would: type
/// keys, wait for output to appear, check how it exited and in which mode it left the terminal.
///
/// The child gets the slave side as its controlling terminal (`forkpty`), so Ctrl-C reaches it
/// as SIGINT through the line discipline, exactly as in a real terminal. Waiting is `poll` on
/// the master with a deadline, never a fixed sleep.
///
/// With `reportingStatements`, mkt writes a byte to a pipe each time a statement starts to run
/// (`MKT_TEST_STARTED_FD`), so a test presses Ctrl-C once a command runs, never before.
///
///     let term = try PseudoTerminal(executable: mkt, arguments: ["--no-init"], environment: env)
///     try term.expect("mkt> ")
///     try term.send("1 + 2", .enter)
///     try term.expect("\r\n3\r\n")
///     try term.send(.ctrlD)
///     #expect(try term.waitForExit() == .exited(0))
///     #expect(term.modeIsRestored)
final class PseudoTerminal {
    /// Text or a key, as the bytes a terminal sends (xterm, normal cursor mode), so
    /// `send("1 + 2", .enter)` reads like typing.
    struct Keystroke: ExpressibleByStringInterpolation, Sendable {
        let bytes: [UInt8]
        init(_ text: String) { bytes = Array(text.utf8) }
        init(stringLiteral value: String) { self.init(value) }
        init(stringInterpolation: DefaultStringInterpolation) { self.init(String(stringInterpolation: stringInterpolation)) }

        static let enter = Keystroke("\r")
        static let tab = Keystroke("\t")
        static let backspace = Keystroke("\u{7F}")
        static let escape = Keystroke("\u{1B}")
        static let up = Keystroke("\u{1B}[A")
        static let down = Keystroke("\u{1B}[B")
        static let right = Keystroke("\u{1B}[C")
        static let left = Keystroke("\u{1B}[D")
        static let home = Keystroke("\u{1B}[H")
        static let end = Keystroke("\u{1B}[F")
        static let delete = Keystroke("\u{1B}[3~")
        static let ctrlA = Keystroke("\u{01}")
        static let ctrlB = Keystroke("\u{02}")
        static let ctrlC = Keystroke("\u{03}")
        static let ctrlD = Keystroke("\u{04}")
        static let ctrlE = Keystroke("\u{05}")
        static let ctrlF = Keystroke("\u{06}")
        static let ctrlK = Keystroke("\u{0B}")
        static let ctrlL = Keystroke("\u{0C}")
        static let ctrlR = Keystroke("\u{12}")
        static let ctrlU = Keystroke("\u{15}")
        static let ctrlW = Keystroke("\u{17}")
    }

    /// How the child ended.
    enum Termination: Equatable, CustomStringConvertible {
        case exited(Int32)
        case signaled(Int32)
        var description: String {
            switch self {
            case .exited(let code): "exited(\(code))"
            case .signaled(let signal): "killed by signal \(signal)"
            }
        }
    }

    /// A failed expectation, carrying what the terminal showed, for the test log.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The child's process id.
    let pid: pid_t
    /// The terminal mode the child started with (the kernel's default cooked mode).
    let initialMode: termios
    /// The terminal's size now, for the screen model.
    private(set) var columns: Int
    private(set) var rows: Int
    /// Each `resize`: how much output had been read then, and the new size.
    private var resizes: [TerminalScreen.Resize] = []
    private let initialColumns: Int
    private let initialRows: Int
    private let master: Int32
    private var output: [UInt8] = []
    /// Where the next `expect` starts looking: just after the previous match.
    private var searchStart = 0
    private var termination: Termination?
    private var masterClosed = false
    /// The read end of the pipe mkt reports started statements on (-1 when not asked for).
    private var statements: Int32 = -1

    /// Starts `executable` with `arguments` and exactly `environment` (nothing is inherited)
    /// in a new pseudo-terminal of `columns` × `rows`, in `directory` when one is given.
    /// `reportingStatements` passes mkt a pipe to say when statements start (see
    /// `waitForStatementStart`).
    init(
        executable: String, arguments: [String] = [], environment: [String: String],
        directory: String? = nil, columns: UInt16 = 80, rows: UInt16 = 24, reportingStatements: Bool = false
    ) throws {
        var mode = try Self.defaultMode()
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        // The pipe is close-on-exec in this process, so no other child inherits it (these tests
        // run one at a time, so none starts in between pipe and fcntl); the child
        // clears the flag on its write end, whose number it finds in MKT_TEST_STARTED_FD.
        var pipeEnds: [Int32] = [-1, -1]
        if reportingStatements {
            guard pipe(&pipeEnds) == 0 else { throw Failure(description: "pipe failed: \(Self.lastError())") }
            for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        }
        let reportTo = pipeEnds[1]
        var environment = environment
        if reportTo >= 0 { environment["MKT_TEST_STARTED_FD"] = String(reportTo) }
        // Everything the child touches is allocated before fork: between fork and exec only
        // async-signal-safe calls are allowed, and allocation is not one of them.
        let argv = CStringArray([executable] + arguments)
        let envp = CStringArray(environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
        let workingDirectory = CStringArray(directory.map { [$0] } ?? [])
        defer {
            argv.release()
            envp.release()
            workingDirectory.release()
        }
        var master: Int32 = -1
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaultAction = sigaction()
        defaultAction.__sigaction_handler.sa_handler = SIG_DFL
        let pid = forkpty(&master, nil, &mode, &size)
        if pid == 0 {
            // The test runner's blocked and ignored signals would be inherited through exec;
            // give the child what a shell would: nothing blocked, default actions.
            sigprocmask(SIG_SETMASK, &noSignals, nil)
            for signal in 1..<32 where signal != SIGKILL && signal != SIGSTOP {
                sigaction(Int32(signal), &defaultAction, nil)
            }
            if let directory = workingDirectory.pointer[0], chdir(directory) != 0 { _exit(126) }
            if reportTo >= 0 && fcntl(reportTo, F_SETFD, 0) != 0 { _exit(126) }
            if let path = argv.pointer[0] { execve(path, argv.pointer, envp.pointer) }
            _exit(127)
        }
        if reportTo >= 0 { close(reportTo) }
        guard pid > 0 else {
            if pipeEnds[0] >= 0 { close(pipeEnds[0]) }
            throw Failure(description: "forkpty failed: \(Self.lastError())")
        }
        statements = pipeEnds[0]
        self.pid = pid
        self.master = master
        self.initialMode = mode
        self.columns = Int(columns)
        self.rows = Int(rows)
        initialColumns = Int(columns)
        initialRows = Int(rows)
    }

    deinit {
        if termination == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
        }
        if !masterClosed { close(master) }
        if statements >= 0 { close(statements) }
    }

    // MARK: - Typing

    /// Types text and keys, in order.
    func send(_ keystrokes: Keystroke...) throws {
        for keystroke in keystrokes { try writeBytes(keystroke.bytes) }
    }

    /// Presses `key` `count` times.
    func send(_ key: Keystroke, times count: Int) throws {
        for _ in 0..<count { try writeBytes(key.bytes) }
    }

    /// Resizes the terminal; the child gets SIGWINCH. The screen model applies the new size
    /// after the output read so far, so call it once the output has settled (after an `expect`).
    func resize(columns: UInt16, rows: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        self.columns = Int(columns)
        self.rows = Int(rows)
        resizes.append(TerminalScreen.Resize(offset: output.count, columns: Int(columns), rows: Int(rows)))
    }

    private func writeBytes(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { write(master, $0.baseAddress.map { $0 + offset }, $0.count - offset) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "cannot write to the terminal: \(Self.lastError())")
            }
            offset += count
        }
    }

    // MARK: - Statements

    /// Forgets the statements reported so far: call it at the prompt, before typing the
    /// command whose start `waitForStatementStart` is to wait for.
    func forgetStartedStatements() {
        guard statements >= 0 else { return }
        var descriptor = pollfd(fd: statements, events: Int16(POLLIN), revents: 0)
        var byte: UInt8 = 0
        while poll(&descriptor, 1, 0) > 0, read(statements, &byte, 1) == 1 {}
    }

    /// Waits until mkt says a statement has started to run: the line was read, the terminal
    /// is back in its normal mode (Ctrl-C is a signal again) and Ctrl-C is routed to the
    /// session. Keeps reading the terminal meanwhile, so mkt never blocks writing to it.
    func waitForStatementStart(timeout: Duration = .seconds(30)) throws {
        guard statements >= 0 else {
            throw Failure(description: "the terminal was not started with reportingStatements")
        }
        let deadline = ContinuousClock.now + timeout
        while true {
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else {
                throw Failure(
                    description: "timed out (\(endedSoFar())) waiting for a statement to start; output: \(plainTranscript.debugDescription)"
                )
            }
            var descriptors = [
                pollfd(fd: statements, events: Int16(POLLIN), revents: 0),
                pollfd(fd: masterClosed ? -1 : master, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&descriptors, 2, Self.milliseconds(remaining))
            if ready < 0 && errno != EINTR {
                throw Failure(description: "poll failed: \(Self.lastError())")
            }
            if descriptors[0].revents != 0 {
                var byte: UInt8 = 0
                if read(statements, &byte, 1) == 1 { return }
                throw Failure(description: "mkt closed the statement pipe (\(endedSoFar())); output: \(plainTranscript.debugDescription)")
            }
            if descriptors[1].revents != 0 { _ = readSome(timeout: .zero) }
        }
    }

    // MARK: - Reading

    /// Everything the child wrote so far, as text.
    var transcript: String { String(decoding: output, as: UTF8.self) }

    /// Everything the child wrote so far, without escape sequences and carriage returns:
    /// roughly what the screen showed, for loose checks.
    var plainTranscript: String { Self.plain(transcript) }

    /// Waits until `pattern` appears after the previous match and returns the text from the
    /// previous match up to and including this one. Throws, showing the output, on timeout
    /// or when the child closes the terminal first.
    @discardableResult
    func expect(_ pattern: String, timeout: Duration = .seconds(10)) throws -> String {
        let needle = Array(pattern.utf8)
        let deadline = ContinuousClock.now + timeout
        while true {
            if let range = find(needle) {
                let text = String(decoding: output[searchStart..<range.upperBound], as: UTF8.self)
                searchStart = range.upperBound
                return text
            }
            let remaining = deadline - ContinuousClock.now
            if remaining <= .zero || !readSome(timeout: remaining) {
                let seen = String(decoding: output[searchStart...], as: UTF8.self)
                let why = ContinuousClock.now >= deadline ? "timed out (\(endedSoFar()))" : "the terminal closed (\(endedSoFar()))"
                throw Failure(
                    description: "\(why) waiting for \(pattern.debugDescription); output since the last match: \(seen.debugDescription)")
            }
        }
    }

    /// Waits for `pattern` in the output with escape sequences and carriage returns removed
    /// (libedit may redraw a line with cursor moves between the characters). The next search
    /// starts just after the raw bytes that produced the match, so two words printed in one
    /// write can be expected one after the other.
    ///
    /// This does not interpret cursor moves: text that was overwritten on screen still counts.
    /// To check what the screen shows, use `expectCursorLine` or `expectScreen`.
    @discardableResult
    func expectPlain(_ pattern: String, timeout: Duration = .seconds(10)) throws -> String {
        let needle = Array(pattern.utf8)
        let deadline = ContinuousClock.now + timeout
        while true {
            let (text, origins) = Self.plainBytes(output[searchStart...])
            if let range = Self.firstRange(of: needle, in: text[...]) {
                // origins holds absolute offsets into output: the match ends after its last byte's origin.
                searchStart = origins[range.upperBound - 1] + 1
                return String(decoding: text[..<range.upperBound], as: UTF8.self)
            }
            let remaining = deadline - ContinuousClock.now
            if remaining <= .zero || !readSome(timeout: remaining) {
                let seen = String(decoding: text, as: UTF8.self)
                throw Failure(description: "waiting for \(pattern.debugDescription) (plain); saw: \(seen.debugDescription)")
            }
        }
    }

    /// What the screen shows now: the output so far played on a `columns`-wide terminal
    /// (resized where `resize` was called).
    var screen: TerminalScreen {
        TerminalScreen(output, columns: initialColumns, rows: initialRows, resizes: resizes)
    }

    /// Waits until the screen satisfies `condition` (described by `what` in the failure, which
    /// shows the screen). Later `expect` calls start after everything read so far.
    func expectScreen(_ what: String, timeout: Duration = .seconds(10), _ condition: (TerminalScreen) -> Bool) throws {
        let deadline = ContinuousClock.now + timeout
        while true {
            let now = screen
            if condition(now) {
                searchStart = output.count
                return
            }
            let remaining = deadline - ContinuousClock.now
            if remaining <= .zero || !readSome(timeout: remaining) {
                throw Failure(
                    description:
                        "waiting for the screen to show \(what); screen:\n\(now.text)\n(cursor at line \(now.cursorLine + 1), column \(now.cursorColumn + 1))"
                )
            }
        }
    }

    /// Waits until the line the cursor is on ends with `text` and the cursor sits right after
    /// it: what a user sees on the line being edited (libedit redraws with cursor moves).
    func expectCursorLine(endingWith text: String, timeout: Duration = .seconds(10)) throws {
        try expectScreen("a cursor line ending in \(text.debugDescription) with the cursor after it", timeout: timeout) {
            $0.currentLine.hasSuffix(text) && $0.cursorColumn == DisplayColumns.of($0.currentLine)
        }
    }

    /// Reads whatever the child writes for `duration` (to check that nothing more appears).
    func drain(for duration: Duration) -> String {
        let start = output.count
        let deadline = ContinuousClock.now + duration
        while case let remaining = deadline - ContinuousClock.now, remaining > .zero {
            if !readSome(timeout: remaining) { break }
        }
        return String(decoding: output[start...], as: UTF8.self)
    }

    /// One read with a deadline; false when nothing more will come (timeout, or the child
    /// closed the terminal: Linux reports EIO on the master then).
    private func readSome(timeout: Duration) -> Bool {
        if masterClosed { return false }
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Self.milliseconds(timeout))
        if ready < 0 { return errno == EINTR }
        if ready == 0 { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 {
            output.append(contentsOf: buffer[0..<count])
            return true
        }
        if count < 0 && errno == EINTR { return true }
        return false  // EIO or end: the slave side is closed
    }

    private func find(_ needle: [UInt8]) -> Range<Int>? {
        Self.firstRange(of: needle, in: output[searchStart...])
    }

    /// The first place `needle` occurs in `haystack`, in the haystack's indices.
    private static func firstRange(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Range<Int>? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        for start in haystack.startIndex...(haystack.endIndex - needle.count)
        where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start..<(start + needle.count)
        }
        return nil
    }

    // MARK: - Exit and terminal mode

    /// Waits for the child to end, reading its output meanwhile (a child blocked writing to a
    /// full terminal would never exit). Throws on timeout; the child is then killed by deinit.
    @discardableResult
    func waitForExit(timeout: Duration = .seconds(10)) throws -> Termination {
        if let termination { return termination }
        let deadline = ContinuousClock.now + timeout
        while true {
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                let ended = Self.termination(from: status)
                termination = ended
                _ = drain(for: .milliseconds(20))
                return ended
            }
            let remaining = deadline - ContinuousClock.now
            if remaining <= .zero {
                throw Failure(description: "timed out waiting for exit; output: \(plainTranscript.debugDescription)")
            }
            // Reading blocks until output or the slave closes; after that, poll waitpid briefly.
            if !readSome(timeout: min(remaining, .milliseconds(50))) { usleep(2_000) }
        }
    }

    /// How the child ended, if it has, for failure messages (reaps it, like `waitForExit`).
    private func endedSoFar() -> String {
        if termination == nil {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { termination = Self.termination(from: status) }
        }
        return termination.map { "mkt \($0)" } ?? "still running"
    }

    /// The terminal's current mode (the slave side's, which Linux reports through the master;
    /// it stays readable after the child has exited).
    func currentMode() -> termios? {
        var mode = termios()
        return tcgetattr(master, &mode) == 0 ? mode : nil
    }

    /// Whether the terminal is back in the mode the child started with: line editing, echo,
    /// signals and output processing as before. A program that left the terminal raw fails this.
    var modeIsRestored: Bool {
        guard let now = currentMode() else { return false }
        return Self.modeDifferences(now, initialMode).isEmpty
    }

    /// The flags that differ between two modes, by name (empty when they agree).
    static func modeDifferences(_ a: termios, _ b: termios) -> [String] {
        let local: [(String, tcflag_t)] = [
            ("ICANON", tcflag_t(ICANON)), ("ECHO", tcflag_t(ECHO)), ("ISIG", tcflag_t(ISIG)),
            ("IEXTEN", tcflag_t(IEXTEN)), ("ECHOE", tcflag_t(ECHOE)), ("ECHOK", tcflag_t(ECHOK)),
        ]
        let input: [(String, tcflag_t)] = [
            ("ICRNL", tcflag_t(ICRNL)), ("IXON", tcflag_t(IXON)), ("INLCR", tcflag_t(INLCR)),
            ("IGNCR", tcflag_t(IGNCR)),
        ]
        let output: [(String, tcflag_t)] = [("OPOST", tcflag_t(OPOST)), ("ONLCR", tcflag_t(ONLCR))]
        var differences: [String] = []
        for (name, flag) in local where a.c_lflag & flag != b.c_lflag & flag { differences.append(name) }
        for (name, flag) in input where a.c_iflag & flag != b.c_iflag & flag { differences.append(name) }
        for (name, flag) in output where a.c_oflag & flag != b.c_oflag & flag { differences.append(name) }
        return differences
    }

    /// Whether the terminal is in raw (non-canonical) mode now: true while a line editor waits
    /// for keys, which shows the restore check is not vacuous.
    var isRaw: Bool {
        guard let now = currentMode() else { return false }
        return now.c_lflag & tcflag_t(ICANON) == 0
    }

    // MARK: - Helpers

    /// The kernel's default mode for a new terminal, read from a throwaway pty pair, so the
    /// child starts from a known cooked mode.
    private static func defaultMode() throws -> termios {
        var master: Int32 = -1
        var slave: Int32 = -1
        guard openpty(&master, &slave, nil, nil, nil) == 0 else {
            throw Failure(description: "openpty failed: \(lastError())")
        }
        defer {
            close(master)
            close(slave)
        }
        var mode = termios()
        guard tcgetattr(slave, &mode) == 0 else { throw Failure(description: "tcgetattr failed: \(lastError())") }
        return mode
    }

    private static func termination(from status: Int32) -> Termination {
        // WIFEXITED / WEXITSTATUS / WTERMSIG are macros Swift cannot import.
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
    }

    /// Text without CSI/OSC escape sequences, other escapes, carriage returns and bells.
    static func plain(_ text: String) -> String {
        String(decoding: plainBytes(Array(text.utf8)[...]).text, as: UTF8.self)
    }

    /// `plain` on UTF-8 bytes (escape sequences are ASCII, so dropping them byte by byte never
    /// splits a character), with the index in `bytes` each kept byte came from.
    static func plainBytes(_ bytes: ArraySlice<UInt8>) -> (text: [UInt8], origins: [Int]) {
        var text: [UInt8] = []
        var origins: [Int] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            switch byte {
            case 0x1B:
                guard index < bytes.endIndex else { break }
                let next = bytes[index]
                index += 1
                if next == UInt8(ascii: "[") {
                    // CSI: parameters, then one final byte in @...~
                    while index < bytes.endIndex, !(0x40...0x7E).contains(bytes[index]) { index += 1 }
                    if index < bytes.endIndex { index += 1 }
                } else if next == UInt8(ascii: "]") {
                    // OSC: up to BEL or ESC \
                    while index < bytes.endIndex, bytes[index] != 0x07, bytes[index] != 0x1B { index += 1 }
                    if index < bytes.endIndex { index = min(bytes.endIndex, index + (bytes[index] == 0x1B ? 2 : 1)) }
                }
            case UInt8(ascii: "\r"), 0x07:
                continue
            default:
                text.append(byte)
                origins.append(index - 1)
            }
        }
        return (text, origins)
    }

    /// `duration` for poll, rounded up.
    private static func milliseconds(_ duration: Duration) -> Int32 {
        Int32(clamping: duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000 + 1)
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}

/// A NULL-terminated `char *[]` for execve, allocated before fork.
private struct CStringArray {
    let pointer: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
    let count: Int

    init(_ strings: [String]) {
        count = strings.count
        pointer = .allocate(capacity: strings.count + 1)
        for (index, string) in strings.enumerated() { pointer[index] = strdup(string) }
        pointer[strings.count] = nil
    }

    func release() {
        for index in 0..<count { free(pointer[index]) }
        pointer.deallocate()
    }
}
