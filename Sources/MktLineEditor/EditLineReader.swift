import CLibEdit
import MktCancel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Line editing on a terminal through libedit's native API: emacs keys, history (Up, Down,
/// Ctrl-R), Tab completion, UTF-8 text of any width, redraw after a window resize.
///
/// The editor reaches this object from libedit's C callbacks through `EL_CLIENTDATA`, so there
/// is no global state; Ctrl-C sent as a signal reaches it through the token its owner gives
/// (the session's, which SIGINT is routed to) or as EINTR. Use it only when both input and output are
/// terminals; `PlainLineReader` covers everything else.
public final class EditLineReader: LineReader {
    private var editLine: OpaquePointer?
    private var history: OpaquePointer?
    /// The prompt as a C string: libedit keeps the pointer the prompt callback returns while it
    /// draws, so the memory lives until the next prompt replaces it.
    private var promptStorage: UnsafeMutablePointer<CChar>?
    private var promptText: String?
    /// Streams opened on caller-given descriptors, closed with the editor.
    private var ownedStreams: [UnsafeMutablePointer<FILE>] = []
    private let historyFile: HistoryFile?
    private let completion: CompletionHandler?
    /// Entries this session added that are not on disk yet (a save failed, or is pending).
    private var unsaved: [String] = []
    private var lastEntry: String?
    /// A save failed and was reported: retries wait only briefly until one succeeds.
    private var historySaveFailing = false
    private let outputDescriptor: Int32
    private let inputDescriptor: Int32
    /// The terminal width the line being edited was last drawn at.
    private var drawnColumns = 0
    /// The owner's Ctrl-C: once cancelled, the read in progress ends as interrupted.
    private let cancellation: CancellationToken

    /// Set by the Ctrl-C key binding while a line is edited; read and cleared by `readLine`.
    fileprivate var interruptKeyPressed = false
    /// The signal mask while waiting for a key: the caller's, with SIGINT and SIGWINCH let in.
    /// Everywhere else in `el_gets` they are held, so libedit's own handlers (EL_SIGNAL: a
    /// resize reallocates its display) never run in the middle of a redraw.
    fileprivate var waitMask = sigset_t()

    /// Whether reading failed (the terminal went away). History is not written after that.
    public private(set) var inputFailed = false

    /// An editor on the standard input and output, which must both be terminals.
    ///
    /// - Parameters:
    ///   - programName: the name libedit uses for `~/.editrc` sections (not read by mkt).
    ///   - historyFile: where history persists; nil keeps it in memory only.
    ///   - completion: what Tab does; nil makes Tab beep.
    ///   - cancellation: the token whose cancelling (Ctrl-C routed to it) interrupts a read.
    public convenience init?(
        programName: String = "mkt",
        historyFile: HistoryFile?,
        completion: CompletionHandler?,
        cancellation: CancellationToken
    ) {
        self.init(
            programName: programName, input: STDIN_FILENO, output: STDOUT_FILENO,
            terminalType: nil, historyFile: historyFile, completion: completion, cancellation: cancellation)
    }

    /// An editor on explicit terminal descriptors (a pseudo-terminal in tests, `/dev/tty`).
    ///
    /// `terminalType` overrides `$TERM` when given. Returns nil when libedit cannot start.
    public init?(
        programName: String = "mkt",
        input: Int32,
        output: Int32,
        terminalType: String?,
        historyFile: HistoryFile?,
        completion: CompletionHandler?,
        cancellation: CancellationToken
    ) {
        self.cancellation = cancellation
        self.historyFile = historyFile
        self.completion = completion
        self.outputDescriptor = output
        self.inputDescriptor = input
        // Before el_init: libedit decides at start-up whether the codeset is UTF-8.
        _ = mkt_setlocale_utf8()
        guard let prompt = strdup("") else { return nil }
        promptStorage = prompt

        let editor: OpaquePointer?
        if input == STDIN_FILENO && output == STDOUT_FILENO {
            editor = mkt_el_init(programName)
        } else {
            guard let inStream = fdopen(dup(input), "r") else { return nil }
            ownedStreams.append(inStream)
            guard let outStream = fdopen(dup(output), "w") else { return nil }
            ownedStreams.append(outStream)
            editor = mkt_el_init_files(programName, inStream, outStream, mkt_stderr())
        }
        guard let editor, let history = history_init() else { return nil }
        editLine = editor
        self.history = history
        _ = mkt_terminal_guard(input)
        configure(editor, history: history, terminalType: terminalType)
        loadHistory(into: history)
    }

