import Foundation
import MarketModel
import MktCancel
import MktRender
import MktResult
import Testing

@testable import MktLanguage

/// The evaluator with a host that records what it would print.
final class RecordingHost: EvaluationHost {
    var outputs: [Output] = []
    var notices: [String] = []
    var snapshots: [Snapshot]

    init(snapshots: [Snapshot]) { self.snapshots = snapshots }

    func emit(_ output: Output) { outputs.append(output) }
    func notice(_ text: String) { notices.append(text) }
    func loadSnapshots(_ paths: [PathArgument]) throws(RuntimeError) -> LoadResult {
        LoadResult(snapshots: snapshots)
    }
    func runScript(_ path: PathArgument) throws(RuntimeError) {
        throw RuntimeError("cannot read \(path.text)", kind: .io)
    }
    func save(_ output: Output, to path: PathArgument) throws(RuntimeError) { outputs.append(output) }
    let cancellation = CancellationToken()
}

@Suite struct EvaluatorTests {
    static let seed: Snapshot = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples/snapshots/2021-04-09_3921acb7a18bc451.txt")
        return SnapshotParser.parse(Array((try? Data(contentsOf: url)) ?? Data()), fileName: url.path)
    }()

    /// Runs `text` after loading the seed; returns the outputs, or the first error as printed.
    func run(_ text: String) -> (outputs: [Output], error: String?) {
        let host = RecordingHost(snapshots: [Self.seed])
        let evaluator = Evaluator(host: host)
        let source = SourceText(origin: "-e", text: "load x\n" + text)
        let parsed = Parser.parse(source)
        if let d = parsed.diagnostics.first { return (host.outputs, Renderer.text(d.report(in: source), color: false)) }
        for statement in parsed.statements {
            do {
                try evaluator.execute(statement, in: source)
            } catch {
                let d = error.diagnostic(statementRange: statement.range)
                return (host.outputs, Renderer.text(d.report(in: source), color: false))
            }
        }
        return (host.outputs, nil)
    }

    func value(_ text: String) -> String? {
        guard case .value(let v, _)? = run(text).outputs.last else { return nil }
        return v.plainText
    }

    /// The error `text` stops with, as printed; nil when it runs.
    func error(_ text: String) -> String? { run(text).error }

    /// Whether `text`'s last output is the value null.
    func isNull(_ text: String) -> Bool {
        guard case .value(let v, _)? = run(text).outputs.last else { return false }
        return v == .null
    }

    func table(_ text: String) -> ResultTable? {
        guard case .table(let t, _)? = run(text).outputs.last else { return nil }
        return t
    }

    @Test func aggregatesAreExact() {
        #expect(value("instruments | count") == "15")
        #expect(value("instruments | take 2 | avg pct") == "0.045")
        #expect(value("instruments | sum change") == "-956.2744")
        #expect(value("instruments | min pct") == "-2.17")
        #expect(value("instruments | max value") == "50065.26")
        #expect(value("instruments | where kind == \"fx\" | median value") == "1.2806")
        #expect(value("instruments | take 1 | stddev pct") == "")
    }

    @Test func groupNamesColumnsAfterFieldAndAggregate() throws {
        let t = try #require(table("instruments | group kind | avg pct, count"))
        #expect(t.columns.map(\.name) == ["kind", "avg_pct", "count"])
        #expect(
            t.rows.map { $0.map(\.plainText) } == [
                ["commodity", "-0.62", "2"], ["crypto", "-2.17", "1"], ["fx", "-0.165", "2"], ["index", "0.19", "10"],
            ])
        #expect(t.columns[1].isSigned)
    }

    @Test func groupByTwoKeys() throws {
        let t = try #require(table("instruments | where kind == \"index\" | group kind, region | count"))
        #expect(t.columns.map(\.name) == ["kind", "region", "count"])
        #expect(
            t.rows.map { $0.map(\.plainText) } == [
                ["index", "asia", "2"], ["index", "europe", "4"], ["index", "global", "1"], ["index", "us", "3"],
            ])
    }

    @Test func groupAloneCounts() throws {
        let t = try #require(table("instruments | group region"))
        #expect(t.rows.map { $0.map(\.plainText) } == [["asia", "2"], ["europe", "4"], ["global", "6"], ["us", "3"]])
    }

    @Test func sortIsStableAndMultiKey() throws {
        let t = try #require(table("instruments | sort kind, pct desc | take 4 | select kind, name"))
        #expect(
            t.rows.map { $0.map(\.plainText) } == [
                ["commodity", "Pétrole WTI"], ["commodity", "Gold future"], ["crypto", "BTC-EUR"], ["fx", "EUR/USD"],
            ])
    }

    @Test func matchIgnoresCaseAndAccents() throws {
        let t = try #require(table("instruments | where name ~ \"PETROLE\" | select name"))
        #expect(t.rows.map { $0.map(\.plainText) } == [["Pétrole WTI"]])
    }

    @Test func selectNamesColumns() throws {
        let t = try #require(table("instruments | take 1 | select name, pct * 2 as double, abs(change)"))
        #expect(t.columns.map(\.name) == ["name", "double", "abs(change)"])
        #expect(t.rows.first?.map(\.plainText) == ["CAC 40", "0.12", "3.69"])
    }

    @Test func variablesHoldValuesAndRows() {
        #expect(value("let x = 2 * 3.5\n$x + 1") == "8.0")  // a product keeps the decimals of both operands
        #expect(value("let f = instruments | where pct < 0\n$f | count") == "7")
        #expect(value("let n = instruments | count\n$n") == "15")
        #expect(value("let k = 100\ninstruments | sum pct * $k") == "-184.00")
    }

    @Test func defaultTableColumnsAndAllColumnsForCSV() throws {
        let t = try #require(table("instruments"))
        #expect(t.columns.map(\.name) == ["position", "name", "value", "change", "pct", "kind", "region"])
        let csv = try #require(table("instruments | to csv"))
        #expect(csv.columns.map(\.name) == InstrumentField.names)
    }

    @Test func snapshotToJSONIsTheModel() {
        #expect(run("snapshot | to json").outputs.last == .snapshotModel(Self.seed))
    }

    /// Readable outputs are typed, for the renderer to lay out: nothing is wrapped, padded or
    /// coloured for a terminal here.
    @Test func readableOutputsAreTyped() throws {
        let article = try #require(Self.seed.article)
        #expect(run("article").outputs.last == .article(ArticleText.full(article)))
        #expect(run("excerpt 2").outputs.last == .article(ArticleText.excerpt(article, paragraphs: 2)))
        guard case .card(let card)? = run("show wti").outputs.last else {
            Issue.record("no card")
            return
        }
        #expect(card.fields.first == Card.Field("name", "Pétrole WTI"))
        guard case .status(let lines)? = run("status").outputs.last else {
            Issue.record("no status")
            return
        }
        #expect(lines == [StatusLine.text(Self.seed), "1 snapshot loaded, output format table"])
        guard case .status(let timed)? = run("set timer on; status").outputs.last else {
            Issue.record("no status")
            return
        }
        #expect(timed.last == "1 snapshot loaded, output format table, timer on")
        #expect(run("help sort").outputs.last == Help.document(for: "sort").map(Output.help))
        guard case .searchHits(let hits)? = run("search \"musk\"").outputs.last else {
            Issue.record("no hits")
            return
        }
        #expect(hits.first?.match == "Musk")
    }

    /// `instruments all` reaches the renderer as rows made on demand, printed the same.
    @Test func instrumentsAllTableIsItsRows() throws {
        guard case .table(let t, .csv)? = run("instruments all | to csv").outputs.last else {
            Issue.record("no table")
            return
        }
        #expect(t.rows.count == 15)
        // The snapshot's date, id, status and language, then the instrument's position.
        #expect(
            t.rows.first?.prefix(5) == [.text("2021-04-09"), .text(Self.seed.id), .text("closed"), .text("fr"), .number(Fixed(1))])
        #expect(Array(t.rows) == t.rows.indices.map { t.rows[$0] })
    }

    @Test func runtimeErrorsAsTheUserSeesThem() {
        #expect(
            run("instruments | where pcts > 0").error == """
                -e:2:21: error: unknown field 'pcts' — did you mean 'pct'?
                instruments | where pcts > 0
                                    ^~~~
                """)
        #expect(
            run("instruments | where name > 5").error == """
                -e:2:21: error: cannot compare text with a number
                instruments | where name > 5
                                    ^~~~~~~~
                """)
        #expect(
            run("instruments | sum name").error == """
                -e:2:15: error: sum needs numbers, but 'name' holds text
                instruments | sum name
                              ^~~~~~~~
                """)
        #expect(
            run("1 / 0").error == """
                -e:2:1: error: division by zero
                1 / 0
                ^~~~~
                """)
        #expect(
            run("$nope").error == """
                -e:2:1: error: unknown variable '$nope'
                $nope
                ^~~~~
                """)
        #expect(run("instruments | take -1").error?.hasPrefix("-e:2:20: error: expected a whole number of rows, got '-1'") == true)
        #expect(
            run("instruments | count | sort pct").error?.hasPrefix("-e:2:23: error: sort needs rows, but 'count' is a single value") == true
        )
        #expect(
            run("instruments | to csv | take 1").error?.hasPrefix("-e:2:15: error: 'to' must be the last stage (only 'save' may follow it)")
                == true)
        #expect(run("set format xml").error?.hasPrefix("-e:2:12: error: unknown format 'xml'") == true)
        #expect(
            run("set timer yes").error?.hasPrefix("-e:2:11: error: unknown value 'yes' for 'timer' (on, off)") == true)
        #expect(run("show usd").error?.hasPrefix("-e:2:1: error: 'usd' could be 'EUR/USD' or 'GBP/USD'; type more of the name") == true)
        #expect(run("show zzzz").error?.hasPrefix("-e:2:1: error: no instrument named 'zzzz'") == true)
        #expect(
            run("pct + 1").error?.hasPrefix(
                "-e:2:1: error: 'pct' is a field of rows, not a command: use it in a stage, as in 'instruments | select pct'") == true)
        #expect(
            run("1 + pct").error?.hasPrefix("-e:2:5: error: 'pct' is a field of rows; use it in a stage, as in 'instruments | select pct'")
                == true)
    }
}

