import MktLanguage
import MktLineEditor
import Testing

@testable import MktShell

@Suite struct CompleterTests {
    static let names = ["CAC 40", "DAX", "Pétrole WTI", "Pétrole Brent", "Gold future", "S&P 500"]

    static let files = FileListing { folder in
        switch folder {
        case ".":
            [
                .init(name: "data", isFolder: true), .init(name: "daily.mkt", isFolder: false),
                .init(name: "my notes.mkt", isFolder: false), .init(name: ".hidden", isFolder: false),
            ]
        case "data/": [.init(name: "2021-04-09.txt", isFolder: false), .init(name: "2021-04-10.txt", isFolder: false)]
        default: []
        }
    }

    func completer(pending: String = "") -> Completer {
        let completer = Completer(instrumentNames: { Self.names }, files: Self.files, width: { 80 })
        completer.pendingInput = pending
        return completer
    }

    /// The line after pressing Tab at its end, as the editor would show it.
    func tab(_ line: String, pending: String = "") -> String {
        let edit = completer(pending: pending).complete(line)
        var scalars = Array(line.unicodeScalars)
        scalars.removeLast(min(edit.deleteCount, scalars.count))
        return String(String.UnicodeScalarView(scalars)) + edit.insertion
    }

    func candidates(_ line: String, pending: String = "") -> [String] {
        completer(pending: pending).propose(line).candidates.map(\.text)
    }

    @Test func statementNamesAtTheStartAndAfterSemicolon() {
        #expect(tab("instr") == "instruments ")
        #expect(tab("hea") == "headlines ")
        #expect(tab("1 + 2; instr") == "1 + 2; instruments ")
        #expect(candidates("s") == ["search", "set", "show", "snapshot", "snapshots", "source", "status"])
        #expect(tab(".q") == ".quit ")
    }

    @Test func stageNamesAfterAPipe() {
        #expect(tab("instruments | wh") == "instruments | where ")
        #expect(tab("instruments |wh") == "instruments |where ")
        // Every stage and aggregate once, `last` being both.
        #expect(candidates("instruments | ").count == Vocabulary.stages.count)
        #expect(tab("instruments | cha") == "instruments | chart ")
        #expect(tab("instruments | where pct > 0 | so") == "instruments | where pct > 0 | sort ")
        // A continuation line after a trailing pipe is a stage too.
        #expect(tab("cou", pending: "instruments |") == "count ")
    }

    @Test func fieldsInExpressionsDependOnTheSource() {
        #expect(tab("instruments | where pc") == "instruments | where pct ")
        #expect(tab("instruments | sort ch") == "instruments | sort change ")
        #expect(tab("instruments | sort change de") == "instruments | sort change desc ")
        #expect(tab("instruments | where pct > 0 and reg") == "instruments | where pct > 0 and region ")
        #expect(tab("quotes | where tr") == "quotes | where tru")  // true, truncated
        #expect(tab("quotes | where trun") == "quotes | where truncated ")
        #expect(candidates("headlines | select ").contains("text"))
        #expect(!candidates("headlines | select ").contains("pct"))
        #expect(tab("instruments | group ki") == "instruments | group kind ")
        #expect(tab("instruments | avg pc") == "instruments | avg pct ")
        #expect(tab("instruments | select ab") == "instruments | select abs ")
        #expect(tab("instruments all | select wee") == "instruments all | select weekday ")
        #expect(tab("instruments | where subs") == "instruments | where substring ")
        #expect(candidates("instruments | where con") == ["consistent", "contains"])
    }

    @Test func fieldsOfEverySourceAreTheColumnsItProduces() {
        // `instruments all` leads each row with its snapshot's date and id.
        #expect(tab("instruments all | sort dat") == "instruments all | sort date ")
        #expect(candidates("instruments all | sort da") == ["date", "day"])
        #expect(tab("instruments all | where pct > 0 | select sn") == "instruments all | where pct > 0 | select snapshot ")
        #expect(Set(candidates("instruments all | sort ")).isSuperset(of: ["date", "snapshot", "pct", "name", "consistent"]))
        #expect(!candidates("instruments | sort ").contains("date"))
        #expect(candidates("snapshots | where cu") == ["current"])
        #expect(tab("snapshots | where lang") == "snapshots | where language ")
        #expect(tab("snapshots | select arti") == "snapshots | select article ")
        #expect(tab("warnings | sort li") == "warnings | sort line ")
        #expect(tab("snapshot | select lang") == "snapshot | select language ")
        #expect(!candidates("warnings | select ").contains("pct"))
    }