    deinit {
        close()
        free(promptStorage)
    }

    private func configure(_ editor: OpaquePointer, history: OpaquePointer, terminalType: String?) {
        // Client data first: the callbacks below may run as soon as they are set.
        _ = mkt_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
        if let terminalType { _ = mkt_el_set_terminal(editor, terminalType) }
        _ = mkt_el_set_editor(editor, "emacs")
        // Restores the terminal on signals and takes the new size after SIGWINCH; the line is
        // redrawn at the new width by `readCharacter`, which a resize interrupts.
        _ = mkt_el_set_signal(editor, 1)
        _ = mkt_sigwinch_install()
        _ = mkt_el_set_getcfn(editor, readCharacterCallback)
        _ = mkt_el_set_prompt(editor, promptCallback)
        _ = mkt_history_setsize(history, Int32(clamping: historyFile?.capacity ?? HistoryEntries.defaultCapacity))
        _ = mkt_history_setunique(history, 1)
        _ = mkt_el_set_hist(editor, history)
        // While a line is edited Ctrl-C and Ctrl-Z are keys, not signals: a SIGINT that lands
        // while libedit draws (not blocked in read) is only noticed at the next key, so a Ctrl-C
        // typed just as the prompt appears, or right after other keys, was lost. Commands still
        // get the signals: the terminal's normal mode is untouched.
        _ = mkt_el_setty_edit(editor, "-isig")
        _ = mkt_el_addfn(editor, "mkt-interrupt", "Discard the line being typed", interruptCallback)
        _ = mkt_el_bind(editor, "^C", "mkt-interrupt")
        _ = mkt_el_addfn(editor, "mkt-suspend", "Suspend mkt", suspendCallback)
        _ = mkt_el_bind(editor, "^Z", "mkt-suspend")
        _ = mkt_el_addfn(editor, "mkt-complete", "Complete the word before the cursor", completeCallback)
        _ = mkt_el_bind(editor, "^I", "mkt-complete")
        _ = mkt_el_bind(editor, "^R", "em-inc-search-prev")
        // Alt-Up/Down (and Esc p/n) search back and forth for lines starting with what is typed.
        _ = mkt_el_bind(editor, "\\ep", "ed-search-prev-history")
        _ = mkt_el_bind(editor, "\\en", "ed-search-next-history")
        _ = mkt_el_bind(editor, "\\e[1;3A", "ed-search-prev-history")
        _ = mkt_el_bind(editor, "\\e[1;3B", "ed-search-next-history")
        // Ctrl-Left/Right and Alt-Left/Right move by words, as in most terminals' shells.
        _ = mkt_el_bind(editor, "\\e[1;5D", "ed-prev-word")
        _ = mkt_el_bind(editor, "\\e[1;5C", "em-next-word")
        _ = mkt_el_bind(editor, "\\e[1;3D", "ed-prev-word")
        _ = mkt_el_bind(editor, "\\e[1;3C", "em-next-word")
    }

    private func loadHistory(into history: OpaquePointer) {
        guard let historyFile else { return }
        let entries = historyFile.load()
        for entry in entries {
            _ = mkt_history_enter(history, entry)
        }
        lastEntry = entries.last
    }

    // MARK: - LineReader

