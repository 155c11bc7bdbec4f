import Foundation
import MktTestSupport
import Testing

/// The real `mkt` shell driven through a pseudo-terminal: what a user at a keyboard sees.
///
/// Each test runs mkt with a fresh HOME and XDG folders in a temporary directory, so history
/// and init files never touch the developer's own.
@Suite(.serialized)
struct InteractiveShellTests {
    // MARK: - Typing and editing

    @Test func typedExpressionPrintsItsValue() throws {
        let shell = try Shell()
        try shell.term.expect("mkt> ")
        try shell.term.send("1 + 2", .enter)
        try shell.term.expect("3\r\n")
        try shell.term.expect("mkt> ")
        try shell.quit()
    }

    @Test func editingKeysChangeTheLine() throws {
        let shell = try Shell()
        try shell.term.expect("mkt> ")
        // Left arrow: "1 2" becomes "1 + 2".
        try shell.term.send("1 2", .left, "+ ", .enter)
        try shell.term.expect("\r\n3\r\n")
        try shell.term.expect("mkt> ")
        // Ctrl-A goes to the start of the line.
        try shell.term.send("+ 20", .ctrlA, "1 ", .enter)
        try shell.term.expect("\r\n21\r\n")
        try shell.term.expect("mkt> ")
        // Backspace deletes before the cursor.
        try shell.term.send("10 * 4", .backspace, "5", .enter)
        try shell.term.expect("\r\n50\r\n")
        try shell.term.expect("mkt> ")
        // Ctrl-E, Ctrl-U and Ctrl-W.
        try shell.term.send("garbage", .ctrlU, "7 * 6", .enter)
        try shell.term.expect("\r\n42\r\n")
        try shell.term.expect("mkt> ")
        try shell.quit()
    }

    @Test func accentsEuroAndWideTextSurviveEditing() throws {
        let shell = try Shell()
        try shell.term.expect("mkt> ")
        // Without a UTF-8 locale libedit drops the é: len would be 6.
        try shell.term.send("len(\"Pétrole\")", .enter)
        try shell.term.expect("\r\n7\r\n")
        try shell.term.expect("mkt> ")
        try shell.term.send("upper(\"é€\")", .enter)
        try shell.term.expectPlain("É€\n")
        try shell.term.expect("mkt> ")
        // Backspace over a double-width character removes the whole character.
        try shell.term.send("len(\"日本語\")", .left, .left, .backspace, .enter)
        try shell.term.expect("\r\n2\r\n")
        try shell.term.expect("mkt> ")
        try shell.quit()
    }

    @Test func theEditorOwnsTheTerminalAsSoonAsThePromptShows() throws {
        // A key typed between the prompt appearing and the editor's raw mode would go through the
        // kernel's cooked mode: echoed twice, and a Ctrl-D there is lost (the session hangs).
        let shell = try Shell()
        for round in 1...20 {
            try shell.term.expect("mkt> ")
            #expect(shell.term.isRaw, "cooked terminal under the prompt, round \(round)")
            try shell.term.send("\(round) + 1", .enter)
            try shell.term.expect("\r\n\(round + 1)\r\n")
        }
        try shell.term.expect("mkt> ")
        try shell.quit()
    }

    // MARK: - Continuation

    @Test func trailingPipeContinuesOnTheNextLine() throws {
        let shell = try Shell()
        try shell.term.expect("mkt> ")
        try shell.term.send("load \"\(Shell.exampleSnapshot)\"", .enter)
        try shell.term.expect("> ")
        try shell.term.send("instruments |", .enter)
        try shell.term.expect("...> ")
        try shell.term.send("count", .enter)
        try shell.term.expect("\r\n15\r\n")
        try shell.term.expect("> ")
        try shell.quit()
    }

    @Test func openParenthesisContinuesAndCtrlCDiscardsTheStatement() throws {
        let shell = try Shell()
        try shell.term.expect("mkt> ")
        try shell.term.send("(1 +", .enter)
        try shell.term.expect("...> ")
        try shell.term.send("2)", .enter)
        try shell.term.expect("\r\n3\r\n")
        try shell.term.expect("mkt> ")
        // Ctrl-C on a continuation line throws away the whole pending statement.
        try shell.term.send("(100 +", .enter)
        try shell.term.expect("...> ")
        try shell.term.send(.ctrlC)
        try shell.term.expect("mkt> ")
        try shell.term.send("2 * 3", .enter)
        try shell.term.expect("\r\n6\r\n")
        try shell.term.expect("mkt> ")
        try shell.quit()
    }

