import Foundation
import MarketModel
import MarketSynth
import MktTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The ways into and around the interactive shell, through the real binary in a pseudo-terminal:
/// the start-up file, `-i` after `-e` or a script, `--no-edit`, colour, Ctrl-C stopping a
/// running command, and a window resize while a line is typed.
@Suite(.serialized)
struct InteractiveModesTests {
    typealias Shell = InteractiveShellTests.Shell
    typealias TemporaryHome = InteractiveShellTests.TemporaryHome

    /// The prompt once the example snapshot is current (its id cut to 20 characters).
    static let snapshotPrompt = "mkt[2021-04-09_3921acb7…]> "

    // MARK: - Start-up file

    @Test func theStartUpFileRunsBeforeTheFirstPrompt() throws {
        let home = try TemporaryHome()
        try Self.writeStartUpFile(in: home)
        let shell = try Shell(home: home, arguments: [])
        // What the file printed and loaded shows before the first prompt, which names its snapshot.
        let beforePrompt = try shell.term.expect(Self.snapshotPrompt)
        #expect(beforePrompt.contains("start-up file ran"))
        try shell.term.send("$greeting", .enter)
        try shell.term.expect("\r\nhello from init\r\n")
        try shell.term.expect(Self.snapshotPrompt)
        try shell.term.send("instruments | count", .enter)
        try shell.term.expect("\r\n15\r\n")
        try shell.term.expect(Self.snapshotPrompt)
        try shell.quit()
    }

    @Test func noInitSkipsTheStartUpFile() throws {
        let home = try TemporaryHome()
        try Self.writeStartUpFile(in: home)
        let shell = try Shell(home: home, arguments: ["--no-init"])
        let beforePrompt = try shell.term.expect("mkt> ")
        #expect(!beforePrompt.contains("start-up file ran"))
        try shell.term.send("$greeting", .enter)
        try shell.term.expect("unknown variable '$greeting'")
        try shell.term.expect("mkt> ")
        try shell.quit()
    }

    @Test func withoutXDGConfigHomeTheStartUpFileIsInDotConfig() throws {
        let home = try TemporaryHome()
        let folder = home.path + "/.config/mkt"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "\"dot config ran\"\n".write(toFile: folder + "/init.mkt", atomically: true, encoding: .utf8)
        var environment = home.environment
        environment["XDG_CONFIG_HOME"] = nil
        let term = try PseudoTerminal(executable: Shell.binary, environment: environment)
        let beforePrompt = try term.expect("mkt> ")
        #expect(beforePrompt.contains("dot config ran"))
        try term.send(.ctrlD)
        #expect(try term.waitForExit() == .exited(0))
    }

    @Test func dashEScriptsAndPipedInputNeverReadTheStartUpFile() throws {
        let home = try TemporaryHome()
        try Self.writeStartUpFile(in: home)
        let environment = ["HOME": home.path, "XDG_CONFIG_HOME": home.path + "/config"]
        let dashE = try MktProcess.run(["-e", "1 + 1"], environment: environment)
        #expect(dashE.status == 0)
        #expect(dashE.stdout == "2\n")
        #expect(dashE.stderr == "")

        let script = home.path + "/two.mkt"
        try "2 + 2\n".write(toFile: script, atomically: true, encoding: .utf8)
        let scripted = try MktProcess.run([script], environment: environment)
        #expect(scripted.status == 0)
        #expect(scripted.stdout == "4\n")
        #expect(scripted.stderr == "")

        let piped = try MktProcess.run([], stdin: "3 + 3\n", environment: environment)
        #expect(piped.status == 0)
        #expect(piped.stdout == "6\n")
        #expect(piped.stderr == "")
    }

    // MARK: - -i after -e or a script

