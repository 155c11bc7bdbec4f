import MarketModel
import Testing

@testable import MarketSynth

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The committed example archive, `examples/archive/` (see examples/README.md), read back with the
/// real parser: what later features (`diff`, `history`, `news`, `audit`…) will be tested on.
@Suite struct ArchiveTests {
    /// One parsed file of the archive.
    struct Page {
        let stem: String
        let snapshot: Snapshot
        var date: String { String(stem.prefix(10)) }
        func instrument(_ name: String) -> Instrument? { snapshot.instruments.first { $0.name == name } }
    }

    static let directory: String = {
        // Tests/MarketModelTests/ArchiveTests.swift → the package root → examples/archive.
        #filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast(3).joined(separator: "/")
            + "/examples/archive"
    }()

    static func fileNames() throws -> [String] {
        let dir = try #require(opendir(directory), "cannot open \(directory)")
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return names.sorted()
    }

    static func read(_ name: String) throws -> [UInt8] {
        let path = directory + "/" + name
        let file = try #require(fopen(path, "rb"), "cannot open \(path)")
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4_096)
        while true {
            let n = fread(&chunk, 1, chunk.count, file)
            if n <= 0 { break }
            bytes += chunk.prefix(n)
        }
        return bytes
    }

    /// Every page in file-name order (the capture order).
    static func pages() throws -> [Page] {
        try fileNames().map { name in
            let bytes = try read(name)
            return Page(stem: String(name.dropLast(4)), snapshot: SnapshotParser.parse(bytes, fileName: name))
        }
    }

    /// `change × 10000 / prev`, rounded half away from zero, in hundredths of a percent.
    static func expectedPct(_ i: Instrument) throws -> Int64 {
        let prev = try #require(i.prev)
        #expect(i.change.scale == prev.scale)
        return MarketWalk.roundedDivide(i.change.units * 10_000, prev.units)
    }

    // MARK: The files

    @Test func committedFilesAreExactlyTheGeneratorsOutput() throws {
        let synth = ArchiveSynth(.example)
        #expect(try Self.fileNames() == synth.pages.map(\.fileName))
        for index in 0..<synth.count {
            let page = synth.page(at: index)
            #expect(try Self.read(page.fileName) == page.text, "\(page.fileName) differs: run mkt-gen --archive")
        }
    }

    @Test func everyPageParsesWithoutWarnings() throws {
        let pages = try Self.pages()
        #expect(pages.count == 33)
        for page in pages {
            #expect(page.snapshot.warnings.isEmpty, "\(page.stem): \(page.snapshot.warnings)")
            #expect(page.snapshot.date?.description == page.date)
            #expect(page.snapshot.instruments.count >= 15)
            #expect(page.snapshot.article != nil)
            #expect(page.snapshot.headlines.count >= 4)
        }
    }

    @Test func datesCrossTheYearBoundaryInFileOrder() throws {
        let dates = try Self.pages().map(\.date)
        #expect(dates.first == "2025-12-15")
        #expect(dates.last == "2026-01-23")
        #expect(dates == dates.sorted())
        #expect(dates.contains("2025-12-31") && dates.contains("2026-01-02"))
        #expect(Set(dates.map { $0.prefix(4) }) == ["2025", "2026"])
    }

    /// Weekends, the two holidays and the one missed day have no file; every other weekday has.
    @Test func missingDaysAreWeekendsHolidaysAndSeventhOfJanuary() throws {
        let present = Set(try Self.pages().map(\.date))
        let start = try #require(SnapshotDate(year: 2025, month: 12, day: 15))
        var weekdaysWithoutFile: [String] = []
        for offset in 0..<40 {
            let date = try #require(start.adding(days: offset))
            // 2025-12-15 was a Monday.
            let isWeekend = offset % 7 >= 5
            if isWeekend {
                #expect(!present.contains(date.description), "\(date) is a weekend day")
            } else if !present.contains(date.description) {
                weekdaysWithoutFile.append(date.description)
            }
        }
        #expect(weekdaysWithoutFile == ["2025-12-25", "2026-01-01", "2026-01-07"])
    }

    @Test func severalCapturesOnFourDaysLastOneClosed() throws {
        let pages = try Self.pages()
        var byDate: [String: [Page]] = [:]
        for page in pages { byDate[page.date, default: []].append(page) }
        let several = byDate.filter { $0.value.count > 1 }.mapValues { $0.map { String($0.stem.suffix(4)) } }
        #expect(
            several == [
                "2025-12-18": ["0900", "1730"], "2025-12-30": ["1000", "1730"],
                "2026-01-02": ["0900", "1300", "1730"], "2026-01-15": ["0930", "1400", "1730"],
            ])
        for (date, captures) in byDate {
            #expect(captures.last?.snapshot.status == .closed, "\(date)")
            #expect(captures.dropLast().allSatisfy { $0.snapshot.status == .open }, "\(date)")
        }
    }

    @Test func mostlyFrenchSomeEnglish() throws {
        let english = try Self.pages().filter { $0.snapshot.language == .en }.map(\.stem)
        #expect(
            english == [
                "2025-12-19_1730", "2025-12-30_1000", "2026-01-02_1300", "2026-01-09_1730", "2026-01-15_0930",
                "2026-01-23_1730",
            ])
        #expect(try Self.read("2026-01-15_0930.txt").starts(with: Array("Market open\n".utf8)))
        #expect(try Self.read("2026-01-23_1730.txt").starts(with: Array("Market closed\n".utf8)))
    }

    // MARK: Instruments

    @Test func ethereumAppearsOnFifthOfJanuaryAndSilverVanishesAfterThirtiethOfDecember() throws {
        for page in try Self.pages() {
            let names = page.snapshot.instruments.map(\.name)
            #expect((page.instrument("ETH-EUR") != nil) == (page.date >= "2026-01-05"), "\(page.stem)")
            #expect((page.instrument("Argent") != nil) == (page.date <= "2025-12-30"), "\(page.stem)")
            // The seed's 15 are always there, in the seed's order around the extras.
            let seedNames = names.filter { $0 != "ETH-EUR" && $0 != "Argent" }
            #expect(seedNames == SeedInstrument.all.map(\.name), "\(page.stem)")
            if let eth = names.firstIndex(of: "ETH-EUR") { #expect(names[eth - 1] == "BTC-EUR") }
            if let silver = names.firstIndex(of: "Argent") { #expect(names[silver - 1] == "Gold future") }
        }
    }

    /// pct = change / prev × 100 rounded half away from zero to 2 places on every row but one: the
    /// DAX of 13 January, whose pct is the CAC 40's (the documented glitch).
    @Test func everyPctMatchesItsChangeButTheOneGlitch() throws {
        var mismatches: [String] = []
        for page in try Self.pages() {
            for i in page.snapshot.instruments {
                #expect(!i.change.isZero)
                if try Self.expectedPct(i) != i.pct.units || i.pct.scale != 2 {
                    mismatches.append("\(page.stem) \(i.name)")
                }
                #expect(i.consistent == (mismatches.last != "\(page.stem) \(i.name)"))
            }
        }
        #expect(mismatches == ["2026-01-13_1730 DAX"])
        let glitch = try #require(try Self.pages().first { $0.stem == "2026-01-13_1730" })
        #expect(glitch.instrument("DAX")?.pct == glitch.instrument("CAC 40")?.pct)
    }

    /// Captures of one day share each instrument's previous close; the first capture of a day is
    /// measured from the last capture of the file day before, except after the missed 7 January
    /// (8 January is measured from the 7th's close, which no file shows).
    @Test func previousClosesChainFromDayToDay() throws {
        let pages = try Self.pages()
        var lastOfPreviousDay: Page?
        var checkedLinks = 0
        var index = 0
        while index < pages.count {
            let date = pages[index].date
            let day = pages[index...].prefix { $0.date == date }
            for page in day {
                for i in page.snapshot.instruments {
                    #expect(i.prev == day.first?.instrument(i.name)?.prev, "\(page.stem) \(i.name)")
                }
            }
            if let previous = lastOfPreviousDay, let first = day.first {
                for i in first.snapshot.instruments {
                    guard let close = previous.instrument(i.name)?.value else { continue }
                    if date == "2026-01-08" {
                        #expect(i.prev != close, "\(i.name) on 8 January should start from the missed day's close")
                    } else {
                        #expect(i.prev == close, "\(first.stem) \(i.name)")
                        checkedLinks += 1
                    }
                }
            }
            lastOfPreviousDay = day.last
            index += day.count
        }
        #expect(checkedLinks > 25 * 15)
    }

    @Test func valuesStayNearTheSeeds() throws {
        let seed = Dictionary(uniqueKeysWithValues: SeedInstrument.all.map { ($0.name, $0.value) })
        for page in try Self.pages() {
            for i in page.snapshot.instruments {
                guard let base = seed[i.name] else { continue }
                #expect(i.value.units > base * 2 / 3 && i.value.units < base * 3 / 2, "\(page.stem) \(i.name)")
            }
        }
    }

    // MARK: News

    /// Headlines name instruments the way market news does, in the direction of the page's move.
    @Test func headlinesUseMarketAliases() throws {
        let pages = try Self.pages()
        let french = pages.filter { $0.snapshot.language == .fr }.flatMap(\.snapshot.headlines).joined(separator: "\n")
        let english = pages.filter { $0.snapshot.language == .en }.flatMap(\.snapshot.headlines).joined(separator: "\n")
        for alias in [
            "Wall Street", "le Footsie", "Paris", "Francfort", "Londres", "Tokyo", "Hong Kong", "pétrole", "brut",
            "WTI", "BTC", "l'ETH", "Tesla",
        ] {
            #expect(french.contains(alias), "no French headline says \(alias)")
        }
        for alias in ["Wall Street", "Tesla", "Paris", "Frankfurt", "BTC", "Hong Kong"] {
            #expect(english.contains(alias), "no English headline says \(alias)")
        }
        // 13 January: "Tokyo : le Nikkei recule de 1,73 %…" while the page's Nikkei 225 is -1.73 %.
        let page = try #require(pages.first { $0.stem == "2026-01-13_1730" })
        #expect(page.snapshot.headlines.first == "Tokyo : le Nikkei recule de 1,73 %, le yen pèse")
        #expect(page.instrument("Nikkei 225")?.pct.description == "-1.73")
    }
}