    // MARK: - Ctrl-C and Ctrl-D

    @Test func ctrlCClearsTheLineAndTheSessionGoesOn() throws {
        let shell = try Shell()
        try shell.term.expect("mkt> ")
        try shell.term.send("1 + ")
        try shell.term.send(.ctrlC)
        try shell.term.expect("^C")
        try shell.term.expect("mkt> ")
        try shell.term.send("2 + 2", .enter)
        try shell.term.expect("\r\n4\r\n")
        try shell.term.expect("mkt> ")
        try shell.quit()
    }

    @Test func ctrlCRightAfterTypingIsNeverLost() throws {
        // Typed in one go (a paste, tmux send-keys, a fast typist): the Ctrl-C must reach the
        // line it follows. As a signal it was lost when it landed while the editor was drawing.
        let shell = try Shell()
        for round in 1...10 {
            try shell.term.expect("mkt> ")
            try shell.term.send("garbage \(round)", .ctrlC, "\(round) * 2", .enter)
            try shell.term.expect("^C\r\n")
            try shell.term.expect("\r\n\(round * 2)\r\n")
        }
        try shell.term.expect("mkt> ")
        try shell.quit()
    }

    @Test func anErrorEndsItsLineBeforeTheNextPrompt() throws {
        let shell = try Shell()
        try shell.term.expect("mkt> ")
        try shell.term.send("1 +* 2", .enter)
        try shell.term.expectScreen("the caret line, then the prompt on a line of its own") { screen in
            let lines = screen.lineTexts
            return screen.currentLine == "mkt> " && screen.cursorLine > 0
                && lines[screen.cursorLine - 1].hasSuffix("^")
        }
        try shell.quit()
    }

    @Test func ctrlDLeavesWithStatusZeroAndRestoresTheTerminal() throws {
        let shell = try Shell()
        try shell.term.expect("mkt> ")
        // While the editor waits for keys the terminal is raw; the restore check is not vacuous.
        #expect(shell.term.isRaw)
        try shell.term.send(.ctrlD)
        #expect(try shell.term.waitForExit() == .exited(0))
        // Bytes, not Characters: "\r\n" is one Character, which `hasSuffix("\n")` never matches.
        #expect(shell.term.transcript.utf8.suffix(2).elementsEqual("\r\n".utf8), "the shell's prompt must start on its own line")
        #expect(shell.term.screen.cursorColumn == 0 && shell.term.screen.currentLine.isEmpty)
        let differences = shell.term.currentMode().map { PseudoTerminal.modeDifferences($0, shell.term.initialMode) }
        #expect(differences == [], "terminal mode not restored")
    }

    @Test func ctrlDOnAContinuationLineDropsTheStatementAndTheSessionGoesOn() throws {
        let shell = try Shell()
        try shell.term.expect("mkt> ")
        try shell.term.send("instruments | where name == \"CAC", .enter)
        try shell.term.expect("...> ")
        try shell.term.send(.ctrlD)
        // Said as a script would say it, then a fresh prompt: the session did not end.
        try shell.term.expect("unterminated string")
        try shell.term.expect("mkt> ")
        try shell.term.send("1 + 1", .enter)
        try shell.term.expect("\r\n2\r\n")
        try shell.term.expect("mkt> ")
        try shell.quit()
    }

    @Test func quitCommandLeavesCleanly() throws {
        for command in [".quit", "exit"] {
            let shell = try Shell()
            try shell.term.expect("mkt> ")
            try shell.term.send(PseudoTerminal.Keystroke(command), .enter)
            #expect(try shell.term.waitForExit() == .exited(0))
            #expect(shell.term.modeIsRestored)
        }
    }

    // MARK: - History

