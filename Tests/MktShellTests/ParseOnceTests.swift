import Foundation
import MktCommandLine
import MktLineEditor
import Testing

@testable import MktShell

/// Every input is parsed once: an -e text, a script, piped standard input and a statement
/// typed at the prompt are checked for syntax (or completeness) and run from the same parse.
@Suite struct ParseOnceTests {
    /// A session writing to a file, so a test reads what it printed.
    final class Captured {
        let path: String
        let session: Session
        private let fd: Int32

        init() {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("mkt-parse-once-\(UUID()).txt").path
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            session = Session(out: StandardStream(fd: fd), err: StandardStream(fd: fd))
        }

        /// stdout and stderr, interleaved.
        var output: String {
            session.out.flush()
            session.err.flush()
            return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        }

        deinit {
            close(fd)
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    static var noInput: Launch.Input {
        Launch.Input(isTerminal: false) { () throws(IOFailure) in [] }
    }

    @Test func eachDashETextIsParsedOnce() {
        let c = Captured()
        let request = RunRequest(.execute(texts: ["let x = 20", "$x * 2 + 2"], snapshots: []))
        #expect(Launch.run(request, in: c.session, input: Self.noInput) == 0)
        #expect(c.output == "42\n")
        #expect(c.session.parseCount == 2)
    }

    @Test func aDashETextWithASyntaxErrorIsParsedOnceAndNothingRuns() {
        let c = Captured()
        let request = RunRequest(.execute(texts: ["1", "1 +"], snapshots: []))
        #expect(Launch.run(request, in: c.session, input: Self.noInput) == 65)
        #expect(c.output.hasPrefix("-e#2:1:4: error: expected an expression after '+'"))
        #expect(c.session.parseCount == 2)
    }

    @Test func aScriptIsParsedOnce() throws {
        let c = Captured()
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("mkt-parse-once-\(UUID()).mkt").path
        try "let a = $1\n$a + 1\n".write(toFile: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: script) }
        #expect(Launch.run(RunRequest(.script(path: script, arguments: ["6"])), in: c.session, input: Self.noInput) == 0)
        #expect(c.output == "7\n")
        #expect(c.session.parseCount == 1)
    }

    @Test func pipedInputIsParsedOnce() {
        let c = Captured()
        let input = Launch.Input(isTerminal: false) { () throws(IOFailure) in Array("let p = 5\n$p * $p\n".utf8) }
        #expect(Launch.run(RunRequest(.session(snapshots: [])), in: c.session, input: input) == 0)
        #expect(c.output == "25\n")
        #expect(c.session.parseCount == 1)
    }

    @Test func aStatementTypedAtThePromptIsParsedOnce() {
        let c = Captured()
        // Three reads, three parses: the first line alone is incomplete, the two lines together
        // run from the parse that found them complete, then `$q`.
        let reader = InteractiveLoopTests.ScriptedReader([.line("let q = (1 +"), .line("2)"), .line("$q * 10")])
        #expect(InteractiveLoop(engine: c.session, reader: reader).run() == .endOfInput)
        #expect(c.output == "30\n")
        #expect(c.session.parseCount == 3)
    }

    @Test func anUnfinishedStatementIsReportedFromItsParse() {
        let c = Captured()
        let reader = InteractiveLoopTests.ScriptedReader([.line("(1 +"), .endOfInput])
        _ = InteractiveLoop(engine: c.session, reader: reader).run()
        #expect(c.output.contains("error:"))
        #expect(c.session.parseCount == 1)
    }
}
