import Foundation
import MarketModel
import MktRender
import MktResult
import Testing

@Suite struct SnapshotJSONTests {
    static func sample() -> Snapshot {
        Snapshot(
            id: "2021-04-09_seed",
            date: SnapshotDate(year: 2021, month: 4, day: 9),
            language: .fr,
            status: .closed,
            instruments: [
                Instrument(
                    position: 1, name: "EUR/USD", value: Fixed(units: 11905, scale: 4),
                    change: Fixed(units: -16, scale: 4), pct: Fixed(units: -13, scale: 2))
            ],
            article: Article(
                title: "Tesla : Elon Musk rassure la Chine",
                readMinutes: 1,
                paragraphs: ["Il a dit \"non\".", "Suite\tici"],
                seeAlso: ["Tesla : Elon Musk intronisé “roi de la tech”"],
                quotes: [Quote(text: "non", truncated: false), Quote(text: "Nous ne", truncated: true)],
                truncated: true),
            headlines: ["CAC 40 : une hausse", "Bourse \\ fin"],
            warnings: [ParseWarning(line: 12, message: "unreadable value \"6 1x9\"")])
    }

    @Test func encodesTheParseObjectOnOneLine() {
        let expected =
            #"{"id":"2021-04-09_seed","date":"2021-04-09","language":"fr","status":"closed","#
            + #""instruments":[{"position":1,"name":"EUR/USD","value":1.1905,"change":-0.0016,"#
            + #""pct":-0.13,"prev":1.1921,"kind":"fx","region":"global","consistent":true}],"#
            + #""article":{"title":"Tesla : Elon Musk rassure la Chine","read_minutes":1,"#
            + #""paragraphs":["Il a dit \"non\".","Suite\tici"],"#
            + #""see_also":["Tesla : Elon Musk intronisé “roi de la tech”"],"#
            + #""quotes":[{"text":"non","truncated":false},{"text":"Nous ne","truncated":true}],"#
            + #""truncated":true},"headlines":["CAC 40 : une hausse","Bourse \\ fin"],"#
            + #""warnings":[{"line":12,"message":"unreadable value \"6 1x9\""}]}"#
        #expect(SnapshotJSON.encode(Self.sample()) == expected)
    }

    @Test func nullsForMissingDateArticleMinutesAndOverflowedPrev() throws {
        var s = Self.sample()
        s.date = nil
        s.article = nil
        s.instruments = [
            Instrument(
                position: 1, name: "Big", value: Fixed(units: .min, scale: 0),
                change: Fixed(units: 1, scale: 0), pct: Fixed(units: 0, scale: 0))
        ]
        s.headlines = []
        s.warnings = []
        let expected =
            #"{"id":"2021-04-09_seed","date":null,"language":"fr","status":"closed","#
            + #""instruments":[{"position":1,"name":"Big","value":-9223372036854775808,"#
            + #""change":1,"pct":0,"prev":null,"kind":"index","region":"global","#
            + #""consistent":false}],"article":null,"headlines":[],"warnings":[]}"#
        #expect(SnapshotJSON.encode(s) == expected)

        var a = try #require(Self.sample().article)
        a.readMinutes = nil
        s.article = a
        #expect(SnapshotJSON.encode(s).contains(#""read_minutes":null,"#))
    }

    @Test func isValidJSONWithKeysInOrder() throws {
        let line = SnapshotJSON.encode(Self.sample())
        #expect(!line.contains("\n"))
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        let article = try #require(object?["article"] as? [String: Any])
        #expect(article["paragraphs"] as? [String] == ["Il a dit \"non\".", "Suite\tici"])
        let keys = ["id", "date", "language", "status", "instruments", "article", "headlines", "warnings"]
        let positions = keys.compactMap { line.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
    }

    @Test func escapesControlCharactersAndKeepsUnicode() {
        #expect(JSONText.string("a\u{01}b\r\n\u{1F}é€日") == #""a\u0001b\r\n\u001fé€日""#)
        // Quotes, backslashes, the JavaScript line separators, and the bytes around them
        // (`’` and `…` share U+2028's first byte and stay as they are).
        #expect(JSONText.string("\"x\\’\u{2028}…\u{2029}\u{08}\u{0C}\t") == #""\"x\\’\u2028…\u2029\b\f\t""#)
        #expect(JSONText.string("") == #""""#)
        #expect(JSONText.string("\u{2028}") == #""\u2028""#)
        #expect(JSONText.string("end\u{E2}") == "\"end\u{E2}\"")
    }
}
