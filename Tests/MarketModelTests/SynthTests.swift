import MarketModel
import Testing

@testable import MarketSynth

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The synthetic corpus generator: determinism, random access, continuity of the walk and
/// consistency of every printed number. Pages are read back from their text with a small reader
/// below (the real parser is not used here), so these tests check what a parser will see.
@Suite struct SynthTests {
    static func spec(
        seed: UInt64 = 42, count: Int = 60, perDay: Int = 3, englishEvery: Int = 4
    ) throws -> CorpusSpec {
        let start = try #require(SnapshotDate(year: 2021, month: 4, day: 9))
        return CorpusSpec(seed: seed, start: start, count: count, perDay: perDay, englishEvery: englishEvery)
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    // MARK: Determinism

    @Test func sameSpecSameBytes() throws {
        let a = try SnapshotSynth(Self.spec())
        let b = try SnapshotSynth(Self.spec())
        for k in 0..<a.count {
            #expect(a.page(at: k) == b.page(at: k), "page \(k)")
        }
        let other = try SnapshotSynth(Self.spec(seed: 43))
        #expect(other.page(at: 5).text != a.page(at: 5).text)
    }

    @Test func goldenPageZero() throws {
        let synth = try SnapshotSynth(Self.spec(perDay: 1, englishEvery: 0))
        let page = synth.page(at: 0)
        #expect(page.fileName == "2021-04-09_000000.txt")
        let lines = Self.text(page.text).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(
            lines.prefix(7) == [
                "La bourse est fermée", "  • CAC 40", "", "    6\u{A0}169,41", "    +3,69 (+0,06 %)", "    \u{A0}",
                "  • Euro Stoxx 50",
            ])
        // Block b takes lines 1 + 5b ... 5 + 5b: bullet, blank, value, change, closer.
        #expect(lines[19] == "    -0,0016 (-0,13 %)")
        #expect(lines[29] == "    -1\u{A0}109,31 (-2,17 %)")
        // The article of seed 42: a change here means every corpus made so far changes too.
        #expect(lines[76] == "")
        #expect(lines[77] == "Groupe Sarnelle : l'Etat pourrait monter au capital")
        #expect(lines[79].hasPrefix("·") && lines[79].hasSuffix("\u{A0}min de lecture"))
        #expect(page.text.count == 2_866)
    }

    /// With one capture a day, page 0 closes at the seed's values: its status line and ticker are
    /// byte for byte the real capture's.
    @Test func pageZeroTickerIsTheSeedTicker() throws {
        let synth = try SnapshotSynth(Self.spec(perDay: 1, englishEvery: 0))
        let seed = try Self.seedCapture()
        let tickerEnd = try #require(Self.tickerLength(seed))
        #expect(Array(synth.page(at: 0).text.prefix(tickerEnd)) == Array(seed.prefix(tickerEnd)))
    }

    @Test func englishPageLayout() throws {
        let synth = try SnapshotSynth(Self.spec(perDay: 1, englishEvery: 1))
        let lines = Self.text(synth.page(at: 0).text).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.prefix(6) == ["Market closed", "  • CAC 40", "", "    6,169.41", "    +3.69 (+0.06%)", "    \u{A0}"])
        #expect(lines[29] == "    -1,109.31 (-2.17%)")
        #expect(lines.contains { $0.hasSuffix(" min read") })
        #expect(lines.contains { $0.hasPrefix("Read more: ") })
    }

    // MARK: Random access

    @Test func pageKAloneEqualsPageKOfASequentialRun() throws {
        let spec = try Self.spec(count: 90, perDay: 4, englishEvery: 7)
        let sequential = try SnapshotSynth(spec)
        let pages = (0..<spec.count).map { sequential.page(at: $0) }
        for k in [89, 0, 45, 7, 88, 13] {
            let fresh = try SnapshotSynth(spec)
            #expect(fresh.page(at: k) == pages[k], "page \(k)")
        }
        // A longer corpus shares its first pages: the walk of day d does not depend on the count.
        let longer = try SnapshotSynth(Self.spec(count: 400, perDay: 4, englishEvery: 7))
        #expect(longer.page(at: 89) == pages[89])
    }

