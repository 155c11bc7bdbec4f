/// Where a renderer writes: standard output, a file, memory. A renderer writes a result in
/// pieces (a line, a row, a chunk of rows) as it makes them, never the whole result at once.
public protocol RenderSink: AnyObject {
    /// Appends `text` (UTF-8 on the way out).
    func write(_ text: String)

    /// Appends bytes that are UTF-8 text: the big tables hand over chunks of about 64 KiB
    /// this way. A sink that keeps text has it made from the bytes by default.
    func write(utf8 bytes: UnsafeRawBufferPointer)
}

extension RenderSink {
    public func write(utf8 bytes: UnsafeRawBufferPointer) {
        write(String(decoding: bytes, as: UTF8.self))
    }
}

/// A sink that keeps what is written, for tests and for callers that want the text.
public final class StringSink: RenderSink {
    public private(set) var text = ""

    public init() {}

    public func write(_ text: String) {
        self.text += text
    }
}
