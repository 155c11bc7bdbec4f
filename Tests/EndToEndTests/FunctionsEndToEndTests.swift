import Foundation
import MktTestSupport
import Testing

/// `if`, the date and text functions and `%` through the built binary: what a user sees on
/// stdout and stderr, and the exit status.
@Suite struct FunctionsEndToEndTests {
    @Test func datesAndIfOverInstrumentsAll() throws {
        let r = try MktProcess.run(
            [
                "-q", "-e",
                "instruments all | take 2 | select date, weekday(date) as wd, year(date) % 100 as yy, "
                    + "if(starts(name, \"CAC\"), substring(name, 5), null) as rest | to csv",
                MktProcess.seed,
            ])
        #expect(r.stderr == "")
        #expect(r.status == 0)
        #expect(r.stdout == "date,wd,yy,rest\n2021-04-09,friday,21,40\n2021-04-09,friday,21,\n")
    }

    @Test func ifOnlyComputesThePickedValue() throws {
        let r = try MktProcess.run(["-e", "if(0 == 0, \"none\", 1 / 0)"])
        #expect(r.status == 0)
        #expect(r.stdout == "none\n")
    }

    @Test func anInvalidDateIsARuntimeErrorNamingIt() throws {
        let r = try MktProcess.run(["-e", "year(\"2021-13-01\")"])
        #expect(r.status == 70)
        #expect(r.stdout == "")
        #expect(
            r.stderr == """
                -e:1:1: error: year needs a date YYYY-MM-DD, got "2021-13-01"
                year("2021-13-01")
                ^~~~~~~~~~~~~~~~~~

                """)
    }

    @Test func remainderByZeroIsARuntimeError() throws {
        let ok = try MktProcess.run(["-e", "7.5 % 2"])
        #expect(ok.stdout == "1.5\n")
        let r = try MktProcess.run(["-e", "7 % 0"])
        #expect(r.status == 70)
        #expect(r.stderr.hasPrefix("-e:1:1: error: division by zero\n"))
    }
}
