import Foundation
import MktTestSupport
import Testing

/// `history`, `board` and `chart` through the built binary on the example snapshots (CAC 40
/// is on all five pages, two of them captured on 2021-04-12: the English page sorts first by
/// file name). Not a terminal: drawings fit 72 columns; the locale picks Unicode or ASCII.
@Suite struct ViewsTests {
    static let examples = MktProcess.example("")
    static let utf8 = ["LC_ALL": "C.UTF-8"]
    static let ascii = ["LC_ALL": "C"]

    @Test func historyIsInArchiveOrderWithASparklineOfThePeriod() throws {
        let r = try MktProcess.run(
            ["-q", "-e", "history cac 40 from 2021-04-08 last 2", "-e", "history \"cac 40\" to 2021-04-08 | to csv", Self.examples],
            environment: Self.utf8)
        #expect(r.stderr == "")
        #expect(r.status == 0)
        #expect(
            r.stdout == """
                date        snapshot                     value  change    pct
                ──────────  ─────────────────────────  ───────  ──────  ─────
                2021-04-12  2021-04-12_en_sample_open  6160.04   -9.37  -0.15
                2021-04-12  2021-04-12_sample_fr_open  6151.38  -18.03  -0.29
                █▁  first 6160.04  last 6151.38  min 6151.38  max 6160.04
                change -8.66 (-0.14%)
                date,snapshot,status,language,value,change,pct
                2021-04-07,2021-04-07_damaged_sample_fr,closed,fr,6169.41,3.69,0.06
                2021-04-08,2021-04-08_sample_fr_closed,closed,fr,6165.72,14.53,0.24

                """)
    }

    /// S&P 500 is missing from the damaged page: four rows. The footer is of the rows shown.
    @Test func aPrefixFindsTheInstrumentAndTheFooterFollowsTheStages() throws {
        let r = try MktProcess.run(
            ["-q", "-e", "history s&p", "-e", "history CAC 40 | where pct < 0 | last 1", Self.examples],
            environment: Self.ascii)
        #expect(r.status == 0)
        #expect(
            r.stdout == """
                date        snapshot                       value  change    pct
                ----------  ---------------------------  -------  ------  -----
                2021-04-08  2021-04-08_sample_fr_closed  4097.17  +17.22  +0.42
                2021-04-09  2021-04-09_3921acb7a18bc451  4128.80  +31.63  +0.77
                2021-04-12  2021-04-12_en_sample_open    4127.35   -1.45  -0.04
                2021-04-12  2021-04-12_sample_fr_open    4124.66   -4.14  -0.10
                _@@#  first 4097.17  last 4124.66  min 4097.17  max 4128.80
                change +27.49 (+0.67%)
                date        snapshot                     value  change    pct
                ----------  -------------------------  -------  ------  -----
                2021-04-12  2021-04-12_sample_fr_open  6151.38  -18.03  -0.29
                =  first 6151.38  last 6151.38  min 6151.38  max 6151.38
                change 0.00 (0.00%)

                """)
    }

    @Test func ambiguousUnknownNamesAndBadDatesAreErrorsWithACaret() throws {
        let ambiguous = try MktProcess.run(["-q", "-e", "history usd", Self.examples])
        #expect(ambiguous.status == 70)
        #expect(
            ambiguous.stderr == """
                -e:1:9: error: 'usd' could be 'EUR/USD' or 'GBP/USD'; type more of the name
                history usd
                        ^~~

                """)
        let unknown = try MktProcess.run(["-q", "-e", "history nikei", Self.examples])
        #expect(
            unknown.stderr.hasPrefix(
                "-e:1:9: error: no instrument named 'nikei' in the loaded snapshots — did you mean 'Nikkei 225'?\n"))
        let date = try MktProcess.run(["-q", "-e", "history CAC 40 from 2021-02-30", Self.examples])
        #expect(date.status == 70)
        #expect(date.stderr.hasPrefix("-e:1:21: error: 'from' needs a date YYYY-MM-DD (a real day), got '2021-02-30'\n"))
        let empty = try MktProcess.run(["-q", "-e", "history CAC 40 from 2021-04-12 to 2021-04-08", Self.examples])
        #expect(empty.stderr.hasPrefix("-e:1:35: error: the period is empty: 'to 2021-04-08' is before 'from 2021-04-12'\n"))
    }

    /// The current snapshot is the French page of 2021-04-12. us: (-0.16 - 0.36 - 0.10) / 3.
    @Test func boardHasSectionsWithBreadthAndCSVHasThePlainRows() throws {
        let r = try MktProcess.run(
            [
                "-q", "-e", "board | where region == \"us\" or kind == \"commodity\"",
                "-e", "board | where kind == \"fx\" | to csv", Self.examples,
            ], environment: Self.utf8)
        #expect(r.status == 0)
        #expect(
            r.stdout == """
                name            value  change    pct
                ───────────  ────────  ──────  ─────
                us · index
                Dow Jones    33745.40  -55.20  -0.16
                Nasdaq       13850.00  -50.19  -0.36
                S&P 500       4124.66   -4.14  -0.10
                  rising 0  falling 3  flat 0  avg pct -0.21

                global · commodity
                Gold future   1738.60   -5.50  -0.32
                Pétrole WTI     59.93   +0.59  +0.99
                  rising 1  falling 1  flat 0  avg pct +0.34
                region,kind,name,value,change,pct
                global,fx,EUR/USD,1.1912,0.0007,0.06
                global,fx,GBP/USD,1.3741,0.0034,0.25

                """)
    }

    /// HANG SENG's -245.52 is the longest bar: 49 cells left of the axis at 72 columns.
    @Test func chartDrawsNegativeBarsLeftOfTheAxis() throws {
        let r = try MktProcess.run(
            [
                "-q", "-e", "instruments | where region == \"asia\" or kind == \"fx\" | chart change",
                "-e", "instruments | take 3 | chart pct | to csv", Self.examples,
            ], environment: Self.utf8)
        #expect(r.status == 0)
        #expect(
            r.stdout == """
                name         change
                ──────────  ───────
                EUR/USD     +0.0007                                                   │
                Nikkei 225  -229.33    ▐██████████████████████████████████████████████│
                HANG SENG   -245.52  █████████████████████████████████████████████████│
                GBP/USD     +0.0034                                                   │
                name,pct
                CAC 40,-0.29
                Euro Stoxx 50,-0.24
                Dow Jones,-0.16

                """)
        let plain = try MktProcess.run(
            ["-q", "-e", "instruments | take 3 | chart pct", Self.examples], environment: ["NO_COLOR": "1", "LC_ALL": "C.UTF-8"])
        #expect(
            plain.stdout == """
                name             pct
                -------------  -----
                CAC 40         -0.29  #################################################|
                Euro Stoxx 50  -0.24          #########################################|
                Dow Jones      -0.16                        ###########################|

                """)
        let text = try MktProcess.run(["-q", "-e", "instruments | chart name", Self.examples])
        #expect(text.status == 70)
        #expect(text.stderr.hasPrefix("-e:1:21: error: chart draws numbers, but row 1 gives text 'CAC 40'\n"))
    }
}