    @Test func dashIAfterDashEOpensTheShellKeepingWhatItLoaded() throws {
        let home = try TemporaryHome()
        // Not read: -e has set the session up (as `python -i -c` skips PYTHONSTARTUP).
        try Self.writeStartUpFile(in: home)
        let shell = try Shell(
            home: home, arguments: ["-i", "-e", "let x = 41", "-e", "instruments | count", Shell.exampleSnapshot])
        let beforePrompt = try shell.term.expect(Self.snapshotPrompt)
        #expect(beforePrompt.contains("15\r\n"))
        #expect(!beforePrompt.contains("start-up file ran"))
        try shell.term.send("$x + 1", .enter)
        try shell.term.expect("\r\n42\r\n")
        try shell.term.expect(Self.snapshotPrompt)
        try shell.term.send("instruments | where pct < 0 | count", .enter)
        try shell.term.expect("\r\n7\r\n")
        try shell.term.expect(Self.snapshotPrompt)
        try shell.quit()
    }

    @Test func dashIAfterAScriptOpensTheShellKeepingWhatItLoaded() throws {
        let home = try TemporaryHome()
        let script = home.path + "/europe.mkt"
        try """
        load "\(Shell.exampleSnapshot)"
        let europe = instruments | where region == "europe"
        "script done"

        """.write(toFile: script, atomically: true, encoding: .utf8)
        let shell = try Shell(home: home, arguments: ["-i", script])
        let beforePrompt = try shell.term.expect(Self.snapshotPrompt)
        #expect(beforePrompt.contains("script done"))
        try shell.term.send("$europe | count", .enter)
        try shell.term.expect("\r\n4\r\n")
        try shell.term.expect(Self.snapshotPrompt)
        try shell.quit()
    }

    @Test func dashIAfterAFailingDashEReportsTheErrorAndOpensTheShell() throws {
        // A runtime error, then a syntax error: reported, and the session opens all the same.
        for (text, message) in [("1/0", "division by zero"), ("1 +", "error:")] {
            let shell = try Shell(arguments: ["--no-init", "-i", "-e", "let kept = 5", "-e", text])
            let beforePrompt = try shell.term.expect("mkt> ")
            #expect(beforePrompt.contains(message), "\(text): \(beforePrompt.debugDescription)")
            try shell.term.send("1 + 1", .enter)
            try shell.term.expect("\r\n2\r\n")
            try shell.term.expect("mkt> ")
            if text == "1/0" {
                // The texts before the failing one ran.
                try shell.term.send("$kept", .enter)
                try shell.term.expect("\r\n5\r\n")
                try shell.term.expect("mkt> ")
            }
            // The exit status is the session's: 0 after Ctrl-D.
            try shell.quit()
        }
    }

    @Test func dashIAfterASyntaxErrorStillLoadsTheSnapshots() throws {
        let shell = try Shell(arguments: ["--no-init", "-i", "-e", "1 +", Shell.exampleSnapshot])
        let beforePrompt = try shell.term.expect(Self.snapshotPrompt)
        #expect(beforePrompt.contains("expected an expression after '+'"))
        try shell.term.send("instruments | count", .enter)
        try shell.term.expect("\r\n15\r\n")
        try shell.term.expect(Self.snapshotPrompt)
        try shell.quit()
    }

    @Test func dashIAfterAFailingScriptReportsTheErrorAndOpensTheShell() throws {
        let home = try TemporaryHome()
        let script = home.path + "/fails.mkt"
        try "let before = 5\n1/0\nlet after = 6\n".write(toFile: script, atomically: true, encoding: .utf8)
        let shell = try Shell(home: home, arguments: ["-i", script])
        let beforePrompt = try shell.term.expect("mkt> ")
        #expect(beforePrompt.contains("fails.mkt:2:1: "))
        #expect(beforePrompt.contains("division by zero"))
        // The script stopped at its error: what came before it is there, what came after is not.
        try shell.term.send("$before", .enter)
        try shell.term.expect("\r\n5\r\n")
        try shell.term.expect("mkt> ")
        try shell.term.send("$after", .enter)
        try shell.term.expect("unknown variable '$after'")
        try shell.term.expect("mkt> ")
        try shell.quit()
    }

    @Test func dashIAfterAFailingDashEWithPipedInputRunsTheInput() throws {
        let r = try MktProcess.run(["-i", "-e", "1/0"], stdin: "2 + 2\n")
        #expect(r.status == 0)
        #expect(r.stdout == "4\n")
        #expect(r.stderr.contains("-e:1:1: error: division by zero"))
        // Without -i the failure is the exit status, as before.
        #expect(try MktProcess.run(["-e", "1/0"], stdin: "2 + 2\n").status == 70)
    }