    @Test func fieldsAfterASelectAreItsColumns() {
        #expect(
            tab("instruments | select name, pct * 100 as percent | sort per")
                == "instruments | select name, pct * 100 as percent | sort percent ")
        #expect(candidates("instruments | select name, pct | where ").filter { ["name", "pct", "kind"].contains($0) } == ["name", "pct"])
    }

    @Test func fieldsAfterGroupAndAggregatesAreTheirColumns() {
        // The candidates that are columns: functions and keywords are offered too.
        let words = Set(Vocabulary.functions + Keyword.allCases.map(\.rawValue))
        func fields(_ line: String) -> [String] { candidates(line).filter { !words.contains($0) } }
        #expect(fields("instruments | group kind | avg pct, count | sort ") == ["avg_pct", "count", "kind"])
        #expect(tab("instruments | group kind, region | count | sort reg") == "instruments | group kind, region | count | sort region ")
        #expect(fields("instruments | group region | where ") == ["count", "region"])
        #expect(fields("instruments all | group snapshot | max value, min change | select ") == ["max_value", "min_change", "snapshot"])
        #expect(fields("instruments | sum change | where ") == ["sum_change"])
        // Repeated names, renamed as the stages rename them.
        #expect(fields("instruments | select name as value, value | where val") == ["value", "value_2"])
        #expect(fields("instruments | group kind | count | group count | count | sort ") == ["count", "count_2"])
    }

    @Test func timeWordsAreOfferedWhereTheyStand() {
        #expect(candidates("instruments | f") == ["first"])
        #expect(candidates("instruments | l") == ["last", "latest"])
        #expect(candidates("instruments | e") == ["earliest"])
        #expect(tab("instruments all | del") == "instruments all | delta ")
        // After `latest` only `per`, then the fields.
        #expect(candidates("instruments all | latest ") == ["per"])
        #expect(tab("instruments all | earliest p") == "instruments all | earliest per ")
        #expect(candidates("instruments all | latest per da").contains("date"))
        // `last value` is the aggregate: fields after `last`.
        #expect(tab("instruments all | group name | last val") == "instruments all | group name | last value ")
        #expect(tab("instruments | group kind | avg pc") == "instruments | group kind | avg pct ")
        // `in` and `between` where a condition goes, not in `sort`.
        #expect(candidates("instruments | where pct be") == ["between"])
        #expect(candidates("instruments | where name i").contains("in"))
        #expect(!candidates("instruments | sort ").contains("between"))
    }

    @Test func deltaColumnsAreOfferedAfterIt() {
        let words = Set(Vocabulary.functions + Keyword.allCases.map(\.rawValue))
        func fields(_ line: String) -> [String] { candidates(line).filter { !words.contains($0) } }
        #expect(
            fields("instruments | delta value, pct | where ")
                == [
                    "change", "consistent", "delta_pct", "delta_value", "kind", "name", "pct", "position", "prev", "prev_pct",
                    "prev_value", "region", "value",
                ])
        #expect(candidates("instruments all | delta value | where prev") == ["prev", "prev_value"])
        #expect(candidates("instruments all | delta value, abs(pct) | sort delta") == ["delta_abs_pct", "delta_value"])
        // A `group` right before `delta` keeps every row and column.
        #expect(candidates("instruments all | group name | delta pct | select na") == ["name"])
        #expect(candidates("instruments all | group name | delta pct | select delta_") == ["delta_pct"])
        // `first` and `last` after `group` name their columns.
        #expect(fields("instruments all | group name | first value, last pct | sort ") == ["first_value", "last_pct", "name"])
    }

    @Test func variablesAndSnapshotIDs() {
        let completer = Completer(
            instrumentNames: { Self.names }, variables: { ["big", "bonds", "top"] },
            snapshots: { ["2021-04-08_sample", "2021-04-09_seed", "damaged"] }, files: Self.files, width: { 80 })
        #expect(completer.propose("$b").candidates.map(\.text) == ["$big", "$bonds"])
        #expect(completer.propose("instruments | where value > $t").candidates.map(\.text) == ["$top"])
        #expect(completer.propose("use 2021-04-0").candidates.map(\.text) == ["2021-04-08_sample", "2021-04-09_seed"])
        #expect(completer.propose("use d").candidates.map(\.text) == ["damaged"])
        #expect(completer.propose("use ").candidates.count == 3)
        // Tab again after a completed id adds nothing.
        #expect(completer.propose("use damaged ").candidates.isEmpty)
        // `diff` takes two ids, then nothing more.
        #expect(completer.propose("diff ").candidates.count == 3)
        #expect(completer.propose("diff damaged 2021-04-09").candidates.map(\.text) == ["2021-04-09_seed"])
        #expect(completer.propose("DIFF damaged d").candidates.map(\.text) == ["damaged"])
        #expect(completer.propose("diff damaged 2021-04-09_seed ").candidates.isEmpty)
        #expect(completer.propose("diff damaged 2021-04-09_seed | wh").candidates.map(\.text) == ["where"])
        // `history` and `news` take the names of every loaded snapshot, then (history) a period.
        let archive = Completer(
            instrumentNames: { ["CAC 40", "DAX"] }, archiveNames: { ["CAC 40", "Argent", "DAX", "ETH-EUR"] },
            files: Self.files, width: { 80 })
        #expect(archive.propose("history ar").candidates.map(\.text) == ["Argent"])
        #expect(archive.propose("HISTORY e").candidates.map(\.text) == ["\"ETH-EUR\""])
        #expect(archive.propose("history dax ").candidates.map(\.text) == ["from", "last", "to"])
        #expect(archive.propose("history CAC 40 l").candidates.map(\.text) == ["last"])
        #expect(archive.propose("history \"CAC 40\" ").candidates.map(\.text) == ["from", "last", "to"])
        #expect(archive.propose("news argent ").candidates.isEmpty)
        #expect(archive.propose("news ar").candidates.map(\.text) == ["Argent"])
        // `movers` takes a number: nothing to offer.
        #expect(completer.propose("movers ").candidates.isEmpty)
    }

    @Test func fieldsOfAVariableAreItsColumns() {
        let completer = Completer(
            instrumentNames: { Self.names }, columns: { $0 == "moves" ? ["name", "delta"] : nil }, files: Self.files,
            width: { 80 })
        #expect(completer.propose("$moves | sort del").candidates.map(\.text) == ["delta"])
        // An unknown variable: every field a source can have.
        #expect(completer.propose("$other | sort dat").candidates.map(\.text) == ["date"])
    }

    @Test func formatsAfterToAndSetFormat() {
        #expect(tab("instruments | to cs") == "instruments | to csv ")
        #expect(tab("set fo") == "set format ")
        #expect(tab("set tim") == "set timer ")
        #expect(candidates("set timer ") == ["off", "on"])
        #expect(tab("set timer of") == "set timer off ")
        #expect(tab("set format mark") == "set format markdown ")
        #expect(candidates("set format ") == ["csv", "json", "markdown", "table"])
    }

    @Test func instrumentNamesIgnoreCaseAndAccentsAndAreQuotedWhenNeeded() {
        #expect(tab("show \"petrole w") == "show \"Pétrole WTI\" ")
        #expect(tab("show \"petr") == "show \"Pétrole ")
        #expect(tab("show pet") == "show \"Pétrole ")
        #expect(tab("show da") == "show DAX ")
        #expect(tab("show cac") == "show \"CAC 40\" ")
        // Nothing starts with "wti": fall back to names containing it.
        #expect(tab("show \"wti") == "show \"Pétrole WTI\" ")
        #expect(tab("instruments | where name == \"gold") == "instruments | where name == \"Gold future\" ")
        #expect(tab("instruments | where name ~ dax") == "instruments | where name ~ \"DAX\" ")
    }

    @Test func severalMatchesCompleteTheCommonPrefixAndList() {
        let edit = completer().complete("show \"pétrole")
        #expect(tab("show \"pétrole") == "show \"Pétrole ")  // the common part, accent fixed
        #expect(edit.listing == "Pétrole Brent  Pétrole WTI\n")
        // Only a difference in case: nothing inserted, just the list.
        let listed = completer().complete("s")
        #expect(listed.insertion == "" && listed.deleteCount == 0)
        #expect(listed.listing?.contains("search") == true)
    }

    @Test func pathsAfterLoadSourceAndSave() {
        #expect(tab("load da") == "load da")  // "data/" and "daily.mkt": common prefix only
        #expect(candidates("load da") == ["daily.mkt", "data/"])
        #expect(tab("load dat") == "load data/")
        #expect(tab("load data/2021-04-1") == "load data/2021-04-10.txt ")
        #expect(tab("load \"data/2021-04-09") == "load \"data/2021-04-09.txt\" ")
        #expect(tab("source my") == "source \"my notes.mkt\" ")
        #expect(tab("instruments | save dai") == "instruments | save daily.mkt ")
        #expect(tab("load data/x.txt, data/2021-04-09") == "load data/x.txt, data/2021-04-09.txt ")
        #expect(candidates("load .") == [".hidden"])
        #expect(!candidates("load ").contains(".hidden"))
    }

    @Test func helpTopicsAreAllVocabularyWords() {
        #expect(tab("help wh") == "help where ")
        #expect(tab("help medi") == "help median ")
        #expect(tab("help trunc") == "help truncated ")
        #expect(tab("help mark") == "help markdown ")
    }

    @Test func nothingToCompleteBeeps() {
        #expect(completer().complete("zzz").isNone)
        #expect(completer().complete("instruments | where pct > 0 # comm").isNone)
        #expect(completer().complete("search \"tex").isNone)
        #expect(completer().complete("\"open").isNone)
    }

    @Test func commonPrefixNeverSplitsACharacter() {
        #expect(Completer.commonPrefix("e\u{301}a", "e\u{301}b") == "e\u{301}")
        #expect(Completer.commonPrefix("e\u{301}", "e") == "")
        #expect(Completer.commonPrefix("日本", "日経") == "日")
    }

    @Test func editsKeepWhatIsAlreadyTyped() {
        #expect(Completer.replacing("ins", with: "instruments ") == CompletionEdit(insertion: "truments "))
        #expect(
            Completer.replacing("pet", with: "\"Pétrole WTI\" ")
                == CompletionEdit(deleteCount: 3, insertion: "\"Pétrole WTI\" "))
    }
}
