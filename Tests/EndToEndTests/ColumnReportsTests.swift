import Foundation
import MktTestSupport
import Testing

/// Reports about columns, fields and numbers, checked through the built binary: what the
/// user sees on stdout and stderr, and the exit status.
@Suite struct ColumnReportsTests {
    /// Runs `-e` texts quietly on the seed snapshot.
    private func mkt(_ texts: String...) throws -> MktProcess.Result {
        try MktProcess.run(["-q"] + texts.flatMap { ["-e", $0] } + [MktProcess.seed])
    }

    @Test func aRepeatedSelectNameIsMadeUniqueAlikeInEveryFormatAndLaterStages() throws {
        let select = "instruments | select name as value, value"
        let r = try mkt(
            "\(select) | take 1", "\(select) | take 1 | to csv", "\(select) | take 1 | to json",
            "\(select) | take 1 | to markdown", "\(select) | where value_2 > 30000 | select value | to csv")
        #expect(r.status == 0)
        #expect(r.stderr == "")
        #expect(
            r.stdout == """
                value   value_2
                ──────  ───────
                CAC 40  6169.41
                value,value_2
                CAC 40,6169.41
                [
                {"value":"CAC 40","value_2":6169.41}
                ]
                | value | value_2 |
                | --- | ---: |
                | CAC 40 | 6169.41 |
                value
                Dow Jones
                BTC-EUR

                """)
    }

    @Test func aggregatesNamedAlikeAreMadeUnique() throws {
        let r = try mkt(
            "instruments | group kind | count | group count | count | to csv",
            "instruments | group kind | count | group count | count | where count_2 > 1 | to csv",
            "instruments | count, min pct, min pct, count | to csv")
        #expect(r.status == 0)
        #expect(
            r.stdout == """
                count,count_2
                1,1
                2,2
                10,1
                count,count_2
                2,2
                count,min_pct,min_pct_2,count_2
                15,-2.17,-2.17,15

                """)
    }
}

extension ColumnReportsTests {
    @Test func snapshotsHasTheFieldsOfSnapshot() throws {
        let all = MktProcess.packageRoot.appendingPathComponent("examples/snapshots").path
        let r = try MktProcess.run([
            "-q", "-e", "snapshots | where language == \"en\" | select n, id, language, article | to csv",
            "-e", "snapshots | last 1 | to csv", "-e", "snapshot | to csv", all,
        ])
        #expect(r.status == 0)
        #expect(r.stderr == "")
        #expect(
            r.stdout == """
                n,id,language,article
                4,2021-04-12_en_sample_open,en,Brevia Motors: output held back by the chip shortage
                n,id,date,language,status,instruments,article,headlines,warnings,current,file
                5,2021-04-12_sample_fr_open,2021-04-12,fr,open,15,Brevia Motors : la production freinée par la pénurie de puces,5,0,true,\(all)/2021-04-12_sample_fr_open.txt
                id,date,language,status,instruments,article,headlines,warnings
                2021-04-12_sample_fr_open,2021-04-12,fr,open,15,Brevia Motors : la production freinée par la pénurie de puces,5,0

                """)
    }
}

extension ColumnReportsTests {
    @Test func anUnknownFieldWithNoCloseMatchListsTheFieldsTheRowsHave() throws {
        let r = try mkt("instruments | where x > 100")
        #expect(r.status == 70)
        #expect(r.stdout == "")
        #expect(
            r.stderr == """
                -e:1:21: error: unknown field 'x'; the rows have position, name, value, change, pct, prev, kind, region, consistent
                instruments | where x > 100
                                    ^

                """)
        let grouped = try mkt("instruments | group kind | avg pct | sort pct")
        #expect(grouped.status == 70)
        #expect(grouped.stderr.hasPrefix("-e:1:43: error: unknown field 'pct'; the rows have kind, avg_pct\n"))
        // A close name is still suggested instead.
        let close = try mkt("instruments | where vlaue > 100")
        #expect(close.stderr.hasPrefix("-e:1:21: error: unknown field 'vlaue' — did you mean 'value'?\n"))
    }
}

extension ColumnReportsTests {
    @Test func aMedianPrintsWithTheDecimalsOfItsValues() throws {
        let r = try mkt(
            "instruments | take 2 | select change - change - 0.10 as x | median x",
            "instruments | take 2 | select 0.10 * position as x | median x",
            "instruments | take 2 | select position * 1.00 as x | median x")
        #expect(r.status == 0)
        #expect(r.stdout == "-0.10\n0.15\n1.50\n")
    }
}

extension ColumnReportsTests {
    @Test func anUnknownSetFormatIsASyntaxErrorAndNothingRuns() throws {
        let r = try mkt("instruments | count; set format xml")
        #expect(r.status == 65)
        #expect(r.stdout == "", "the first statement must not run")
        #expect(
            r.stderr == """
                -e:1:33: error: unknown format 'xml' (formats: table, csv, json, markdown)
                instruments | count; set format xml
                                                ^~~

                """)
    }
}

extension ColumnReportsTests {
    @Test func aSumPastEighteenDigitsRoundsItsDecimalsAndRefusesAWholePartTooLarge() throws {
        let decimals = "instruments | take 2 | select position * 4.123456789012345678 as x"
        let r = try mkt("\(decimals) | sum x", "\(decimals) | avg x", "0.000000001 * 0.000000001 * 0.01")
        #expect(r.status == 0)
        #expect(r.stderr == "")
        #expect(r.stdout == "12.37037036703703703\n6.185185183518518517\n0\n")
        let whole = try mkt("instruments | take 2 | select 5000000000000000000 + position as x | sum x")
        #expect(whole.status == 70)
        #expect(
            whole.stderr == """
                -e:1:69: error: sum: the whole part of the exact sum has more than 18 digits
                instruments | take 2 | select 5000000000000000000 + position as x | sum x
                                                                                    ^~~~~

                """)
    }
}
