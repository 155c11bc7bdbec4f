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

    /// Remembers how many rows had been made at each write, and can cancel after some writes.
    final class RecordingSink: RenderSink {
        let pulls: Pulls
        var pulledAtWrite: [Int] = []
        var text = ""
        var cancel: (after: Int, token: CancellationToken)?

        init(_ pulls: Pulls) { self.pulls = pulls }

        func write(_ text: String) {
            pulledAtWrite.append(pulls.count)
            self.text += text
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

    @Test(arguments: [OutputFormat.csv, .json])
    func firstRowIsWrittenBeforeTheSecondIsMade(format: OutputFormat) throws {
        let (sink, pulls) = try render(format)
        // The header (CSV) or `[` (JSON) goes out before any row is made, then each row as
        // soon as it is made: never more than one row ahead of the output.
        #expect(sink.pulledAtWrite.first == 0)
        #expect(sink.pulledAtWrite[1] == 1)
        #expect(sink.pulledAtWrite.enumerated().allSatisfy { write, pulled in pulled <= write })
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

    /// The aligned table measures every row before its header: it reads the rows twice, and
    /// writes each line of the second reading as it is made.
    @Test func tableMeasuresThenStreams() throws {
        let (sink, pulls) = try render(.table, spec: RenderSpec(width: 80))
        #expect(pulls.count == 2 * Self.n)
        #expect(sink.pulledAtWrite.first == Self.n)  // the header, after the widths
        #expect(sink.pulledAtWrite[2] == Self.n + 1)  // the first row, after the rule
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
