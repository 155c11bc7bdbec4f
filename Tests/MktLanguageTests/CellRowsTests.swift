import MarketModel
import MktCancel
import MktRender
import MktResult
import Testing

@testable import MktLanguage

/// Index rows reach the CSV and JSON writers cell by cell (`CellRows`): what they print is
/// byte for byte what the same rows print as values.
@Suite struct CellRowsTests {
    static let queries = [
        "instruments all", "instruments", "instruments all | where pct > 0", "instruments all | where name ~ \"pét\"",
        "instruments | where region == \"us\"", "instruments all | where pct > 1000000",
        "instruments all | sort pct desc, name", "instruments all | where kind == \"fx\" | sort value | sort date desc",
        "instruments | sort name desc",
    ]

    @Test(arguments: [OutputFormat.csv, .json])
    func cellsPrintWhatTheRowsPrint(format: OutputFormat) throws {
        var withCells = 0
        for snapshots in IndexFastPathTests.corpora {
            for query in Self.queries {
                let host = RecordingHost(snapshots: snapshots)
                let evaluator = Evaluator(host: host)
                let source = SourceText(origin: "-e", text: "load x\n\(query) | to \(format == .csv ? "csv" : "json")")
                for statement in Parser.parse(source).statements { try evaluator.execute(statement, in: source) }
                guard case .table(let table, let printed) = try #require(host.outputs.last) else {
                    Issue.record("\(query): no table")
                    continue
                }
                #expect(printed == format)
                if table.rows.cells != nil, !table.rows.isEmpty { withCells += 1 }
                // Every query here is of index rows, kept, sorted or not: all are read cell by cell.
                #expect(table.rows.cells != nil, "\(query)")
                let asValues = ResultTable(columns: table.columns, rows: table.rows.array)
                #expect(asValues.rows.cells == nil)
                #expect(
                    Renderer.text(.table(table, format: format)) == Renderer.text(.table(asValues, format: format)),
                    "\(query)")
            }
        }
        // The cells were read: every corpus has instruments.
        #expect(withCells >= 3 * 6)
    }

    /// The table `query` prints over `snapshots`.
    static func table(_ query: String, _ snapshots: [Snapshot]) throws -> ResultTable {
        let host = RecordingHost(snapshots: snapshots)
        let evaluator = Evaluator(host: host)
        let source = SourceText(origin: "-e", text: "load x\n\(query)")
        for statement in Parser.parse(source).statements { try evaluator.execute(statement, in: source) }
        guard case .table(let table, _) = try #require(host.outputs.last) else { throw Cancelled() }
        return table
    }

    /// Many rows are written in blocks side by side, and reach the sink in order: the generated
    /// snapshots again and again, under ids of their own.
    static let big: [Snapshot] = (0..<160).flatMap { copy in
        IndexFastPathTests.generated.map { snapshot in
            var renamed = snapshot
            renamed.id = "c\(copy)-" + snapshot.id
            return renamed
        }
    }

    @Test(arguments: [OutputFormat.csv, .json])
    func bigResultsPrintWhatTheRowsPrint(format: OutputFormat) throws {
        let table = try Self.table("instruments all | where position != 2 | to csv", Self.big)
        #expect(table.rows.count > 4 * 4096)
        #expect(table.rows.cells != nil)
        let asValues = ResultTable(columns: table.columns, rows: table.rows.array)
        let expected = Renderer.text(.table(asValues, format: format))
        // One writer, and blocks written side by side (whatever cores this machine has).
        for workers in [1, 2, 3] {
            #expect(Renderer.text(.table(table, format: format), spec: RenderSpec(workers: workers)) == expected, "\(workers)")
        }
    }

    /// Cancels its token at its first write.
    final class CancellingSink: RenderSink {
        let token = CancellationToken()
        var text = ""
        func write(_ text: String) {
            self.text += text
            token.cancel()
        }
    }

    @Test(arguments: [OutputFormat.csv, .json])
    func aCancelledPrintStops(format: OutputFormat) throws {
        let table = try Self.table("instruments all", Self.big)
        let sink = CancellingSink()
        #expect(throws: Cancelled.self) {
            try Renderer.write(.table(table, format: format), spec: RenderSpec(workers: 2), to: sink, token: sink.token)
        }
        // The header or `[` went out, then at most a few blocks of rows.
        let lines = sink.text.utf8.count { $0 == 0x0A }
        #expect(lines >= 1 && lines < 3 * 4096)
        #expect(!sink.text.hasSuffix("]\n"))
    }
}