    @Test func historyIsRecalledInTheNextSession() throws {
        let home = try TemporaryHome()
        do {
            let first = try Shell(home: home)
            try first.term.expect("mkt> ")
            try first.term.send("1 + 2", .enter)
            try first.term.expect("\r\n3\r\n")
            try first.term.expect("mkt> ")
            try first.term.send("(10 +", .enter)
            try first.term.expect("...> ")
            try first.term.send("5)", .enter)
            try first.term.expect("\r\n15\r\n")
            try first.term.expect("mkt> ")
            try first.quit()
        }
        let saved = try String(contentsOfFile: home.historyPath, encoding: .utf8)
        #expect(saved.contains("1 + 2\n"))
        #expect(saved.contains("(10 +\\n5)\n"), "a multi-line statement is one entry")

        let second = try Shell(home: home)
        try second.term.expect("mkt> ")
        // Up twice: back past the multi-line statement to `1 + 2`.
        try second.term.send(.up, .up, .enter)
        try second.term.expect("\r\n3\r\n")
        try second.term.expect("mkt> ")
        // Ctrl-R searches the history.
        try second.term.send(.ctrlR, "10 +", .enter)
        try second.term.expect("15\r\n")
        try second.term.expect("mkt> ")
        try second.quit()
    }

    @Test func blankLinesAndRepeatsAreNotRecorded() throws {
        let home = try TemporaryHome()
        let shell = try Shell(home: home)
        try shell.term.expect("mkt> ")
        for line in ["1 + 1", "", "1 + 1", "   ", "1 + 1"] {
            try shell.term.send(PseudoTerminal.Keystroke(line), .enter)
            try shell.term.expect("mkt> ")
        }
        try shell.quit()
        let saved = try String(contentsOfFile: home.historyPath, encoding: .utf8)
        #expect(saved.components(separatedBy: "\n").filter { $0 == "1 + 1" }.count == 1)
        #expect(!saved.contains("\n\n"))
    }

    // MARK: - Completion

    @Test func tabCompletesStatementNames() throws {
        let shell = try Shell()
        try shell.term.expect("mkt> ")
        try shell.term.send("instr", .tab)
        try shell.term.expectCursorLine(endingWith: "mkt> instruments ")
        // Several candidates with nothing more in common: the list, then the line as it was.
        try shell.term.send(.ctrlU, "s", .tab)
        try shell.term.expectPlain("search")
        try shell.term.expectPlain("source")
        try shell.term.expectCursorLine(endingWith: "mkt> s")
        try shell.term.send(.ctrlU, "sea", .tab)
        try shell.term.expectCursorLine(endingWith: "mkt> search ")
        // After `|`, stage names; after `where`, field names.
        try shell.term.send(.ctrlU, "instruments | whe", .tab)
        try shell.term.expectCursorLine(endingWith: "mkt> instruments | where ")
        try shell.term.send("regi", .tab)
        try shell.term.expectCursorLine(endingWith: "mkt> instruments | where region ")
        try shell.term.send(.ctrlU)
        try shell.quit()
    }

    @Test func tabCompletesInstrumentNamesIgnoringAccents() throws {
        let shell = try Shell()
        try shell.term.expect("mkt> ")
        try shell.term.send("load \"\(Shell.exampleSnapshot)\"", .enter)
        try shell.term.expect("> ")
        // libedit replaces `petr` by moving the cursor back and writing over it, so the byte
        // stream still holds `petr`: check the screen.
        try shell.term.send("show \"petr", .tab)
        try shell.term.expectCursorLine(endingWith: "> show \"Pétrole WTI\" ")
        try shell.term.send(.ctrlU, "show wt", .tab)
        try shell.term.expectCursorLine(endingWith: "> show \"Pétrole WTI\" ")
        try shell.term.send(.ctrlU)
        try shell.quit()
    }