    // MARK: The walk

    /// The invariant: every capture of day d + 1 is measured from the value of day d's last
    /// (closing) capture, i.e. its value − change equals that value, instrument by instrument.
    @Test func continuityFromCloseToNextDay() throws {
        let spec = try Self.spec(count: 61, perDay: 3, englishEvery: 4)
        let synth = try SnapshotSynth(spec)
        let read = (0..<spec.count).map { Self.ticker(synth.page(at: $0).text) }
        #expect(read.allSatisfy { $0.count == 15 })
        for day in 0..<(spec.dayCount - 1) {
            let close = read[day * spec.perDay + spec.perDay - 1]
            for slot in 0..<spec.perDay {
                let k = (day + 1) * spec.perDay + slot
                guard k < spec.count else { break }
                for (closing, next) in zip(close, read[k]) {
                    #expect(closing.name == next.name)
                    #expect(
                        (next.value - next.change) == closing.value,
                        "page \(k) \(next.name)")
                }
            }
        }
        // Day 0 starts from the seed's previous close.
        let first = read[0]
        #expect(first[0].value - first[0].change == Fixed(units: 6_165_72, scale: 2))
    }

    @Test func everyPrintedChangeIsConsistent() throws {
        let synth = try SnapshotSynth(Self.spec(count: 400, perDay: 5, englishEvery: 3))
        for k in 0..<synth.count {
            let info = synth.info(at: k)
            let read = Self.ticker(synth.page(at: k).text)
            #expect(read.count == 15)
            for (position, q) in read.enumerated() {
                let instrument = Instrument(position: position + 1, name: q.name, value: q.value, change: q.change, pct: q.pct)
                #expect(instrument.consistent, "page \(k) \(q.name)")
                // pct is exactly the half-away-from-zero rounding, computed here with Fixed.
                // (Operators inside #require confuse the macro's expansion; bind them first.)
                let maybePrev: Fixed? = q.value - q.change
                let maybeHundredfold: Fixed? = q.change * Fixed(100)
                let prev = try #require(maybePrev)
                let hundredfold = try #require(maybeHundredfold)
                let exact = try #require(Fixed.divide(hundredfold, by: prev, extraDigits: 16))
                #expect(exact.rounded(toPlaces: 2) == q.pct, "page \(k) \(q.name)")
                #expect(!q.change.isZero && q.change.signum == q.pct.signum)
                #expect(q.value.scale == (q.name.hasSuffix("/USD") ? 4 : 2) && q.change.scale == q.value.scale)
                // The page says what info(at:) says.
                #expect(info.quotes[position].value == q.value && info.quotes[position].pct == q.pct)
            }
        }
    }

    // MARK: Page shape

    @Test func pageShapeAndFileNames() throws {
        let spec = try Self.spec(count: 200, perDay: 4, englishEvery: 5)
        let synth = try SnapshotSynth(spec)
        for k in 0..<synth.count {
            let info = synth.info(at: k)
            let page = synth.page(at: k)
            let text = Self.text(page.text)
            let english = (k + 1) % 5 == 0
            #expect(info.language == (english ? .en : .fr))
            #expect(info.status == (k % 4 == 3 ? .closed : .open))
            let status =
                english
                ? (k % 4 == 3 ? "Market closed" : "Market open")
                : (k % 4 == 3 ? "La bourse est fermée" : "La bourse est ouverte")
            #expect(text.hasPrefix(status + "\n  • CAC 40\n"))
            #expect(page.text.last != UInt8(ascii: "\n"), "the last headline has no newline")
            #expect((1_500...3_600).contains(page.text.count), "page \(k) is \(page.text.count) bytes")
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let meta = english ? lines[79].hasSuffix(" min read") : lines[79].hasPrefix("·")
            #expect(meta, "page \(k): \(lines[79])")
            let truncated = lines.contains { $0 == (english ? "(...) Click here to read more" : "(...) Cliquez ici pour voir la suite") }
            let cut = lines.contains { $0.hasSuffix(" (...)") }
            #expect(truncated == cut)
            // Headlines: the lines after the last blank line.
            let lastBlank = try #require(lines.lastIndex(of: ""))
            #expect((4...6).contains(lines.count - lastBlank - 1))
            #expect(!text.contains("{"), "no unfilled template slot")
        }
        #expect(synth.fileName(at: 0) == "2021-04-09_000000.txt")
        #expect(synth.fileName(at: 91) == "2021-05-01_000091.txt")
        #expect(synth.fileName(at: 199) == "2021-05-28_000199.txt")
    }

    /// Over a couple of hundred pages, every variation the brief asks for shows up.
    @Test func articlesVary() throws {
        let synth = try SnapshotSynth(Self.spec(count: 200, perDay: 1, englishEvery: 0))
        var seen: Set<String> = []
        for k in 0..<synth.count {
            let text = Self.text(synth.page(at: k).text)
            let article = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(77)
            let paragraphs = article.filter { $0.count > 200 }.count
            seen.insert("paragraphs \(paragraphs)")
            seen.insert(text.contains("(...) Cliquez ici pour voir la suite") ? "cut" : "whole")
            for (mark, name) in [("\"", "straight"), ("“", "curly"), ("« ", "guillemets")]
            where article.dropFirst(2).contains(where: { $0.count > 200 && $0.contains(mark) }) {
                seen.insert(name)
            }
        }
        #expect(seen == ["paragraphs 2", "paragraphs 3", "paragraphs 4", "cut", "whole", "straight", "curly", "guillemets"])
    }

    @Test func rejectsImpossibleSpecs() throws {
        #expect(throws: CorpusSpec.Problem.count(0)) { try SnapshotSynth(Self.spec(count: 0)) }
        #expect(throws: CorpusSpec.Problem.perDay(0)) { try SnapshotSynth(Self.spec(perDay: 0)) }
        #expect(throws: CorpusSpec.Problem.englishEvery(-1)) { try SnapshotSynth(Self.spec(englishEvery: -1)) }
        var late = try Self.spec(count: 10, perDay: 1)
        late.start = try #require(SnapshotDate(year: 9999, month: 12, day: 25))
        #expect(throws: CorpusSpec.Problem.pastYear9999) { try SnapshotSynth(late) }
        late.count = 7
        #expect(try SnapshotSynth(late).fileName(at: 6) == "9999-12-31_000006.txt")
    }

    @Test func calendarArithmetic() throws {
        let start = try #require(SnapshotDate(year: 2020, month: 2, day: 28))
        #expect(start.adding(days: 1)?.description == "2020-02-29")
        #expect(start.adding(days: 2)?.description == "2020-03-01")
        #expect(start.adding(days: 365 + 1)?.description == "2021-02-28")
        #expect(start.adding(days: -59)?.description == "2019-12-31")
    }

    // MARK: The hand-written examples

    /// The made-up example pages keep the seed's numbers consistent: 2021-04-08 closes at the
    /// seed's previous values, and both 2021-04-12 pages measure their changes from the seed's close.
    @Test func examplePagesAreConsistentWithTheSeed() throws {
        let seed = Self.ticker(try Self.readExample("2021-04-09_3921acb7a18bc451.txt"))
        #expect(seed.count == 15)
        let before = Self.ticker(try Self.readExample("2021-04-08_sample_fr_closed.txt"))
        let monday = Self.ticker(try Self.readExample("2021-04-12_sample_fr_open.txt"))
        let mondayEnglish = Self.ticker(try Self.readExample("2021-04-12_en_sample_open.txt"))
        for page in [before, monday, mondayEnglish] {
            #expect(page.count == 15)
            for (i, q) in page.enumerated() {
                #expect(q.name == seed[i].name)
                #expect(
                    Instrument(position: i + 1, name: q.name, value: q.value, change: q.change, pct: q.pct).consistent,
                    "\(q.name)")
            }
        }
        for (i, s) in seed.enumerated() {
            #expect((s.value - s.change) == before[i].value, "\(s.name)")
            #expect((monday[i].value - monday[i].change) == s.value, "\(s.name)")
            #expect((mondayEnglish[i].value - mondayEnglish[i].change) == s.value, "\(s.name)")
        }
        // The damaged page: only CAC 40 and EUR/USD survive this strict reader.
        let damaged = Self.ticker(try Self.readExample("2021-04-07_damaged_sample_fr.txt"))
        #expect(damaged.map(\.name) == ["CAC 40", "EUR/USD"])
    }

    // MARK: Reading pages back

    struct ReadQuote {
        var name: String
        var value: Fixed
        var change: Fixed
        var pct: Fixed
    }

    /// The ticker blocks of a page, read from its text the way docs/FORMAT.md describes them.
    static func ticker(_ bytes: [UInt8]) -> [ReadQuote] {
        let lines = text(bytes).split(separator: "\n", omittingEmptySubsequences: false)
        let english = lines.first?.hasPrefix("Market") == true
        func number(_ s: Substring) -> Fixed? {
            // French: NBSP groups, decimal comma. English: comma groups, decimal point.
            let plain = s.compactMap { c -> Character? in
                if c == "\u{A0}" { return nil }
                if c == "," { return english ? nil : "." }
                return c
            }
            return Fixed(literal: Substring(String(plain)))
        }
        var quotes: [ReadQuote] = []
        var i = 0
        while i + 4 < lines.count {
            defer { i += 1 }
            guard lines[i].hasPrefix("  • "), lines[i + 1].isEmpty, lines[i + 4] == "    \u{A0}",
                lines[i + 2].hasPrefix("    "), lines[i + 3].hasPrefix("    ")
            else { continue }
            let changeLine = lines[i + 3].dropFirst(4)
            let parts = changeLine.split(separator: " (", maxSplits: 1)
            let pctText = parts.count == 2 ? parts[1].dropLast(english ? 2 : 3) : ""
            guard english ? parts.count == 2 && parts[1].hasSuffix("%)") : parts.count == 2 && parts[1].hasSuffix(" %)"),
                let value = number(lines[i + 2].dropFirst(4)), let change = number(parts[0]), let pct = number(pctText)
            else { continue }
            quotes.append(ReadQuote(name: String(lines[i].dropFirst(4)), value: value, change: change, pct: pct))
        }
        return quotes
    }

    /// Bytes of the real capture up to its title (status line, ticker and the blank line after it).
    static func tickerLength(_ bytes: [UInt8]) -> Int? {
        let marker = Array("    \u{A0}\n\n".utf8)
        guard bytes.count >= marker.count else { return nil }
        for start in stride(from: bytes.count - marker.count, through: 0, by: -1)
        where Array(bytes[start..<(start + marker.count)]) == marker {
            return start + marker.count
        }
        return nil
    }

    static func seedCapture() throws -> [UInt8] {
        try readExample("2021-04-09_3921acb7a18bc451.txt")
    }

    static func readExample(_ name: String) throws -> [UInt8] {
        // Tests/MarketModelTests/SynthTests.swift → the package root → examples/snapshots/.
        var path = #filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast(3).joined(separator: "/")
        path += "/examples/snapshots/" + name
        let file = try #require(fopen(path, "rb"), "cannot open \(path)")
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4_096)
        while true {
            let n = fread(&chunk, 1, chunk.count, file)
            if n == 0 { break }
            bytes.append(contentsOf: chunk[..<n])
        }
        return bytes
    }
}
