import Foundation
import Testing

@testable import MarketModel

/// The seed capture and the variants real captures arrive in.
enum Pages {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let seedName = "2021-04-09_3921acb7a18bc451.txt"
    static let seed: [UInt8] = {
        let url = packageRoot.appendingPathComponent("examples/snapshots/\(seedName)")
        return (try? Array(Data(contentsOf: url))) ?? []
    }()
    static var seedText: String { String(decoding: seed, as: UTF8.self) }

    static func parse(_ text: String, name: String = "x.txt") -> Snapshot {
        SnapshotParser.parse(Array(text.utf8), fileName: name)
    }

    /// The seed's ground truth (docs/FORMAT.md): name, value, change, pct.
    static let truth: [(String, String, String, String)] = [
        ("CAC 40", "6169.41", "3.69", "0.06"), ("Euro Stoxx 50", "3978.84", "1.01", "0.03"),
        ("Dow Jones", "33800.60", "297.03", "0.89"), ("EUR/USD", "1.1905", "-0.0016", "-0.13"),
        ("Gold future", "1744.10", "-14.10", "-0.80"), ("BTC-EUR", "50065.26", "-1109.31", "-2.17"),
        ("CMC Crypto 200", "1235.89", "8.34", "0.68"), ("Pétrole WTI", "59.34", "-0.26", "-0.44"),
        ("DAX", "15234.16", "31.48", "0.21"), ("FTSE 100", "6915.75", "-26.47", "-0.38"),
        ("Nasdaq", "13900.19", "70.88", "0.51"), ("S&P 500", "4128.80", "31.63", "0.77"),
        ("Nikkei 225", "29768.06", "59.08", "0.20"), ("HANG SENG", "28698.80", "-309.27", "-1.07"),
        ("GBP/USD", "1.3707", "-0.0028", "-0.20"),
    ]

    static func assertSeedTruth(_ s: Snapshot, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(s.status == .closed, sourceLocation: sourceLocation)
        #expect(s.instruments.count == 15, sourceLocation: sourceLocation)
        for (i, (name, value, change, pct)) in truth.enumerated() where i < s.instruments.count {
            let inst = s.instruments[i]
            #expect(inst.position == Int32(i + 1), sourceLocation: sourceLocation)
            #expect(inst.name == name, sourceLocation: sourceLocation)
            #expect(inst.value.description == value, sourceLocation: sourceLocation)
            #expect(inst.change.description == change, sourceLocation: sourceLocation)
            #expect(inst.pct.description == pct, sourceLocation: sourceLocation)
            #expect(inst.consistent, "\(name) should be consistent", sourceLocation: sourceLocation)
        }
    }
}