    @Test func tabCompletesFilePathsAfterLoad() throws {
        // A short relative path, so the completed line fits the 80-column screen wherever the
        // package is checked out (a long absolute path wraps and moves the cursor).
        let home = try TemporaryHome()
        let folder = home.path + "/snaps"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Shell.exampleSnapshot, toPath: folder + "/2021-04-09_3921acb7a18bc451.txt")
        let shell = try Shell(home: home, directory: home.path)
        try shell.term.expect("mkt> ")
        try shell.term.send("load \"sn", .tab)
        try shell.term.expectCursorLine(endingWith: "mkt> load \"snaps/")
        try shell.term.send("2021", .tab)
        try shell.term.expectCursorLine(endingWith: "mkt> load \"snaps/2021-04-09_3921acb7a18bc451.txt\" ")
        try shell.term.send(.enter)
        try shell.term.expect("15 instruments")
        try shell.term.expect("> ")
        try shell.quit()
    }

    // MARK: - Support

    /// mkt in a pty with a private home, started with `--no-init`.
    final class Shell {
        let term: PseudoTerminal
        let home: TemporaryHome

        static let exampleSnapshot = MktProcess.seed
        static var binary: String { MktProcess.binary.path }

        /// `reportingStatements`: mkt says when each statement starts (for Ctrl-C tests).
        init(
            home: TemporaryHome? = nil, arguments: [String] = ["--no-init"], directory: String? = nil,
            reportingStatements: Bool = false
        ) throws {
            let home = try home ?? TemporaryHome()
            self.home = home
            term = try PseudoTerminal(
                executable: Self.binary, arguments: arguments, environment: home.environment, directory: directory,
                reportingStatements: reportingStatements)
        }

        /// Leaves with Ctrl-D and checks the exit status and the terminal mode. Call it once the
        /// prompt has shown: as in bash, a Ctrl-D typed ahead while a statement runs goes through
        /// the terminal's cooked mode and is lost.
        func quit() throws {
            try term.send(.ctrlD)
            let ended = try term.waitForExit()
            #expect(ended == .exited(0))
            #expect(term.modeIsRestored, "terminal mode not restored")
        }
    }

    /// A temporary HOME with XDG folders inside; removed when released.
    final class TemporaryHome {
        let path: String
        var historyPath: String { path + "/state/mkt/history" }
        var environment: [String: String] {
            [
                "HOME": path, "XDG_STATE_HOME": path + "/state", "XDG_CONFIG_HOME": path + "/config",
                "TERM": "xterm", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
            ]
        }

        init() throws {
            let base = FileManager.default.temporaryDirectory.appendingPathComponent("mkt-pty-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
            path = base.path
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }
    }
}

/// The harness itself, checked against ordinary programs so it is known to work before mkt's
/// shell is wired.
@Suite struct PseudoTerminalHarnessTests {
    static let environment = ["TERM": "xterm", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]

    @Test func typesAndReadsBack() throws {
        let term = try PseudoTerminal(
            executable: "/bin/sh", arguments: ["-c", "printf 'ready> '; read line; echo \"got:$line\""],
            environment: Self.environment)
        try term.expect("ready> ")
        try term.send("Pétrole €", .enter)
        try term.expect("got:Pétrole €\r\n")
        #expect(try term.waitForExit() == .exited(0))
        #expect(term.modeIsRestored)
    }

    @Test func reportsExitStatusAndSignals() throws {
        let failing = try PseudoTerminal(executable: "/bin/sh", arguments: ["-c", "exit 3"], environment: Self.environment)
        #expect(try failing.waitForExit() == .exited(3))
        let interrupted = try PseudoTerminal(
            executable: "/bin/sh", arguments: ["-c", "echo waiting; exec sleep 30"], environment: Self.environment)
        try interrupted.expect("waiting")
        try interrupted.send(.ctrlC)  // through the line discipline, as SIGINT
        #expect(try interrupted.waitForExit() == .signaled(SIGINT))
    }

    @Test func detectsATerminalLeftRaw() throws {
        let term = try PseudoTerminal(executable: "/bin/sh", arguments: ["-c", "stty raw -echo"], environment: Self.environment)
        #expect(try term.waitForExit() == .exited(0))
        #expect(!term.modeIsRestored)
        let differences = term.currentMode().map { PseudoTerminal.modeDifferences($0, term.initialMode) } ?? []
        #expect(differences.contains("ICANON") && differences.contains("ECHO"))
    }

    @Test func timesOutWithTheOutputSoFar() throws {
        let term = try PseudoTerminal(
            executable: "/bin/sh", arguments: ["-c", "echo partial; exec sleep 30"], environment: Self.environment)
        #expect(throws: PseudoTerminal.Failure.self) {
            try term.expect("never printed", timeout: .milliseconds(300))
        }
    }

    @Test func plainTextDropsEscapes() {
        #expect(PseudoTerminal.plain("\u{1B}[1mmkt>\u{1B}[0m a\u{1B}[2Db\r\n") == "mkt> ab\n")
    }
}
