import MktCancel
import MktLineEditor
import Testing

@testable import MktShell

@Suite struct InteractiveLoopTests {
    /// Replays scripted reads and records the prompts shown and the history kept.
    final class ScriptedReader: LineReader {
        var script: [LineReadResult]
        var prompts: [String] = []
        var history: [String] = []
        var failed = false
        var inputFailed: Bool { failed && script.isEmpty }

        init(_ script: [LineReadResult], failing: Bool = false) {
            self.script = script
            self.failed = failing
        }

        func readLine(prompt: String) -> LineReadResult {
            prompts.append(prompt)
            return script.isEmpty ? .endOfInput : script.removeFirst()
        }

        func addHistory(_ entry: String) { history.append(entry) }
    }

    /// Incomplete while parentheses are open or the text ends in `|`; `load` sets the label.
    final class FakeEngine: InteractiveEngine {
        var ran: [String] = []
        var currentSnapshotLabel: String?
        var instrumentNames: [String] = ["DAX"]
        let cancellation = CancellationToken()

        func inputStatus(_ text: String) -> InputStatus {
            let open = text.filter { $0 == "(" }.count > text.filter { $0 == ")" }.count
            let trimmed = text.reversed().drop { $0.isWhitespace }
            return open || trimmed.first == "|" ? .incomplete : .complete
        }

        func runInteractive(_ text: String) {
            ran.append(text)
            if text.hasPrefix("load") { currentSnapshotLabel = "2021-04-09_3921acb7a18bc451" }
            if text.hasPrefix("exit "), let status = Int32(text.dropFirst(5)) { exitRequest = status }
        }

        var exitRequest: Int32?
    }

    /// Presses Ctrl-C (cancels the session's token) while "typing" each line, as a user at the
    /// prompt might.
    final class InterruptingReader: LineReader {
        var script: [String]
        let cancellation: CancellationToken
        init(_ script: [String], cancelling cancellation: CancellationToken) {
            self.script = script
            self.cancellation = cancellation
        }
        func readLine(prompt: String) -> LineReadResult {
            cancellation.cancel()
            return script.isEmpty ? .endOfInput : .line(script.removeFirst())
        }
        func addHistory(_ entry: String) {}
    }

    /// Records whether its token was cancelled when each statement started.
    final class TokenWatchingEngine: InteractiveEngine {
        var cancelledAtStart: [Bool] = []
        let cancellation = CancellationToken()
        var currentSnapshotLabel: String? { nil }
        var instrumentNames: [String] { [] }
        func inputStatus(_ text: String) -> InputStatus { .complete }
        func runInteractive(_ text: String) { cancelledAtStart.append(cancellation.isCancelled) }
    }

    @Test func aCtrlCBeforeTheStatementRunsDoesNotCancelIt() {
        let engine = TokenWatchingEngine()
        let reader = InterruptingReader(["1", "2"], cancelling: engine.cancellation)
        _ = InteractiveLoop(engine: engine, reader: reader).run()
        #expect(engine.cancelledAtStart == [false, false])
        // The last read (the end of input) pressed Ctrl-C too: the token shows it.
        #expect(engine.cancellation.isCancelled)
    }

    @Test func exitStatusIsZeroUnlessReadingFailed() {
        #expect(Launch.exitStatus(.endOfInput) == 0)
        #expect(Launch.exitStatus(.leavingCommand) == 0)
        #expect(Launch.exitStatus(.inputFailed) == 74)
    }

    @Test func runsCompleteStatementsAndRecordsThem() {
        let engine = FakeEngine()
        let reader = ScriptedReader([.line("1 + 2"), .line("instruments | count")])
        let exit = InteractiveLoop(engine: engine, reader: reader).run()
        #expect(exit == .endOfInput)
        #expect(engine.ran == ["1 + 2", "instruments | count"])
        #expect(reader.history == ["1 + 2", "instruments | count"])
        #expect(reader.prompts == ["mkt> ", "mkt> ", "mkt> "])
    }

    @Test func continuationLinesMakeOneStatementAndOneHistoryEntry() {
        let engine = FakeEngine()
        let reader = ScriptedReader([.line("instruments |"), .line("where pct > 0 |"), .line("count")])
        _ = InteractiveLoop(engine: engine, reader: reader).run()
        #expect(engine.ran == ["instruments |\nwhere pct > 0 |\ncount"])
        #expect(reader.history == ["instruments |\nwhere pct > 0 |\ncount"])
        #expect(reader.prompts == ["mkt> ", "...> ", "...> ", "mkt> "])
    }