    public func readLine(prompt: String) -> LineReadResult {
        guard let editor = editLine, !inputFailed else { return .endOfInput }
        setPrompt(prompt)
        // A Ctrl-C that stopped the previous command must not cancel this read.
        cancellation.reset()
        interruptKeyPressed = false
        // Raw mode before the prompt shows, as readline does: el_gets enters it only at the first
        // key read, after drawing the prompt, so a key typed just after the prompt appeared went
        // through the kernel's cooked mode: echoed by the kernel, and a Ctrl-D turned into a NUL
        // the editor ignores. el_gets puts the normal mode back when it returns.
        var held = sigset_t()
        sigemptyset(&held)
        sigaddset(&held, SIGINT)
        sigaddset(&held, SIGWINCH)
        var callerMask = sigset_t()
        pthread_sigmask(SIG_BLOCK, &held, &callerMask)
        waitMask = callerMask
        sigdelset(&waitMask, SIGINT)
        sigdelset(&waitMask, SIGWINCH)
        _ = mkt_el_prep_term(editor, 1)
        drawnColumns = Self.columns(of: outputDescriptor)
        var count: Int32 = 0
        errno = 0
        let text = el_gets(editor, &count)
        let error = errno
        // A signal still pending reaches our own handlers now (libedit's are gone).
        pthread_sigmask(SIG_SETMASK, &callerMask, nil)
        if interruptKeyPressed {
            interruptKeyPressed = false
            // The key binding already showed `^C`; drop what was typed.
            el_reset(editor)
            mkt_el_print(editor, "\n")
            return .interrupted
        }
        if let text, count > 0 {
            var bytes = Array(UnsafeRawBufferPointer(start: text, count: Int(count)))
            if bytes.last == 0x0A { bytes.removeLast() }
            return .line(String(decoding: bytes, as: UTF8.self))
        }
        if count == 0 {
            // Ctrl-D: libedit echoed `^D` and left the cursor after it.
            mkt_el_print(editor, "\n")
            return .endOfInput
        }
        if error == EINTR || cancellation.isCancelled {
            cancellation.reset()
            // Drop what was typed, so the next prompt starts empty.
            el_reset(editor)
            mkt_el_print(editor, "^C\n")
            return .interrupted
        }
        // EIO and friends: the terminal is gone. Say so and write nothing back.
        inputFailed = true
        return .endOfInput
    }

    public func addHistory(_ entry: String) {
        guard let history, !HistoryEntries.isBlank(entry), entry != lastEntry else { return }
        lastEntry = entry
        _ = mkt_history_enter(history, entry)
        unsaved.append(entry)
        saveUnsaved()
    }

    public func close() {
        guard let editor = editLine else { return }
        if !inputFailed { saveUnsaved() }
        el_end(editor)
        editLine = nil
        if let history { history_end(history) }
        history = nil
        mkt_terminal_unguard()
        for stream in ownedStreams { fclose(stream) }
        ownedStreams = []
    }

    // MARK: - History

    /// Appends the unsaved entries to the file at once, so a session killed later (a closed
    /// window, SIGHUP) has lost nothing; a failed save is retried with the next entry. Once a
    /// save has failed (another session holds the lock for long), the retries wait only
    /// briefly, so each Enter is not held up, until one succeeds.
    private func saveUnsaved() {
        guard let historyFile, !unsaved.isEmpty else { return }
        do {
            try historyFile.append(
                unsaved, cancellation: cancellation, timeout: historySaveFailing ? .milliseconds(100) : nil)
            unsaved.removeAll()
            historySaveFailing = false
        } catch {
            // Keep a bounded backlog: the in-memory history still has everything.
            if unsaved.count > historyFile.capacity { unsaved.removeFirst(unsaved.count - historyFile.capacity) }
            if !historySaveFailing {
                historySaveFailing = true
                writeError("mkt: history not saved: \(error.description)\n")
            }
        }
    }

