import Foundation
import MktTestSupport
import Testing

/// `first`, `last`, `delta`, `latest per`, `in` and `between` through the built binary over the
/// five example captures: two on 2021-04-12 (`en_sample_open` before `sample_fr_open` by file
/// name), a damaged page of 2021-04-07 holding only CAC 40 and EUR/USD. Expected values are
/// those of the pages.
@Suite struct TimeEndToEndTests {
    static let archive = MktProcess.packageRoot.appendingPathComponent("examples/snapshots").path

    func mkt(_ statements: String...) throws -> MktProcess.Result {
        try MktProcess.run(["-q"] + statements.flatMap { ["-e", $0] } + [Self.archive])
    }

    @Test func lastValuePerInstrumentIsTheLatestCaptures() throws {
        let r = try mkt("instruments all | group name | last value | to csv")
        #expect(r.stderr == "")
        #expect(r.status == 0)
        // Every name is in the last capture (the French page of 04-12): its values.
        #expect(
            r.stdout == """
                name,last_value
                BTC-EUR,50812.44
                CAC 40,6151.38
                CMC Crypto 200,1261.07
                DAX,15186.59
                Dow Jones,33745.40
                EUR/USD,1.1912
                Euro Stoxx 50,3969.22
                FTSE 100,6890.12
                GBP/USD,1.3741
                Gold future,1738.60
                HANG SENG,28453.28
                Nasdaq,13850.00
                Nikkei 225,29538.73
                Pétrole WTI,59.93
                S&P 500,4124.66

                """)
    }

    @Test func firstValueIsABareValue() throws {
        let r = try mkt(
            "instruments all | where name == \"CAC 40\" | first value",
            "instruments all | where name == \"DAX\" | first snapshot")
        #expect(r.status == 0)
        #expect(r.stdout == "6169.41\n2021-04-08_sample_fr_closed\n")
    }

    @Test func deltaComparesEachCaptureWithThePrevious() throws {
        let r = try mkt("instruments all | where name == \"CAC 40\" | delta value | select date, value, prev_value, delta_value")
        #expect(r.status == 0)
        #expect(
            r.stdout == """
                date          value  prev_value  delta_value
                ──────────  ───────  ──────────  ───────────
                2021-04-07  6169.41
                2021-04-08  6165.72     6169.41        -3.69
                2021-04-09  6169.41     6165.72        +3.69
                2021-04-12  6160.04     6169.41        -9.37
                2021-04-12  6151.38     6160.04        -8.66

                """)
        let text = try mkt("instruments all | delta name")
        #expect(text.status == 70)
        #expect(text.stderr.hasPrefix("-e:1:25: error: delta needs numbers, but 'name' holds text\n"))
    }

    @Test func latestPerDateKeepsTheLastCaptureOfEachDay() throws {
        let r = try mkt(
            "snapshots | latest per date | select id | to csv",
            "instruments all | latest per date, name | count",
            "instruments all | earliest per date, name | where date == \"2021-04-12\" | group snapshot | to csv")
        #expect(r.status == 0)
        #expect(
            r.stdout == """
                id
                2021-04-07_damaged_sample_fr
                2021-04-08_sample_fr_closed
                2021-04-09_3921acb7a18bc451
                2021-04-12_sample_fr_open
                47
                snapshot,count
                2021-04-12_en_sample_open,15

                """)
    }

    @Test func inAndBetweenFilterRows() throws {
        let r = try mkt(
            "instruments all | where name in (\"CAC 40\", \"DAX\") and pct between -0.2 and 0.2 "
                + "| select snapshot, name, pct | to csv")
        #expect(r.status == 0)
        #expect(
            r.stdout == """
                snapshot,name,pct
                2021-04-07_damaged_sample_fr,CAC 40,0.06
                2021-04-08_sample_fr_closed,DAX,0.11
                2021-04-09_3921acb7a18bc451,CAC 40,0.06
                2021-04-12_en_sample_open,CAC 40,-0.15
                2021-04-12_en_sample_open,DAX,-0.13

                """)
    }

    @Test func mistakesAreSyntaxErrorsWithACaret() throws {
        let between = try mkt("instruments | where pct between 1")
        #expect(between.status == 65)
        #expect(between.stdout == "")
        #expect(
            between.stderr == """
                -e:1:34: error: expected 'and' after the low end of 'between', as in 'pct between -1 and 1'
                instruments | where pct between 1
                                                 ^

                """)
        let first = try mkt("instruments | first 2")
        #expect(first.status == 65)
        #expect(first.stderr.contains("to keep rows, write 'take 2'"))
        let latest = try mkt("snapshots | latest date")
        #expect(latest.status == 65)
        #expect(latest.stderr.hasPrefix("-e:1:20: error: expected 'per' after 'latest', as in 'latest per date'\n"))
    }
}
