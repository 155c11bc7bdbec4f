import Dispatch
import MarketModel

extension InstrumentIndex {
    /// The rows of the whole index, written by the pieces at once, each into its own range;
    /// made into arrays one column at a time, so the index is never held twice.
    final class RowColumns: @unchecked Sendable {
        let snapshotOfRow: UnsafeMutableBufferPointer<Int32>
        let entryOfRow: UnsafeMutableBufferPointer<Int32>
        /// `value`, `change`, `pct` and `position`, as `NumberColumn`s hold them.
        let units: [UnsafeMutableBufferPointer<Int64>]
        let scales: [UnsafeMutableBufferPointer<Int8>]

        init(rows: Int) {
            snapshotOfRow = .allocate(capacity: rows)
            entryOfRow = .allocate(capacity: rows)
            units = (0..<4).map { _ in .allocate(capacity: rows) }
            scales = (0..<4).map { _ in .allocate(capacity: rows) }
        }

        /// The column as an array; its buffer is freed.
        static func take<T>(_ buffer: UnsafeMutableBufferPointer<T>) -> [T] {
            let array = [T](unsafeUninitializedCapacity: buffer.count) { target, count in
                if let to = target.baseAddress, let from = buffer.baseAddress {
                    to.moveInitialize(from: from, count: buffer.count)
                }
                count = buffer.count
            }
            buffer.deallocate()
            return array
        }
    }

    /// The entries of a run of snapshots, numbered from 0 in the order the piece meets them;
    /// its rows are written into `RowColumns`, with these numbers.
    struct Piece: Sendable {
        var entries: [Entry] = []
        var byKey: [Key: Int32] = [:]
        /// The piece's rows in the index.
        var rows: Range<Int>

        init(rows: Range<Int>) { self.rows = rows }

        /// The pieces of `snapshots` (whose rows start at `starts`), in order: one per worker,
        /// each a run of snapshots with about as many rows as the others, built at once; no
        /// piece has fewer than `rowsPerPiece` rows (below that a thread costs more than it saves).
        static func build(
            _ snapshots: [Snapshot], starts: [Int], workers: Int, rowsPerPiece: Int, into columns: RowColumns
        ) -> [Piece] {
            let total = starts.last ?? 0
            let count = max(1, min(workers, snapshots.count, total / max(1, rowsPerPiece)))
            var bounds: [Int] = [0]
            for w in 1..<max(count, 1) {
                let target = total * w / count
                var s = bounds[w - 1]
                while s < snapshots.count && starts[s] < target { s += 1 }
                bounds.append(s)
            }
            bounds.append(snapshots.count)
            let pieceBounds = bounds
            if count == 1 { return [Piece(snapshots, 0..<snapshots.count, starts: starts, into: columns)] }
            let slots = WorkerSlots<Piece>(count: count)
            DispatchQueue.concurrentPerform(iterations: count) { w in
                slots.store(w, Piece(snapshots, pieceBounds[w]..<pieceBounds[w + 1], starts: starts, into: columns))
            }
            return (0..<count).compactMap { slots.take($0) }
        }

        /// The piece of `snapshots[range]`.
        init(_ snapshots: [Snapshot], _ range: Range<Int>, starts: [Int], into columns: RowColumns) {
            let firstRow = starts[range.lowerBound]
            rows = firstRow..<starts[range.upperBound]
            // The entries' names and kinds apart, compared without copying an entry.
            var names: ContiguousArray<String> = []
            var identities: ContiguousArray<(InstrumentKind, Region)> = []
            // The entries of the previous page, by place: most names are found there.
            var previous: [Int32] = []
            var current: [Int32] = []
            var row = firstRow
            let snapshotOfRow = columns.snapshotOfRow, entryOfRow = columns.entryOfRow
            let (valueUnits, changeUnits, pctUnits, positionUnits) = (
                columns.units[0], columns.units[1], columns.units[2], columns.units[3]
            )
            let (valueScales, changeScales, pctScales, positionScales) = (
                columns.scales[0], columns.scales[1], columns.scales[2], columns.scales[3]
            )
            for s in range {
                current.removeAll(keepingCapacity: true)
                snapshots[s].instruments.withUnsafeBufferPointer { instruments in
                    for k in instruments.indices {
                        defer { row += 1 }
                        snapshotOfRow[row] = Int32(truncatingIfNeeded: s)
                        let value = instruments[k].value, change = instruments[k].change, pct = instruments[k].pct
                        (valueUnits[row], valueScales[row]) = (value.units, value.scale)
                        (changeUnits[row], changeScales[row]) = (change.units, change.scale)
                        (pctUnits[row], pctScales[row]) = (pct.units, pct.scale)
                        let position = Fixed(Int(instruments[k].position))
                        (positionUnits[row], positionScales[row]) = (position.units, position.scale)
                        if k < previous.count {
                            let e = previous[k]
                            if identities[Int(e)] == (instruments[k].kind, instruments[k].region)
                                && InstrumentIndex.sameBytes(names[Int(e)], instruments[k].name)
                            {
                                entryOfRow[row] = e
                                current.append(e)
                                continue
                            }
                        }
                        let key = Key(name: instruments[k].name, kind: instruments[k].kind, region: instruments[k].region)
                        let e: Int32
                        if let found = byKey[key] {
                            e = found
                        } else {
                            e = Int32(truncatingIfNeeded: entries.count)
                            entries.append(
                                Entry(name: key.name, kind: key.kind, region: key.region, firstRow: Int32(truncatingIfNeeded: row)))
                            names.append(key.name)
                            identities.append((key.kind, key.region))
                            byKey[key] = e
                        }
                        entryOfRow[row] = e
                        current.append(e)
                    }
                }
                swap(&previous, &current)
            }
        }

        /// `next`, the piece after this one, joined to it: its entries interned among these
        /// (an entry first met in `next` keeps its first row there), and its rows' entries
        /// numbered as these.
        mutating func join(_ next: Piece, in columns: RowColumns) {
            var map: [Int32] = []
            map.reserveCapacity(next.entries.count)
            var renumbered = false
            for (i, entry) in next.entries.enumerated() {
                let key = Key(name: entry.name, kind: entry.kind, region: entry.region)
                let e: Int32
                if let found = byKey[key] {
                    e = found
                } else {
                    e = Int32(truncatingIfNeeded: entries.count)
                    entries.append(entry)
                    byKey[key] = e
                }
                map.append(e)
                renumbered = renumbered || Int(e) != i
            }
            if renumbered {
                map.withUnsafeBufferPointer { map in
                    for row in next.rows { columns.entryOfRow[row] = map[Int(columns.entryOfRow[row])] }
                }
            }
            rows = rows.lowerBound..<next.rows.upperBound
        }
    }
}
