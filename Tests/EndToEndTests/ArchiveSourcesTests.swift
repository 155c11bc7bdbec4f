import Foundation
import MktTestSupport
import Testing

/// The sources over every loaded snapshot through the built binary, on the example pages
/// (loaded in name order: 2021-04-07 damaged, 04-08 and 04-09 closed, 04-12 in English then
/// French, both open). Expected rows are read off the pages themselves.
@Suite struct ArchiveSourcesTests {
    static let examples = MktProcess.example("")

    func mkt(_ statements: String..., files: [String] = [examples]) throws -> MktProcess.Result {
        try MktProcess.run(["-q"] + statements.flatMap { ["-e", $0] } + files)
    }

    @Test func headlinesOfEverySnapshotFilteredByTheirSnapshotsLanguage() throws {
        let r = try mkt(#"headlines all | where language == "fr" and text ~ "bourse" | select snapshot, n, text | to csv"#)
        #expect(r.stderr == "")
        #expect(
            r.stdout == """
                snapshot,n,text
                2021-04-08_sample_fr_closed,1,Bourse : les valeurs à suivre à Paris
                2021-04-09_3921acb7a18bc451,3,Le CAC 40 retourne à la case départ au 3e confinement : le conseil Bourse du jour
                2021-04-12_sample_fr_open,3,Le conseil Bourse du jour : faut-il renforcer Solvane ?

                """)
    }

