import Foundation
import Testing

@testable import MktShell

/// `save` renders into the file as rows are made, and replaces the target only once whole.
@Suite struct SaveTests {
    static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../examples/snapshots/2021-04-09_3921acb7a18bc451.txt").standardized.path

    /// A private folder with a session whose output goes to a file in it.
    final class Folder {
        let path: String
        let session: Session
        private let fd: Int32

        init() throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("mkt-save-\(UUID())").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            fd = open(path + "/.output", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            session = Session(out: StandardStream(fd: fd), err: StandardStream(fd: fd))
            session.quiet = true
        }

        var output: String {
            session.out.flush()
            session.err.flush()
            return (try? String(contentsOfFile: path + "/.output", encoding: .utf8)) ?? ""
        }

        func contents(_ name: String) -> String? { try? String(contentsOfFile: path + "/" + name, encoding: .utf8) }

        /// The files in the folder but the session's own output.
        var files: [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0 != ".output" }.sorted()
        }

        deinit {
            close(fd)
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    @Test func aSavedFileHoldsWhatToCsvPrints() throws {
        let f = try Folder()
        #expect(f.session.run("load \"\(Self.seed)\"", origin: "-e") == .ok)
        #expect(f.session.run("instruments | where pct < 0 | save \"\(f.path)/falls.csv\"", origin: "-e") == .ok)
        #expect(f.session.run("instruments | where pct < 0 | to csv", origin: "-e") == .ok)
        let saved = try #require(f.contents("falls.csv"))
        #expect(saved.hasPrefix("position,name,value,change,pct"))
        #expect(saved.split(separator: "\n").count == 8)  // the header and the seed's 7 falls
        #expect(f.output == saved)
        #expect(f.files == ["falls.csv"])
    }

    @Test func aSaveGivenUpHalfWayLeavesTheFileAsItWasAndNoPartialFile() throws {
        // What Ctrl-C does to `save`: the renderer stops after writing some rows.
        let f = try Folder()
        let target = f.path + "/keep.csv"
        try "old contents\n".write(toFile: target, atomically: false, encoding: .utf8)
        let completed = try FileSystem.writeAtomically(to: target) { stream in
            stream.write(String(repeating: "a row that was written\n", count: 10_000))
            return false
        }
        #expect(!completed)
        #expect(f.contents("keep.csv") == "old contents\n")
        #expect(f.files == ["keep.csv"])
    }

    @Test func aSaveStreamsIntoTheNewFileAndRenamesItWhole() throws {
        let f = try Folder()
        let target = f.path + "/new.txt"
        let completed = try FileSystem.writeAtomically(to: target) { stream in
            stream.write("first\n")
            stream.flush()
            // Already on disk, in the hidden file beside the target, before the rest is made.
            let partial = f.files.filter { $0.hasPrefix(".mkt-tmp-") }
            #expect(partial.count == 1)
            #expect(partial.first.flatMap { f.contents($0) } == "first\n")
            #expect(f.contents("new.txt") == nil)
            stream.write("second\n")
            return true
        }
        #expect(completed)
        #expect(f.contents("new.txt") == "first\nsecond\n")
        #expect(f.files == ["new.txt"])
    }

    @Test func aFailedWriteIsAnErrorNotASilentLoss() {
        // /dev/full: every write fails with ENOSPC.
        #expect(throws: IOFailure.self) {
            _ = try FileSystem.writeAtomically(to: "/dev/full") { stream in
                stream.write("rows\n")
                return true
            }
        }
    }

    @Test func ctrlCBeforeASaveWritesNothing() throws {
        let f = try Folder()
        let target = f.path + "/keep.csv"
        try "old contents\n".write(toFile: target, atomically: false, encoding: .utf8)
        #expect(f.session.run("load \"\(Self.seed)\"", origin: "-e") == .ok)
        f.session.cancellation.cancel()
        let outcome = f.session.run("instruments | save \"\(target)\"", origin: "-e")
        f.session.cancellation.reset()
        #expect(outcome != .ok)
        #expect(f.contents("keep.csv") == "old contents\n")
        #expect(f.files == ["keep.csv"])
        #expect(f.output.contains("interrupted"))
    }
}
