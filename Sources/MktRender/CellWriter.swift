import MarketModel
import MktCancel
import MktResult

/// What a `CellWriter` writes.
enum CellFormat { case csv, json }

/// Writes rows handed over cell by cell (`CellRows`) as CSV or JSON lines, byte for byte as
/// `CSVRenderer` and `JSONRenderer` write the same rows' values: each repeated value (a name,
/// a snapshot's date) is encoded the first time it comes and copied after.
struct CellWriter<Sink: RenderSink>: CellVisitor, ~Copyable {
    typealias Format = CellFormat

    let format: Format
    /// Where a chunk goes once made, and what stops the writing; nil for a writer of blocks
    /// (`CellBlocks`), whose bytes are handed over whole and in order.
    let sink: Sink?
    var checkpoint: Checkpoint?
    var out = ByteBuffer()
    /// JSON: `"name":` and `,"pct":` side by side, and where each is.
    private var keys = ByteBuffer(capacity: 256)
    private var keyRanges: [Range<Int>] = []
    /// Repeated values as encoded, and per column where each key's bytes are (start << 24 |
    /// length, plus one; 0 while not yet met).
    private var encoded = ByteBuffer()
    private var known: [[UInt64]]
    private var column = 0
    /// Rows before the next one (JSON separates rows with `,`).
    var rowsWritten = 0
    private(set) var cancelled = false

    init(format: Format, columns: [String], sink: Sink?, checkpoint: Checkpoint?) {
        self.format = format
        self.sink = sink
        self.checkpoint = checkpoint
        known = Array(repeating: [], count: columns.count)
        if format == .json {
            for (i, key) in JSONRenderer.uniqueKeys(columns).enumerated() {
                let start = keys.count
                keys.append((i > 0 ? "," : "") + JSONText.string(key) + ":")
                keyRanges.append(start..<keys.count)
            }
        }
    }

    /// Writes `count` rows of `cells` to `sink`, in chunks as the row writers do; throws
    /// `Cancelled`, having written what was made, once the checkpoint says so.
    static func write(
        _ cells: any CellRows, count: Int, format: Format, columns: [String], workers: Int = 1, to sink: Sink,
        checkpoint: inout Checkpoint
    ) throws(Cancelled) {
        try checkpoint.tick()
        let workers = min(workers, CellBlocks.mostWorkers)
        if count >= CellBlocks.fewest, workers > 1 {
            try CellBlocks.write(
                cells, count: count, format: format, columns: columns, workers: workers, to: sink, token: checkpoint.token)
            return
        }
        var writer = CellWriter(format: format, columns: columns, sink: sink, checkpoint: checkpoint)
        cells.visit(0..<count, into: &writer)
        writer.out.flush(to: sink)
        if let left = writer.checkpoint { checkpoint = left }
        if writer.cancelled { throw Cancelled() }
    }

    /// What comes before the cell: `,` (CSV) or its key (JSON), and `{` before a row.
    @inline(__always)
    private mutating func startCell() {
        switch format {
        case .csv:
            if column > 0 { out.append(0x2C) }
        case .json:
            if column == 0 {
                if rowsWritten > 0 { out.append(0x2C) }
                if rowsWritten > 0 { out.append(0x0A) }
                out.append(0x7B)  // {
            }
            if column < keyRanges.count { keys.copy(keyRanges[column], to: &out) }
        }
        column += 1
    }

    mutating func null() {
        startCell()
        if format == .json { out.append("null") }
    }

    mutating func number(_ value: Fixed) {
        startCell()
        out.append(value)
    }

    mutating func bool(_ value: Bool) {
        startCell()
        out.append(value ? "true" : "false")
    }

    mutating func value(_ value: Value) {
        startCell()
        Self.append(value, as: format, to: &out)
    }

    mutating func repeated(_ key: Int, of keys: Int, _ value: () -> Value) {
        let c = column
        startCell()
        guard c < known.count, key >= 0, key < keys else {
            Self.append(value(), as: format, to: &out)
            return
        }
        if known[c].count != keys { known[c] = Array(repeating: 0, count: keys) }
        var place = known[c][key]
        if place == 0 {
            let start = encoded.count
            Self.append(value(), as: format, to: &encoded)
            let length = encoded.count - start
            guard length < 0xFF_FFFF else {
                encoded.copy(start..<start + length, to: &out)
                return
            }
            place = (UInt64(start) << 24 | UInt64(length)) + 1
            known[c][key] = place
        }
        let start = Int(place >> 24)
        encoded.copy(start..<start + Int((place - 1) & 0xFF_FFFF), to: &out)
    }

    mutating func endRow() -> Bool {
        if format == .json {
            if column == 0 { startCell() }
            out.append(0x7D)  // }
        } else {
            out.append(0x0A)
        }
        column = 0
        rowsWritten += 1
        guard let sink else { return true }
        out.flushIfFull(to: sink)
        do {
            try checkpoint?.tick()
        } catch {
            cancelled = true
            return false
        }
        return true
    }

    /// A cell's bytes, as the row writers spell them.
    private static func append(_ value: Value, as format: Format, to buffer: inout ByteBuffer) {
        switch format {
        case .csv: CSVRenderer.appendField(value, to: &buffer)
        case .json: JSONText.appendLiteral(value, to: &buffer)
        }
    }
}
