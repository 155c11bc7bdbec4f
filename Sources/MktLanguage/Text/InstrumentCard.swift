import MarketModel

/// `show NAME`: one instrument as a few aligned `label  value` lines.
public enum InstrumentCard {
    /// The card's lines as label and text, for callers that lay them out themselves.
    public static func fields(
        _ instrument: Instrument, in snapshot: Snapshot
    ) -> [(label: String, text: String)] {
        let i = instrument
        return [
            ("name", i.name),
            ("kind", "\(i.kind.rawValue), \(i.region.rawValue)"),
            ("value", i.value.description),
            ("change", "\(signed(i.change)) (\(signed(i.pct))%)"),
            ("prev", i.prev?.description ?? "unknown"),
            ("consistent", i.consistent ? "yes" : "no (change / prev does not give pct)"),
            ("position", "\(i.position) of \(snapshot.instruments.count)"),
            ("snapshot", StatusLine.label(snapshot)),
        ]
    }

    /// The card as text: labels padded to one column so the values line up.
    ///
    ///     name        Pétrole WTI
    ///     kind        commodity, global
    ///     change      -0.26 (-0.44%)
    public static func text(_ instrument: Instrument, in snapshot: Snapshot) -> String {
        let rows = fields(instrument, in: snapshot)
        let labelWidth = rows.map(\.label.count).max() ?? 0
        return rows.map { row in
            row.label + String(repeating: " ", count: labelWidth - row.label.count + 2) + row.text
        }.joined(separator: "\n")
    }

    /// A change with its sign always shown, as finance pages print it: `+3.69`, `-0.26`, `0.00`.
    public static func signed(_ f: Fixed) -> String {
        f.signum > 0 ? "+" + f.description : f.description
    }
}
