import Foundation
import MktTestSupport
import Testing

/// Language problems users reported, checked through the built binary: what they see on
/// stderr, the exit status, and that nothing else happened.
@Suite struct LanguageReportsTests {
    @Test func saveInALetIsASyntaxErrorAndWritesNothing() throws {
        let dir = try MktProcess.temporaryDirectory()
        let r = try MktProcess.run(["-e", "let b = instruments | save y.json", MktProcess.seed], directory: dir)
        #expect(r.status == 65)
        #expect(r.stdout == "")
        #expect(
            r.stderr == """
                -e:1:23: error: 'let' only keeps rows, it writes nothing: save them afterwards, as in '$b | save y.json'
                let b = instruments | save y.json
                                      ^~~~~~~~~~~

                """)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("y.json").path))
    }

    @Test func misplacedToStopsTheScriptBeforeAnythingRuns() throws {
        let r = try MktProcess.run(["-e", "instruments | count; instruments | to csv | take 1", MktProcess.seed])
        #expect(r.status == 65)
        #expect(r.stdout == "", "the first statement must not run")
        #expect(
            r.stderr == """
                -e:1:36: error: 'to' must be the last stage (only 'save' may follow it)
                instruments | count; instruments | to csv | take 1
                                                   ^~~~~~

                """)
    }

    @Test func comparingANumberWithTextIsATypeErrorNotAnEmptyResult() throws {
        let r = try MktProcess.run(["-q", "-e", "instruments | where pct == \"0.06\"", MktProcess.seed])
        #expect(r.status == 70)
        #expect(r.stdout == "")
        #expect(
            r.stderr == """
                -e:1:21: error: cannot compare a number with text — "0.06" is text: write 0.06 without quotes
                instruments | where pct == "0.06"
                                    ^~~~~~~~~~~~~

                """)
    }

    @Test func aScriptGivenTooFewArgumentsSaysSo() throws {
        let dir = try MktProcess.temporaryDirectory()
        let script = dir.appendingPathComponent("top.mkt")
        try "load $1\ninstruments | take $2\n".write(to: script, atomically: true, encoding: .utf8)
        let r = try MktProcess.run(["-q", script.path, MktProcess.seed])
        #expect(r.status == 70)
        #expect(
            r.stderr == """
                \(script.path):2:20: error: the script got 1 argument; $2 is the second (run it as 'mkt SCRIPT.mkt ARG...')
                instruments | take $2
                                   ^~

                """)
    }

    @Test func syntaxSlipsGetTheFixSpelledOut() throws {
        let r = try MktProcess.run(["-e", "instruments | where pct = .5", MktProcess.seed])
        #expect(r.status == 65)
        #expect(
            r.stderr == """
                -e:1:25: error: '=' is not a comparison — did you mean '=='?
                instruments | where pct = .5
                                        ^

                """)
        let dot = try MktProcess.run(["-e", "instruments | where pct == .5", MktProcess.seed])
        #expect(dot.stderr.hasPrefix("-e:1:28: error: a number starts with a digit — did you mean '0.5'?\n"))
    }
}

/// `exit [N]` and `quit` in scripts, `-e` and piped input: stop there, with status N.
@Suite struct ExitStatementRunTests {
    @Test func dashEStopsAtExitWithItsStatus() throws {
        let r = try MktProcess.run(
            ["-q", "-e", "instruments | count; exit 3; instruments | take 1", "-e", "1 + 1", MktProcess.seed])
        #expect(r.status == 3)
        #expect(r.stdout == "15\n")
        #expect(r.stderr == "")
    }

    @Test func exitAloneIsStatusZeroAndSkipsTheShell() throws {
        // With -i the shell would open after the -e texts: `exit` leaves before that.
        let r = try MktProcess.run(["-i", "--no-init", "-e", "1; quit; 2"], stdin: "3\n")
        #expect(r.status == 0)
        #expect(r.stdout == "1\n")
    }

    @Test func aScriptStopsAtExitAndASourcedScriptsExitEndsTheWholeRun() throws {
        let dir = try MktProcess.temporaryDirectory()
        let inner = dir.appendingPathComponent("inner.mkt")
        try "\"inner\"\nexit $1\n\"not printed\"\n".write(to: inner, atomically: true, encoding: .utf8)
        let outer = dir.appendingPathComponent("outer.mkt")
        try "\"outer\"\nsource \(inner.path)\n\"after source\"\n".write(to: outer, atomically: true, encoding: .utf8)
        let r = try MktProcess.run([outer.path, "42"])
        #expect(r.status == 42)
        #expect(r.stdout == "outer\ninner\n")
        #expect(r.stderr == "")
    }

    @Test func pipedInputStopsAtExit() throws {
        let r = try MktProcess.run([], stdin: "1\n.exit 5\n2\n")
        #expect(r.status == 5)
        #expect(r.stdout == "1\n")
    }

    @Test func aBadStatusIsAnError() throws {
        let written = try MktProcess.run(["-e", "1; exit 256"])
        #expect(written.status == 65)
        #expect(written.stdout == "")
        #expect(
            written.stderr == """
                -e:1:9: error: an exit status is a whole number from 0 to 255, not 256
                1; exit 256
                        ^~~

                """)
        let dir = try MktProcess.temporaryDirectory()
        let script = dir.appendingPathComponent("s.mkt")
        try "exit $1\n".write(to: script, atomically: true, encoding: .utf8)
        let computed = try MktProcess.run([script.path, "-3"])
        #expect(computed.status == 70)
        #expect(computed.stderr.hasPrefix("\(script.path):1:6: error: an exit status is a whole number from 0 to 255, not -3\n"))
    }
}
