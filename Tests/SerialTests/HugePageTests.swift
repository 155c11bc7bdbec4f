import Foundation
import MarketModel
import MktTestSupport
import Testing

/// Pages far larger than any real one: seconds of parsing, so they run with the serial tests
/// instead of holding up the parallel ones.
@Suite struct HugePageTests {
    @Test func hugeLineAndHugeFile() throws {
        let seed = [UInt8](try Data(contentsOf: URL(fileURLWithPath: MktProcess.seed)))
        let longLine = [UInt8](repeating: UInt8(ascii: "x"), count: 2 << 20)
        let s1 = SnapshotParser.parse(Array("La bourse est fermée\n".utf8) + longLine + [0x0A] + seed, fileName: "l.txt")
        #expect(s1.status == .closed)
        // 50 MB of repeated pages: linear, and every line is accounted for.
        var big: [UInt8] = []
        big.reserveCapacity(50 << 20)
        while big.count < 50 << 20 { big += seed + [0x0A] }
        let s2 = SnapshotParser.parse(big, fileName: "big.txt")
        #expect(s2.instruments.count == 15)
        #expect(s2.headlines.count > 50_000)
    }
}
