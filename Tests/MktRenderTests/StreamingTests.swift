import MarketModel
import MktCancel
import MktRender
import MktResult
import Testing

/// Rendering writes as it reads: a result's first rows reach the sink before its last are
/// made, and a cancelled render stops writing.
@Suite struct StreamingTests {
    /// Counts the rows a source has made. (Tests run it on one thread.)
    final class Pulls: @unchecked Sendable {
        var count = 0
    }

    /// `n` rows made on demand, each counted as it is made.
    static func source(_ n: Int, pulls: Pulls) -> ResultTable {
        let make = { @Sendable (i: Int) -> [Value] in
            pulls.count += 1
            return [.number(Fixed(i)), .text("row \(i)"), .number(Fixed(i % 7 - 3))]
        }
        let rows = ResultRows(
            count: n, row: make,
            rows: {
                var i = 0
                return AnyIterator {
                    guard i < n else { return nil }
                    defer { i += 1 }
                    return make(i)
                }
            })
        return ResultTable(columns: [.init("n"), .init("name"), .init("change", signed: true)], rows: rows)
    }

    /// Remembers how many rows had been made, and how many lines written, at each write, and
    /// can cancel after some writes.
    final class RecordingSink: RenderSink {
        let pulls: Pulls
        var pulledAtWrite: [Int] = []
        /// Lines written so far, this write's included, at each write.
        var linesAtWrite: [Int] = []
        var largestWrite = 0
        var text = ""
        var cancel: (after: Int, token: CancellationToken)?

        init(_ pulls: Pulls) { self.pulls = pulls }

        func write(_ text: String) {
            pulledAtWrite.append(pulls.count)
            self.text += text
            linesAtWrite.append((linesAtWrite.last ?? 0) + text.utf8.count { $0 == 0x0A })
            largestWrite = max(largestWrite, text.utf8.count)
            if let cancel, pulledAtWrite.count == cancel.after { cancel.token.cancel() }
        }
    }

    static let n = 10_000

    func render(_ format: OutputFormat, spec: RenderSpec = .plain) throws -> (RecordingSink, Pulls) {
        let pulls = Pulls()
        let sink = RecordingSink(pulls)
        try Renderer.write(.table(Self.source(Self.n, pulls: pulls), format: format), spec: spec, to: sink, token: .none())
        return (sink, pulls)
    }

    /// Rows go out in chunks of about 64 KiB: the first long before the last row is made, and
    /// every row made is in the sink by the next write (none is held back beyond a chunk).
    @Test(arguments: [OutputFormat.csv, .json])
    func rowsAreWrittenInChunksAsTheyAreMade(format: OutputFormat) throws {
        let (sink, pulls) = try render(format)
        #expect(sink.pulledAtWrite.count > 2)
        #expect(try #require(sink.pulledAtWrite.first) < Self.n / 2)
        #expect(sink.largestWrite <= 65_536 + 4_096)
        // A line for the header (CSV) or `[` (JSON), then one a row (JSON ends a row's line
        // when the next row starts).
        let ahead = format == .csv ? 1 : 0
        #expect(zip(sink.pulledAtWrite, sink.linesAtWrite).allSatisfy { pulled, lines in pulled <= lines - ahead })
        #expect(pulls.count == Self.n)
        #expect(
            sink.text
                == Renderer.text(
                    .table(
                        ResultTable(
                            columns: Self.source(0, pulls: Pulls()).columns,
                            rows: Self.source(Self.n, pulls: Pulls()).rows.array), format: format)))
    }

    @Test func csvStreamsTheSameBytes() throws {
        let (sink, _) = try render(.csv)
        #expect(sink.text.hasPrefix("n,name,change\n0,row 0,-3\n1,row 1,-2\n"))
        #expect(sink.text.hasSuffix("9999,row 9999,0\n"))
    }

    /// The aligned table of a big result measures its first 5,000 rows only, then writes
    /// every row as it is made: the first lines go out before the rest are made.
    @Test func bigTableMeasuresASampleThenStreams() throws {
        let (sink, pulls) = try render(.table, spec: RenderSpec(width: 80))
        #expect(pulls.count == Self.n + 5_000)
        #expect(try #require(sink.pulledAtWrite.first) < 5_000 + Self.n / 2)
        #expect(zip(sink.pulledAtWrite, sink.linesAtWrite).allSatisfy { pulled, lines in pulled - 5_000 <= lines - 2 })
        #expect(sink.text.hasPrefix("   n  name      change\n────  ────────  ──────\n   0  row 0         -3\n"))
        #expect(sink.text.hasSuffix("\n9999  row 9999       0\n"))
    }

    /// After the sample, a wider number widens its column from its line on (a number is never
    /// cut); wider text widens its column as far as the terminal allows, and is cut beyond.
    @Test(
        arguments: [
            (nil, "9  x\n1234567  a longer name\n"),
            (30, "9  x\n1234567  a longer name\n"),
            (12, "9  x\n1234567  a l…\n"),
        ] as [(Int?, String)])
    func laterRowsWiderThanTheSample(width: Int?, ending: String) {
        let rows = (0..<5_000).map { i -> [Value] in [.number(Fixed(i % 10)), .text("x")] }
        let table = ResultTable(
            columns: [.init("n"), .init("name")], rows: rows + [[.number(Fixed(1_234_567)), .text("a longer name")]])
        let text = Renderer.text(.table(table, format: .table), spec: RenderSpec(width: width))
        #expect(text.hasPrefix("n  name\n─  ────\n0  x\n1  x\n"))
        #expect(text.hasSuffix("\n" + ending))
    }

    /// A table of up to 5,000 rows is measured whole first: every row is read twice.
    @Test func smallTableMeasuresEveryRowThenStreams() throws {
        let pulls = Pulls()
        let sink = RecordingSink(pulls)
        try Renderer.write(.table(Self.source(5_000, pulls: pulls), format: .table), spec: .plain, to: sink, token: .none())
        #expect(pulls.count == 10_000)
        #expect(try #require(sink.pulledAtWrite.first) > 5_000)
        #expect(sink.text.hasPrefix("   n  name      change\n────  ────────  ──────\n   0  row 0         -3\n"))
    }

    @Test func markdownFindsNumericColumnsThenStreams() throws {
        let (sink, pulls) = try render(.markdown)
        #expect(pulls.count == 2 * Self.n)
        #expect(sink.pulledAtWrite[2] == Self.n + 1)
        #expect(sink.text.hasPrefix("| n | name | change |\n| ---: | --- | ---: |\n| 0 | row 0 | -3 |\n"))
    }

    @Test(arguments: [OutputFormat.table, .csv, .json, .markdown])
    func cancelledRenderStopsWriting(format: OutputFormat) {
        let pulls = Pulls()
        let sink = RecordingSink(pulls)
        let token = CancellationToken()
        sink.cancel = (after: 3, token: token)
        let n = 50_000
        #expect(throws: Cancelled.self) {
            try Renderer.write(.table(Self.source(n, pulls: pulls), format: format), spec: .plain, to: sink, token: token)
        }
        // Asked every 4096 rows: the render stops within that many rows of the press.
        #expect(sink.pulledAtWrite.count <= 3 + Checkpoint.defaultInterval + 1)
        #expect(pulls.count < 2 * n)
    }
}
