import Foundation
import MktCancel
import Testing

@testable import MarketModel

@Suite struct DamagedPageTests {
    @Test func keepsWhatCanBeReadAndSaysWhereTheRestIs() {
        let page = """
            La bourse est fermée
              • CAC 40

                6\u{A0}169,41
                +3,69 (+0,06 %)
            \u{20}\u{20}\u{20}\u{20}\u{A0}
              • DAX

                n/a
                +31,48 (+0,21 %)
            \u{20}\u{20}\u{20}\u{20}\u{A0}
              • Nasdaq

                13\u{A0}900,19
                +abc (n/a %)
            \u{20}\u{20}\u{20}\u{20}\u{A0}
                garbage in the ticker
              • FTSE 100

                6\u{A0}915,75
                -26,47 (-0,38 %)
            \u{20}\u{20}\u{20}\u{20}\u{A0}
              • Nikkei 225

                29\u{A0}768,06
            """
        let s = Pages.parse(page)
        #expect(s.instruments.map(\.name) == ["CAC 40", "FTSE 100"])
        #expect(s.instruments.map(\.position) == [1, 2])
        #expect(
            s.warnings.map(\.description) == [
                "line 9: cannot read the value of 'DAX' from 'n/a'; skipped",
                "line 15: cannot read the change of 'Nasdaq' from '+abc (n/a %)'; skipped",
                "line 17: unexpected text in the ticker: 'garbage in the ticker'",
                "line 25: 'Nikkei 225' has no change line; skipped",
            ])
    }

    @Test func emptyAndBlankFiles() {
        let expected = [
            "": "line 1: empty page", "\n\n\n": "line 3: blank page: only blank lines",
            "   \u{A0}\n": "line 1: blank page: only blank lines",
        ]
        for (text, warning) in expected {
            let s = Pages.parse(text)
            #expect(s.instruments.isEmpty)
            #expect(s.article == nil)
            #expect(s.headlines.isEmpty)
            #expect(s.status == .unknown)
            #expect(s.warnings.map(\.description) == [warning])
        }
    }

    @Test func statusWithoutOpenOrClosedAndPagesWithoutATicker() {
        let vague = Pages.parse("La bourse xyz\n  • DAX\n\n    1,5\n    +0,1 (+7,14 %)\n")
        #expect(vague.status == .unknown)
        #expect(vague.language == .fr)
        #expect(vague.instruments.map(\.name) == ["DAX"])
        #expect(
            vague.warnings.map(\.description) == ["line 1: status line 'La bourse xyz' says neither open nor closed; the status is unknown"]
        )
        let noTicker = Pages.parse("Market is closed\n\nTesla shares rise\n2 min read\n\nA paragraph.\n")
        #expect(noTicker.status == .closed)
        #expect(noTicker.article?.title == "Tesla shares rise")
        #expect(noTicker.warnings.map(\.description) == ["line 3: no ticker: expected '• NAME' blocks before this line"])
        let statusOnly = Pages.parse("La bourse est ouverte\n\n")
        #expect(statusOnly.warnings.map(\.description) == ["line 2: no ticker: the page ends after its status line"])
    }

    @Test func missingValueLine() {
        let page = "La bourse est ouverte\n  • DAX\n\n    \u{A0}\n  • DAX 2\n\n    1,5\n    +0,1 (+7,14 %)\n"
        let s = Pages.parse(page)
        #expect(s.status == .open)
        #expect(s.instruments.map(\.name) == ["DAX 2"])
        #expect(s.warnings.map(\.description) == ["line 2: 'DAX' has no value; skipped"])
    }

    @Test func randomBytesNeverCrash() {
        var rng = SplitMix(seed: 7)
        for size in [1, 7, 100, 4096, 100_000] {
            let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let s = SnapshotParser.parse(bytes, fileName: "random.txt")
            #expect(s.warnings.count <= SnapshotParser.maxWarnings + 1)
            _ = s.instruments.map { ($0.consistent, $0.prev) }
        }
    }

    @Test func mutatedSeedsNeverCrash() {
        // Cheap mutation fuzzing: flip, drop and duplicate bytes of the real page.
        var rng = SplitMix(seed: 42)
        for _ in 0..<300 {
            var bytes = Pages.seed
            for _ in 0..<Int(rng.next() % 8 + 1) {
                guard !bytes.isEmpty else { break }
                let i = Int(rng.next() % UInt64(bytes.count))
                switch rng.next() % 3 {
                case 0: bytes[i] = UInt8(truncatingIfNeeded: rng.next())
                case 1: bytes.remove(at: i)
                default: bytes.insert(bytes[i], at: i)
                }
            }
            let s = SnapshotParser.parse(bytes, fileName: "m.txt")
            _ = s.instruments.map { ($0.consistent, $0.prev) }
            #expect(s.instruments.count <= 16)
            #expect(s.instruments.enumerated().allSatisfy { $0.element.position == Int32($0.offset + 1) })
        }
    }

    @Test func aCancelledParseGivesNothingAndAnotherTokenReadsAsUsual() {
        // Ctrl-C during the parse of one huge file: the token is asked at checkpoints (every
        // 16 384 lines, the first line included), and a cancelled parse gives no snapshot.
        let page = Array("La bourse est fermée\n".utf8) + [UInt8](String(repeating: "headline\n", count: 100_000).utf8)
        let cancelled = CancellationToken()
        cancelled.cancel()
        let stopped = page.withUnsafeBufferPointer { bytes in
            SnapshotParser.parse(bytes, fileName: "big.txt", cancellation: cancelled)
        }
        #expect(stopped == nil)
        // Tokens are independent: a parse watching one that nobody cancelled reads everything.
        let whole = page.withUnsafeBufferPointer { bytes in
            SnapshotParser.parse(bytes, fileName: "big.txt", cancellation: CancellationToken())
        }
        let plain = SnapshotParser.parse(page, fileName: "big.txt")
        #expect(whole == plain)
        #expect(plain.status == .closed)
    }
}

