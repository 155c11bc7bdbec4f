import MarketModel
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
                let asValues = ResultTable(columns: table.columns, rows: table.rows.array)
                #expect(asValues.rows.cells == nil)
                #expect(
                    Renderer.text(.table(table, format: format)) == Renderer.text(.table(asValues, format: format)),
                    "\(query)")
            }
        }
        // The cells were read: every corpus has instruments.
        #expect(withCells >= 3 * 3)
    }
}
