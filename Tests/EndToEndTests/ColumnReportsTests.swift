import Foundation
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
        #expect(r.stdout == """
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
        #expect(r.stdout == """
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