    // MARK: - --no-edit

    @Test func noEditReadsPlainLinesWithAPrompt() throws {
        let home = try TemporaryHome()
        let shell = try Shell(home: home, arguments: ["--no-init", "--no-edit"])
        try shell.term.expect("mkt> ")
        // No line editor: the terminal stays in its normal mode, the kernel echoes and erases.
        #expect(!shell.term.isRaw)
        try shell.term.send("10 * 4", .backspace, "5", .enter)
        try shell.term.expect("\r\n50\r\n")
        try shell.term.expect("mkt> ")
        // Ctrl-C drops the line being typed and prompts again.
        try shell.term.send("garbage", .ctrlC)
        try shell.term.expect("^C")
        try shell.term.expect("mkt> ")
        try shell.term.send("2 + 2", .enter)
        try shell.term.expect("\r\n4\r\n")
        try shell.term.expect("mkt> ")
        try shell.quit()
        // Plain reading keeps no history.
        #expect(!FileManager.default.fileExists(atPath: home.historyPath))
    }

    // MARK: - Colour

    @Test func tablesAndErrorsAreColouredOnATerminal() throws {
        let shell = try Shell(arguments: ["--no-init", Shell.exampleSnapshot])
        try shell.term.expect(Self.snapshotPrompt)
        try shell.term.send("instruments | select name, pct | take 6", .enter)
        // Headers dimmed, rises green, falls red, each closed by a reset.
        try shell.term.expect("\u{1B}[2mname\u{1B}[0m")
        try shell.term.expect("\u{1B}[2mpct\u{1B}[0m")
        try shell.term.expect("CAC 40")
        try shell.term.expect("\u{1B}[32m+0.06\u{1B}[0m")
        try shell.term.expect("EUR/USD")
        try shell.term.expect("\u{1B}[31m-0.13\u{1B}[0m")
        try shell.term.expect(Self.snapshotPrompt)
        try shell.term.send("1 +* 2", .enter)
        try shell.term.expect("\u{1B}[1;31merror:\u{1B}[0m")
        try shell.term.expect(Self.snapshotPrompt)
        try shell.quit()
    }

    @Test func noColourWithNoColorSetOrColorNever() throws {
        let home = try TemporaryHome()
        var noColor = home.environment
        noColor["NO_COLOR"] = "1"
        let runs: [(arguments: [String], environment: [String: String])] = [
            (["--no-init", Shell.exampleSnapshot], noColor),
            (["--no-init", "--color", "never", Shell.exampleSnapshot], home.environment),
        ]
        for run in runs {
            let term = try PseudoTerminal(executable: Shell.binary, arguments: run.arguments, environment: run.environment)
            try term.expect(Self.snapshotPrompt)
            try term.send("instruments | select name, pct | take 6", .enter)
            try term.expect("take 6")
            // Everything from the end of the typed line to the next prompt: the table, plain.
            let table = try term.expect(Self.snapshotPrompt)
            #expect(table.contains("+0.06") && table.contains("-0.13"), "\(run.arguments)")
            #expect(!table.contains("\u{1B}"), "\(run.arguments): \(table.debugDescription)")
            try term.send("1 +* 2", .enter)
            try term.expect("+* 2")
            let error = try term.expect(Self.snapshotPrompt)
            #expect(error.contains("error: expected an expression"))
            #expect(!error.contains("\u{1B}"), "\(run.arguments): \(error.debugDescription)")
            try term.send(.ctrlD)
            #expect(try term.waitForExit() == .exited(0))
        }
    }

    // MARK: - Ctrl-C stops a running command

    @Test func ctrlCStopsALongLoadAndTheSessionGoesOn() throws {
        let home = try TemporaryHome()
        let corpus = try Self.writeCorpus(in: home, pages: 1000)
        // 100 folders of hard links to the same pages: 100 000 files, each read anew (a file
        // named twice in one load is read once), far longer than the test waits for Ctrl-C.
        let copies = try Self.linkedCopies(of: corpus, count: 100)
        let shell = try Shell(home: home, reportingStatements: true)
        try shell.term.expect("mkt> ")
        let load = "load " + copies.map { "\"\($0)\"" }.joined(separator: ", ")
        try Self.interrupt(shell.term, running: load)
        // Nothing was loaded, and the shell takes the next command.
        try shell.term.expect("mkt> ")
        try shell.term.send("snapshots | count", .enter)
        try shell.term.expect("\r\n0\r\n")
        try shell.term.expect("mkt> ")
        try shell.quit()
    }