    /// 3 + 3 paragraphs on 04-08 and 04-09, 2 + 2 on 04-12; quotes 1, 2, 2, 2; the damaged
    /// page has no article. Tables leave out status and language.
    @Test func paragraphsAndQuotesOfEverySnapshot() throws {
        let r = try mkt(
            "paragraphs all | count", "quotes all | count", "quotes all | where truncated | select snapshot, text | to csv",
            "headlines all | take 1")
        #expect(
            r.stdout == """
                10
                7
                snapshot,text
                2021-04-09_3921acb7a18bc451,Si Tesla
                2021-04-12_en_sample_open,the worst is
                2021-04-12_sample_fr_open,le plus dur est
                date        snapshot                     n  text
                ──────────  ───────────────────────────  ─  ─────────────────────────────────────
                2021-04-08  2021-04-08_sample_fr_closed  1  Bourse : les valeurs à suivre à Paris

                """)
    }

    /// The damaged 04-07 page has 2 readable instruments, 04-08 and 04-09 have 15, all closed
    /// and French; only the English 04-12 page is open and English.
    @Test func instrumentsOfEverySnapshotFilteredByStatusAndLanguage() throws {
        let r = try mkt(
            #"instruments all | where status == "closed" and language == "fr" | group snapshot | count | to csv"#,
            #"instruments all | where status == "open" and language == "en" | select snapshot, name | take 1 | to csv"#,
            "instruments all | take 1 | to csv")
        #expect(
            r.stdout == """
                snapshot,count
                2021-04-07_damaged_sample_fr,2
                2021-04-08_sample_fr_closed,15
                2021-04-09_3921acb7a18bc451,15
                snapshot,name
                2021-04-12_en_sample_open,CAC 40
                date,snapshot,status,language,position,name,value,change,pct,prev,kind,region,consistent
                2021-04-07,2021-04-07_damaged_sample_fr,closed,fr,1,CAC 40,6169.41,3.69,0.06,6165.72,index,europe,true

                """)
    }

    @Test func searchAllSaysWhichSnapshotEachHitIsIn() throws {
        let r = try mkt(#"search "bitcoin" all"#)
        #expect(r.status == 0)
        #expect(
            r.stdout == """
                2021-04-12_en_sample_open, headline 3: [Bitcoin] climbs back above $50,000
                2021-04-12_sample_fr_open, headline 4: [Bitcoin] : la cryptomonnaie repasse au-dessus de …

                """)
        // Without `all`, the current snapshot only: the French 04-12 page.
        let current = try mkt(#"search "bitcoin""#)
        #expect(current.stdout == "headline 4: [Bitcoin] : la cryptomonnaie repasse au-dessus de …\n")
    }

    @Test func searchAllWithNoMatchSaysSoOnStandardError() throws {
        let r = try MktProcess.run(["-e", #"search "xyzzy" all"#, Self.examples])
        #expect(r.status == 0)
        #expect(r.stdout == "")
        #expect(r.stderr.hasSuffix("no matches for \"xyzzy\" in 5 snapshots\n"))
    }

    /// The damaged page's four warnings, at their lines; the other pages are sound (every
    /// pct follows from its change and previous value, no name twice, dates in order).
    @Test func auditReportsTheDamagedPagesWarnings() throws {
        let r = try mkt("audit | to csv")
        #expect(r.status == 0)
        #expect(
            r.stdout == """
                date,snapshot,line,check,name,problem
                2021-04-07,2021-04-07_damaged_sample_fr,7,warning,,'Euro Stoxx 50' has no value line; skipped
                2021-04-07,2021-04-07_damaged_sample_fr,11,warning,,unexpected text in the ticker: '#@!% publicité ~~ ]]>'
                2021-04-07,2021-04-07_damaged_sample_fr,15,warning,,cannot read the change of 'Dow Jones' from '+abc (n/a %)'; skipped
                2021-04-07,2021-04-07_damaged_sample_fr,25,warning,,"cannot read the change of 'Gold future' from '-14,1'; skipped"

                """)
    }

    /// A page with a pct that does not follow (-9.37 on 6169.41 is -0.15 %, not -0.50 %) and a
    /// name listed twice, then an earlier day loaded after it.
    @Test func auditFindsBadPctRepeatedNamesAndDatesGoingBackwards() throws {
        let dir = try MktProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let later = dir.appendingPathComponent("2021-05-03_a.txt")
        let earlier = dir.appendingPathComponent("2021-05-02_b.txt")
        try """
        La bourse est ouverte
          • CAC 40

            6 160,04
            -9,37 (-0,50 %)
             
          • DAX

            15 215,02
            -19,14 (-0,13 %)
             
          • Cac 40

            6 151,38
            -18,03 (-0,29 %)

        """.write(to: later, atomically: true, encoding: .utf8)
        try """
        Market closed
          • Gold future

            1,734.90
            -9.20 (-0.53%)

        """.write(to: earlier, atomically: true, encoding: .utf8)
        let r = try mkt("audit | to csv", files: [later.path, earlier.path])
        #expect(r.stderr == "")
        #expect(
            r.stdout == """
                date,snapshot,line,check,name,problem
                2021-05-03,2021-05-03_a,2,pct,CAC 40,pct -0.50 does not match change -9.37 on prev 6169.41 (-0.15)
                2021-05-03,2021-05-03_a,12,repeated,Cac 40,listed again in the ticker (first at line 2)
                2021-05-02,2021-05-02_b,,date,,the date goes backwards: 2021-05-02 is loaded after 2021-05-03 (2021-05-03_a)

                """)
        let ordered = try mkt("audit | count", files: [earlier.path, later.path])
        #expect(ordered.stdout == "2\n")
    }

    /// CAC 40 is also "Paris" and "CAC": the 04-08 paragraph and headline on the Paris
    /// exchange, the 04-09 headline on the CAC 40, the 04-12 paragraphs saying Paris.
    @Test func newsFindsAnInstrumentByNameAndAlias() throws {
        let r = try mkt(
            "news cac 40 | select snapshot, part, n, match | to csv", "news petrole | select date, part, n, match | to csv",
            "news Francfort | count")
        #expect(r.stderr == "")
        #expect(
            r.stdout == """
                snapshot,part,n,match
                2021-04-08_sample_fr_closed,paragraph,3,Paris
                2021-04-08_sample_fr_closed,headline,1,Paris
                2021-04-09_3921acb7a18bc451,headline,3,CAC 40
                2021-04-12_en_sample_open,paragraph,1,Paris
                2021-04-12_en_sample_open,paragraph,2,Paris
                2021-04-12_sample_fr_open,paragraph,1,Paris
                date,part,n,match
                2021-04-08,headline,2,pétrole
                0

                """)
    }

    @Test func newsTakesAnAliasAsTheName() throws {
        let r = try mkt(#"news Wall Street | select snapshot, part, n, match | to csv"#, #"news "btc" | select snapshot, n | to csv"#)
        #expect(
            r.stdout == """
                snapshot,part,n,match
                2021-04-09_3921acb7a18bc451,paragraph,1,Wall Street
                snapshot,n
                2021-04-12_en_sample_open,3
                2021-04-12_sample_fr_open,4

                """)
    }

    @Test func newsOfAnUnknownOrAmbiguousNameIsAnError() throws {
        let unknown = try mkt("news Tesla")
        #expect(unknown.status == 70)
        #expect(
            unknown.stderr.hasPrefix(
                #"-e:1:6: error: no loaded instrument or alias is named 'Tesla' (see 'help news'; 'search "Tesla" all' finds any text)"#
                    + "\n"))
        let ambiguous = try mkt("news usd")
        #expect(ambiguous.stderr.hasPrefix("-e:1:6: error: 'usd' could be 'EUR/USD' or 'GBP/USD'; type more of the name\n"))
    }
}
