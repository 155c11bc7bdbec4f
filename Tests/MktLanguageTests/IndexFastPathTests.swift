import Foundation
import MarketModel
import MktCancel
import MktRender
import MktResult
import Testing

@testable import MktLanguage

/// The index's fast paths (`IndexFilter`, `IndexGrouping`) give what the general path gives:
/// the same printed result, or the same error, for hand-picked and randomly generated
/// queries over the example snapshots, the example archive and a generated corpus with
/// accents, repeated names, missing dates and captures loaded out of order.
@Suite struct IndexFastPathTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func files(_ folder: String) -> [Snapshot] {
        let dir = root.appendingPathComponent(folder)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        return names.map { name in
            let url = dir.appendingPathComponent(name)
            return SnapshotParser.parse(Array((try? Data(contentsOf: url)) ?? Data()), fileName: name)
        }
    }

    /// SplitMix64: the same corpus and queries on every run.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    static let names = [
        "CAC 40", "cac 40", "Pétrole WTI", "Pe\u{301}trole WTI", "DAX", "EUR/USD", "Bitcoin", "Or", "Nikkei 225",
        "Dow Jones", "S&P 500", "Œuvre", "Cacao",
    ]

    static let ties = ["0", "0.00", "1.5", "1.50", "-2", "-2.0", "100", "0.010", "0.01", "-0.5"]

    /// Snapshots made here: dates missing or repeated, ids out of order, pages without
    /// instruments, a name twice on a page, numbers written with different decimals.
    static let generated: [Snapshot] = {
        var random = Random(state: 42)
        var snapshots: [Snapshot] = []
        for k in 0..<40 {
            let count = random.below(5) == 0 ? 0 : 1 + random.below(9)
            var instruments: [Instrument] = []
            for p in 0..<count {
                let name = p < 3 ? names[p] : random.pick(names)
                // Half of them among the queries' constants, written in several ways (ties).
                func number() -> Fixed {
                    if random.below(2) == 0, let f = Fixed(literal: Substring(random.pick(ties))) { return f }
                    return Fixed(units: Int64(random.below(200_001)) - 100_000, scale: Int8(random.below(4)))
                }
                instruments.append(Instrument(position: p + 1, name: name, value: number(), change: number(), pct: number()))
            }
            let day = random.below(6)
            snapshots.append(
                Snapshot(
                    id: "g\(String(format: "%02d", (k * 7) % 40))", date: day == 0 ? nil : SnapshotDate(year: 2022, month: 1, day: day),
                    language: k % 3 == 0 ? .en : .fr, status: k % 4 == 0 ? .closed : .open, instruments: instruments,
                    article: nil, headlines: [], warnings: []))
        }
        return snapshots
    }()

    static let corpora: [[Snapshot]] = [files("examples/snapshots"), files("examples/archive"), generated]

    /// What `text` prints (each output rendered, and the error if any), with the fast paths on or off.
    static func printed(_ text: String, snapshots: [Snapshot], fast: Bool) -> String {
        let host = RecordingHost(snapshots: snapshots)
        let evaluator = Evaluator(host: host)
        evaluator.state.usesIndexFastPaths = fast
        let source = SourceText(origin: "-e", text: "load x\n" + text)
        let parsed = Parser.parse(source)
        if let d = parsed.diagnostics.first { return "parse: " + Renderer.text(d.report(in: source), color: false) }
        var out = ""
        for statement in parsed.statements {
            do {
                try evaluator.execute(statement, in: source)
            } catch {
                out += "error: " + Renderer.text(error.diagnostic(statementRange: statement.range).report(in: source), color: false)
                break
            }
        }
        return out + host.outputs.map { Renderer.text($0) }.joined(separator: "\n")
    }

    static func expectSame(_ query: String, _ corpus: Int) {
        let fast = printed(query, snapshots: corpora[corpus], fast: true)
        let general = printed(query, snapshots: corpora[corpus], fast: false)
        #expect(fast == general, "\(query) on corpus \(corpus)")
    }

    static let handPicked = [
        "instruments all | group name | avg pct",
        "instruments all | where name ~ \"cac\" | count",
        "instruments all | where name ~ \"PÉT\" | to csv",
        "instruments all | where name == \"CAC 40\" | group snapshot | sum value, first pct, last pct",
        "instruments all | where not (pct > 0) or region == \"us\" | group kind, region | count, min value, max value",
        "instruments all | where date == null | count",
        "instruments all | where date > \"2022-01-02\" and status == \"open\" | group date, language | avg change",
        "instruments all | group name | first value, last value, first pct, last pct",
        "instruments all | group date | count",
        "instruments all | where position > 3 | group name | count",
        "instruments all | where position > 3 and snapshot > \"g10\" | group name, date | first value",
        "instruments all | where name == \"Pétrole WTI\" | sort name | to csv",
        "instruments all | avg pct",
        "instruments all | where pct > 1000000 | avg pct",
        "instruments all | where pct > 1000000 | count",
        "instruments all | where pct > 1000000 | group name | count",
        "instruments | group kind | avg pct, sum value",
        "instruments | where pct < 0 | first name",
        "instruments | first pct, last pct",
        "instruments all | where pct > \"1\" | count",
        "instruments all | where name > 1 | count",
        "instruments all | where nme ~ \"x\" | count",
        "instruments all | where name ~ 3 | count",
        "instruments all | where lower(name) in (\"dax\", \"or\") | group name | count",
        "instruments all | where pct between -1 and 1 | count",
        "instruments all | where -pct > 0.5 | count",
        "instruments all | where position | group position | count",
        "instruments all | group name | median pct",
        "instruments all | sum name",
        "instruments all | where 1 / 0 > 1 | count",
        "instruments all | where pct == null | count",
        "instruments all | where pct != null | count",
        "instruments all | where pct > null | count",
        "instruments all | where name ~ \"\" and not (value <= 100) | sort name | take 3",
        "let x = instruments all\n$x | where kind == \"index\" | group name | sum change",
        "let t = 0.5\ninstruments all | where pct > $t | group name | max pct",
        "instruments all | where pct > 0 | where name ~ \"a\" | group region | count",
        "instruments all | group name | delta pct | count",
        "instruments all | sort pct desc, name | take 7 | to csv",
        "instruments all | where pct > 0 | sort date desc, snapshot, position | to csv",
        "instruments all | sort name, kind desc, value | to csv",
        "instruments | sort region, change | to csv",
        "instruments all | sort prev | take 3 | to csv",
        "instruments all | sort abs(pct) desc | take 3 | to csv",
    ]

    @Test func handPickedQueriesMatchTheGeneralPath() {
        for corpus in Self.corpora.indices {
            for query in Self.handPicked { Self.expectSame(query, corpus) }
        }
    }

    @Test func randomQueriesMatchTheGeneralPath() {
        var random = Random(state: 9)
        let numberFields = ["value", "change", "pct", "position", "prev"]
        let textFields = ["name", "kind", "region", "date", "snapshot", "status", "language"]
        let texts = ["\"cac\"", "\"PÉT\"", "\"e\"", "\"europe\"", "\"index\"", "\"2022-01-03\"", "\"g07\"", "\"open\"", "\"fr\"", "\"\""]
        let numbers = ["0", "1.5", "-2", "100", "0.010", "null"]
        func predicate(_ depth: Int) -> String {
            switch depth > 2 ? random.below(3) : random.below(6) {
            case 0:
                return "\(random.pick(numberFields)) \(random.pick(["==", "!=", "<", "<=", ">", ">="])) \(random.pick(numbers))"
            case 1:
                return "\(random.pick(textFields)) \(random.pick(["==", "!=", "<", ">=", "~"])) \(random.pick(texts))"
            case 2:
                return "\(random.pick(numbers)) < \(random.pick(numberFields))"
            case 3:
                return "(\(predicate(depth + 1)) and \(predicate(depth + 1)))"
            case 4:
                return "(\(predicate(depth + 1)) or \(predicate(depth + 1)))"
            default:
                return "not (\(predicate(depth + 1)))"
            }
        }
        for _ in 0..<150 {
            var query = random.pick(["instruments all", "instruments all", "instruments"])
            for _ in 0..<random.below(3) { query += " | where " + predicate(0) }
            switch random.below(5) {
            case 0:
                query += " | to csv"
            case 4:
                let keys = (0...random.below(3)).map { _ in
                    random.pick(numberFields + textFields) + random.pick(["", " desc", " asc"])
                }
                query += " | sort " + keys.joined(separator: ", ") + " | take \(1 + random.below(20)) | to csv"
            case 1:
                let aggregates = (0...random.below(3)).map { _ in
                    let f = random.pick(["count", "sum", "avg", "min", "max", "first", "last"])
                    return f == "count" ? f : f + " " + random.pick(numberFields)
                }
                query += " | " + aggregates.joined(separator: ", ")
            default:
                let keys = (0...random.below(2)).map { _ in random.pick(textFields) }
                query += " | group " + keys.joined(separator: ", ")
                if random.below(3) > 0 {
                    let f = random.pick(["count", "sum", "avg", "min", "max", "first", "last"])
                    query += " | " + (f == "count" ? f : f + " " + random.pick(numberFields))
                }
            }
            Self.expectSame(query, random.below(Self.corpora.count))
        }
    }

    /// An index built in pieces on several threads is the index built on one: the same
    /// entries (first met at the same rows), rows and numbers.
    @Test func anIndexBuiltInPiecesIsTheIndexBuiltWhole() {
        for snapshots in Self.corpora + [Self.corpora.flatMap { $0 }] {
            let whole = InstrumentIndex(snapshots)
            for workers in [2, 3, 7] {
                let pieces = InstrumentIndex(snapshots, workers: workers, rowsPerPiece: 1)
                #expect(pieces.entries.map(\.name) == whole.entries.map(\.name))
                #expect(pieces.entries.map(\.firstRow) == whole.entries.map(\.firstRow))
                #expect(pieces.entries.map { "\($0.kind)\($0.region)" } == whole.entries.map { "\($0.kind)\($0.region)" })
                #expect(pieces.entryOfRow == whole.entryOfRow)
                #expect(pieces.snapshotOfRow == whole.snapshotOfRow)
                #expect(pieces.starts == whole.starts)
                for f in 0..<4 {
                    #expect(pieces.numbers[f].units == whole.numbers[f].units)
                    #expect(pieces.numbers[f].scales == whole.numbers[f].scales)
                }
            }
        }
    }

    /// The common shapes do take the fast paths (a test of equality alone would pass if they never did).
    @Test func commonShapesTakeTheFastPaths() throws {
        let index = InstrumentIndex(Self.generated)
        let all = IndexedRows(index: index, lead: true, selected: nil, range: index.allRows)
        let columns = Sources.instrumentsAllSource.columns
        let source = SourceText(origin: "-e", text: "instruments all | where name ~ \"cac\" and pct > 0 | group name | avg pct")
        guard case .pipeline(let p)? = Parser.parse(source).statements.first, p.stages.count == 3,
            case .filter(let predicate, _) = p.stages[0], case .group(let keys, _) = p.stages[1],
            case .aggregate(let aggregates, _) = p.stages[2]
        else {
            Issue.record("not the pipeline expected")
            return
        }
        let kept = IndexFilter(rows: all, columns: columns.map(\.name), variables: [:])
            .filter(predicate, cancellation: CancellationToken())
        #expect(kept != nil && kept?.count ?? 0 > 0)
        let grouped = IndexGrouping(rows: all, columns: columns, source: source)
            .aggregate(by: keys, aggregates: aggregates, cancellation: CancellationToken())
        #expect(grouped?.columnNames == ["name", "avg_pct"])
    }
}
