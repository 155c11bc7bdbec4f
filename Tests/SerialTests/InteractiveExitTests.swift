import Foundation
import Testing

/// `exit [N]` and `quit` typed at the prompt: the session ends cleanly (terminal restored,
/// history kept) with status N.
extension InteractiveShellTests {
    @Test func exitWithAStatusLeavesWithIt() throws {
        let home = try TemporaryHome()
        let shell = try Shell(home: home)
        try shell.term.expect("mkt> ")
        try shell.term.send("1 + 2", .enter)
        try shell.term.expect("\r\n3\r\n")
        try shell.term.expect("mkt> ")
        try shell.term.send("exit 3", .enter)
        #expect(try shell.term.waitForExit() == .exited(3))
        #expect(shell.term.modeIsRestored, "terminal mode not restored")
        let saved = try String(contentsOfFile: home.historyPath, encoding: .utf8)
        #expect(saved.contains("1 + 2\n"))
        #expect(saved.contains("exit 3\n"))
    }

    @Test func quitAfterOtherStatementsOnTheLineRunsThemFirst() throws {
        let shell = try Shell()
        try shell.term.expect("mkt> ")
        try shell.term.send("load \"\(Shell.exampleSnapshot)\"; instruments | count; quit", .enter)
        try shell.term.expect("\r\n15\r\n")
        #expect(try shell.term.waitForExit() == .exited(0))
        #expect(shell.term.modeIsRestored, "terminal mode not restored")
    }

    @Test func aBadExitStatusIsReportedAndTheSessionGoesOn() throws {
        let shell = try Shell()
        try shell.term.expect("mkt> ")
        try shell.term.send("exit 256", .enter)
        try shell.term.expect("an exit status is a whole number from 0 to 255, not 256")
        try shell.term.expect("mkt> ")
        try shell.term.send(".exit 4", .enter)
        #expect(try shell.term.waitForExit() == .exited(4))
        #expect(shell.term.modeIsRestored, "terminal mode not restored")
    }

    @Test func exitInTheInitFileLeavesBeforeThePrompt() throws {
        let home = try TemporaryHome()
        try FileManager.default.createDirectory(atPath: home.path + "/config/mkt", withIntermediateDirectories: true)
        try "exit 9\n".write(toFile: home.path + "/config/mkt/init.mkt", atomically: true, encoding: .utf8)
        let shell = try Shell(home: home, arguments: [])
        #expect(try shell.term.waitForExit() == .exited(9))
        #expect(!shell.term.transcript.contains("mkt> "))
    }
}
