import MarketModel
import MktResult

/// The UTF-8 bytes a renderer makes, on their way to a sink: a row's cells are appended here
/// as bytes (digits formatted in place, text copied whole), and the sink receives chunks of
/// about 64 KiB. A big result then costs no `String` per cell or per line, and one write(2)
/// per chunk.
struct ByteBuffer {
    /// A renderer hands its bytes over once it holds this many.
    static let chunk = 1 << 16

    private(set) var bytes: [UInt8] = []

    /// Room for a chunk and the row that fills it, unless told less (a single line).
    init(capacity: Int = ByteBuffer.chunk + 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// The bytes as text.
    var text: String { bytes.withUnsafeBytes { String(decoding: $0, as: UTF8.self) } }

    var count: Int { bytes.count }

    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func append(_ other: [UInt8]) {
        bytes.append(contentsOf: other)
    }

    mutating func append(_ raw: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: raw)
    }

    /// `count` spaces.
    mutating func appendSpaces(_ count: Int) {
        guard count > 0 else { return }
        bytes.append(contentsOf: repeatElement(0x20, count: count))
    }

    /// An exact decimal as written (`-0.0016`, `6169.41`), as `Fixed.description` spells it.
    mutating func append(_ value: Fixed) {
        // At most 19 digits, a sign, a point and 18 leading zeros: 40 bytes, right to left.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
            var i = buffer.count
            var magnitude = value.units.magnitude
            var written = 0
            let s = Int(value.scale)
            repeat {
                if s > 0 && written == s {
                    i -= 1
                    buffer[i] = 0x2E  // "."
                }
                i -= 1
                buffer[i] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
                written += 1
            } while magnitude > 0 || written <= s
            if value.units < 0 {
                i -= 1
                buffer[i] = 0x2D  // "-"
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[i...]))
        }
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
        while bytes.count > start, bytes[bytes.count - 1] == 0x20 { bytes.removeLast() }
    }

    /// Hands what is held to `sink` once it holds a chunk or more.
    mutating func flushIfFull(to sink: some RenderSink) {
        if bytes.count >= Self.chunk { flush(to: sink) }
    }

    /// Hands everything held to `sink`.
    mutating func flush(to sink: some RenderSink) {
        guard !bytes.isEmpty else { return }
        bytes.withUnsafeBytes { sink.write(utf8: $0) }
        bytes.removeAll(keepingCapacity: true)
    }
}