    private func writeError(_ message: String) {
        let bytes = Array(message.utf8)
        _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }

    // MARK: - Reading keys

    /// Reads one character for the editor (EL_GETCFN) as libedit's own reader does — a byte at a
    /// time, decoded in the locale's encoding — and redraws the line when the window changed
    /// width while waiting for a key. On its own libedit only adopts the new size after a
    /// SIGWINCH and leaves the line as drawn at the old width, so typing and cursor moves then
    /// land in the wrong places. Returns 1, 0 at end of input, or -1 with errno set.
    fileprivate func readCharacter(_ editor: OpaquePointer, into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        // Ctrl-C (sent as a signal) and resizes are held off (`readLine` blocks them) between
        // the checks and the wait, which lets them in: one arriving just before the wait still
        // ends it.
        var waiting = waitMask
        var state = mbstate_t()
        var partial = false
        var madeBlocking = false
        while true {
            if cancellation.isCancelled {
                errno = EINTR
                return -1
            }
            redrawIfResized(editor)
            if mkt_wait_input(inputDescriptor, &waiting) < 0 {
                if errno == EINTR { continue }
                return -1
            }
            var byte: CChar = 0
            let count = read(inputDescriptor, &byte, 1)
            if count == 0 { return 0 }
            if count < 0 {
                if errno == EINTR { continue }
                // As libedit does: a descriptor left non-blocking is made blocking, once.
                if (errno == EAGAIN || errno == EWOULDBLOCK) && !madeBlocking {
                    madeBlocking = true
                    _ = fcntl(inputDescriptor, F_SETFL, fcntl(inputDescriptor, F_GETFL) & ~O_NONBLOCK)
                    continue
                }
                return -1
            }
            var decoded = mbrtowc(character, &byte, 1, &state)
            if decoded == -1 && partial {
                // An invalid sequence: drop what came before and read this byte afresh.
                state = mbstate_t()
                decoded = mbrtowc(character, &byte, 1, &state)
            }
            switch decoded {
            case -2:
                partial = true
            case -1:
                state = mbstate_t()
                partial = false  // an invalid byte is dropped
            default:
                return 1
            }
        }
    }

    /// After a change of width: back to where the line starts, clear from there down, and have
    /// libedit draw the prompt and line again at the new width.
    ///
    /// Where the line starts depends on the terminal: xterm keeps the rows as they were (cut
    /// at the new width), terminals that re-wrap move them. The cursor goes up by the fewer of
    /// the two row counts, so nothing printed before the prompt is ever erased; at worst a
    /// piece of the old line stays above the redrawn one.
    private func redrawIfResized(_ editor: OpaquePointer) {
        let columns = Self.columns(of: outputDescriptor)
        guard columns > 0, drawnColumns > 0, columns != drawnColumns else { return }
        var before = promptText ?? ""
        if let info = el_line(editor), let start = UnsafeRawPointer(info.pointee.buffer),
            let cursor = UnsafeRawPointer(info.pointee.cursor), cursor >= start
        {
            before += String(decoding: UnsafeRawBufferPointer(start: start, count: cursor - start), as: UTF8.self)
        }
        let up = min(Self.cursorRow(after: before, columns: drawnColumns), Self.cursorRow(after: before, columns: columns))
        mkt_el_print(editor, (up > 0 ? "\u{1B}[\(up)A" : "") + "\r\u{1B}[J")
        el_resize(editor)
        _ = mkt_el_refresh(editor)
        drawnColumns = columns
    }

    /// The row, counted from the first, on which the cursor ends after `text` is drawn from the
    /// left margin of a terminal `columns` wide, wrapping as libedit does: a character that does
    /// not fit starts the next row, and filling a row moves the cursor to the next one.
    static func cursorRow(after text: String, columns: Int) -> Int {
        guard columns > 0 else { return 0 }
        var row = 0
        var column = 0
        for scalar in text.unicodeScalars {
            let measured = Int(mkt_wcwidth(wchar_t(bitPattern: scalar.value)))
            let width = measured < 0 ? 2 : measured  // a control character shows as ^X
            if column + width > columns {
                row += 1
                column = 0
            }
            column += width
            if column >= columns {
                row += 1
                column = 0
            }
        }
        return row
    }

