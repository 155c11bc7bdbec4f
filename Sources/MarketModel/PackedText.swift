/// Strings kept end to end in one UTF-8 buffer, with where each ends: a page's headlines or
/// its article's paragraphs cost one allocation for the text, not one per string.
///
/// `ends[k]` is the UTF-8 offset where segment k ends; segment k starts where k − 1 ended.
/// `ends` may carry more numbers after the segments' (the article's quotation ranges): the
/// owner says how many segments there are.
struct PackedText: Sendable, Equatable {
    private(set) var buffer: String
    private(set) var ends: [UInt32]

    init() {
        buffer = ""
        ends = []
    }

    /// From a buffer and offsets already worked out (the parser's), valid UTF-8 boundaries.
    init(buffer: String, ends: [UInt32]) {
        self.buffer = buffer
        self.ends = ends
    }

    /// `strings` end to end, then `extra` numbers after their ends.
    init(_ strings: [String], extra: [UInt32] = []) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(strings.reduce(0) { $0 + $1.utf8.count })
        var ends: [UInt32] = []
        ends.reserveCapacity(strings.count + extra.count)
        for s in strings {
            bytes += s.utf8
            ends.append(UInt32(truncatingIfNeeded: bytes.count))
        }
        ends += extra
        // The bytes are whole strings' bytes: valid UTF-8, so nothing is repaired.
        self.init(buffer: String(decoding: bytes, as: UTF8.self), ends: ends)
    }

    func start(_ k: Int) -> Int { k == 0 ? 0 : Int(ends[k - 1]) }

    /// Segment `k`.
    func segment(_ k: Int) -> String {
        string(start(k), Int(ends[k]))
    }

    /// Segments `range` as an array.
    func segments(_ range: Range<Int>) -> [String] {
        range.map(segment)
    }

    /// The text between two UTF-8 offsets that fall on character boundaries.
    func string(_ from: Int, _ to: Int) -> String {
        let utf8 = buffer.utf8
        let a = utf8.index(utf8.startIndex, offsetBy: from)
        let b = utf8.index(a, offsetBy: to - from)
        return String(Substring(utf8[a..<b]))
    }
}

/// Texts gathered as bytes while a page is read, packed into a `PackedText` at its end.
struct ByteList {
    var bytes: [UInt8] = []
    var ends: [UInt32] = []

    var count: Int { ends.count }

    mutating func append(_ b: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: b)
        ends.append(UInt32(truncatingIfNeeded: bytes.count))
    }

    mutating func append(_ s: String) {
        bytes.append(contentsOf: s.utf8)
        ends.append(UInt32(truncatingIfNeeded: bytes.count))
    }

    mutating func append(contentsOf other: ByteList) {
        let base = UInt32(truncatingIfNeeded: bytes.count)
        bytes += other.bytes
        ends += other.ends.map { $0 &+ base }
    }

    /// The last text, removed.
    mutating func popLast() -> [UInt8]? {
        guard let end = ends.popLast() else { return nil }
        let start = Int(ends.last ?? 0)
        let last = Array(bytes[start..<Int(end)])
        bytes.removeSubrange(start...)
        return last
    }

    /// One String of exactly the bytes (valid UTF-8: each text was a valid line).
    func packed(extra: [UInt32] = []) -> PackedText {
        PackedText(buffer: String(decoding: bytes, as: UTF8.self), ends: extra.isEmpty ? ends : ends + extra)
    }
}