@Suite struct SnapshotListTests {
    @Test func useSwitchesTheCurrentSnapshot() throws {
        let other = SnapshotParser.parse(
            Array("La bourse est ouverte\n  • DAX\n\n    1,5\n    +0,1 (+7,14 %)\n".utf8), fileName: "2021-05-01_x.txt")
        let host = RecordingHost(snapshots: [EvaluatorTests.seed, other])
        let evaluator = Evaluator(host: host)
        let source = SourceText(
            origin: "-e",
            text: "load x\nuse 1\ninstruments | count\nuse 2021-05\ninstruments | count\nsnapshots | select n, current\nuse zz")
        let statements = Parser.parse(source).statements
        var error: RuntimeError?
        for s in statements {
            do { try evaluator.execute(s, in: source) } catch let e { error = e }
        }
        let values = host.outputs.compactMap { output -> String? in
            if case .value(let v, _) = output { return v.plainText }
            return nil
        }
        #expect(values == ["15", "1"])
        guard case .table(let t, _)? = host.outputs.last else {
            Issue.record("no table")
            return
        }
        #expect(t.rows.map { $0.map(\.plainText) } == [["1", "false"], ["2", "true"]])
        #expect(error?.message == "no loaded snapshot is 'zz' (see 'snapshots')")
        #expect(host.notices.contains("current: 2021-04-09_3921acb7a18bc451"))
    }
}
