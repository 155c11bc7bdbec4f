import Foundation
import MarketModel
import MktRender
import MktResult
import Testing

@testable import MktLanguage

/// `first`, `last`, `delta`, `latest per`, `earliest per`, `in` and `between` through the
/// evaluator over the five example captures (two on 2021-04-12; the damaged page of
/// 2021-04-07 has only CAC 40 and EUR/USD). Expected values are read from the pages.
@Suite struct TimeLanguageTests {
    /// The example pages, in file-name order (as `load examples/snapshots` loads them).
    static let archive: [Snapshot] = {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples/snapshots")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
        return names.map { name in
            let url = directory.appendingPathComponent(name)
            return SnapshotParser.parse(Array((try? Data(contentsOf: url)) ?? Data()), fileName: url.path)
        }
    }()

    /// Runs `text` with `snapshots` loaded: the last output as printed (CSV when `to csv`), or
    /// the first error as printed.
    func run(_ text: String, snapshots: [Snapshot] = Self.archive) -> String {
        let host = RecordingHost(snapshots: snapshots)
        let evaluator = Evaluator(host: host)
        let source = SourceText(origin: "-e", text: "load x\n" + text)
        let parsed = Parser.parse(source)
        if let d = parsed.diagnostics.first { return Renderer.text(d.report(in: source), color: false) }
        for statement in parsed.statements {
            do {
                try evaluator.execute(statement, in: source)
            } catch {
                return Renderer.text(error.diagnostic(statementRange: statement.range).report(in: source), color: false)
            }
        }
        return host.outputs.last.map { Renderer.text($0) } ?? ""
    }

    @Test func theArchiveIsTheFiveExamplePages() {
        #expect(Self.archive.map(\.id).last == "2021-04-12_sample_fr_open")
        #expect(run("instruments all | count") == "62\n")
    }

    // MARK: first, last

