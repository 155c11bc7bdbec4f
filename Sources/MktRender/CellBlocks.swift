import Dispatch
import MktCancel
import MktResult

/// A big result read cell by cell is written on every core: its rows are cut into blocks, the
/// workers each write a block at a time side by side, and the blocks go to the sink in order,
/// as one writer would have written them.
enum CellBlocks {
    /// Rows in a block: about 100 kB of CSV, so little is made ahead of what is written.
    static let rows = 1024
    /// Below this, one writer.
    static let fewest = 4 * rows
    /// The most blocks written side by side, whatever the session's worker count.
    static let mostWorkers = 8

    /// Each worker's writer, used by one thread at a time: a worker writes into its own, and
    /// the caller hands the blocks to the sink between rounds (`concurrentPerform` returns
    /// after every worker is done).
    private final class Worker: @unchecked Sendable {
        var writer: CellWriter<StringSink>
        init(_ writer: consuming CellWriter<StringSink>) { self.writer = writer }
    }

    static func write<Sink: RenderSink>(
        _ cells: any CellRows, count: Int, format: CellFormat, columns: [String], workers workerCount: Int, to sink: Sink,
        token: CancellationToken
    ) throws(Cancelled) {
        let workers = (0..<workerCount).map { _ in
            Worker(CellWriter<StringSink>(format: format, columns: columns, sink: nil, checkpoint: nil))
        }
        var start = 0
        while start < count {
            try token.check()
            let round = start
            DispatchQueue.concurrentPerform(iterations: workers.count) { w in
                let from = min(count, round + w * Self.rows)
                let to = min(count, from + Self.rows)
                guard from < to else { return }
                workers[w].writer.rowsWritten = from
                cells.visit(from..<to, into: &workers[w].writer)
            }
            for worker in workers { worker.writer.out.flush(to: sink) }
            start += workers.count * Self.rows
        }
    }
}
