import MarketModel
import MktCancel
import MktResult

/// `search "TEXT" [all]`: where TEXT occurs in the current snapshot (or, with `all`, in every
/// loaded snapshot, in load order), as hits in context and as rows.
extension PipelineRunner {
    func search(_ arguments: SourceArguments, at range: SourceRange) throws(RuntimeError) -> PipelineValue {
        guard case .string(let text, _)? = arguments.values.first, text.contains(where: { !$0.isWhitespace }) else {
            throw RuntimeError("search needs some text to look for", at: range)
        }
        let current = try state.requireCurrent(at: range)
        let searched = arguments.all ? state.snapshots : [current]
        var hits: [SearchHit] = []
        var rows: [[Value]] = []
        var checkpoint = Checkpoint(cancellation, every: 64)
        for s in searched {
            try checkpoint.step()
            for hit in TextSearch.search(s, for: text) {
                var hit = hit
                if arguments.all {
                    hit.snapshot = s.id
                    hit.date = s.date?.description
                }
                hits.append(hit)
                let row = RowFields.FromSnapshot(snapshot: s, item: hit)
                rows.append(RowFields.searchHit.map { $0.value(row) })
            }
        }
        let place = arguments.all ? "\(searched.count) snapshot\(searched.count == 1 ? "" : "s")" : current.id
        let source = SourceWord.Kind.search.entry
        return .searchHits(
            hits, rows: Relation(columns: source.columns, rows: rows, visible: source.visible),
            none: "no matches for \"\(text)\" in \(place)")
    }
}
