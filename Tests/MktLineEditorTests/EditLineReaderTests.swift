import Foundation
import MktCancel
import MktLineEditor
import Testing

/// EditLineReader driven in-process through a pseudo-terminal: the reader edits on the slave
/// side while a helper thread types on the master side once libedit has put the terminal in
/// raw mode. (Ctrl-C cannot be tested this way: the pty is not the test's controlling
/// terminal, so no SIGINT is generated; the end-to-end tests cover it.)
@Suite(.serialized) struct EditLineReaderTests {
    @Test func cancellingTheReadersTokenInterruptsTheRead() throws {
        // The owner's token (the session's, which Ctrl-C is routed to) ends the read as
        // interrupted at the next key; what was typed is dropped.
        let pty = try PseudoTerminalPair()
        let token = CancellationToken()
        let reader = try pty.reader(cancellation: token)
        #expect(pty.read(reader, typing: "x", before: { token.cancel() }) == .interrupted)
        #expect(!token.isCancelled)
        // The key that woke the editor may still wait unread (the token was seen first).
        pty.discardTyping()
        // A token cancelled before the read (by the command that just ran) does not end it.
        token.cancel()
        #expect(pty.read(reader, typing: "ok\r") == .line("ok"))
    }

    @Test func anotherTokenDoesNotInterruptTheRead() throws {
        let pty = try PseudoTerminalPair()
        let other = CancellationToken()
        let reader = try pty.reader()
        #expect(pty.read(reader, typing: "ok\r", before: { other.cancel() }) == .line("ok"))
        #expect(other.isCancelled)
    }

    @Test func readsATypedLine() throws {
        let pty = try PseudoTerminalPair()
        let reader = try pty.reader()
        #expect(pty.read(reader, typing: "hello world\r") == .line("hello world"))
        #expect(pty.output().contains("mkt> "))
    }

    @Test func editingKeysWork() throws {
        let pty = try PseudoTerminalPair()
        let reader = try pty.reader()
        // Left arrow, then insert.
        #expect(pty.read(reader, typing: "1 2\u{1B}[D+ \r") == .line("1 + 2"))
        // Ctrl-A to the start, Ctrl-E to the end, Backspace.
        #expect(pty.read(reader, typing: "+ 2\u{01}1 \u{05}0\u{7F}5\r") == .line("1 + 25"))
        // Ctrl-U kills the line; Ctrl-W the previous word.
        #expect(pty.read(reader, typing: "junk\u{15}ok one\u{17}two\r") == .line("ok two"))
    }

    @Test func keepsAccentsEuroAndWideCharacters() throws {
        let pty = try PseudoTerminalPair()
        let reader = try pty.reader()
        #expect(pty.read(reader, typing: "show \"Pétrole WTI\" € 日本\r") == .line("show \"Pétrole WTI\" € 日本"))
        // Backspace removes a whole double-width character; Left moves over one.
        #expect(pty.read(reader, typing: "ab日本\u{7F}é\r") == .line("ab日é"))
        #expect(pty.read(reader, typing: "日本\u{1B}[Dx\r") == .line("日x本"))
    }

    @Test func ctrlDOnAnEmptyLineEndsInput() throws {
        let pty = try PseudoTerminalPair()
        let reader = try pty.reader()
        #expect(pty.read(reader, typing: "\u{04}") == .endOfInput)
        #expect(!reader.inputFailed)
    }

    @Test func tabCarriesOutTheCompletion() throws {
        let pty = try PseudoTerminalPair()
        let reader = try pty.reader { before in
            switch before {
            case "ins": CompletionEdit(insertion: "truments ")
            case "show \"pé": CompletionEdit(deleteCount: 2, insertion: "Pétrole WTI\" ")
            case "s": CompletionEdit(listing: "search  show  source\n")
            default: .none
            }
        }
        #expect(pty.read(reader, typing: "ins\t| count\r") == .line("instruments | count"))
        #expect(pty.read(reader, typing: "show \"pé\t\r") == .line("show \"Pétrole WTI\" "))
        _ = pty.output()
        #expect(pty.read(reader, typing: "s\t\r") == .line("s"))
        let shown = pty.output()
        #expect(shown.contains("search  show  source"))
        // The line is redrawn under the listing.
        #expect(shown.components(separatedBy: "mkt> ").count >= 3)
        #expect(pty.read(reader, typing: "zz\t\r") == .line("zz"))
        #expect(pty.output().contains("\u{07}"), "no candidate beeps")
    }

