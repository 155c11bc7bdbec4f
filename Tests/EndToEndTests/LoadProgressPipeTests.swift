import Foundation
import MarketModel
import MarketSynth
import MktTestSupport
import Testing

/// With standard error a pipe, a load draws no progress line at all, even when the test hook
/// asks for it at once: only the summary reaches stderr.
@Suite struct LoadProgressPipeTests {
    /// 40 generated pages in a fresh folder.
    static func corpus() throws -> URL {
        let folder = try MktProcess.temporaryDirectory()
        let start = try #require(SnapshotDate(year: 2021, month: 4, day: 9))
        let synth = try SnapshotSynth(CorpusSpec(seed: 3, start: start, count: 40, perDay: 2))
        for index in 0..<synth.count {
            let page = synth.page(at: index)
            try Data(page.text).write(to: folder.appendingPathComponent(page.fileName))
        }
        return folder
    }

    static let summary = "loaded 40 snapshots from 40 files: 600 instruments, 0 warnings (current: 2021-04-28_000039)\n"

    @Test func commandLineLoadIntoAPipeShowsNoProgress() throws {
        let folder = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try MktProcess.run(
            ["-e", "snapshots | count", folder.path], environment: ["MKT_PROGRESS_AFTER_MS": "0"])
        #expect(r.status == 0)
        #expect(r.stdout == "40\n")
        #expect(r.stderr == Self.summary)
    }

    @Test func loadStatementIntoAPipeShowsNoProgress() throws {
        let folder = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try MktProcess.run(
            ["-e", "load \"\(folder.path)\"; snapshots | count"], environment: ["MKT_PROGRESS_AFTER_MS": "0"])
        #expect(r.status == 0)
        #expect(r.stdout == "40\n")
        #expect(r.stderr == Self.summary)
        #expect(!r.stderr.contains("loading") && !r.stderr.contains("\u{1B}"))
    }
}
