/// Where a renderer writes: standard output, a file, memory. A renderer writes a result in
/// pieces (a line, a row) as it makes them, never the whole result at once.
public protocol RenderSink: AnyObject {
    /// Appends `text` (UTF-8 on the way out).
    func write(_ text: String)
}

/// A sink that keeps what is written, for tests and for callers that want the text.
public final class StringSink: RenderSink {
    public private(set) var text = ""

    public init() {}

    public func write(_ text: String) {
        self.text += text
    }
}