    @Test func ctrlCStopsTheLoadOfOneHugeFile() throws {
        let home = try TemporaryHome()
        // One page of about a million headline lines (40 MB): seconds of parsing in one file.
        let big = home.path + "/big.txt"
        var lines = Array("Un titre de la page, encore et encore\n".utf8)
        while lines.count < 38_000_000 { lines += lines }
        let bytes = Array("La bourse est fermée\n".utf8) + lines
        try Data(bytes).write(to: URL(fileURLWithPath: big))
        let shell = try Shell(home: home, reportingStatements: true)
        try shell.term.expect("mkt> ")
        try Self.interrupt(shell.term, running: "load \"\(big)\"")
        try shell.term.expect("mkt> ")
        try shell.term.send("snapshots | count", .enter)
        try shell.term.expect("\r\n0\r\n")
        try shell.term.expect("mkt> ")
        try shell.quit()
    }

    @Test func ctrlCStopsALongPipelineAndTheSessionGoesOn() throws {
        // 15 000 rows sorted again and again: minutes of work unless Ctrl-C stops it.
        let sorts = Array(repeating: "sort lower(name) desc, value | sort pct, date", count: 100).joined(separator: " | ")
        try Self.interruptWithACorpusLoaded("instruments all | " + sorts + " | count")
    }

    @Test func ctrlCStopsAHugeResultBeingPrinted() throws {
        // 15 000 rows, about a megabyte: the terminal stops reading while the test waits, so
        // mkt is still writing them when Ctrl-C comes.
        try Self.interruptWithACorpusLoaded("instruments all", beforeCtrlC: "CAC 40")
    }

    /// Loads 1000 pages, runs `command`, presses Ctrl-C (once `beforeCtrlC` has shown, when
    /// given), and checks that the session goes on with every snapshot still loaded.
    static func interruptWithACorpusLoaded(_ command: String, beforeCtrlC: String? = nil) throws {
        let home = try TemporaryHome()
        let corpus = try writeCorpus(in: home, pages: 1000)
        let shell = try Shell(home: home, reportingStatements: true)
        try shell.term.expect("mkt> ")
        try shell.term.send("load \"\(corpus)\"", .enter)
        try shell.term.expect("loaded 1000 snapshots", timeout: .seconds(120))
        try shell.term.expect("]> ")
        try interrupt(shell.term, running: command, beforeCtrlC: beforeCtrlC)
        try shell.term.expect("]> ")
        try shell.term.send("instruments all | count", .enter)
        try shell.term.expect("\r\n15000\r\n")
        try shell.term.expect("]> ")
        try shell.quit()
    }

    // MARK: - Window resize

    @Test func aResizeWhileTypingRedrawsTheLineAtTheNewWidth() throws {
        let shell = try Shell()
        try shell.term.expect("mkt> ")
        // 88 characters after the prompt: two rows at 80 columns.
        let typed = (1...20).map(String.init).joined(separator: " + ")
        try shell.term.send(PseudoTerminal.Keystroke(typed))
        try shell.term.expectCursorLine(endingWith: "19 + 20")
        // Narrower: the line is drawn again at once, three rows of 40 columns.
        shell.term.resize(columns: 40, rows: 24)
        try shell.term.expectScreen("the line wrapped at 40 columns, the cursor at its end") { screen in
            screen.endsWith(rows: Self.wrapped("mkt> " + typed, columns: 40)) && screen.cursorColumn == (5 + typed.count) % 40
        }
        try shell.term.send(" + 21")
        let line = "mkt> " + typed + " + 21"
        try shell.term.expectScreen("the typing at the end of the redrawn line") { screen in
            screen.endsWith(rows: Self.wrapped(line, columns: 40)) && screen.cursorColumn == line.count % 40
        }
        // Moving the cursor goes where the new layout says: the start of the line, then typing there.
        try shell.term.send(.ctrlA, "100 + ")
        let edited = "mkt> 100 + " + typed + " + 21"
        try shell.term.expectScreen("the edited line wrapped at 40 columns, the cursor after '100 + '") { screen in
            screen.endsWith(rows: Self.wrapped(edited, columns: 40), cursorRowFromEnd: 2) && screen.cursorColumn == 11
        }
        // Wider: two rows of 100 columns, the cursor still after '100 + '.
        shell.term.resize(columns: 100, rows: 24)
        try shell.term.expectScreen("the edited line wrapped at 100 columns") { screen in
            screen.endsWith(rows: Self.wrapped(edited, columns: 100), cursorRowFromEnd: 1) && screen.cursorColumn == 11
        }
        try shell.term.send(.enter)
        try shell.term.expect("\r\n331\r\n")
        try shell.term.expect("mkt> ")
        try shell.quit()
    }