    @Test func recallsHistoryFromTheFileAndSavesNewEntries() throws {
        let folder = try TemporaryFolder()
        let file = HistoryFile(path: folder.path + "/history")
        try file.append(["first", "second"])
        let pty = try PseudoTerminalPair()
        let reader = try pty.reader(history: file)
        #expect(pty.read(reader, typing: "\u{1B}[A\u{1B}[A\r") == .line("first"))
        reader.addHistory("third")
        reader.addHistory("third")  // a consecutive repeat is not added
        reader.addHistory("  ")  // nor a blank one
        #expect(file.load() == ["first", "second", "third"], "saved at once, not at exit")
        #expect(pty.read(reader, typing: "\u{1B}[A\r") == .line("third"))
        // Ctrl-R searches back.
        #expect(pty.read(reader, typing: "\u{12}sec\r") == .line("second"))
        reader.close()
        #expect(file.load() == ["first", "second", "third"])
    }

    @Test func multiLineEntriesComeBackWhole() throws {
        let folder = try TemporaryFolder()
        let file = HistoryFile(path: folder.path + "/history")
        try file.append(["instruments |\ncount"])
        let pty = try PseudoTerminalPair()
        let reader = try pty.reader(history: file)
        #expect(pty.read(reader, typing: "\u{1B}[A\r") == .line("instruments |\ncount"))
    }

    @Test func aTerminalThatGoesAwayEndsInputWithoutSaving() throws {
        let folder = try TemporaryFolder()
        let file = HistoryFile(path: folder.path + "/history")
        try file.append(["kept"])
        let pty = try PseudoTerminalPair()
        let reader = try pty.reader(history: file)
        #expect(pty.read(reader, hangingUp: true) == .endOfInput)
        #expect(reader.inputFailed)
        reader.addHistory("after the hangup")
        reader.close()
        #expect(file.load().first == "kept")
    }
}

/// A pty pair for driving an EditLineReader in-process.
final class PseudoTerminalPair {
    private(set) var master: Int32 = -1
    let slave: Int32
    private var captured: [UInt8] = []

    init() throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw POSIXError(.EIO) }
        self.master = master
        self.slave = slave
    }

    deinit {
        if master >= 0 { close(master) }
        close(slave)
    }

    /// A reader on the slave side, watching `cancellation` (a token of its own unless given).
    func reader(
        history: HistoryFile? = nil, completion: CompletionHandler? = nil,
        cancellation: CancellationToken = CancellationToken()
    ) throws -> EditLineReader {
        guard
            let reader = EditLineReader(
                input: slave, output: slave, terminalType: "xterm", historyFile: history, completion: completion,
                cancellation: cancellation)
        else { throw POSIXError(.ENOTTY) }
        return reader
    }

    /// Reads one line while a helper thread types `keys` (or hangs up) once the editor waits,
    /// after doing `before` (once the editor waits, before the first key).
    func read(
        _ reader: EditLineReader, typing keys: String = "", hangingUp: Bool = false,
        before: @escaping @Sendable () -> Void = {}
    ) -> LineReadResult {
        let master = self.master
        let bytes = Array(keys.utf8)
        let typist = Thread {
            Self.waitForRawMode(master)
            before()
            if hangingUp {
                close(master)
                return
            }
            _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        }
        typist.start()
        let result = reader.readLine(prompt: "mkt> ")
        if hangingUp { self.master = -1 } else { drain() }
        return result
    }

    /// Drops keys typed but not read yet.
    func discardTyping() { tcflush(slave, TCIFLUSH) }

    /// What the editor wrote since the last call.
    func output() -> String {
        drain()
        defer { captured = [] }
        return String(decoding: captured, as: UTF8.self)
    }

    private func drain() {
        guard master >= 0 else { return }
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while poll(&descriptor, 1, 20) > 0 {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(master, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            captured.append(contentsOf: buffer[0..<count])
        }
    }

    /// libedit switches the terminal to raw mode when el_gets starts waiting; keys typed
    /// before that would be cooked by the line discipline instead.
    private static func waitForRawMode(_ master: Int32) {
        for _ in 0..<5000 {
            var mode = termios()
            if tcgetattr(master, &mode) == 0 && mode.c_lflag & tcflag_t(ICANON) == 0 { return }
            usleep(1000)
        }
    }
}
