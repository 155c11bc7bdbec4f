import Foundation
import MktCancel
import MktLineEditor
import MktTestSupport
import Testing

@Suite struct HistoryFileTests {
    @Test func standardPathFollowsXDG() {
        #expect(HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/mkt/history")
        #expect(HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "/s/", "HOME": "/h"]) == "/s/mkt/history")
        #expect(HistoryFile.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/mkt/history")
        // A relative XDG_STATE_HOME is invalid (XDG spec) and ignored.
        #expect(HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"]) == "/h/.local/state/mkt/history")
        #expect(HistoryFile.defaultPath(environment: [:]) == nil)
    }

    @Test func appendCreatesPrivateFolderAndFile() throws {
        let dir = try TemporaryFolder()
        let file = HistoryFile(path: dir.path + "/state/mkt/history")
        #expect(file.load() == [])
        try file.append(["1 + 2", "(1 +\n2)"])
        #expect(file.load() == ["1 + 2", "(1 +\n2)"])
        #expect(try permissions(dir.path + "/state/mkt") == 0o700)
        #expect(try permissions(file.path) == 0o600)
        // Only the history and its lock file: no temporary file left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path + "/state/mkt").sorted() == ["history", "history.lock"])
    }

    @Test func appendsMergeWithWhatIsOnDiskAndCap() throws {
        let dir = try TemporaryFolder()
        let first = HistoryFile(path: dir.path + "/history", capacity: 3)
        let second = HistoryFile(path: dir.path + "/history", capacity: 3)
        try first.append(["a"])
        try second.append(["b"])
        try first.append(["b"])  // consecutive duplicate of what the other session saved
        try first.append(["c", "d"])
        #expect(first.load() == ["b", "c", "d"])
    }

    @Test func concurrentSessionsLoseNothing() async throws {
        let dir = try TemporaryFolder()
        let path = dir.path + "/history"
        // A failed save is an error here, not an entry quietly missing from the count.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for session in 0..<4 {
                group.addTask {
                    let file = HistoryFile(path: path)
                    for n in 0..<25 { try file.append(["s\(session) n\(n)"]) }
                }
            }
            try await group.waitForAll()
        }
        let entries = HistoryFile(path: path).load()
        #expect(entries.count == 100)
        #expect(Set(entries).count == 100)
    }

    @Test func ctrlCEndsTheWaitForTheLockWithAnError() throws {
        let dir = try TemporaryFolder()
        let file = HistoryFile(path: dir.path + "/history")
        let held = try LockHolder(dir.path + "/history.lock")
        let token = CancellationToken()
        token.cancel()
        #expect {
            try file.append(["a"], cancellation: token)
        } throws: { error in
            (error as? HistoryFileError)?.description.hasSuffix("interrupted while another mkt held it") == true
        }
        held.release()
        #expect(file.load() == [])
    }

    @Test func aLockHeldPastTheTimeoutIsAnErrorNotALostEntry() throws {
        let dir = try TemporaryFolder()
        let file = HistoryFile(path: dir.path + "/history", lockTimeout: .milliseconds(200))
        try file.append(["a"])
        let held = try LockHolder(dir.path + "/history.lock")
        #expect {
            try file.append(["b"])
        } throws: { error in
            (error as? HistoryFileError)?.description.hasPrefix("cannot lock \(dir.path)/history.lock: another mkt held it") == true
        }
        held.release()
        try file.append(["b"])
        #expect(file.load() == ["a", "b"])
    }

    @Test func neverWritesThroughSomethingOtherThanARegularFile() throws {
        let dir = try TemporaryFolder()
        // A symlink to /dev/null is the usual way to switch history off.
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/history", withDestinationPath: "/dev/null")
        let file = HistoryFile(path: dir.path + "/history")
        #expect(file.load() == [])
        #expect(throws: HistoryFileError.self) { try file.append(["x"]) }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir.path + "/history") == "/dev/null")
        // A folder where the file should be.
        try FileManager.default.createDirectory(atPath: dir.path + "/folder", withIntermediateDirectories: false)
        #expect(throws: HistoryFileError.self) { try HistoryFile(path: dir.path + "/folder").append(["x"]) }
    }

    @Test func aSymlinkedHistoryStaysLinked() throws {
        let dir = try TemporaryFolder()
        try "# mkt history v1\nold\n".write(toFile: dir.path + "/real", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/history", withDestinationPath: dir.path + "/real")
        try HistoryFile(path: dir.path + "/history").append(["new"])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir.path + "/history") == dir.path + "/real")
        #expect(HistoryFile(path: dir.path + "/real").load() == ["old", "new"])
    }

    private func permissions(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? Int ?? 0) & 0o777
    }
}

/// A fresh folder under the temporary directory, removed when released.
final class TemporaryFolder {
    let path: String

    init() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mkt-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        path = url.path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
