import Foundation
import MktTestSupport
import Testing

/// Two files of one name in different folders are two snapshots; the same file loaded again
/// is one, replaced.
@Suite struct SnapshotIdTests {
    /// A folder with `a/x.txt` (the seed: 5 headlines) and `b/x.txt` (another day: 4).
    private func twoFilesNamedX() throws -> URL {
        let fm = FileManager.default
        let dir = try MktProcess.temporaryDirectory()
        for (folder, example) in [("a", "2021-04-09_3921acb7a18bc451.txt"), ("b", "2021-04-08_sample_fr_closed.txt")] {
            try fm.createDirectory(at: dir.appendingPathComponent(folder), withIntermediateDirectories: true)
            try fm.copyItem(atPath: MktProcess.example(example), toPath: dir.appendingPathComponent("\(folder)/x.txt").path)
        }
        return dir
    }

    @Test func aSecondFileOfTheSameNameIsKeptUnderItsFolderAndName() throws {
        let dir = try twoFilesNamedX()
        let r = try MktProcess.run(
            ["a/x.txt", "b/x.txt", "-e", "snapshots | select id, headlines, current, file | to csv"], directory: dir)
        #expect(r.status == 0)
        #expect(r.stdout == "id,headlines,current,file\nx,5,false,a/x.txt\nb/x,4,true,b/x.txt\n")
        #expect(
            r.stderr == """
                loaded 2 snapshots from 2 files: 30 instruments, 0 warnings (current: b/x)
                2 files are named x: b/x.txt is 'b/x'

                """)

        // `use` takes the new id; a later load of the same name from elsewhere is named too.
        let used = try MktProcess.run(
            ["-q", "a/x.txt", "b/x.txt", "-e", "use b/x; headlines | count; use x; headlines | count"], directory: dir)
        #expect(used.status == 0)
        #expect(used.stdout == "4\n5\n")
    }

    @Test func sameNamedCapturesInDatedFoldersAllLoad() throws {
        let fm = FileManager.default
        let dir = try MktProcess.temporaryDirectory()
        for day in ["day1", "day2", "day3", "day4", "day5"] {
            try fm.createDirectory(at: dir.appendingPathComponent(day), withIntermediateDirectories: true)
            try fm.copyItem(atPath: MktProcess.seed, toPath: dir.appendingPathComponent("\(day)/markets.txt").path)
        }
        let r = try MktProcess.run(["-e", "load day*/markets.txt; snapshots | select id | to csv"], directory: dir)
        #expect(r.status == 0)
        #expect(r.stdout == "id\nmarkets\nday2/markets\nday3/markets\nday4/markets\nday5/markets\n")
        #expect(
            r.stderr == """
                loaded 5 snapshots from 5 files: 75 instruments, 0 warnings (current: day5/markets)
                5 files are named markets: day2/markets.txt is 'day2/markets', day3/markets.txt is 'day3/markets', \
                day4/markets.txt is 'day4/markets', and 1 more (see 'snapshots')

                """)
    }

    @Test func moreFoldersWhenTheFolderAndNameAreTakenToo() throws {
        let dir = try twoFilesNamedX()
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("c/b"), withIntermediateDirectories: true)
        try fm.copyItem(atPath: MktProcess.seed, toPath: dir.appendingPathComponent("c/b/x.txt").path)
        let r = try MktProcess.run(["a/x.txt", "b/x.txt", "-e", "load c/b/x.txt; snapshots | select id | to csv"], directory: dir)
        #expect(r.status == 0)
        #expect(r.stdout == "id\nx\nb/x\nc/b/x\n")
        #expect(
            r.stderr.hasSuffix(
                """
                loaded 1 snapshot from 1 file: 15 instruments, 0 warnings (current: c/b/x)
                3 files are named x: c/b/x.txt is 'c/b/x'

                """))
    }

    @Test func theSameFileLoadedAgainIsReplacedUnderItsId() throws {
        let dir = try twoFilesNamedX()
        // The same files, named otherwise: through `./`, `..` and a symbolic link.
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("latest").path, withDestinationPath: "b")
        let r = try MktProcess.run(
            ["a/x.txt", "b/x.txt", "-e", "load ./a/../a/x.txt; load latest/x.txt; snapshots | select id, current | to csv"],
            directory: dir)
        #expect(r.status == 0)
        #expect(r.stdout == "id,current\nx,false\nb/x,true\n")
        #expect(
            r.stderr == """
                loaded 2 snapshots from 2 files: 30 instruments, 0 warnings (current: b/x)
                2 files are named x: b/x.txt is 'b/x'
                loaded 1 snapshot from 1 file: 15 instruments, 0 warnings; 1 reloaded (current: x)
                loaded 1 snapshot from 1 file: 15 instruments, 0 warnings; 1 reloaded (current: b/x)

                """)
    }

    @Test func aFileNamedTwiceInOneLoadIsReadAndCountedOnce() throws {
        let dir = try twoFilesNamedX()
        let twice = try MktProcess.run(["-e", "load a/x.txt, a/x.txt; snapshots | count"], directory: dir)
        #expect(twice.status == 0)
        #expect(twice.stdout == "1\n")
        #expect(twice.stderr == "loaded 1 snapshot from 1 file: 15 instruments, 0 warnings (current: x)\n")

        let overlapping = try MktProcess.run(["a/*.txt", "a/x.txt", "./b/x.txt", "b", "-e", "snapshots | count"], directory: dir)
        #expect(overlapping.status == 0)
        #expect(overlapping.stdout == "2\n")
        #expect(
            overlapping.stderr == """
                loaded 2 snapshots from 2 files: 30 instruments, 0 warnings (current: b/x)
                2 files are named x: ./b/x.txt is 'b/x'

                """)
    }

    @Test func mktParseKeepsEachFilesOwnId() throws {
        let dir = try twoFilesNamedX()
        let r = try MktProcess.run(["parse", "a/x.txt", "b/x.txt"], directory: dir)
        #expect(r.status == 0)
        let ids = r.stdout.split(separator: "\n").map { $0.contains("\"id\":\"x\"") }
        #expect(ids == [true, true])
    }
}
