import MarketModel

extension RowFields {
    /// `movers`: an instrument's name, kind and region, then its value and move.
    public static let movers: [Field<Instrument>] = ["name", "kind", "region", "value", "change", "pct"].compactMap(
        InstrumentField.named)

    /// One instrument compared between two snapshots (`diff A B`): its value in each, and the
    /// move from the first to the second. An instrument in only one of them has the other
    /// side null.
    public struct Comparison: Sendable {
        public var name: String
        public var kind: InstrumentKind
        public var region: Region
        /// The value in the first snapshot; nil when it is only in the second.
        public var from: Fixed?
        /// The value in the second snapshot; nil when it is only in the first.
        public var to: Fixed?

        public init(name: String, kind: InstrumentKind, region: Region, from: Fixed?, to: Fixed?) {
            self.name = name
            self.kind = kind
            self.region = region
            self.from = from
            self.to = to
        }

        /// `to − from`, exact; nil when a side is missing (or the difference overflows).
        public var change: Fixed? {
            guard let from, let to else { return nil }
            return to - from
        }

        /// `change / from × 100`, rounded half away from zero to 2 decimals; nil when a side is
        /// missing or `from` is 0.
        public var pct: Fixed? {
            guard let change, let from, !from.isZero, let hundredfold = change * Fixed(100),
                let quotient = Fixed.divide(hundredfold, by: from)
            else { return nil }
            let rounded = quotient.rounded(toPlaces: 2)
            return rounded.rescaled(to: 2) ?? rounded
        }

        /// `new` when only in the second snapshot, `gone` when only in the first, else nil.
        public var note: String? {
            switch (from, to) {
            case (nil, .some): return "new"
            case (.some, nil): return "gone"
            default: return nil
            }
        }
    }

    /// `diff`'s columns.
    public static let diff: [Field<Comparison>] = [
        Field("name", summary: "as written: CAC 40, Pétrole WTI") { .text($0.name) },
        Field("kind", summary: "index, fx, commodity or crypto") { .text($0.kind.rawValue) },
        Field("region", summary: "europe, us, asia or global") { .text($0.region.rawValue) },
        Field("from", summary: "diff only: the value in A, the first snapshot") { $0.from.map(Value.number) ?? .null },
        Field("to", summary: "diff only: the value in B, the second snapshot") { $0.to.map(Value.number) ?? .null },
        Field("change", signed: true, summary: "diff only: to − from") { $0.change.map(Value.number) ?? .null },
        Field("pct", signed: true, summary: "diff only: change / from × 100, 2 decimals") { $0.pct.map(Value.number) ?? .null },
        Field("note", summary: "diff only: new (only in B), gone (only in A), or null") {
            $0.note.map(Value.text) ?? .null
        },
    ]
}
