import MktCancel
import MktRender

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered writer to a file descriptor (standard output or error), without stdio globals.
///
/// Output is flushed when the buffer fills, on `flush()`, and when the writer goes away, so a
/// pipe receives whole lines in order and a crash-free exit loses nothing.
public final class StandardStream {
    public let fd: Int32
    private var buffer: [UInt8] = []
    private let limit: Int
    /// Writing failed (a closed pipe, a full disk): further output is dropped.
    public var failed: Bool { error != 0 }
    /// The errno of the write that failed; 0 while every write has succeeded.
    public private(set) var error: Int32 = 0
    /// Whether the last byte that reached the descriptor ended a line (or nothing was written).
    public private(set) var atLineStart = true
    /// Asked between writes of at most 64 KiB: once it is cancelled, what is still buffered
    /// is dropped, so Ctrl-C stops a huge result scrolling by on a slow terminal.
    public var cancellation: CancellationToken?

    public init(fd: Int32, bufferSize: Int = 1 << 16) {
        self.fd = fd
        self.limit = bufferSize
        buffer.reserveCapacity(bufferSize)
    }

    deinit { flush() }

    public func write(_ text: String) {
        guard text.utf8.count < limit else {
            // A large result goes out as it is, not copied into the buffer first.
            flush()
            var text = text
            text.withUTF8 { writeOut(UnsafeRawBufferPointer($0)) }
            return
        }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= limit { flush() }
    }

    /// Bytes of UTF-8 text, as renderers hand over big results: a chunk as large as the
    /// buffer goes out as it is, not copied into the buffer first.
    public func write(utf8 bytes: UnsafeRawBufferPointer) {
        guard bytes.count < limit else {
            flush()
            writeOut(bytes)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= limit { flush() }
    }

    public func writeLine(_ text: String) {
        write(text)
        buffer.append(0x0A)
        if buffer.count >= limit { flush() }
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        buffer.withUnsafeBytes { writeOut($0) }
    }

    /// Writes `raw` in pieces of at most 64 KiB, stopping early on Ctrl-C or a failed write.
    private func writeOut(_ raw: UnsafeRawBufferPointer) {
        guard !failed else { return }
        var written = 0
        while written < raw.count, let base = raw.baseAddress {
            if let cancellation, cancellation.isCancelled { return }
            let n = Glibc.write(fd, base + written, min(raw.count - written, 1 << 16))
            if n < 0 {
                if errno == EINTR { continue }
                error = errno
                return
            }
            written += n
            atLineStart = (base + written - 1).load(as: UInt8.self) == 0x0A
        }
    }

    /// Ends the line a cut-off write left open (Ctrl-C in the middle of a row), whatever the
    /// cancellation says: what comes next (`interrupted`) starts on a line of its own.
    public func endLine() {
        guard !atLineStart, !failed else { return }
        var newline: UInt8 = 0x0A
        while Glibc.write(fd, &newline, 1) < 0 && errno == EINTR {}
        atLineStart = true
    }

    /// Whether the descriptor is a terminal.
    public var isTerminal: Bool { isatty(fd) == 1 }
}

/// Renderers write results straight into the buffer, a row at a time.
extension StandardStream: RenderSink {}
