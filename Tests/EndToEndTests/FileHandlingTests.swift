import Foundation
import MktTestSupport
import Testing

/// `save` replaces the file a user means, as that file was: through symlinks, with its mode.
@Suite struct SaveFileTests {
    private func mode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    private func leftovers(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".mkt-tmp") }
    }

    @Test func saveKeepsAFilesModeAndWritesThroughSymlinks() throws {
        let fm = FileManager.default
        let dir = try MktProcess.temporaryDirectory()
        let real = dir.appendingPathComponent("real")
        try fm.createDirectory(at: real, withIntermediateDirectories: false)
        let priv = dir.appendingPathComponent("priv.csv").path
        try "x\n".write(toFile: priv, atomically: false, encoding: .utf8)
        try fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: priv)
        let link = dir.appendingPathComponent("link.csv").path
        try fm.createSymbolicLink(atPath: link, withDestinationPath: "real/t.csv")  // dangling

        let r = try MktProcess.run(
            [
                "-e", "instruments | take 1 | select name | save priv.csv", "-e", "instruments | take 1 | select name | save link.csv",
                MktProcess.seed,
            ],
            directory: dir, launcher: MktProcess.withUmask("027"))
        #expect(r.status == 0)
        #expect(try String(contentsOfFile: priv, encoding: .utf8) == "name\nCAC 40\n")
        #expect(try mode(priv) == 0o600)
        #expect(try fm.destinationOfSymbolicLink(atPath: link) == "real/t.csv")
        let target = real.appendingPathComponent("t.csv").path
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "name\nCAC 40\n")
        #expect(try mode(target) == 0o640)  // a new file: 0666 less the umask

        // Again, through the link to a file that now exists and has its own mode.
        try fm.setAttributes([.posixPermissions: 0o604], ofItemAtPath: target)
        let again = try MktProcess.run(["-e", "instruments | take 2 | select name | save link.csv", MktProcess.seed], directory: dir)
        #expect(again.status == 0)
        #expect(try fm.destinationOfSymbolicLink(atPath: link) == "real/t.csv")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "name\nCAC 40\nEuro Stoxx 50\n")
        #expect(try mode(target) == 0o604)
        #expect(try leftovers(dir).isEmpty && leftovers(real).isEmpty)
    }

    @Test func saveToStandardOutputRedirectedToAFileWritesInOrder() throws {
        // `> out.txt`: the file behind standard output is written through it, not replaced.
        let dir = try MktProcess.temporaryDirectory()
        let out = dir.appendingPathComponent("out.txt").path
        let r = try MktProcess.run(
            [
                "-q", "-e", "\"before\"", "-e", "instruments | take 2 | select name | to csv | save /dev/stdout", "-e", "\"after\"",
                MktProcess.seed,
            ],
            environment: ["OUT": out], launcher: ["/bin/sh", "-c", "exec \"$0\" \"$@\" > \"$OUT\""])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "before\nname\nCAC 40\nEuro Stoxx 50\nafter\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.txt"])
    }

    /// Runs as a user the file modes apply to: nobody (through setpriv) when the tests run as
    /// root, with a copy of mkt and of the snapshot that nobody can reach wherever the checkout is.
    @Test(
        .enabled(
            if: (try? MktProcess.unprivileged.get()) != nil,
            "the tests run as root (who ignores file modes) and setpriv is missing"))
    func saveRefusesWhatTheUserCannotWrite() throws {
        let fm = FileManager.default
        let dir = try MktProcess.temporaryDirectory()
        try fm.setAttributes([.posixPermissions: 0o777], ofItemAtPath: dir.path)
        let readOnly = dir.appendingPathComponent("ro.csv").path
        try "keep\n".write(toFile: readOnly, atomically: false, encoding: .utf8)
        try fm.setAttributes([.posixPermissions: 0o444], ofItemAtPath: readOnly)
        let closed = dir.appendingPathComponent("closed")
        try fm.createDirectory(at: closed, withIntermediateDirectories: false)
        try fm.setAttributes([.posixPermissions: 0o555], ofItemAtPath: closed.path)
        let seed = dir.appendingPathComponent("seed.txt")
        try fm.copyItem(at: URL(fileURLWithPath: MktProcess.seed), to: seed)
        try fm.setAttributes([.posixPermissions: 0o444], ofItemAtPath: seed.path)
        let user = try MktProcess.unprivileged.get()
        func run(_ text: String) throws -> MktProcess.Result {
            try MktProcess.run(["-e", text, "seed.txt"], directory: dir, launcher: user.launcher, executable: user.executable)
        }

        let file = try run("instruments | save ro.csv")
        #expect(file.status == 74)
        #expect(file.stderr.contains("-e:1:20: error: cannot write ro.csv: permission denied\n"))
        #expect(try String(contentsOfFile: readOnly, encoding: .utf8) == "keep\n")
        #expect(try mode(readOnly) == 0o444)

        let folder = try run("instruments | save closed/new.csv")
        #expect(folder.status == 74)
        #expect(folder.stderr.contains("-e:1:20: error: cannot write closed/new.csv: permission denied\n"))
        #expect(try fm.contentsOfDirectory(atPath: closed.path).isEmpty)
        #expect(try leftovers(dir).isEmpty)
        #expect(try fm.contentsOfDirectory(atPath: dir.path).sorted() == ["closed", "ro.csv", "seed.txt"])
    }
}

