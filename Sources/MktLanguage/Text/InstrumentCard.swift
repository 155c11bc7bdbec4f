import MarketModel
import MktResult

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

    /// The card, for a renderer to lay out (labels in one column, values beside them).
    public static func card(_ instrument: Instrument, in snapshot: Snapshot) -> Card {
        Card(fields: fields(instrument, in: snapshot).map { Card.Field($0.label, $0.text) })
    }

    /// A change with its sign always shown, as finance pages print it: `+3.69`, `-0.26`, `0.00`.
    public static func signed(_ f: Fixed) -> String {
        f.signum > 0 ? "+" + f.description : f.description
    }
}
