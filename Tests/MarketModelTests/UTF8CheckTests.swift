import Testing

@testable import MarketModel

/// The parser's UTF-8 check (which decides when a line is read as Windows-1252) agrees with
/// the standard library's on every kind of sequence, at every place in a line.
@Suite struct UTF8CheckTests {
    static let pieces: [[UInt8]] = [
        Array("abcdefgh".utf8), Array("ä".utf8), Array("€".utf8), Array("𝄞".utf8),
        [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xF0, 0x80, 0x80, 0x80], [0xFF], [0x80], [0xC3], [0xE2, 0x82], [0x7F], Array("x".utf8),
    ]

    @Test func agreesWithTheStandardLibrary() {
        var state: UInt64 = 7
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        var invalid = 0
        for _ in 0..<5_000 {
            var bytes: [UInt8] = []
            for _ in 0..<next(12) {
                // Mostly ASCII runs, as pages are, with a foreign piece now and then.
                bytes += next(3) == 0 ? Self.pieces[next(Self.pieces.count)] : Array(Self.pieces[0].prefix(next(9)))
            }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            if !expected { invalid += 1 }
            let got = bytes.withUnsafeBufferPointer { UTF8Check.isValid($0) }
            #expect(got == expected, "\(bytes)")
        }
        #expect(invalid > 100)
    }
}
