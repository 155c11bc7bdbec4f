import Foundation
import MktTestSupport
import Testing

/// `movers` and `diff` through the built binary, on the example snapshots (the figures are
/// the pages' own: 2021-04-08 → 2021-04-09, CAC 40 6165.72 → 6169.41).
@Suite struct CompareSourcesTests {
    static let examples = MktProcess.example("")

    @Test func diffComparesTwoNamedSnapshotsExactly() throws {
        let r = try MktProcess.run(
            ["-q", "-e", "diff 2021-04-08 2021-04-09 | where kind == \"fx\" or name == \"CAC 40\" | to csv", Self.examples])
        #expect(r.stderr == "")
        #expect(r.status == 0)
        #expect(
            r.stdout == """
                name,kind,region,from,to,change,pct,note
                CAC 40,index,europe,6165.72,6169.41,3.69,0.06,
                EUR/USD,fx,global,1.1921,1.1905,-0.0016,-0.13,
                GBP/USD,fx,global,1.3735,1.3707,-0.0028,-0.20,

                """)
    }

    /// The damaged page of 2021-04-07 has only CAC 40 and EUR/USD readable: the other
    /// instruments of 2021-04-09 are `new`, with `from` null; the other way round, `gone`.
    @Test func instrumentsInOnlyOneSnapshotAreRowsWithANote() throws {
        let r = try MktProcess.run(
            [
                "-q", "-e", "diff 2021-04-07 2021-04-09 | group note | count",
                "-e", "diff 2021-04-09 2021-04-07 | where note != null | take 2 | to csv", Self.examples,
            ])
        #expect(r.status == 0)
        #expect(
            r.stdout == """
                note  count
                ────  ─────
                          2
                new      13
                name,kind,region,from,to,change,pct,note
                Euro Stoxx 50,index,europe,3978.84,,,,gone
                Dow Jones,index,us,33800.60,,,,gone

                """)
    }

    /// Without ids: the two latest by date, then file name (the English capture of 2021-04-12
    /// sorts before the French one).
    @Test func withoutIdsTheTwoLatestAreCompared() throws {
        let r = try MktProcess.run(["-q", "-e", "diff | where name == \"CAC 40\" | select from, to, change, pct | to csv", Self.examples])
        #expect(r.stdout == "from,to,change,pct\n6160.04,6151.38,-8.66,-0.14\n")
        let one = try MktProcess.run(["-q", "-e", "diff", MktProcess.seed])
        #expect(one.status == 70)
        #expect(one.stderr.hasPrefix("-e:1:1: error: diff compares two snapshots, and only one is loaded; load another\n"))
    }

    @Test func moversAreTheLargestRisesThenFalls() throws {
        let r = try MktProcess.run(["-q", "-e", "movers 2 | to csv", MktProcess.seed])
        #expect(r.status == 0)
        #expect(
            r.stdout == """
                name,kind,region,value,change,pct
                Dow Jones,index,us,33800.60,297.03,0.89
                S&P 500,index,us,4128.80,31.63,0.77
                BTC-EUR,crypto,global,50065.26,-1109.31,-2.17
                HANG SENG,index,asia,28698.80,-309.27,-1.07

                """)
        let bad = try MktProcess.run(["-q", "-e", "movers -1", MktProcess.seed])
        #expect(bad.status == 70)
        #expect(bad.stderr.hasPrefix("-e:1:8: error: expected a whole number of rows, got '-1'"))
    }

    /// Across the year boundary of `examples/archive` (no capture on 1 January): the last
    /// close of 2025 against the last of 2 January 2026, which is also that day's own move.
    @Test func diffAcrossTheYearBoundary() throws {
        let r = try MktProcess.run(
            ["-q", "-e", "diff 2025-12-31 2026-01-02_1730 | where name == \"CAC 40\" | to csv", MktProcess.archive])
        #expect(r.stderr == "")
        #expect(r.stdout == "name,kind,region,from,to,change,pct,note\nCAC 40,index,europe,5871.59,5843.57,-28.02,-0.48,\n")
    }

    /// ETH-EUR first appears on 2026-01-05; Argent was last captured on 2025-12-30.
    @Test func diffShowsAnInstrumentThatAppearsAndOneThatVanishes() throws {
        let r = try MktProcess.run(
            ["-q", "-e", "diff 2025-12-30_1730 2026-01-05 | where note != null | to csv", MktProcess.archive])
        #expect(
            r.stdout == """
                name,kind,region,from,to,change,pct,note
                ETH-EUR,crypto,global,,1911.16,,,new
                Argent,commodity,global,24.49,,,,gone

                """)
    }
}
