/// Splits a page into lines in one pass over its bytes, and hands each line out as UTF-8.
///
/// Lines end at LF, CRLF or a lone CR. A UTF-8 byte-order mark at the start is skipped. A line
/// that is not valid UTF-8 is decoded as Windows-1252 (the other encoding captures arrive in);
/// `sawWindows1252` tells the parser to warn once.
struct PageLines {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset: Int
    /// The 1-based number of the line last returned.
    private(set) var lineNumber = 0
    /// The first line that had to be decoded as Windows-1252, if any.
    private(set) var firstWindows1252Line: Int?

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        offset = bytes.count >= 3 && bytes[0] == bom[0] && bytes[1] == bom[1] && bytes[2] == bom[2] ? 3 : 0
    }

    /// The next line as valid UTF-8 bytes (without its terminator), or nil at the end.
    mutating func next() -> Line? {
        guard offset < bytes.count else { return nil }
        let start = offset
        var end = start
        // The line's end and whether it is all ASCII (then it needs no UTF-8 check), found in
        // one pass, eight bytes at a time while there is no line break and no high byte.
        var ascii = true
        let n = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while true {
                let high: UInt64 = ascii ? 0x8080_8080_8080_8080 : 0
                while end + 8 <= n {
                    let word = raw.loadUnaligned(fromByteOffset: end, as: UInt64.self)
                    if word & high != 0 || Self.hasByte(word, 0x0A) || Self.hasByte(word, 0x0D) { break }
                    end += 8
                }
                guard end < n else { break }
                let c = bytes[end]
                if c == 0x0A || c == 0x0D { break }
                if c >= 0x80 { ascii = false }
                end += 1
            }
        }
        offset = end
        if offset < bytes.count {
            offset += (bytes[offset] == 0x0D && offset + 1 < bytes.count && bytes[offset + 1] == 0x0A) ? 2 : 1
        }
        lineNumber += 1
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if ascii || UTF8Check.isValid(raw) {
            return Line(number: lineNumber, storage: .borrowed(raw))
        }
        if firstWindows1252Line == nil { firstWindows1252Line = lineNumber }
        return Line(number: lineNumber, storage: .owned(Windows1252.decode(raw)))
    }
}

extension PageLines {
    /// Whether one of the eight bytes of `word` is `byte` (exact: no false positives).
    @inline(__always)
    static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }
}

/// One line of a page, valid UTF-8.
struct Line {
    enum Storage {
        case borrowed(UnsafeBufferPointer<UInt8>)
        case owned([UInt8])
    }

    let number: Int
    let storage: Storage

    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        switch storage {
        case .borrowed(let b): return body(b)
        case .owned(let a): return a.withUnsafeBufferPointer(body)
        }
    }
}

/// UTF-8 validation (no overlongs, no surrogates, nothing past U+10FFFF), ASCII fast path.
enum UTF8Check {
    static func isValid(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        guard let base = b.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        while i < n {
            // Eight ASCII bytes at a time: most of a page is ASCII.
            while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < n else { break }
            let c = b[i]
            if c < 0x80 {
                i += 1
                continue
            }
            func cont(_ k: Int) -> Bool { i + k < n && b[i + k] & 0xC0 == 0x80 }
            switch c {
            case 0xC2...0xDF:
                guard cont(1) else { return false }
                i += 2
            case 0xE0...0xEF:
                guard cont(1), cont(2) else { return false }
                let c1 = b[i + 1]
                if c == 0xE0 && c1 < 0xA0 { return false }  // overlong
                if c == 0xED && c1 >= 0xA0 { return false }  // surrogate
                i += 3
            case 0xF0...0xF4:
                guard cont(1), cont(2), cont(3) else { return false }
                let c1 = b[i + 1]
                if c == 0xF0 && c1 < 0x90 { return false }
                if c == 0xF4 && c1 >= 0x90 { return false }
                i += 4
            default:
                return false
            }
        }
        return true
    }
}

/// Windows-1252 to UTF-8.
enum Windows1252 {
    /// Code points of 0x80...0x9F; the five bytes 1252 leaves undefined become U+FFFD.
    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func decode(_ raw: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count + raw.count / 4)
        for byte in raw {
            let scalar: UInt32 = (0x80...0x9F).contains(byte) ? high[Int(byte - 0x80)] : UInt32(byte)
            appendUTF8(scalar, to: &out)
        }
        return out
    }

    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case 0..<0x80:
            out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        default:
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
