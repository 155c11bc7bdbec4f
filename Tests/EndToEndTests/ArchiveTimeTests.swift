import Foundation
import MktTestSupport
import Testing

/// Time across `examples/archive` through the built binary: a year end (no capture on 25 December
/// or 1 January), a missed day (2026-01-07), several captures on 2025-12-18, 2025-12-30,
/// 2026-01-02 and 2026-01-15, ETH-EUR from 2026-01-05 and Argent until 2025-12-30. The figures
/// are the pages' own (examples/README.md describes the archive).
@Suite struct ArchiveTimeTests {
    func run(_ statements: String...) throws -> MktProcess.Result {
        try MktProcess.run(
            ["-q"] + statements.flatMap { ["-e", $0] } + [MktProcess.archive], environment: ["LC_ALL": "C.UTF-8"])
    }

    @Test func oneCapturePerDayAcrossTheYearEndAndTheMissedDay() throws {
        let r = try run(
            "snapshots | latest per date | where date >= \"2025-12-30\" and date <= \"2026-01-08\" | select id | to csv",
            "snapshots | latest per date | count", "snapshots | count")
        #expect(r.status == 0, "\(r.stderr)")
        // 12 days with a capture in December, 15 in January: 27 of the 33 captures.
        #expect(
            r.stdout == """
                id
                2025-12-30_1730
                2025-12-31_1730
                2026-01-02_1730
                2026-01-05_1730
                2026-01-06_1730
                2026-01-08_1730
                27
                33

                """)
    }

    @Test func severalCapturesOnADayAreCountedByDate() throws {
        let r = try run("instruments all | where name == \"CAC 40\" | group date | count | where count > 1 | to csv")
        #expect(r.stdout == "date,count\n2025-12-18,2\n2025-12-30,2\n2026-01-02,3\n2026-01-15,3\n")
    }

    /// `history` of an instrument that appears mid-period starts at its first capture; its
    /// footer's change is last − first, exact.
    @Test func historyOfAnInstrumentThatAppears() throws {
        let r = try run("history ETH from 2026-01-14 to 2026-01-16")
        #expect(
            r.stdout == """
                date        snapshot           value   change    pct
                ──────────  ───────────────  ───────  ───────  ─────
                2026-01-14  2026-01-14_1730  1800.94   +68.28  +3.94
                2026-01-15  2026-01-15_0930  1832.72   +31.78  +1.76
                2026-01-15  2026-01-15_1400  1861.39   +60.45  +3.36
                2026-01-15  2026-01-15_1730  1909.74  +108.80  +6.04
                2026-01-16  2026-01-16_1730  1866.16   -43.58  -2.28
                ▁▃▅█▅  first 1800.94  last 1866.16  min 1800.94  max 1909.74
                change +65.22 (+3.62%)

                """)
    }

    /// Argent's last two captures are both on 2025-12-30; after that it is gone.
    @Test func historyOfAnInstrumentThatVanishes() throws {
        let r = try run("history argent last 2 | select snapshot, status, value | to csv", "history argent from 2026-01-01 | count")
        #expect(r.stdout == "snapshot,status,value\n2025-12-30_1000,open,24.57\n2025-12-30_1730,closed,24.49\n0\n")
    }

    /// Across the missed day the page's own change (since a close no file shows) differs from
    /// the change since the previous capture, which `delta` gives.
    @Test func deltaSpansTheMissedDay() throws {
        let r = try run(
            "instruments all | where name == \"DAX\" and date >= \"2026-01-06\" and date <= \"2026-01-08\" | delta value "
                + "| select date, value, change, prev_value, delta_value | to csv")
        #expect(
            r.stdout == """
                date,value,change,prev_value,delta_value
                2026-01-06,15374.04,24.44,,
                2026-01-08,15407.38,96.76,15374.04,33.34

                """)
    }

    @Test func firstAndLastFollowSnapshotOrderForInstrumentsThatComeAndGo() throws {
        let r = try run(
            "instruments all | sort value desc | group name | first date, last date, last value "
                + "| where name in (\"ETH-EUR\", \"Argent\", \"CAC 40\") | to csv")
        #expect(
            r.stdout == """
                name,first_date,last_date,last_value
                Argent,2025-12-15,2025-12-30,24.49
                CAC 40,2025-12-15,2026-01-23,5626.55
                ETH-EUR,2026-01-05,2026-01-23,1602.73

                """)
    }

    @Test func auditFindsTheOneGlitch() throws {
        let r = try run("audit | select snapshot, line, name, problem | to csv")
        #expect(
            r.stdout
                == "snapshot,line,name,problem\n2026-01-13_1730,47,DAX,pct 0.19 does not match change 171.91 on prev 15373.98 (1.12)\n"
        )
    }

    /// `search` alone prints hits in context; after a `|` its hits are rows like any source's.
    @Test func searchIsASourceOfRows() throws {
        let r = try run(
            "search \"Tesla\" all | count", "search \"Tesla\" all | where language == \"en\" | select snapshot, part, n, match | to csv",
            "search \"nowhere to be found\" all | count")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout == """
                4
                snapshot,part,n,match
                2025-12-19_1730,headline,1,Tesla
                2025-12-30_1000,headline,2,Tesla
                2026-01-15_0930,headline,1,Tesla
                0

                """)
        let none = try MktProcess.run(["-e", "search \"nowhere to be found\" all", MktProcess.archive])
        #expect(none.stdout == "")
        #expect(none.stderr.hasSuffix("no matches for \"nowhere to be found\" in 33 snapshots\n"))
    }
}