    @Test func firstAndLastPickInSnapshotOrder() {
        // CAC 40: 6169.41 on the damaged page of 04-07, 6151.38 in the French capture of 04-12,
        // which comes after the English one (file names: "en…" < "sample…").
        #expect(run("instruments all | where name == \"CAC 40\" | first value") == "6169.41\n")
        #expect(run("instruments all | where name == \"CAC 40\" | last value") == "6151.38\n")
        // DAX is missing from 04-07: its first value is of 04-08.
        #expect(run("instruments all | where name == \"DAX\" | first value") == "15202.68\n")
        #expect(
            run("instruments all | where name in (\"CAC 40\", \"DAX\") | group name | last value, first snapshot | to csv")
                == "name,last_value,first_snapshot\nCAC 40,6151.38,2021-04-07_damaged_sample_fr\n"
                + "DAX,15186.59,2021-04-08_sample_fr_closed\n")
    }

    @Test func firstAndLastDoNotDependOnTheRowOrder() {
        // Sorted by value, or loaded with the 04-12 captures first: the same answers.
        #expect(run("instruments all | where name == \"CAC 40\" | sort value | last value") == "6151.38\n")
        #expect(run("instruments all | where name == \"CAC 40\" | sort value desc | first value") == "6169.41\n")
        let reversed = Array(Self.archive.reversed())
        #expect(run("instruments all | where name == \"EUR/USD\" | last value", snapshots: reversed) == "1.1912\n")
        #expect(run("instruments all | where name == \"EUR/USD\" | first value", snapshots: reversed) == "1.1905\n")
    }

    @Test func firstAndLastSkipNulls() {
        // CAC 40's pct: +0.06, +0.24, +0.06, then -0.15 and -0.29 on 04-12.
        #expect(run("instruments all | where name == \"CAC 40\" | last if(pct < 0, null, value)") == "6169.41\n")
        #expect(run("instruments all | where name == \"CAC 40\" | first if(pct < 0.1, null, value)") == "6165.72\n")
        #expect(run("instruments all | where name == \"CAC 40\" | last if(pct > 9, 1, null)") == "null\n")
        #expect(run("instruments all | where pct > 99 | first value") == "null\n")
    }

    @Test func withoutCapturesFirstAndLastFollowTheRows() {
        #expect(run("instruments | first name", snapshots: [EvaluatorTests.seed]) == "CAC 40\n")
        #expect(run("instruments | last name", snapshots: [EvaluatorTests.seed]) == "GBP/USD\n")
    }

    // MARK: delta

    @Test func deltaComparesWithThePreviousCaptureOfTheSameInstrument() {
        // DAX: 15202.68 (04-08), 15234.16 (04-09), 15215.02 (04-12 en), 15186.59 (04-12 fr).
        #expect(
            run("instruments all | where name == \"DAX\" | delta value | select snapshot, prev_value, delta_value | to csv")
                == """
                snapshot,prev_value,delta_value
                2021-04-08_sample_fr_closed,,
                2021-04-09_3921acb7a18bc451,15202.68,31.48
                2021-04-12_en_sample_open,15234.16,-19.14
                2021-04-12_sample_fr_open,15215.02,-28.43

                """)
        // Every instrument is its own series: the first row of each has no previous one.
        #expect(run("instruments all | delta value | where prev_value == null | count") == "15\n")
        #expect(run("instruments all | delta value | where prev_value == null and date == \"2021-04-08\" | count") == "13\n")
    }

    @Test func deltaKeepsTheRowsInTheirOrder() {
        // Sorted by value descending, CAC 40's rows run 04-07 (6169.41), 04-09 (6169.41),
        // 04-08, 04-12 en, 04-12 fr; each still compares with the capture before it.
        #expect(
            run("instruments all | where name == \"CAC 40\" | sort value desc | delta value | select snapshot, delta_value | to csv")
                == """
                snapshot,delta_value
                2021-04-07_damaged_sample_fr,
                2021-04-09_3921acb7a18bc451,3.69
                2021-04-08_sample_fr_closed,-3.69
                2021-04-12_en_sample_open,-9.37
                2021-04-12_sample_fr_open,-8.66

                """)
    }

    @Test func deltaSeriesComeFromAGroupWrittenBeforeIt() {
        // By kind: the two fx rows of a capture follow each other (EUR/USD then GBP/USD).
        #expect(
            run(
                "instruments all | where kind == \"fx\" | group kind | delta value "
                    + "| where date == \"2021-04-08\" | select name, prev_value, delta_value | to csv")
                == "name,prev_value,delta_value\nEUR/USD,1.1905,0.0016\nGBP/USD,1.1921,0.1814\n")
        // `group` before `delta` keeps every row and every column.
        #expect(run("instruments all | group name, region | delta pct | count") == "62\n")
        // Without a name column, all the rows are one series.
        #expect(
            run("snapshots | delta instruments | select id, delta_instruments | to csv")
                == """
                id,delta_instruments
                2021-04-07_damaged_sample_fr,
                2021-04-08_sample_fr_closed,13
                2021-04-09_3921acb7a18bc451,0
                2021-04-12_en_sample_open,0
                2021-04-12_sample_fr_open,0

                """)
    }

    @Test func deltaNamesItsColumnsAndNeedsNumbers() {
        #expect(
            run("instruments all | delta value, abs(pct) | take 1 | select prev_value, delta_abs_pct, prev_abs_pct | to csv")
                == "prev_value,delta_abs_pct,prev_abs_pct\n,,\n")
        #expect(
            run("instruments all | delta name")
                == "-e:2:25: error: delta needs numbers, but 'name' holds text\ninstruments all | delta name\n"
                + "                        ^~~~")
        #expect(
            ColumnFlow.columnNames(ofPipeline: "instruments all | group name | delta value", variableColumns: { _ in nil })?
                .suffix(2) == ["prev_value", "delta_value"])
    }

    @Test func deltaIsExactAndOverflowIsAnError() throws {
        let columns = ["name", "value"].map { ResultTable.Column($0) }
        let value = Expr.field("value", range: SourceRange(at: SourceLocation(offset: 0, line: 1, column: 1)))
        func relation(_ values: [Fixed]) -> Relation {
            Relation(columns: columns, rows: values.map { [.text("x"), .number($0)] })
        }
        let exact = try TimeStages.delta(
            relation([Fixed(units: 10, scale: 1), Fixed(units: 2, scale: 2)]), of: [value],
            partition: nil, source: SourceText(origin: "", text: "value"), variables: [:], cancellation: .init())
        #expect(
            exact.rows[1] == [
                .text("x"), .number(Fixed(units: 2, scale: 2)), .number(Fixed(units: 10, scale: 1)), .number(Fixed(units: -98, scale: 2)),
            ])
        #expect(throws: RuntimeError.self) {
            try TimeStages.delta(
                relation([Fixed(units: -Int64.max, scale: 0), Fixed(units: Int64.max, scale: 0)]),
                of: [value], partition: nil, source: SourceText(origin: "", text: "value"),
                variables: [:], cancellation: .init())
        }
    }

    // MARK: latest per, earliest per

    @Test func latestPerDateKeepsOneCaptureADay() {
        #expect(
            run("snapshots | latest per date | select id | to csv")
                == "id\n2021-04-07_damaged_sample_fr\n2021-04-08_sample_fr_closed\n2021-04-09_3921acb7a18bc451\n"
                + "2021-04-12_sample_fr_open\n")
        #expect(
            run("snapshots | earliest per date | select id | to csv")
                == "id\n2021-04-07_damaged_sample_fr\n2021-04-08_sample_fr_closed\n2021-04-09_3921acb7a18bc451\n"
                + "2021-04-12_en_sample_open\n")
        // Loaded in reverse, the kept rows still come out in snapshot order.
        #expect(
            run("snapshots | latest per date | select id | to csv", snapshots: Self.archive.reversed())
                == "id\n2021-04-07_damaged_sample_fr\n2021-04-08_sample_fr_closed\n2021-04-09_3921acb7a18bc451\n"
                + "2021-04-12_sample_fr_open\n")
    }

    @Test func latestPerDateAndNameKeepsEachInstrumentsLastValueOfTheDay() {
        // 2 + 15 + 15 + 15 rows: on 04-12, every one from the French capture.
        #expect(
            run("instruments all | latest per date, name | group snapshot | to csv")
                == "snapshot,count\n2021-04-07_damaged_sample_fr,2\n2021-04-08_sample_fr_closed,15\n"
                + "2021-04-09_3921acb7a18bc451,15\n2021-04-12_sample_fr_open,15\n")
        #expect(
            run("instruments all | where name == \"EUR/USD\" | earliest per date | select value | to csv")
                == "value\n1.1905\n1.1921\n1.1905\n1.1919\n")
        // One row per key: the last row of the latest capture holding it.
        #expect(
            run("instruments all | latest per kind | select name, kind | to csv")
                == "name,kind\nBTC-EUR,crypto\nPétrole WTI,commodity\nHANG SENG,index\nGBP/USD,fx\n")
    }

    // MARK: in, between

    @Test func inComparesAsEqualsDoes() {
        let seed = [EvaluatorTests.seed]
        #expect(run("instruments | where name in (\"CAC 40\", \"DAX\") | count", snapshots: seed) == "2\n")
        #expect(run("instruments | where name not in (\"CAC 40\", \"DAX\") | count", snapshots: seed) == "13\n")
        #expect(run("instruments | where name in (\"cac 40\") | count", snapshots: seed) == "0\n")
        #expect(run("2.50 in (1, 2.5)") == "true\n")
        #expect(run("3 in (1, 2)") == "false\n")
        #expect(run("3 not in (1, 2)") == "true\n")
        // SQL's nulls: no match and a null in the list, or a null value, is null.
        #expect(run("null in (1, 2)") == "null\n")
        #expect(run("3 in (1, null)") == "null\n")
        #expect(run("3 not in (1, null)") == "null\n")
        #expect(run("1 in (1, null)") == "true\n")
        #expect(run("instruments | where if(pct > 0, name, null) in (\"CAC 40\", null) | count", snapshots: seed) == "1\n")
        #expect(
            run("instruments | where pct in (\"0.06\")", snapshots: seed).hasPrefix(
                "-e:2:21: error: cannot compare a number with text — \"0.06\" is text: write 0.06 without quotes\n"))
    }

    @Test func betweenIncludesBothEnds() {
        let seed = [EvaluatorTests.seed]
        #expect(
            run("instruments | where pct between -0.13 and 0.06 | select name | to csv", snapshots: seed)
                == "name\nCAC 40\nEuro Stoxx 50\nEUR/USD\n")
        #expect(run("instruments | where pct not between -0.5 and 0.5 | count", snapshots: seed) == "7\n")
        #expect(run("2 between 1 and 3") == "true\n")
        #expect(run("\"b\" between \"A\" and \"C\"") == "true\n")
        #expect(run("5 between null and 3") == "false\n")
        #expect(run("2 between null and 3") == "null\n")
        #expect(run("null not between 1 and 3") == "null\n")
        #expect(run("1 between 1 + 0 and 2 and 3 > 2") == "true\n")
        #expect(run("not 5 between 1 and 3") == "true\n")
    }
}
