import MarketModel

/// An array of objects, one row per line, keys in column order; `[]` when there are no rows.
enum JSONRenderer {
    static func render(_ table: ResultTable) -> String {
        guard !table.rows.isEmpty else { return "[]\n" }
        let keys = uniqueKeys(table.columns.map(\.name)).map(JSONText.string)
        let lines = table.rows.map { row in
            let members = keys.indices.map { keys[$0] + ":" + JSONText.literal(CellText.cell(row, $0)) }
            return "{" + members.joined(separator: ",") + "}"
        }
        return "[\n" + lines.joined(separator: ",\n") + "\n]\n"
    }

    /// Column names made unique (`value`, `value_2`): readers such as jq keep only the last of
    /// duplicate keys, which would silently drop a column.
    static func uniqueKeys(_ names: [String]) -> [String] {
        var used = Set(names)
        var seen: Set<String> = []
        return names.map { name in
            guard seen.contains(name) else {
                seen.insert(name)
                return name
            }
            var n = 2
            while used.contains("\(name)_\(n)") { n += 1 }
            let key = "\(name)_\(n)"
            used.insert(key)
            return key
        }
    }
}