    @Test func ctrlCDiscardsThePendingStatement() {
        let engine = FakeEngine()
        let reader = ScriptedReader([.line("(1 +"), .interrupted, .line("2 * 3"), .interrupted])
        _ = InteractiveLoop(engine: engine, reader: reader).run()
        #expect(engine.ran == ["2 * 3"])
        #expect(reader.prompts == ["mkt> ", "...> ", "mkt> ", "mkt> ", "mkt> "])
    }

    @Test func blankLinesAreNeitherRunNorRecorded() {
        let engine = FakeEngine()
        let reader = ScriptedReader([.line(""), .line("   "), .line("1")])
        _ = InteractiveLoop(engine: engine, reader: reader).run()
        #expect(engine.ran == ["1"])
        #expect(reader.history == ["1"])
    }

    @Test(arguments: [".quit", ".exit", "quit", "exit", "  exit  ", "EXIT", "Quit", ".QUIT"])
    func leavingCommandsEndTheLoop(command: String) {
        let engine = FakeEngine()
        let reader = ScriptedReader([.line(command), .line("never run")])
        #expect(InteractiveLoop(engine: engine, reader: reader).run() == .leavingCommand)
        #expect(engine.ran == [])
        #expect(reader.history == [])
    }

    @Test func anExitStatementEndsTheLoopWithItsStatus() {
        let engine = FakeEngine()
        let reader = ScriptedReader([.line("1"), .line("exit 3"), .line("never run")])
        #expect(InteractiveLoop(engine: engine, reader: reader).run() == .exitStatement(status: 3))
        #expect(engine.ran == ["1", "exit 3"])
        #expect(reader.history == ["1", "exit 3"])
        #expect(Launch.exitStatus(.exitStatement(status: 3)) == 3)
    }

    @Test func aLeavingWordInsideAStatementIsJustText() {
        let engine = FakeEngine()
        let reader = ScriptedReader([.line("(1 +"), .line("exit"), .line(")")])
        _ = InteractiveLoop(engine: engine, reader: reader).run()
        #expect(engine.ran == ["(1 +\nexit\n)"])
    }

    @Test func failedInputIsReported() {
        let reader = ScriptedReader([.line("1")], failing: true)
        #expect(InteractiveLoop(engine: FakeEngine(), reader: reader).run() == .inputFailed)
    }

    @Test func promptShowsTheCurrentSnapshot() {
        let engine = FakeEngine()
        let reader = ScriptedReader([.line("load x"), .line("(1"), .line(")")])
        _ = InteractiveLoop(engine: engine, reader: reader).run()
        #expect(reader.prompts[1] == "mkt[2021-04-09_3921acb7…]> ")
        #expect(reader.prompts[2] == String(repeating: " ", count: 22) + "...> ")
        #expect(reader.prompts[2].count == reader.prompts[1].count)
    }

    @Test func completerLearnsAboutContinuationLines() {
        let engine = FakeEngine()
        let completer = Completer(instrumentNames: { [] }, files: FileListing { _ in [] }, width: { 80 })
        final class Probe: LineReader {
            let completer: Completer
            var seen: [String] = []
            var lines = ["instruments |", "count"]
            init(_ completer: Completer) { self.completer = completer }
            func readLine(prompt: String) -> LineReadResult {
                seen.append(completer.pendingInput)
                return lines.isEmpty ? .endOfInput : .line(lines.removeFirst())
            }
            func addHistory(_ entry: String) {}
        }
        let probe = Probe(completer)
        _ = InteractiveLoop(engine: engine, reader: probe, completer: completer).run()
        #expect(probe.seen == ["", "instruments |", ""])
    }

    @Test func promptsAndBanner() {
        #expect(InteractiveLoop.prompt(label: nil) == "mkt> ")
        #expect(InteractiveLoop.prompt(label: "demo") == "mkt[demo]> ")
        #expect(InteractiveLoop.continuationPrompt(for: "mkt> ") == "...> ")
        #expect(
            InteractiveLoop.banner(version: "0.1.0")
                == "mkt 0.1.0 — type 'help' for commands, Ctrl-D or .quit/exit to leave")
    }
}
