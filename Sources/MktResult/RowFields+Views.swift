import MarketModel

extension RowFields {
    /// `history NAME`: one capture of an instrument: its snapshot's date and id, then the
    /// instrument's value and move on that page (since the previous close).
    public static let history: [Field<(Snapshot, Instrument)>] =
        instrumentsAllLead.map { $0.reading { (row: (Snapshot, Instrument)) in row.0 } }
        + ["value", "change", "pct"].compactMap(InstrumentField.named).map {
            $0.reading { (row: (Snapshot, Instrument)) in row.1 }
        }

    /// `board`: an instrument's region and kind (its section), then its name, value and move.
    public static let board: [Field<Instrument>] = ["region", "kind", "name", "value", "change", "pct"].compactMap(
        InstrumentField.named)
}
