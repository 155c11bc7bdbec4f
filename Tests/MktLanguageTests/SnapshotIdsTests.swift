import MktResult
import Testing

@testable import MktLanguage

/// The id of a file whose name is taken: its folders, nearest first, then a number.
@Suite struct SnapshotIdsTests {
    @Test func foldersAreAddedOneAtATimeThenANumber() {
        let path = "/data/2021/day2/markets.txt"
        func id(_ taken: Set<String>) -> String {
            SnapshotIds.distinct(name: "markets", absolutePath: path) { taken.contains($0) }
        }
        #expect(id(["markets"]) == "day2/markets")
        #expect(id(["markets", "day2/markets"]) == "2021/day2/markets")
        #expect(id(["markets", "day2/markets", "2021/day2/markets", "data/2021/day2/markets"]) == "data/2021/day2/markets-2")
        #expect(SnapshotIds.distinct(name: "x", absolutePath: "/x.txt") { $0 == "x" || $0 == "x-2" } == "x-3")
    }
}