/// Piped standard input is a script like `-e`: snapshots that cannot be read run nothing.
@Suite struct PipedScriptTests {
    @Test func aSnapshotThatCannotBeReadRunsNothing() throws {
        let piped = try MktProcess.run(["/nonexistent/a.txt"], stdin: "1 + 1\n")
        let dashE = try MktProcess.run(["-e", "1 + 1", "/nonexistent/a.txt"])
        for r in [piped, dashE] {
            #expect(r.status == 74)
            #expect(r.stdout == "")
            #expect(r.stderr == "mkt: cannot read /nonexistent/a.txt: no such file or directory\n")
        }
    }

    @Test func aSyntaxErrorComesFirstAsWithDashE() throws {
        let piped = try MktProcess.run(["/nonexistent/a.txt"], stdin: "1 +\n")
        #expect(piped.status == 65)
        #expect(piped.stderr.hasPrefix("stdin:1:4: error: "))
        #expect(!piped.stderr.contains("/nonexistent/a.txt"))
    }

    @Test func snapshotsLoadBeforeThePipedScriptRuns() throws {
        let r = try MktProcess.run(["-q", MktProcess.seed], stdin: "instruments | count\n")
        #expect(r.status == 0)
        #expect(r.stdout == "15\n")
        #expect(r.stderr == "")
    }
}

/// Scripts saved with a UTF-8 byte order mark (Windows editors) run as without one.
@Suite struct ByteOrderMarkTests {
    static let bom = "\u{FEFF}"

    @Test func aScriptFileStdinAndASourcedFileMayStartWithABOM() throws {
        let dir = try MktProcess.temporaryDirectory()
        let script = dir.appendingPathComponent("bom.mkt")
        try (Self.bom + "let x = 41\n$x + 1\n").write(to: script, atomically: true, encoding: .utf8)
        let file = try MktProcess.run([script.path])
        #expect(file.status == 0)
        #expect(file.stdout == "42\n")
        #expect(file.stderr == "")

        let piped = try MktProcess.run([], stdin: Self.bom + "1 + 1\n")
        #expect(piped.status == 0)
        #expect(piped.stdout == "2\n")

        let sourced = try MktProcess.run(["-e", "source \"\(script.path)\"; $x"])
        #expect(sourced.status == 0)
        #expect(sourced.stdout == "42\n41\n")
    }

