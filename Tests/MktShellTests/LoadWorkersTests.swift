import Testing

@testable import MktShell

@Suite struct LoadWorkersTests {
    @Test func mktJobsSetsTheWorkerCount() {
        #expect(SnapshotLoader.workers(fromJobs: "1") == 1)
        #expect(SnapshotLoader.workers(fromJobs: "3") == 3)
        #expect(SnapshotLoader.workers(fromJobs: "256") == 256)
    }

    @Test func anythingElseMeansEveryCore() {
        let all = SnapshotLoader.workers(fromJobs: nil)
        #expect(all >= 1)
        for value in ["", "0", "-2", "two", "257", " 2"] {
            #expect(SnapshotLoader.workers(fromJobs: value) == all, "MKT_JOBS=\(value)")
        }
    }

    @Test func oneWorkerAndManyLoadTheSameSnapshotsInOrder() throws {
        let folder = "/tmp/mkt-load-workers-\(getpid())"
        _ = mkdir(folder, 0o755)
        defer {
            for i in 0..<7 { unlink("\(folder)/2021-01-0\(i + 1).txt") }
            rmdir(folder)
        }
        for i in 0..<7 {
            let page = "Market closed\n  • DAX\n\n    1,234.5\n    +1.5 (+0.12%)\n \u{A0}\nHeadline \(i)\n"
            let fd = open("\(folder)/2021-01-0\(i + 1).txt", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            _ = Array(page.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
        let paths = SnapshotLoader.expand([folder]).paths
        let one = SnapshotLoader.load(paths, workers: 1)
        let many = SnapshotLoader.load(paths, workers: 3)
        #expect(one.snapshots.count == 7)
        #expect(one.snapshots == many.snapshots)
        #expect(many.snapshots.map(\.id) == (1...7).map { "2021-01-0\($0)" })
        #expect(many.snapshots.map(\.headlines) == (0..<7).map { ["Headline \($0)"] })
    }
}

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