    // MARK: - Support

    /// A start-up file that says it ran, sets `$greeting` and loads the example snapshot.
    static func writeStartUpFile(in home: TemporaryHome) throws {
        let folder = home.path + "/config/mkt"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try """
        "start-up file ran"
        let greeting = "hello from init"
        load "\(Shell.exampleSnapshot)"

        """.write(toFile: folder + "/init.mkt", atomically: true, encoding: .utf8)
    }

    /// `pages` synthetic snapshots (15 instruments each) in a folder of `home`; returns its path.
    static func writeCorpus(in home: TemporaryHome, pages: Int) throws -> String {
        let folder = home.path + "/corpus"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let start = try #require(SnapshotDate(year: 2021, month: 4, day: 9))
        let synth = try SnapshotSynth(CorpusSpec(seed: 7, start: start, count: pages, perDay: 4))
        for index in 0..<pages {
            let page = synth.page(at: index)
            try Data(page.text).write(to: URL(fileURLWithPath: folder + "/" + page.fileName))
        }
        return folder
    }

    /// `count` folders beside `folder`, each holding a hard link to each of its files.
    static func linkedCopies(of folder: String, count: Int) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        return try (1...count).map { k in
            let copy = folder + "-\(k)"
            try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: true)
            for name in names where link(folder + "/" + name, copy + "/" + name) != 0 {
                throw PseudoTerminal.Failure(description: "cannot link \(name) into \(copy): errno \(errno)")
            }
            return copy
        }
    }

    /// Types `command`, waits until mkt says it has started (and for `beforeCtrlC` to show,
    /// when given), presses Ctrl-C once and waits for `interrupted`.
    ///
    /// No retries: once the statement has started, the terminal is in its normal mode and
    /// Ctrl-C is routed to the session, so the one press always lands in the command (which
    /// runs for seconds to minutes).
    static func interrupt(_ term: PseudoTerminal, running command: String, beforeCtrlC: String? = nil) throws {
        term.forgetStartedStatements()
        try term.send(PseudoTerminal.Keystroke(command), .enter)
        try term.waitForStatementStart()
        if let beforeCtrlC { try term.expect(beforeCtrlC) }
        try term.send(.ctrlC)
        try term.expect("interrupted", timeout: .seconds(60))
    }

    static func wrapped(_ text: String, columns: Int) -> [String] {
        var rows: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            rows.append(String(rest.prefix(columns)))
            rest = rest.dropFirst(columns)
        }
        return rows
    }
}

extension TerminalScreen {
    /// Whether the screen's lines up to the cursor's line (and `cursorRowFromEnd` lines after
    /// it) end with `rows`, trailing blanks aside (a blank is not always written).
    func endsWith(rows expected: [String], cursorRowFromEnd: Int = 0) -> Bool {
        let lines = lineTexts
        let last = cursorLine + cursorRowFromEnd
        guard last < lines.count, last + 1 >= expected.count else { return false }
        func trimmed(_ row: String) -> String { String(row.reversed().drop { $0 == " " }.reversed()) }
        return lines[(last + 1 - expected.count)...last].map(trimmed) == expected.map(trimmed)
    }
}
