import Foundation
import MktTestSupport
import Testing

/// The progress line of a load, through the real binary with standard error a terminal.
/// `MKT_PROGRESS_AFTER_MS=0` makes it show at once, so a small corpus is enough.
@Suite(.serialized)
struct LoadProgressTerminalTests {
    typealias Shell = InteractiveShellTests.Shell
    typealias TemporaryHome = InteractiveShellTests.TemporaryHome

    static let eraseLine = "\r\u{1B}[K"

    static func environment(_ home: TemporaryHome) -> [String: String] {
        var environment = home.environment
        environment["MKT_PROGRESS_AFTER_MS"] = "0"
        return environment
    }

    /// Files given on the command line: the line shows, then is erased right before the summary,
    /// and the screen ends with no trace of it.
    @Test func commandLineLoadShowsTheLineThenErasesIt() throws {
        let home = try TemporaryHome()
        let corpus = try InteractiveModesTests.writeCorpus(in: home, pages: 40)
        let term = try PseudoTerminal(
            executable: Shell.binary, arguments: ["--no-init", "-e", "snapshots | count", corpus],
            environment: Self.environment(home))
        let drawn = try term.expect(" / 40 files")
        #expect(drawn.hasPrefix("\rloading "))
        try term.expect(Self.eraseLine + "loaded 40 snapshots from 40 files")
        try term.expect("\r\n40\r\n")
        #expect(try term.waitForExit() == .exited(0))
        let screen = term.screen
        #expect(!screen.lineTexts.contains { $0.contains("loading") }, "\(screen.lineTexts)")
        #expect(screen.lineTexts.contains { $0.hasPrefix("loaded 40 snapshots from 40 files") })
    }

    /// The `load` statement at the prompt: the same line, erased before the summary.
    @Test func loadStatementShowsTheLineThenErasesIt() throws {
        let home = try TemporaryHome()
        let corpus = try InteractiveModesTests.writeCorpus(in: home, pages: 40)
        let term = try PseudoTerminal(executable: Shell.binary, arguments: ["--no-init"], environment: Self.environment(home))
        try term.expect("mkt> ")
        try term.send(PseudoTerminal.Keystroke("load \"\(corpus)\""), .enter)
        try term.expect("\rloading ")
        try term.expect(" / 40 files")
        try term.expect(Self.eraseLine + "loaded 40 snapshots")
        try term.expect("]> ")
        try term.send(.ctrlD)
        #expect(try term.waitForExit() == .exited(0))
    }

    /// Ctrl-C while the line shows: the load stops, the line is erased before `interrupted`.
    @Test func ctrlCDuringALoadWithTheLineShown() throws {
        let home = try TemporaryHome()
        let corpus = try InteractiveModesTests.writeCorpus(in: home, pages: 500)
        let copies = try InteractiveModesTests.linkedCopies(of: corpus, count: 100)
        let term = try PseudoTerminal(
            executable: Shell.binary, arguments: ["--no-init"], environment: Self.environment(home),
            reportingStatements: true)
        try term.expect("mkt> ")
        term.forgetStartedStatements()
        try term.send(PseudoTerminal.Keystroke("load " + copies.map { "\"\($0)\"" }.joined(separator: ", ")), .enter)
        try term.waitForStatementStart()
        try term.expect(" / 50,000 files", timeout: .seconds(30))
        try term.send(.ctrlC)
        try term.expect(Self.eraseLine, timeout: .seconds(60))
        try term.expect("interrupted")
        try term.expect("mkt> ")
        try term.send(.ctrlD)
        #expect(try term.waitForExit() == .exited(0))
    }
}
