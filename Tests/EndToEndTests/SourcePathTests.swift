import Foundation
import MktTestSupport
import Testing

/// `source lib.mkt` in a script file reads the file beside the script, wherever mkt runs
/// from; at the prompt, in `-e` and piped input, and for `load`, `save` and script arguments,
/// paths are from the current directory.
@Suite struct SourcePathTests {
    /// `root/proj/main.mkt` sources `lib/util.mkt`, which sources `helper.mkt` beside it;
    /// `root/elsewhere` is an empty folder to run from.
    private func project(helper: String = "let h = \"helper\"\n") throws -> URL {
        let fm = FileManager.default
        let root = try MktProcess.temporaryDirectory()
        try fm.createDirectory(at: root.appendingPathComponent("proj/lib"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent("elsewhere"), withIntermediateDirectories: true)
        let files = [
            "proj/main.mkt": "\"main\"\nsource lib/util.mkt\n$u\n",
            "proj/lib/util.mkt": "source \"helper.mkt\"\nlet u = \"util \" + $h\n",
            "proj/lib/helper.mkt": helper,
        ]
        for (path, text) in files {
            try text.write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test func nestedSourcesAreReadBesideEachScriptFromAnotherDirectory() throws {
        let root = try project()
        let elsewhere = root.appendingPathComponent("elsewhere")
        for script in ["../proj/main.mkt", root.appendingPathComponent("proj/main.mkt").path] {
            let r = try MktProcess.run([script], directory: elsewhere)
            #expect(r.status == 0)
            #expect(r.stdout == "main\nutil helper\n")
            #expect(r.stderr == "")
        }
        // Its own folder still works, as before.
        let here = try MktProcess.run(["main.mkt"], directory: root.appendingPathComponent("proj"))
        #expect(here.stdout == "main\nutil helper\n")
        // Run through a symbolic link (a script linked into ~/bin): beside the real script.
        let bin = root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: bin.path + "/report.mkt", withDestinationPath: "../proj/main.mkt")
        let linked = try MktProcess.run(["bin/report.mkt"], directory: root)
        #expect(linked.stdout == "main\nutil helper\n", "\(linked.stderr)")
    }

    @Test func anErrorInANestedSourcedFileNamesThatFile() throws {
        let root = try project(helper: "# the helper\nlet h = foo\n")
        let elsewhere = root.appendingPathComponent("elsewhere")
        let runtime = try MktProcess.run(["../proj/main.mkt"], directory: elsewhere)
        #expect(runtime.status == 70)
        #expect(runtime.stdout == "main\n")
        #expect(
            runtime.stderr == """
                ../proj/lib/helper.mkt:2:9: error: unknown name 'foo' (variables are written '$foo')
                let h = foo
                        ^~~
                ../proj/lib/util.mkt:1:1: note: in the script run here
                source "helper.mkt"
                ^~~~~~~~~~~~~~~~~~~
                ../proj/main.mkt:2:1: note: in the script run here
                source lib/util.mkt
                ^~~~~~~~~~~~~~~~~~~

                """)

        try "let h = 1 +\n".write(to: root.appendingPathComponent("proj/lib/helper.mkt"), atomically: true, encoding: .utf8)
        let syntax = try MktProcess.run(["../proj/main.mkt"], directory: elsewhere)
        #expect(syntax.status == 65)
        #expect(syntax.stderr.hasPrefix("../proj/lib/helper.mkt:1:12: error: "))

        try FileManager.default.removeItem(at: root.appendingPathComponent("proj/lib/helper.mkt"))
        let missing = try MktProcess.run(["../proj/main.mkt"], directory: elsewhere)
        #expect(missing.status == 74)
        #expect(
            missing.stderr == """
                ../proj/lib/util.mkt:1:8: error: cannot read ../proj/lib/helper.mkt: no such file or directory
                source "helper.mkt"
                       ^~~~~~~~~~~~
                ../proj/main.mkt:2:1: note: in the script run here
                source lib/util.mkt
                ^~~~~~~~~~~~~~~~~~~

                """)
    }

    @Test func thePromptDashEAndStdinSourceFromTheCurrentDirectory() throws {
        let root = try project()
        let proj = root.appendingPathComponent("proj")
        let dashE = try MktProcess.run(["-e", "source lib/util.mkt; $u"], directory: proj)
        let piped = try MktProcess.run([], stdin: "source lib/util.mkt\n$u\n", directory: proj)
        for r in [dashE, piped] {
            #expect(r.status == 0)
            #expect(r.stdout == "util helper\n")
        }
        // Not from the folder of a script that ran before.
        let after = try MktProcess.run(["-e", "source main.mkt"], directory: root.appendingPathComponent("elsewhere"))
        #expect(after.status == 74)
        #expect(after.stderr.hasPrefix("-e:1:8: error: cannot read main.mkt: no such file or directory\n"))
    }

    @Test func loadSaveAndScriptArgumentsStayFromTheCurrentDirectory() throws {
        let root = try project()
        let fm = FileManager.default
        let elsewhere = root.appendingPathComponent("elsewhere")
        try fm.copyItem(atPath: MktProcess.seed, toPath: elsewhere.appendingPathComponent("day.txt").path)
        try "let mine = \"mine\"\n".write(to: elsewhere.appendingPathComponent("mine.mkt"), atomically: true, encoding: .utf8)
        try "load day.txt\ninstruments | take 1 | select name | save out.csv\nsource $1\n$mine\n"
            .write(to: root.appendingPathComponent("proj/lib/data.mkt"), atomically: true, encoding: .utf8)
        try "source lib/data.mkt\n".write(to: root.appendingPathComponent("proj/run.mkt"), atomically: true, encoding: .utf8)

        let r = try MktProcess.run(["-q", "../proj/run.mkt", "mine.mkt"], directory: elsewhere)
        #expect(r.status == 0)
        #expect(r.stdout == "mine\n")
        #expect(r.stderr == "")
        #expect(try String(contentsOf: elsewhere.appendingPathComponent("out.csv"), encoding: .utf8) == "name\nCAC 40\n")
        #expect(!fm.fileExists(atPath: root.appendingPathComponent("proj/lib/out.csv").path))
    }
}