    /// The width of the terminal on `descriptor`, or 0 when it cannot be told.
    private static func columns(of descriptor: Int32) -> Int {
        var size = winsize()
        return ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0 ? Int(size.ws_col) : 0
    }

    // MARK: - Callbacks

    private func setPrompt(_ prompt: String) {
        guard prompt != promptText, let copy = strdup(prompt) else { return }
        free(promptStorage)
        promptStorage = copy
        promptText = prompt
    }

    fileprivate var currentPrompt: UnsafeMutablePointer<CChar>? { promptStorage }

    /// Carries out a Tab press. Runs inside el_gets, on the caller's thread.
    fileprivate func complete(_ editor: OpaquePointer) -> UInt8 {
        guard let completion, let info = el_line(editor) else { return UInt8(CC_REFRESH_BEEP) }
        let start = UnsafeRawPointer(info.pointee.buffer)
        let cursor = UnsafeRawPointer(info.pointee.cursor)
        guard let start, let cursor, cursor >= start else { return UInt8(CC_REFRESH_BEEP) }
        let before = String(decoding: UnsafeRawBufferPointer(start: start, count: cursor - start), as: UTF8.self)
        let edit = completion(before)
        if edit.isNone { return UInt8(CC_REFRESH_BEEP) }
        if edit.deleteCount > 0 { el_deletestr(editor, Int32(clamping: edit.deleteCount)) }
        if !edit.insertion.isEmpty && el_insertstr(editor, edit.insertion) != 0 {
            return UInt8(CC_REFRESH_BEEP)
        }
        if let listing = edit.listing {
            mkt_el_print(editor, "\n" + listing)
            return UInt8(CC_REDISPLAY)
        }
        return UInt8(CC_REFRESH)
    }
}

/// Ctrl-C while editing: show `^C` and end the read, which `readLine` turns into `.interrupted`.
private let interruptCallback: mkt_editor_fn = { editor, _ in
    guard let editor, let reader = reader(of: editor) else { return UInt8(CC_ERROR) }
    reader.interruptKeyPressed = true
    mkt_el_print(editor, "^C")
    return UInt8(CC_NEWLINE)
}

/// Ctrl-Z while editing: stop like a job control shell's child, redraw the line when continued.
private let suspendCallback: mkt_editor_fn = { editor, _ in
    guard let editor else { return UInt8(CC_ERROR) }
    mkt_el_suspend(editor)
    return UInt8(CC_REDISPLAY)
}

/// The reader behind a libedit callback, or nil if none is attached.
private func reader(of editor: OpaquePointer?) -> EditLineReader? {
    guard let editor, let data = mkt_el_get_clientdata(editor) else { return nil }
    return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
}

/// An empty prompt in static memory, for the (theoretical) call with no reader attached.
private let emptyPrompt: StaticString = ""

private let promptCallback: mkt_prompt_fn = { editor in
    if let prompt = reader(of: editor)?.currentPrompt { return prompt }
    return UnsafeMutableRawPointer(mutating: emptyPrompt.utf8Start).assumingMemoryBound(to: CChar.self)
}

private let readCharacterCallback: mkt_getc_fn = { editor, character in
    guard let editor, let character, let reader = reader(of: editor) else {
        errno = EIO
        return -1
    }
    return reader.readCharacter(editor, into: character)
}

private let completeCallback: mkt_editor_fn = { editor, _ in
    guard let editor, let reader = reader(of: editor) else { return UInt8(CC_ERROR) }
    return reader.complete(editor)
}
