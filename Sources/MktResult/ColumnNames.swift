/// The one rule that makes a result's column names unique, so every stage and every format
/// agrees on them.
public enum ColumnNames {
    /// `names` with repeats renamed `NAME_2`, `NAME_3`… in order, skipping any name already
    /// taken: `value, value` is `value, value_2`; `count, count, count_2` is
    /// `count, count_3, count_2`. The first of each name keeps it.
    public static func unique(_ names: [String]) -> [String] {
        var used = Set(names)
        var seen: Set<String> = []
        return names.map { name in
            guard seen.contains(name) else {
                seen.insert(name)
                return name
            }
            var n = 2
            while used.contains("\(name)_\(n)") { n += 1 }
            let renamed = "\(name)_\(n)"
            used.insert(renamed)
            return renamed
        }
    }
}
