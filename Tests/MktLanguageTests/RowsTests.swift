import MarketModel
import MktResult
import Testing

@testable import MktLanguage

/// `instruments all` is made row by row: random access, iteration and reordering must all
/// see the same rows as a plain array would.
@Suite struct RowsTests {
    static func snapshot(_ id: String, instruments count: Int) -> Snapshot {
        let instruments = (0..<count).map { k in
            Instrument(position: k + 1, name: "\(id)-\(k)", value: Fixed(100 + k), change: Fixed(k), pct: Fixed(1))
        }
        return Snapshot(
            id: id, date: SnapshotDate(year: 2021, month: 4, day: 9), language: .fr, status: .open,
            instruments: instruments, article: nil, headlines: [], warnings: [])
    }

    /// Snapshots with no instruments at the start, in the middle and at the end.
    static let snapshots = [
        snapshot("a", instruments: 0), snapshot("b", instruments: 3), snapshot("c", instruments: 0),
        snapshot("d", instruments: 0), snapshot("e", instruments: 1), snapshot("f", instruments: 4),
        snapshot("g", instruments: 0),
    ]

    static var expected: [[Value]] {
        snapshots.flatMap { s in
            s.instruments.map {
                [.text("2021-04-09"), .text(s.id), .text("open"), .text("fr")] + Sources.instrumentRow($0)
            }
        }
    }

    @Test func indexRowsEqualMadeRows() {
        let index = InstrumentIndex(Self.snapshots)
        let all = Rows(indexed: IndexedRows(index: index, lead: true, selected: nil, range: index.allRows))
        #expect(Array(all) == Self.expected)
        #expect(all.indices.map { all[$0] } == Self.expected)
        // One snapshot without the lead (`instruments`), and what a `where` kept.
        let f = Rows(indexed: IndexedRows(index: index, lead: false, selected: nil, range: index.rows(of: 5)))
        #expect(Array(f) == Self.snapshots[5].instruments.map(Sources.instrumentRow))
        let kept = Rows(indexed: IndexedRows(index: index, lead: true, selected: [0, 3, 7], range: index.allRows))
        #expect(Array(kept) == [0, 3, 7].map { Self.expected[$0] })
        // Entries: one per name here, each first seen where its name is.
        #expect(index.entries.count == 8)
        #expect(index.entries.map(\.firstRow) == Array(0..<8))
    }

    @Test func madeRowsEqualStoredRows() {
        let rows = Rows(instrumentsOf: Self.snapshots)
        #expect(rows.count == 8)
        #expect(Array(rows) == Self.expected)
        #expect(rows.indices.map { rows[$0] } == Self.expected)
        #expect(rows == Rows(Self.expected))
        #expect(rows.array.map { $0[1] } == ["b", "b", "b", "e", "f", "f", "f", "f"].map { Value.text($0) })
        #expect(Rows(instrumentsOf: []).isEmpty)
        #expect(Array(Rows(instrumentsOf: [Self.snapshot("z", instruments: 0)])).isEmpty)
    }

    @Test func reorderingKeepsPositionsAndComposes() {
        let rows = Rows(instrumentsOf: Self.snapshots)
        let reversed = Rows(rows, reorderedBy: Array((0..<8).reversed()))
        #expect(Array(reversed) == Self.expected.reversed())
        #expect(reversed[0] == Self.expected[7])
        // A reorder of a reorder reads the original rows.
        let again = Rows(reversed, reorderedBy: [1, 0, 7])
        #expect(Array(again) == [Self.expected[6], Self.expected[7], Self.expected[0]])
        #expect(Array(Rows(Rows(Self.expected), reorderedBy: [2])) == [Self.expected[2]])
    }

    @Test func stagesReadMadeRows() throws {
        let host = RecordingHost(snapshots: Self.snapshots)
        let evaluator = Evaluator(host: host)
        let source = SourceText(
            origin: "-e",
            text: """
                load x
                instruments all | where snapshot == "f" and position > 2 | count
                instruments all | group snapshot | count, sum value
                instruments all | sort value desc, name | take 2 | select name
                """)
        for statement in Parser.parse(source).statements { try evaluator.execute(statement, in: source) }
        let printed = host.outputs.map { output -> String in
            switch output {
            case .value(let v, _): return v.plainText
            case .table(let t, _): return t.rows.map { $0.map(\.plainText).joined(separator: " ") }.joined(separator: "; ")
            default: return "?"
            }
        }
        #expect(printed == ["2", "b 3 303; e 1 100; f 4 406", "f-3; b-2"])
    }
}