/// Inputs that took minutes when a step was quadratic; linear, each parses in well under a
/// second (no timing is asserted: a regression shows as a test run that does not finish).
@Suite struct AdversarialPageTests {
    static let head = "La bourse est fermée\n  • A\n\n    1\n    +0,1 (+11,11 %)\n    \u{A0}\n\nTitre\n\n·1 min de lecture\n\n"

    @Test func manyShortParagraphs() {
        let page = Self.head + String(repeating: "p\n\n", count: 80_000)
        let s = Pages.parse(page)
        #expect(s.article?.paragraphs.count == 80_000)
    }

    @Test func manySeeAlsoLines() {
        let page = Self.head + String(repeating: ">> A lire aussi - x\n\n", count: 50_000)
        #expect(Pages.parse(page).article?.seeAlso.count == 50_000)
    }

    @Test func manyQuotationsInOneParagraph() {
        let page = Self.head + String(repeating: "\"a\" ", count: 50_000) + "\n"
        #expect(Pages.parse(page).article?.quotes.count == 50_000)
        let bare = Self.head + String(repeating: "\"", count: 500_000) + "\n"
        #expect(Pages.parse(bare).article?.quotes.isEmpty == true)
    }

    @Test func hugeScalesDoNotOverflowTheConsistencyCheck() {
        let page = "La bourse est fermée\n  • A\n    2\n    +1,000000000000000000 (+1,0 %)\n   \n"
        let s = Pages.parse(page)
        #expect(s.instruments.count == 1)
        #expect(s.instruments.first?.consistent == false)
    }

    @Test func ambiguousNumbersBeforeTheSeparatorIsKnownAreFlagged() {
        let page = "  • A\n\n    1,234\n    +1,000 (+0.08%)\n    \u{A0}\n"
        let s = Pages.parse(page)
        #expect(s.language == .en)
        #expect(s.warnings.map(\.line) == [3])
        #expect(s.warnings.first?.message.hasPrefix("a number like '1,234' here was read with ','") == true)
    }
}

/// A small deterministic generator for mutation tests.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct DamagedExampleTests {
    @Test func bundledDamagedSample() throws {
        let url = Pages.packageRoot.appendingPathComponent("examples/snapshots/2021-04-07_damaged_sample_fr.txt")
        let s = SnapshotParser.parse(Array(try Data(contentsOf: url)), fileName: url.path)
        #expect(
            s.warnings.map(\.description) == [
                "line 7: 'Euro Stoxx 50' has no value line; skipped",
                "line 11: unexpected text in the ticker: '#@!% publicité ~~ ]]>'",
                "line 15: cannot read the change of 'Dow Jones' from '+abc (n/a %)'; skipped",
                "line 25: cannot read the change of 'Gold future' from '-14,1'; skipped",
            ])
        #expect(s.instruments.map(\.name) == ["CAC 40", "EUR/USD"])
    }
}
