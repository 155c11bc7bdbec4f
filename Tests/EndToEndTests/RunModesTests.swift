import Foundation
import Testing

/// -e, scripts with arguments, piped stdin: the same language, the same results.
@Suite struct RunModesTests {
    @Test func dashEloadsSnapshotsFirstAndRunsEachTextInOrder() throws {
        let r = try MktProcess.run(["-e", "instruments | count", "-e", "instruments | take 2 | avg pct", MktProcess.seed])
        #expect(r.status == 0)
        #expect(r.stdout == "15\n0.045\n")
        #expect(r.stderr == "loaded 1 snapshot: 15 instruments, 0 warnings (current: 2021-04-09_3921acb7a18bc451)\n")
    }

    @Test func pipedStdinRunsAsAScriptLikeDashE() throws {
        let script = "load \(MktProcess.seed)\ninstruments | where pct > 0.5 | count\n"
        let piped = try MktProcess.run([], stdin: script)
        let dashE = try MktProcess.run(["-e", script])
        #expect(piped.status == 0)
        #expect(piped.stdout == "4\n")
        #expect(piped.stdout == dashE.stdout)
    }

    @Test func stdinErrorsNameStdin() throws {
        let r = try MktProcess.run([], stdin: "1 +\n")
        #expect(r.status == 65)
        #expect(r.stderr.hasPrefix("stdin:1:"))
    }

    @Test func scriptArgumentsAreVariables() throws {
        let dir = try MktProcess.temporaryDirectory()
        let script = dir.appendingPathComponent("args.mkt")
        try "#!/usr/bin/env mkt\n$args\n$1\n$2\n$3 + 1\n".write(to: script, atomically: true, encoding: .utf8)
        let r = try MktProcess.run([script.path, "hello", "-x", "2.5"])
        #expect(r.status == 0)
        #expect(r.stdout == "hello -x 2.5\nhello\n-x\n3.5\n")
    }

    @Test func exitCodes() throws {
        #expect(try MktProcess.run(["--bogus"]).status == 64)
        #expect(try MktProcess.run(["-e", "1 +"]).status == 65)
        #expect(try MktProcess.run(["-e", "instruments"]).status == 70)
        #expect(try MktProcess.run(["-e", "load /nonexistent/x.txt"]).status == 74)
        #expect(try MktProcess.run(["/nonexistent/script.mkt"]).status == 74)
    }

    @Test func noSnapshotErrorSaysWhatToDo() throws {
        let r = try MktProcess.run(["-e", "instruments | count"])
        #expect(r.stderr == """
            -e:1:1: error: no snapshot is loaded; try 'load examples/snapshots'
            instruments | count
            ^~~~~~~~~~~

            """)
    }

    @Test func saveWritesAtomicallyInTheExtensionsFormat() throws {
        let dir = try MktProcess.temporaryDirectory()
        let out = dir.appendingPathComponent("falls.csv").path
        let r = try MktProcess.run(["-e", "instruments | where pct < -1 | select name, pct | save \"\(out)\"", MktProcess.seed])
        #expect(r.status == 0)
        #expect(r.stdout == "")
        #expect(r.stderr.hasSuffix("saved 2 rows to \(out)\n"))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "name,pct\nBTC-EUR,-2.17\nHANG SENG,-1.07\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".mkt-tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func snapshotToJSONIsTheParseObject() throws {
        let viaLanguage = try MktProcess.run(["-e", "snapshot | to json", MktProcess.seed])
        let viaParse = try MktProcess.run(["parse", MktProcess.seed])
        #expect(viaLanguage.stdout == viaParse.stdout)
    }

    @Test func noColourWhenPiped() throws {
        let r = try MktProcess.run(["-e", "instruments | take 1", MktProcess.seed])
        #expect(!r.stdout.contains("\u{1B}["))
        let forced = try MktProcess.run(["--color", "always", "-e", "instruments | take 1", MktProcess.seed])
        #expect(forced.stdout.contains("\u{1B}[32m+3.69\u{1B}[0m"))
    }
}
