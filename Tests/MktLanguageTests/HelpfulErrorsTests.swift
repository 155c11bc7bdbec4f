import MarketModel
import MktResult
import Testing

@testable import MktLanguage

/// Errors users hit while learning mkt, each with the message that says what to write instead.
@Suite struct HelpfulErrorsTests {
    let evaluator = EvaluatorTests()

    @Test func singleEqualsSuggestsDoubleEquals() {
        #expect(
            errors("instruments | where pct = 0") == """
                -e:1:25: error: '=' is not a comparison — did you mean '=='?
                instruments | where pct = 0
                                        ^
                """)
        #expect(
            errors("instruments | where name = \"CAC 40\" or pct > 1") == """
                -e:1:26: error: '=' is not a comparison — did you mean '=='?
                instruments | where name = "CAC 40" or pct > 1
                                         ^
                """)
        #expect(
            errors("let x = 1 = 2") == """
                -e:1:11: error: '=' is not a comparison — did you mean '=='?
                let x = 1 = 2
                          ^
                """)
    }

    @Test func otherToolsHabitsSayWhatToWrite() {
        #expect(
            errors("instruments | where name == 'CAC 40'").hasPrefix(
                "-e:1:29: error: unexpected character ''': strings are written in straight double quotes, \"like this\"\n"))
        #expect(errors("instruments | where name == “CAC 40”").hasPrefix("-e:1:29: error: unexpected character '“': strings are"))
        #expect(errors("instruments | where pct > 0 && pct < 1").hasPrefix("-e:1:29: error: unexpected character '&': write 'and'\n"))
        #expect(errors("instruments | where !consistent").hasPrefix("-e:1:21: error: unexpected character '!': write 'not'"))
        #expect(errors("instruments | limit 3").hasPrefix("-e:1:15: error: unknown stage 'limit' — did you mean 'take'?\n"))
        // The archive words other tools spell differently.
        #expect(errors("snapshots | distinct date").hasPrefix("-e:1:13: error: unknown stage 'distinct' — did you mean 'latest'?\n"))
        #expect(errors("instruments all | lag value").hasPrefix("-e:1:19: error: unknown stage 'lag' — did you mean 'delta'?\n"))
        #expect(errors("movers | plot pct").hasPrefix("-e:1:10: error: unknown stage 'plot' — did you mean 'chart'?\n"))
        #expect(errors("instruments | filter pct > 0").hasPrefix("-e:1:15: error: unknown stage 'filter' — did you mean 'where'?\n"))
        #expect(
            errors("instruments | sort pct descending") == """
                -e:1:24: error: unknown sort order 'descending' — did you mean 'desc'?
                instruments | sort pct descending
                                       ^~~~~~~~~~
                """)
    }

    @Test func aBareWordComparedWithAFieldWasMeantAsText() {
        #expect(
            evaluator.run("instruments | where region == europe").error == """
                -e:2:31: error: unknown field 'europe'; text is written in quotes — did you mean '"europe"'?
                instruments | where region == europe
                                              ^~~~~~
                """)
        // A word close to a field is still taken for a misspelt field.
        #expect(
            evaluator.run("instruments | where region == regin").error?.hasPrefix(
                "-e:2:31: error: unknown field 'regin' — did you mean 'region'?") == true)
    }

    @Test func aLeadingDotSuggestsAZero() {
        #expect(
            errors(".5") == """
                -e:1:1: error: a number starts with a digit — did you mean '0.5'?
                .5
                ^~
                """)
        #expect(
            errors("instruments | where pct > -.25") == """
                -e:1:28: error: a number starts with a digit — did you mean '0.25'?
                instruments | where pct > -.25
                                           ^~~
                """)
        #expect(errors("1 . 2").hasPrefix("-e:1:3: error: unexpected character '.'"))
    }

    @Test func excerptTakesCharOrChars() {
        #expect(dump("excerpt 1 char") == "(excerpt 1 chars)")
        #expect(dump("excerpt 280 chars") == "(excerpt 280 chars)")
        #expect(
            errors("excerpt 3 chrs") == """
                -e:1:11: error: expected 'chars' or the end of the statement after 'excerpt 3', found 'chrs' — did you mean 'chars'?
                excerpt 3 chrs
                          ^~~~
                """)
    }

    @Test func helpSuggestsTheNearestTopics() {
        #expect(
            evaluator.run("help sortt").error == """
                -e:2:1: error: no help for 'sortt' — did you mean 'sort'?
                help sortt
                ^~~~~~~~~~
                """)
        #expect(
            evaluator.run("help instrument").error == """
                -e:2:1: error: no help for 'instrument' — did you mean 'instruments' or 'instruments all'?
                help instrument
                ^~~~~~~~~~~~~~~
                """)
        #expect(
            evaluator.run("help nonsense").error == """
                -e:2:1: error: no help for 'nonsense' (type 'help' to list the topics)
                help nonsense
                ^~~~~~~~~~~~~
                """)
        // No topic is spelled like it, but a page mentions it.
        #expect(
            evaluator.run("help deviation").error?.hasPrefix("-e:2:1: error: no help for 'deviation'; it is mentioned in 'help stddev'")
                == true)
        // Every topic suggested opens a page.
        for word in ["nonsense", "instrument", "sortt", "exit code", "zz", "x"] {
            for topic in Help.nearestTopics(to: word).topics { #expect(helpText(topic) != nil, "\(topic)") }
        }
    }

    @Test func missingScriptArgumentsSayHowManyThereAre() {
        #expect(
            evaluator.run("$1").error == """
                -e:2:1: error: the script got 0 arguments; $1 is the first (run it as 'mkt SCRIPT.mkt ARG...')
                $1
                ^~
                """)
        #expect(
            evaluator.run("instruments | take $2").error?
                .hasPrefix("-e:2:20: error: the script got 0 arguments; $2 is the second") == true)
        #expect(evaluator.run("load $1").error?.hasPrefix("-e:2:6: error: the script got 0 arguments; $1 is the first") == true)
        #expect(evaluator.run("$1 | count").error?.hasPrefix("-e:2:1: error: the script got 0 arguments; $1 is the first") == true)

        let host = RecordingHost(snapshots: [])
        let withArgument = Evaluator(host: host)
        withArgument.state.arguments = ["a"]
        let source = SourceText(origin: "s.mkt", text: "$3")
        var message: String?
        for statement in Parser.parse(source).statements {
            do { try withArgument.execute(statement, in: source) } catch { message = error.message }
        }
        #expect(message == "the script got 1 argument; $3 is the third (run it as 'mkt SCRIPT.mkt ARG...')")
    }

    @Test func useCountsSnapshotsFromOne() {
        #expect(
            evaluator.run("use 0").error == """
                -e:2:1: error: snapshots are numbered from 1: use 1, the only one loaded (see 'snapshots')
                use 0
                ^~~~~
                """)
        let other = SnapshotParser.parse(Array("La bourse est ouverte\n".utf8), fileName: "2021-05-01_x.txt")
        let host = RecordingHost(snapshots: [EvaluatorTests.seed, other])
        let evaluator = Evaluator(host: host)
        let source = SourceText(origin: "-e", text: "load x; use 0; use 3; use -1; use 2")
        var messages: [String] = []
        for statement in Parser.parse(source).statements {
            do { try evaluator.execute(statement, in: source) } catch { messages.append(error.message) }
        }
        #expect(
            messages == [
                "snapshots are numbered from 1: use 1 to 2 (see 'snapshots')",
                "there is no snapshot 3: use 1 to 2 (see 'snapshots')",
                "snapshots are numbered from 1: use 1 to 2 (see 'snapshots')",
            ])
        #expect(evaluator.state.currentIndex == 1)
    }
}
