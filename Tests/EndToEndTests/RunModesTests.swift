import Foundation
import MktTestSupport
import Testing

/// -e, scripts with arguments, piped stdin: the same language, the same results.
@Suite struct RunModesTests {
    @Test func dashEloadsSnapshotsFirstAndRunsEachTextInOrder() throws {
        let r = try MktProcess.run(["-e", "instruments | count", "-e", "instruments | take 2 | avg pct", MktProcess.seed])
        #expect(r.status == 0)
        #expect(r.stdout == "15\n0.045\n")
        #expect(r.stderr == "loaded 1 snapshot from 1 file: 15 instruments, 0 warnings (current: 2021-04-09_3921acb7a18bc451)\n")
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
        #expect(
            r.stderr == """
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

/// Fixes found by trying mkt as a new user.
@Suite struct UserReportedTests {
    @Test func exactArithmeticNeverRoundsSilently() throws {
        let r = try MktProcess.run(["-e", "999999999 * 9999999999999 - 9999999989 * 1000000000000"])
        #expect(r.status == 70)
        #expect(r.stderr.hasPrefix("-e:1:1: error: the exact result has more than 18 digits"))
        #expect(try MktProcess.run(["-e", "0.0000001 * 0.0000001 * 0.0000001"]).stdout == "0\n")
    }

    @Test func scriptArgumentsWorkAsPaths() throws {
        let dir = try MktProcess.temporaryDirectory()
        let script = dir.appendingPathComponent("count.mkt")
        let out = dir.appendingPathComponent("out.csv").path
        try "load $1\ninstruments | count\ninstruments | take 1 | select name | save $2\n".write(
            to: script, atomically: true, encoding: .utf8)
        let r = try MktProcess.run([script.path, MktProcess.seed, out])
        #expect(r.status == 0)
        #expect(r.stdout == "15\n")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "name\nCAC 40\n")
    }

    @Test func toDecidesTheSavedFormatAndUnknownExtensionsAreErrors() throws {
        let dir = try MktProcess.temporaryDirectory()
        let txt = dir.appendingPathComponent("data.txt").path
        let r = try MktProcess.run(["-e", "instruments | take 1 | select name, pct | to csv | save \"\(txt)\"", MktProcess.seed])
        #expect(r.status == 0)
        #expect(try String(contentsOfFile: txt, encoding: .utf8) == "name,pct\nCAC 40,0.06\n")
        let tsv = try MktProcess.run(["-e", "instruments | save \"\(dir.path)/x.tsv\"", MktProcess.seed])
        #expect(tsv.status == 70)
        #expect(tsv.stderr.contains("error: cannot tell a format from 'x.tsv': use .csv, .json, .md or .txt, or 'to FORMAT' before 'save'"))
    }

    @Test func theTourRunsFromTheReadme() throws {
        let r = try MktProcess.run(["examples/tour.mkt"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("loaded 2 snapshots from 2 files: 30 instruments, 0 warnings"))
        #expect(!r.stderr.contains("error"))
        #expect(r.stdout.contains("name,value,pct\nDow Jones,33800.60,0.89\n"))
    }

    @Test func aSavedFileHoldsWhatToPrints() throws {
        // Table and markdown show the visible columns, csv and json every column, whether
        // printed or saved.
        let dir = try MktProcess.temporaryDirectory()
        for ext in ["md", "txt", "csv", "json"] {
            let format = ["md": "markdown", "txt": "table"][ext] ?? ext
            let path = dir.appendingPathComponent("top.\(ext)").path
            let r = try MktProcess.run([
                "-e", "instruments | take 2 | to \(format)", "-e", "instruments | take 2 | save \"\(path)\"", MktProcess.seed,
            ])
            #expect(r.status == 0)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == r.stdout, "\(ext)")
            #expect(r.stdout.contains("prev") == (ext == "csv" || ext == "json"), "\(ext)")
        }
    }

    @Test func loadingAFileAgainReplacesIt() throws {
        let r = try MktProcess.run(["-e", "load \(MktProcess.seed)", "-e", "instruments all | count", MktProcess.seed])
        #expect(r.stdout == "15\n")
        #expect(
            r.stderr.hasSuffix(
                "loaded 1 snapshot from 1 file: 15 instruments, 0 warnings; 1 reloaded (current: 2021-04-09_3921acb7a18bc451)\n"))
    }

    @Test func loadingNothingIsAnError() throws {
        // A daily script pointed at an empty folder, or a pattern that finds only folders,
        // fails at the load, not later with "no snapshot is loaded".
        let dir = try MktProcess.temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("empty/sub"), withIntermediateDirectories: true)
        let empty = try MktProcess.run(["-e", "load empty", "-e", "\"not reached\""], directory: dir)
        #expect(empty.status == 74)
        #expect(empty.stdout == "")
        #expect(empty.stderr.hasPrefix("-e#1:1:1: error: cannot read empty: the folder has no .txt files\n"))
        let folders = try MktProcess.run(["-e", "load \"empty/s*\""], directory: dir)
        #expect(folders.status == 74)
        #expect(folders.stderr.hasPrefix("-e:1:1: error: cannot read empty/s*: no file matches this pattern\n"))
    }

    @Test func clusteredFlagsAndFilesAfterDashDash() throws {
        // `-qe TEXT` and `-qie TEXT` as getopt reads them; after `--`, a file may start with '-'.
        #expect(try MktProcess.run(["-qe", "instruments | count", MktProcess.seed]).stdout == "15\n")
        let dir = try MktProcess.temporaryDirectory()
        try FileManager.default.copyItem(atPath: MktProcess.seed, toPath: dir.appendingPathComponent("-w.txt").path)
        let r = try MktProcess.run(["-q", "-e", "instruments | count", "--", "-w.txt"], directory: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "15\n")
        let unknown = try MktProcess.run(["-qx", "-e", "1"])
        #expect(unknown.status == 64)
    }

    @Test func aSyntaxErrorInAnyDashERunsNothing() throws {
        let r = try MktProcess.run(["-e", "1", "-e", "1 +"])
        #expect(r.status == 65)
        #expect(r.stdout == "")
        // With several -e texts, the error names which one.
        #expect(r.stderr == "-e#2:1:4: error: expected an expression after '+'\n1 +\n   ^\n")
    }

    @Test func nullIsSpelledOutAndSearchMissesGoToStderr() throws {
        #expect(try MktProcess.run(["-e", "null"]).stdout == "null\n")
        let r = try MktProcess.run(["-e", "search \"zzzz\"", MktProcess.seed])
        #expect(r.stdout == "")
        #expect(r.stderr.hasSuffix("no matches for \"zzzz\" in 2021-04-09_3921acb7a18bc451\n"))
        let blank = try MktProcess.run(["-q", "-e", "search \" \"", MktProcess.seed])
        #expect(blank.status == 70)
        #expect(blank.stderr == "-e:1:1: error: search needs some text to look for\nsearch \" \"\n^~~~~~~~~~\n")
    }

    @Test func statusWithNothingLoadedIsNotAnError() throws {
        let r = try MktProcess.run(["-e", "status"])
        #expect(r.status == 0)
        #expect(r.stdout == "no snapshot is loaded; try 'load examples/snapshots'\n0 snapshots loaded, output format table\n")
    }

    @Test func optionsAfterSnapshotFiles() throws {
        let r = try MktProcess.run([MktProcess.seed, "-e", "instruments | count"])
        #expect(r.status == 0)
        #expect(r.stdout == "15\n")
    }
}

@Suite struct SourceTests {
    @Test func missingScriptIsAnIOErrorAtThePath() throws {
        let r = try MktProcess.run(["-e", "source nope.mkt"])
        #expect(r.status == 74)
        #expect(r.stderr == "-e:1:8: error: cannot read nope.mkt: no such file or directory\nsource nope.mkt\n       ^~~~~~~~\n")
    }

    @Test func aSourcedScriptsErrorsKeepTheirPlaceAndStatus() throws {
        let dir = try MktProcess.temporaryDirectory()
        let bad = dir.appendingPathComponent("bad.mkt")
        try "instruments | count\nfoo\n".write(to: bad, atomically: true, encoding: .utf8)
        let r = try MktProcess.run(["-e", "source \"\(bad.path)\""])
        #expect(r.status == 65)
        let source = "source \"\(bad.path)\""
        #expect(
            r.stderr == """
                \(bad.path):2:1: error: unknown command 'foo'
                foo
                ^~~
                -e:1:1: note: in the script run here
                \(source)
                ^\(String(repeating: "~", count: source.count - 1))

                """)
    }

    @Test func aScriptThatSourcesItselfStops() throws {
        let dir = try MktProcess.temporaryDirectory()
        let loop = dir.appendingPathComponent("loop.mkt")
        try "source \"\(loop.path)\"\n".write(to: loop, atomically: true, encoding: .utf8)
        let r = try MktProcess.run([loop.path])
        #expect(r.status == 70)
        #expect(r.stderr.contains("error: scripts nested more than 32 deep (does one source itself?)"))
    }

    @Test func sourcedScriptsShareTheSession() throws {
        let dir = try MktProcess.temporaryDirectory()
        let lib = dir.appendingPathComponent("lib.mkt")
        try "let falls = instruments | where pct < 0\n".write(to: lib, atomically: true, encoding: .utf8)
        let r = try MktProcess.run(["-e", "source \"\(lib.path)\"; $falls | count", MktProcess.seed])
        #expect(r.status == 0)
        #expect(r.stdout == "7\n")
    }
}

@Suite struct QuietTests {
    @Test func quietDropsNotesButNotErrors() throws {
        let ok = try MktProcess.run(["-q", "-e", "instruments | count", MktProcess.seed])
        #expect(ok.stdout == "15\n")
        #expect(ok.stderr == "")
        let failed = try MktProcess.run(["-q", "-e", "load nope1, nope2"])
        #expect(failed.status == 74)
        #expect(
            failed.stderr.hasPrefix(
                "-e:1:1: error: 2 files could not be read: cannot read nope1: no such file or directory; cannot read nope2: no such file or directory\n"
            ))
    }
}