@Suite struct SnapshotParserTests {
    @Test func seedGroundTruth() throws {
        #expect(Pages.seed.count == 2986)
        let s = SnapshotParser.parse(Pages.seed, fileName: "examples/snapshots/" + Pages.seedName)
        #expect(s.id == "2021-04-09_3921acb7a18bc451")
        #expect(s.date?.description == "2021-04-09")
        #expect(s.language == .fr)
        #expect(s.warnings == [])
        Pages.assertSeedTruth(s)
        let article = try #require(s.article)
        #expect(article.title == "Tesla : Elon Musk rassure la Chine concernant l'espionnage")
        #expect(article.readMinutes == 1)
        #expect(article.paragraphs.count == 3)
        #expect(article.paragraphs[0].hasPrefix("Non, Tesla ne partagera pas"))
        #expect(article.paragraphs[2].hasSuffix("\"Si Tesla (...)"))
        #expect(article.seeAlso == ["Tesla : Elon Musk intronisé “roi de la tech”"])
        #expect(article.truncated)
        #expect(
            article.quotes == [
                Quote(
                    text: "Que vous soyez un groupe chinois ou américain, il vous en coûterait très cher de faire de l'espionnage",
                    truncated: false),
                Quote(text: "Si Tesla", truncated: true),
            ])
        #expect(s.headlines.count == 5)
        #expect(s.headlines.first == "Covid-19 : la production de Volkswagen suspendue au Brésil")
        #expect(s.headlines.last == "La Russie va massivement produire le vaccin Spoutnik-V en Inde")
    }

    @Test func derivedFields() throws {
        let s = SnapshotParser.parse(Pages.seed, fileName: Pages.seedName)
        let cac = try #require(s.instruments.first)
        #expect(cac.prev?.description == "6165.72")
        let eur = s.instruments[3]
        #expect(eur.prev?.description == "1.1921")
        let kinds = s.instruments.map { "\($0.kind.rawValue)/\($0.region.rawValue)" }
        #expect(
            kinds == [
                "index/europe", "index/europe", "index/us", "fx/global", "commodity/global",
                "crypto/global", "index/global", "commodity/global", "index/europe", "index/europe",
                "index/us", "index/us", "index/asia", "index/asia", "fx/global",
            ])
    }

    /// Each instrument remembers the page line of its `• NAME` (for `audit`); equality ignores it.
    @Test func instrumentsKnowTheLineTheirBlockStartsOn() throws {
        let s = SnapshotParser.parse(Pages.seed, fileName: Pages.seedName)
        #expect(s.instruments.prefix(3).map(\.line) == [2, 7, 12])
        #expect(s.instruments.last?.line == 72)
        var moved = try #require(s.instruments.first)
        moved.line = 99
        #expect(moved == s.instruments.first)
        // Skipped blocks leave no gap in `position`, but lines are the page's own.
        let page = """
            La bourse est fermée
              • A

                1,00
                +0,01 (+1,01 %)
              • B

                x
                +0,01 (+1,00 %)
              • C

                2,00
                +0,02 (+1,01 %)

            """
        let damaged = SnapshotParser.parse(Array(page.utf8), fileName: "d.txt")
        #expect(damaged.instruments.map(\.line) == [2, 10])
        #expect(damaged.instruments.map(\.position) == [1, 2])
    }

    @Test func instrumentsAreCompactAndCompareNumbersByValue() {
        // An archive holds millions: three numbers' digits and scales packed, not three padded Fixed.
        #expect(MemoryLayout<Instrument>.stride <= 56)
        var a = Instrument(
            position: 1, name: "CAC 40", value: Fixed(units: 616941, scale: 2), change: Fixed(units: 369, scale: 2),
            pct: Fixed(units: 6, scale: 2))
        let b = Instrument(
            position: 1, name: "CAC 40", value: Fixed(units: 6169410, scale: 3), change: Fixed(units: 369, scale: 2),
            pct: Fixed(units: 6, scale: 2))
        #expect(a == b)
        #expect(a.value.description == "6169.41")
        #expect(b.value.description == "6169.410")
        a.pct = Fixed(units: -13, scale: 2)
        #expect(a.pct.description == "-0.13")
        #expect(a != b)
    }

    @Test func seedIdWithoutDate() {
        let s = SnapshotParser.parse(Pages.seed, fileName: "/tmp/000_3921acb7a18bc451.txt")
        #expect(s.id == "000_3921acb7a18bc451")
        #expect(s.date == nil)
    }

    @Test func crlfAndBOM() {
        let crlf = Pages.seedText.replacingOccurrences(of: "\n", with: "\r\n")
        let s = SnapshotParser.parse([0xEF, 0xBB, 0xBF] + Array(crlf.utf8), fileName: "a.txt")
        #expect(s.warnings == [])
        Pages.assertSeedTruth(s)
        #expect(s.article?.paragraphs.count == 3)
        #expect(s.headlines.count == 5)
    }

    @Test func unicodeMinusAndNarrowNBSP() {
        let text = Pages.seedText
            .replacingOccurrences(of: "    -", with: "    \u{2212}")
            .replacingOccurrences(of: "(-", with: "(\u{2212}")
            .replacingOccurrences(of: "\u{A0}", with: "\u{202F}")
        let s = Pages.parse(text)
        #expect(s.warnings == [])
        Pages.assertSeedTruth(s)
    }

    @Test func windows1252() throws {
        // Windows-1252 has no U+2022 or U+2212: real 1252 captures carry • as 0x95.
        var bytes: [UInt8] = []
        for scalar in Pages.seedText.unicodeScalars {
            switch scalar.value {
            case 0..<0x100: bytes.append(UInt8(scalar.value))
            case 0x2022: bytes.append(0x95)
            case 0x201C: bytes.append(0x93)
            case 0x201D: bytes.append(0x94)
            case 0x2019: bytes.append(0x92)
            default: Issue.record("no 1252 byte for U+\(String(scalar.value, radix: 16))")
            }
        }
        let s = SnapshotParser.parse(bytes, fileName: "x.txt")
        Pages.assertSeedTruth(s)
        #expect(s.warnings == [ParseWarning(line: 1, message: "invalid UTF-8; the text was decoded as Windows-1252")])
        #expect(s.article?.seeAlso == ["Tesla : Elon Musk intronisé “roi de la tech”"])
    }

    @Test func englishPage() throws {
        let page = """
            Market closed
              • S&P 500

                4,128.80
                +31.63 (+0.77%)
            \u{20}\u{20}\u{20}\u{20}\u{A0}
              • EUR/USD

                1.1905
                -0.0016 (-0.13%)
            \u{20}\u{20}\u{20}\u{20}\u{A0}
              • Dow Jones

                33,800.60
                +297.03 (+0.89%)
            \u{20}\u{20}\u{20}\u{20}\u{A0}

            Tesla reassures China on spying

            1 min read

            Tesla will not share data, Musk said. “We would pay dearly,” he added.

            Read more: Musk crowned “king of tech”

            "If Tesla (...)

            (...) Click here to read more

            First headline
            Second headline
            """
        let s = Pages.parse(page, name: "2021-04-12_en_001.txt")
        #expect(s.warnings == [])
        #expect(s.language == .en)
        #expect(s.status == .closed)
        #expect(s.instruments.map(\.value.description) == ["4128.80", "1.1905", "33800.60"])
        #expect(s.instruments.map(\.pct.description) == ["0.77", "-0.13", "0.89"])
        #expect(s.instruments.allSatisfy { $0.consistent })
        let article = try #require(s.article)
        #expect(article.title == "Tesla reassures China on spying")
        #expect(article.seeAlso == ["Musk crowned “king of tech”"])
        #expect(article.quotes == [Quote(text: "We would pay dearly,", truncated: false), Quote(text: "If Tesla", truncated: true)])
        #expect(article.truncated)
        #expect(s.headlines == ["First headline", "Second headline"])
    }

    @Test func numbersAsWritten() {
        var r = NumberReader(decimalSeparator: 0x2C)
        func read(_ s: String) -> String? {
            Array(s.utf8).withUnsafeBufferPointer { b in r.number(b, 0..<b.count)?.description }
        }
        #expect(read("6\u{A0}169,41") == "6169.41")
        #expect(read("6\u{202F}169,41") == "6169.41")
        #expect(read("6 169,41") == "6169.41")
        #expect(read("-1\u{A0}109,31") == "-1109.31")
        #expect(read("\u{2212}0,0016") == "-0.0016")
        #expect(read("1,234") == "1.234")
        #expect(read("6,169.41") == "6169.41")
        #expect(read("1.234.567,5") == "1234567.5")
        #expect(read("+0,80") == "0.80")
        #expect(read("12,") == nil)
        #expect(read("abc") == nil)
        #expect(read("1 2x") == nil)
        #expect(read("99999999999999999999") == nil)
        #expect(read("1,2,3") == nil)
        #expect(read("12 5") == nil)
        #expect(read("1.2.3") == nil)
        #expect(read("0,12 3") == nil)
        #expect(read("1 2345,5") == nil)
        r.decimalSeparator = 0x2E
        #expect(read("1,234") == "1234")
        #expect(read("1.234") == "1.234")
        #expect(read("0,123") == nil)
        #expect(read("12,345,678.9") == "12345678.9")
    }
}
