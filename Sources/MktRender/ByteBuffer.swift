import MarketModel
import MktResult

/// The UTF-8 bytes a renderer makes, on their way to a sink: a row's cells are appended here
/// as bytes (digits formatted in place, text copied whole), and the sink receives chunks of
/// about 64 KiB. A big result then costs no `String` per cell or per line, and one write(2)
/// per chunk.
///
/// One block of memory, owned alone (not copyable): appending is a bounds check and a copy.
struct ByteBuffer: ~Copyable {
    /// A renderer hands its bytes over once it holds this many.
    static let chunk = 1 << 16

    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    /// Room for a chunk and the row that fills it, unless told less (a single line).
    init(capacity: Int = ByteBuffer.chunk + 4096) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes as text.
    var text: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

    private mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        let grown = max(count + extra, capacity * 2)
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        bigger.update(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = grown
    }

    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    mutating func append(_ raw: UnsafeBufferPointer<UInt8>) {
        guard let source = raw.baseAddress, raw.count > 0 else { return }
        reserve(raw.count)
        (base + count).update(from: source, count: raw.count)
        count += raw.count
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends the bytes at `range` of this buffer to `other`.
    func copy(_ range: Range<Int>, to other: inout ByteBuffer) {
        other.append(UnsafeBufferPointer(start: base + range.lowerBound, count: range.count))
    }

    /// `count` spaces.
    mutating func appendSpaces(_ n: Int) {
        guard n > 0 else { return }
        reserve(n)
        (base + count).initialize(repeating: 0x20, count: n)
        count += n
    }

    /// An exact decimal as written (`-0.0016`, `6169.41`), as `Fixed.description` spells it:
    /// its digits are written from the right past the end, in one pass, then moved into place.
    mutating func append(_ value: Fixed) {
        // 20 digits, 18 decimals past them at most, a point and a sign fit in 41 bytes: the
        // scratch starts 64 bytes past the end, so it never overlaps where the number goes.
        reserve(128)
        let end = count + 128
        var i = end
        var magnitude = value.units.magnitude
        var written = 0
        let s = Int(value.scale)
        repeat {
            if s > 0 && written == s {
                i -= 1
                base[i] = 0x2E  // "."
            }
            i -= 1
            base[i] = 0x30 + UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
            written += 1
        } while magnitude > 0 || written <= s
        if value.units < 0 {
            i -= 1
            base[i] = 0x2D  // "-"
        }
        let width = end - i
        (base + count).update(from: base + i, count: width)
        count += width
    }

    /// How many bytes (and terminal columns) `append(value)` writes.
    static func width(of value: Fixed) -> Int {
        var digits = 1
        var magnitude = value.units.magnitude
        while magnitude >= 10 {
            magnitude /= 10
            digits += 1
        }
        let s = Int(value.scale)
        return max(digits, s + 1) + (s > 0 ? 1 : 0) + (value.units < 0 ? 1 : 0)
    }

    /// Drops spaces at the end, back to `start` at most.
    mutating func trimSpaces(after start: Int) {
        while count > start, base[count - 1] == 0x20 { count -= 1 }
    }

    /// Hands what is held to `sink` once it holds a chunk or more.
    mutating func flushIfFull(to sink: some RenderSink) {
        if count >= Self.chunk { flush(to: sink) }
    }

    /// Hands everything held to `sink`.
    mutating func flush(to sink: some RenderSink) {
        guard count > 0 else { return }
        sink.write(utf8: UnsafeRawBufferPointer(start: base, count: count))
        count = 0
    }
}
