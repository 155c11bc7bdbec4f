import Foundation
import MktLineEditor
import MktTestSupport
import Testing

/// Saving history while another session holds the lock for seconds (a busy machine, a slow
/// disk): serial, since the save blocks its thread while it waits.
@Suite struct HistoryLockWaitTests {
    @Test func aSaveWaitsForALockHeldForAWhile() throws {
        let dir = try MktProcess.temporaryDirectory().path
        let file = HistoryFile(path: dir + "/history")
        try file.append(["a"])
        // Another session holds the lock for longer than the old two-second limit.
        let held = try LockHolder(dir + "/history.lock")
        let release = Thread {
            usleep(2_500_000)
            held.release()
        }
        release.start()
        try file.append(["b"])
        #expect(file.load() == ["a", "b"])
    }
}
