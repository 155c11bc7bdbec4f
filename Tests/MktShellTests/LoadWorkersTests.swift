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

    @Test func aFolderOfPlainFilesIsListedAsTheGeneralWayFindsIt() throws {
        let folder = "/tmp/mkt-folder-files-\(getpid())"
        _ = mkdir(folder, 0o755)
        _ = mkdir("\(folder)/sub", 0o755)
        let names = ["b.txt", "a.txt", "c.md", "Z.txt"]
        defer {
            for name in names + ["link.txt"] { unlink("\(folder)/\(name)") }
            rmdir("\(folder)/sub")
            rmdir(folder)
        }
        for name in names { close(open("\(folder)/\(name)", O_WRONLY | O_CREAT | O_TRUNC, 0o644)) }
        let previous = FileSystem.currentDirectory()
        defer { if let previous { _ = chdir(previous) } }
        _ = chdir("/tmp")
        let relative = String(folder.dropFirst("/tmp/".count))
        for argument in [folder, folder + "/", relative, "./" + relative + "/", "\(folder)/sub/.."] {
            let general = SnapshotLoader.distinctFiles(SnapshotLoader.expand([argument]).paths)
            #expect(general.map(\.path).count == 3)
            #expect(SnapshotLoader.folderFiles(argument) == general, "\(argument)")
        }
        // A link among the files, a pattern, a file: the general way.
        #expect(SnapshotLoader.folderFiles(folder + "/*.txt") == nil)
        #expect(SnapshotLoader.folderFiles(folder + "/a.txt") == nil)
        _ = symlink("\(folder)/a.txt", "\(folder)/link.txt")
        #expect(SnapshotLoader.folderFiles(folder) == nil)
    }
}

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
