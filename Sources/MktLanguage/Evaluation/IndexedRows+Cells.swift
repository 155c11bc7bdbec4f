import MarketModel
import MktResult

/// Index rows hand the CSV and JSON writers their cells straight from the index: numbers from
/// its packed columns, names, kinds and regions by entry and a row's lead by snapshot (each
/// written once per writer), the same values as `InstrumentIndex.row(_:lead:)` makes.
extension IndexedRows: CellRows {
    func visit<V: CellVisitor & ~Copyable>(_ positions: Range<Int>, into visitor: inout V) {
        let index = self.index
        let value = index.numbers[IndexFilter.NumberField.value.rawValue]
        let change = index.numbers[IndexFilter.NumberField.change.rawValue]
        let pct = index.numbers[IndexFilter.NumberField.pct.rawValue]
        let position = index.numbers[IndexFilter.NumberField.position.rawValue]
        let snapshotCount = index.snapshots.count
        let entryCount = index.entries.count
        for i in positions {
            let r = rowNumber(i)
            let s = Int(index.snapshotOfRow[r])
            if lead {
                for field in index.leads[s].indices {
                    visitor.repeated(s, of: snapshotCount) { index.leads[s][field] }
                }
            }
            let e = Int(index.entryOfRow[r])
            visitor.number(position.fixed(r))
            visitor.repeated(e, of: entryCount) { .text(index.entries[e].name) }
            let v = value.fixed(r)
            let c = change.fixed(r)
            visitor.number(v)
            visitor.number(c)
            visitor.number(pct.fixed(r))
            if let prev = v - c { visitor.number(prev) } else { visitor.null() }
            visitor.repeated(e, of: entryCount) { .text(index.entries[e].kind.rawValue) }
            visitor.repeated(e, of: entryCount) { .text(index.entries[e].region.rawValue) }
            visitor.bool(index.instrument(r).consistent)
            guard visitor.endRow() else { return }
        }
    }
}
