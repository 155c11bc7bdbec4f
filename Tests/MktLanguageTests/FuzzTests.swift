import MktRender
import MktResult
import Testing

@testable import MktLanguage

/// Random input must never crash or hang the parser or the formatter.
@Suite struct FuzzTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed.
    struct Random: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "instruments", "|", "where", "sort", "take", "select", "as", "desc", ",", ";", "\n", "(", ")", "\"",
        "\\", "$x", "let", "=", "load", "show", "help", "excerpt", "chars", "1", "0.5", "-", "+", "*", "/",
        "==", "<", "~", "and", "or", "not", "#", " ", "é", "日", "round", "count", "sum", "to", "json", "save",
        "\r\n", "\t", "@", "!", "999999999999999999999", "12.", "\u{301}",
    ]

    @Test func randomTokenSoupTerminates() {
        var rng = Random(state: 42)
        for _ in 0..<400 {
            let length = Int.random(in: 0..<40, using: &rng)
            var text = ""
            for _ in 0..<length {
                text += FuzzTests.pieces.randomElement(using: &rng) ?? ""
                if Bool.random(using: &rng) { text += " " }
            }
            check(text)
        }
    }

    @Test func randomCharactersTerminate() {
        var rng = Random(state: 7)
        for _ in 0..<300 {
            let length = Int.random(in: 0..<60, using: &rng)
            var text = ""
            for _ in 0..<length {
                let value = UInt32.random(in: 0..<0x3000, using: &rng)
                text.unicodeScalars.append(Unicode.Scalar(value) ?? "?")
            }
            check(text)
        }
    }

    /// Parses and formats every diagnostic; diagnostics must point inside the text.
    func check(_ text: String) {
        let source = SourceText(origin: "fuzz", text: text)
        let result = Parser.parse(source)
        _ = ASTDump.dump(result.statements)
        for d in result.diagnostics {
            #expect(d.range.start.offset <= text.utf8.count, "\(text.debugDescription)")
            #expect(d.range.start.line <= source.lineCount, "\(text.debugDescription)")
            _ = Renderer.text(d.report(in: source), color: true)
        }
    }
}
