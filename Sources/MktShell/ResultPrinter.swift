import MktCancel
import MktRender
import MktResult

/// Standard output as the sink results are rendered into, with Ctrl-C bridged to the
/// renderer's token.
///
/// Bridge until the session owns a `CancellationToken`: the session still has a
/// `cancellationCheck` closure, so this sink asks it before each write and, once it answers
/// true, cancels the render's token (the renderer stops at its next checkpoint) and drops
/// what it is given.
final class ResultPrinter: RenderSink {
    private let stream: StandardStream
    private let isCancelled: @Sendable () -> Bool
    let token = CancellationToken()

    init(_ stream: StandardStream, isCancelled: @escaping @Sendable () -> Bool) {
        self.stream = stream
        self.isCancelled = isCancelled
    }

    func write(_ text: String) {
        guard !token.isCancelled else { return }
        if isCancelled() {
            token.cancel()
            return
        }
        stream.write(text)
    }

    /// Renders `output` for `spec` into the stream; false when Ctrl-C cut it short.
    @discardableResult
    func print(_ output: Output, spec: RenderSpec) -> Bool {
        do {
            try Renderer.write(output, spec: spec, to: self, token: token)
            return true
        } catch {
            return false
        }
    }
}
