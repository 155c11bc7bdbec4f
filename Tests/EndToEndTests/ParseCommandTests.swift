import Foundation
import MktTestSupport
import Testing

@Suite struct ParseCommandTests {
    @Test func seedAsOneJSONLine() throws {
        let r = try MktProcess.run(["parse", MktProcess.seed])
        #expect(r.status == 0)
        #expect(r.stderr == "")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let line = String(lines[0])
        #expect(
            line.hasPrefix(
                #"{"id":"2021-04-09_3921acb7a18bc451","date":"2021-04-09","language":"fr","status":"closed","instruments":[{"position":1,"name":"CAC 40","value":6169.41,"change":3.69,"pct":0.06,"prev":6165.72,"kind":"index","region":"europe","consistent":true}"#
            ))
        #expect(
            line.contains(
                #"{"position":4,"name":"EUR/USD","value":1.1905,"change":-0.0016,"pct":-0.13,"prev":1.1921,"kind":"fx","region":"global","consistent":true}"#
            ))
        #expect(line.contains(#""quotes":[{"text":"Que vous soyez"#))
        #expect(line.contains(#"{"text":"Si Tesla","truncated":true}],"truncated":true},"headlines":["Covid-19"#))
        #expect(line.hasSuffix(#""warnings":[]}"#))
        // Valid JSON with exactly the model's field names.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["id", "date", "language", "status", "instruments", "article", "headlines", "warnings"])
    }

    @Test func manyFilesKeepTheirOrderAndFlagsMayComeAnywhere() throws {
        // A shell glob gives thousands of arguments; they are files, in order, flags or not.
        let dir = try MktProcess.temporaryDirectory()
        let seed = try Data(contentsOf: URL(fileURLWithPath: MktProcess.seed))
        var paths: [String] = []
        for k in 0..<300 {
            let path = dir.appendingPathComponent(String(format: "2021-04-09_%04d.txt", 300 - k)).path
            try seed.write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let r = try MktProcess.run(["parse"] + paths)
        #expect(r.status == 0)
        let ids = r.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
        }
        #expect(ids == paths.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent })
        let usage = try MktProcess.run(["parse"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("Missing expected argument"))
        #expect(usage.stderr.contains("mkt parse FILE..."))
        let afterDashes = try MktProcess.run(["parse", "--", paths[0]])
        #expect(afterDashes.status == 0 && afterDashes.stdout.split(separator: "\n").count == 1)
    }

    @Test func missingFileExits74AndPrintsTheOthers() throws {
        let r = try MktProcess.run(["parse", "/nonexistent/a.txt", MktProcess.seed])
        #expect(r.status == 74)
        #expect(r.stderr == "mkt: cannot read /nonexistent/a.txt: no such file or directory\n")
        #expect(r.stdout.split(separator: "\n").count == 1)
    }

    @Test func warningsGoToStderrWithLineNumbers() throws {
        let dir = try MktProcess.temporaryDirectory()
        let path = dir.appendingPathComponent("bad.txt").path
        try "La bourse est ouverte\n  • DAX\n\n    n/a\n    +1,00 (+0,50 %)\n    \u{A0}\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        let r = try MktProcess.run(["parse", path])
        #expect(r.status == 0)
        #expect(r.stderr == "\(path):4: warning: cannot read the value of 'DAX' from 'n/a'; skipped\n")
        #expect(r.stdout.contains(#""instruments":[],"#))
        #expect(r.stdout.contains(#""warnings":[{"line":4,"message":"cannot read the value of 'DAX' from 'n/a'; skipped"}]"#))
    }
}
