import Foundation
import MktTestSupport
import Testing

/// `mkt`'s command line: `mkt help [TOPIC]`, `--help`, `--version`, and usage errors.
@Suite struct CommandLineTests {
    @Test func helpPrintsWhatHelpPrintsInASession() throws {
        let overview = try MktProcess.run(["help"])
        #expect(overview.status == 0)
        #expect(overview.stderr == "")
        #expect(overview.stdout.contains("load PATH"))
        #expect(overview.stdout == (try MktProcess.run(["-e", "help"])).stdout)
        let topic = try MktProcess.run(["help", "sort"])
        #expect(topic.status == 0)
        #expect(topic.stdout.hasPrefix("sort — "))
        #expect(topic.stdout == (try MktProcess.run(["-e", "help sort"])).stdout)
        // A topic of several words, as typed in a session.
        #expect(try MktProcess.run(["help", "set", "format"]).stdout == (try MktProcess.run(["-e", "help set format"])).stdout)
    }

    @Test func anUnknownTopicIsAUsageErrorWithTheSessionsMessage() throws {
        let r = try MktProcess.run(["help", "sortt"])
        #expect(r.status == 64)
        #expect(r.stdout == "")
        #expect(r.stderr == "mkt: no help for 'sortt' — did you mean 'sort'?\n")
        #expect(try MktProcess.run(["-e", "help sortt"]).stderr.contains("error: no help for 'sortt' — did you mean 'sort'?"))
    }

    @Test func dashDashHelpListsTheOptionsAndTheWaysToRun() throws {
        let r = try MktProcess.run(["--help"])
        #expect(r.status == 0)
        for line in ["mkt help [TOPIC]", "mkt parse FILE...", "-e, --execute <TEXT>", "--color <WHEN>", "-q, --quiet", "--no-init"] {
            #expect(r.stdout.contains(line), "\(line)")
        }
        #expect(try MktProcess.run(["-h"]).stdout == r.stdout)
        #expect(try MktProcess.run(["--version"]).stdout == "0.1.0\n")
    }

    @Test func anUnknownOptionSuggestsTheNearestOne() throws {
        let r = try MktProcess.run(["--colour", "never", "-e", "1"])
        #expect(r.status == 64)
        #expect(r.stdout == "")
        #expect(r.stderr.hasPrefix("Error: Unknown option '--colour'. Did you mean '--color'?\nUsage: mkt [OPTIONS]"))
        let invalid = try MktProcess.run(["--color", "sometimes", "-e", "1"])
        #expect(invalid.status == 64)
        #expect(invalid.stderr.hasPrefix("Error: The value 'sometimes' is invalid for '--color <WHEN>': use auto, always or never\n"))
    }

    @Test func aScriptsOwnOptionsAreLeftToIt() throws {
        let dir = try MktProcess.temporaryDirectory()
        let script = dir.appendingPathComponent("args.mkt").path
        try "$1 + \" \" + $2\n".write(toFile: script, atomically: true, encoding: .utf8)
        let r = try MktProcess.run(["-q", script, "--help", "-e"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "--help -e\n")
    }

    @Test func dashEAcceptsAValueThatStartsWithADash() throws {
        #expect(try MktProcess.run(["-e", "-1"]).stdout == "-1\n")
        #expect(try MktProcess.run(["--execute=2 * 3"]).stdout == "6\n")
        #expect(try MktProcess.run(["--color=never", "-e", "1"]).stdout == "1\n")
    }

    /// A glob of 20 000 snapshots reaches the loader as 20 000 files, in a moment (the command
    /// line was once read in quadratic time: 11 s before anything was read).
    @Test func twentyThousandFileArguments() throws {
        let names = (1...20_000).map { "/nonexistent/\($0).txt" }
        let r = try MktProcess.run(["-q"] + names + ["-e", "snapshots"])
        #expect(r.status == 74)
        #expect(r.stdout == "")
        #expect(r.stderr.hasPrefix("mkt: 20000 files could not be read: cannot read /nonexistent/1.txt: no such file"))
        #expect(r.stderr.hasSuffix("and 19997 more\n"))
    }
}

/// `set timer on` and `--timer`: each statement's time on standard error, standard output
/// untouched. (No assertion on the times themselves.)
@Suite struct TimerTests {
    static var timeLine: Regex<Substring> { #/time: \d+\.\d{3} s/# }
    static var loadLine: Regex<Substring> { #/time: \d+\.\d{3} s  load: 1 file, 0\.0 MB, [\d,]+ MB/s/# }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init)
    }

    @Test func setTimerOnPrintsEachStatementsTimeOnStandardError() throws {
        let r = try MktProcess.run(["-e", "1 + 1", "-e", "set timer on", "-e", "2 + 2", "-e", "set timer off", "-e", "3 + 3"])
        #expect(r.status == 0)
        #expect(r.stdout == "2\n4\n6\n")
        // `2 + 2` alone was timed: `set timer on` is not, and `set timer off` turns it off first.
        let err = Self.lines(r.stderr)
        #expect(err.count == 1)
        #expect(try err.allSatisfy { try Self.timeLine.wholeMatch(in: $0) != nil })
    }

    @Test func dashDashTimerTimesLoadsWithTheirFilesEvenWhenQuiet() throws {
        let r = try MktProcess.run(["--timer", "-q", "-e", "load \"\(MktProcess.seed)\"", "-e", "instruments | count", "-e", "status"])
        #expect(r.status == 0)
        #expect(Self.lines(r.stdout).first == "15")
        #expect(r.stdout.contains("output format table, timer on"))
        let err = Self.lines(r.stderr)
        #expect(err.count == 3)
        #expect(try Self.loadLine.wholeMatch(in: err[0]) != nil, "\(err)")
        #expect(try err.dropFirst().allSatisfy { try Self.timeLine.wholeMatch(in: $0) != nil })
    }
}