    @Test func theStartUpFileMayStartWithABOM() throws {
        let config = try MktProcess.temporaryDirectory()
        try FileManager.default.createDirectory(at: config.appendingPathComponent("mkt"), withIntermediateDirectories: true)
        try (Self.bom + "let x = 41\n").write(to: config.appendingPathComponent("mkt/init.mkt"), atomically: true, encoding: .utf8)
        let r = try MktProcess.run(["-i", "--no-edit"], stdin: "$x + 1\n", environment: ["XDG_CONFIG_HOME": config.path])
        #expect(r.status == 0)
        #expect(r.stdout.contains("42\n"))
        #expect(r.stderr == "")
    }

    @Test func errorsKeepTheirColumnAfterABOM() throws {
        let r = try MktProcess.run([], stdin: Self.bom + "1 + foo\n")
        #expect(r.status == 70)
        #expect(r.stderr == "stdin:1:5: error: unknown name 'foo' (variables are written '$foo')\n1 + foo\n    ^~~\n")
    }
}

/// `mkt parse -`: one snapshot from standard input, named `stdin`.
@Suite struct ParseStandardInputTests {
    @Test func dashReadsOneSnapshotFromStandardInputWithTheIdStdin() throws {
        let page = try String(contentsOfFile: MktProcess.seed, encoding: .utf8)
        let fromFile = try MktProcess.run(["parse", MktProcess.seed])
        let r = try MktProcess.run(["parse", "-"], stdin: page)
        #expect(r.status == 0)
        #expect(r.stderr == "")
        let expected = fromFile.stdout.replacingOccurrences(
            of: #"{"id":"2021-04-09_3921acb7a18bc451","date":"2021-04-09","#, with: #"{"id":"stdin","date":null,"#)
        #expect(expected != fromFile.stdout)
        #expect(r.stdout == expected)
    }

    @Test func warningsNameStdinAndFilesKeepTheirOrder() throws {
        let damaged = try String(contentsOfFile: MktProcess.example("2021-04-07_damaged_sample_fr.txt"), encoding: .utf8)
        let r = try MktProcess.run(["parse", MktProcess.seed, "-", "/nonexistent/a.txt"], stdin: damaged)
        #expect(r.status == 74)
        let ids = r.stdout.split(separator: "\n").map { $0.prefix(while: { $0 != "," }) }
        #expect(ids == [#"{"id":"2021-04-09_3921acb7a18bc451""#, #"{"id":"stdin""#])
        #expect(r.stderr.hasPrefix("stdin:7: warning: 'Euro Stoxx 50' has no value line; skipped\n"))
        #expect(r.stderr.hasSuffix("mkt: cannot read /nonexistent/a.txt: no such file or directory\n"))
    }

    @Test func dashTwiceIsAUsageErrorAndHelpSaysWhatDashDoes() throws {
        let twice = try MktProcess.run(["parse", "-", "-"], stdin: "")
        #expect(twice.status == 64)
        #expect(twice.stderr.hasPrefix("Error: '-' (standard input) can be given only once\n"))
        let help = try MktProcess.run(["parse", "--help"])
        let words = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("'-' reads one snapshot from standard input, whose id is 'stdin'"))
    }
}

/// An empty `-e` does nothing, as an empty command does in sqlite3 or duckdb.
@Suite struct EmptyDashETests {
    @Test func emptyBlankOrCommentOnlyTextRunsNothingAndSucceeds() throws {
        for arguments in [["-e", ""], ["-e", "  \n"], ["-e", "# nothing yet"], ["--execute", ""], ["--execute="]] {
            let r = try MktProcess.run(arguments)
            #expect(r.status == 0, "\(arguments)")
            #expect(r.stdout == "" && r.stderr == "", "\(arguments)")
        }
        let withOthers = try MktProcess.run(["-q", "-e", "", "-e", "instruments | count", MktProcess.seed])
        #expect(withOthers.status == 0)
        #expect(withOthers.stdout == "15\n")
    }

    @Test func aMissingTextIsStillAUsageError() throws {
        let r = try MktProcess.run(["-e"])
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("Error: Missing value for '-e <TEXT>'"))
    }
}
