import MarketModel

/// One field of a row type, declared once: its name, how to read it from a row, and what it
/// means. The language's sources build their columns from these, `help fields` lists them and
/// `mkt parse` takes its JSON keys from them, so a name cannot differ between the three.
public struct Field<Row>: Sendable {
    /// The name a query uses (`pct`), and the column's name as printed.
    public let name: String
    /// The key of the field in `mkt parse`'s JSON (the name, unless said otherwise).
    public let jsonKey: String
    /// A signed quantity (a rise or a fall): renderers may colour it by sign.
    public let isSigned: Bool
    /// Shown in a table when nothing was selected (`prev` is there for `select`, CSV, JSON).
    public let isShownByDefault: Bool
    /// What it holds, in a few words: its line in `help fields`.
    public let summary: String
    /// Reads the field from a row.
    public let value: @Sendable (Row) -> Value

    public init(
        _ name: String, jsonKey: String? = nil, signed: Bool = false, shown: Bool = true, summary: String,
        value: @escaping @Sendable (Row) -> Value
    ) {
        self.name = name
        self.jsonKey = jsonKey ?? name
        self.isSigned = signed
        self.isShownByDefault = shown
        self.summary = summary
        self.value = value
    }

    /// The same field read from another row type that holds a `Row` (`snapshots` rows hold a
    /// snapshot).
    public func reading<Other>(through row: @escaping @Sendable (Other) -> Row) -> Field<Other> {
        let value = self.value
        return Field<Other>(
            name, jsonKey: jsonKey, signed: isSigned, shown: isShownByDefault, summary: summary,
            value: { value(row($0)) })
    }

    /// The field as a result column.
    public var column: ResultTable.Column { ResultTable.Column(name, signed: isSigned) }
}

/// The fields of an instrument, in the order of its columns and of its JSON object.
public enum InstrumentField {
    public static let all: [Field<Instrument>] = [
        Field("position", summary: "place in the ticker, from 1") { .number(Fixed(Int($0.position))) },
        Field("name", summary: "as written: CAC 40, Pétrole WTI") { .text($0.name) },
        Field("value", summary: "the last value") { .number($0.value) },
        Field("change", signed: true, summary: "the change since the previous close") { .number($0.change) },
        Field("pct", signed: true, summary: "the change in percent: 0.06 means 0.06 %") { .number($0.pct) },
        Field("prev", shown: false, summary: "the previous close: value − change") { $0.prev.map(Value.number) ?? .null },
        Field("kind", summary: "index, fx, commodity or crypto") { .text($0.kind.rawValue) },
        Field("region", summary: "europe, us, asia or global") { .text($0.region.rawValue) },
        Field("consistent", shown: false, summary: "true when change / prev × 100 gives pct") { .bool($0.consistent) },
    ]

    /// The names of `all`, in order.
    public static let names: [String] = all.map(\.name)

    /// The field called `name`, ignoring case (`PCT` is `pct`).
    public static func named(_ name: String) -> Field<Instrument>? {
        let key = WordKey.of(name)
        return all.first { $0.name == key }
    }
}
