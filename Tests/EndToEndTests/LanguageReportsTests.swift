import Foundation
import Testing

/// Language problems users reported, checked through the built binary: what they see on
/// stderr, the exit status, and that nothing else happened.
@Suite struct LanguageReportsTests {
    @Test func saveInALetIsASyntaxErrorAndWritesNothing() throws {
        let dir = try MktProcess.temporaryDirectory()
        let r = try MktProcess.run(["-e", "let b = instruments | save y.json", MktProcess.seed], directory: dir)
        #expect(r.status == 65)
        #expect(r.stdout == "")
        #expect(r.stderr == """
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
        #expect(r.stderr == """
            -e:1:36: error: 'to' must be the last stage (only 'save' may follow it)
            instruments | count; instruments | to csv | take 1
                                               ^~~~~~

            """)
    }

    @Test func comparingANumberWithTextIsATypeErrorNotAnEmptyResult() throws {
        let r = try MktProcess.run(["-q", "-e", "instruments | where pct == \"0.06\"", MktProcess.seed])
        #expect(r.status == 70)
        #expect(r.stdout == "")
        #expect(r.stderr == """
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
        #expect(r.stderr == """
            \(script.path):2:20: error: the script got 1 argument; $2 is the second (run it as 'mkt SCRIPT.mkt ARG...')
            instruments | take $2
                               ^~

            """)
    }

    @Test func syntaxSlipsGetTheFixSpelledOut() throws {
        let r = try MktProcess.run(["-e", "instruments | where pct = .5", MktProcess.seed])
        #expect(r.status == 65)
        #expect(r.stderr == """
            -e:1:25: error: '=' is not a comparison — did you mean '=='?
            instruments | where pct = .5
                                    ^

            """)
        let dot = try MktProcess.run(["-e", "instruments | where pct == .5", MktProcess.seed])
        #expect(dot.stderr.hasPrefix("-e:1:28: error: a number starts with a digit — did you mean '0.5'?\n"))
    }
}
