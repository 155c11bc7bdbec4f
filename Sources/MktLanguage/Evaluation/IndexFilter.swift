import MarketModel
import MktCancel
import MktResult

/// `where` over index rows (`IndexedRows`) without making rows: the predicate is split into
/// parts that read only an instrument's name, kind and region (computed once per interned
/// entry by the general evaluator, so `~`, functions, `in` and `between` keep their exact
/// meaning), parts that read only the snapshot's date, id, status and language (once per
/// snapshot), and comparisons of a number field with a constant (per row, on `Fixed`), joined
/// by `and`, `or` and `not`. Anything else, or any error, gives nil: the general path then runs
/// (and reports the error as it always did).
struct IndexFilter {
    /// Three values, as `where` reads them: 0 falsy, 1 truthy, 2 null (`not` keeps null).
    typealias Truth = UInt8

    indirect enum Node {
        case perEntry([Truth])
        case perSnapshot([Truth])
        case constant(Truth)
        /// `field OP constant` for a number field, or the field alone (`truthy`: op nil).
        case number(InstrumentIndex.NumberColumn, Expr.BinaryOperator?, Fixed?)
        case and(Node, Node)
        case or(Node, Node)
        case not(Node)
    }

    /// The number fields of a row, as the index packs them (`InstrumentIndex.numbers`).
    enum NumberField: Int {
        case value, change, pct, position

        init?(_ name: String) {
            switch name {
            case "position": self = .position
            case "value": self = .value
            case "change": self = .change
            case "pct": self = .pct
            default: return nil
            }
        }
    }

    /// Where a field's value comes from.
    enum Level { case entry, snapshot, row(NumberField), other }

    let rows: IndexedRows
    let columns: [String]
    let variables: [String: Binding]

    static let entryFields: Set<String> = ["name", "kind", "region"]
    static let snapshotFields: Set<String> = ["date", "snapshot", "status", "language"]

    /// The rows `expr` keeps, or nil when this predicate is not one the index answers.
    func filter(_ expr: Expr, cancellation: CancellationToken) -> IndexedRows? {
        // Compile errors (unknown fields, bare words) are the general path's to report.
        guard (try? ExprCompiler(columns: columns, variables: variables).compile(expr)) != nil,
            let node = compile(expr)
        else { return nil }
        var kept: [Int32] = []
        var checkpoint = Checkpoint(cancellation)
        var stopped = false
        let index = rows.index
        rows.forEach { r in
            if stopped || checkpoint.shouldStop() {
                stopped = true
                return
            }
            if Self.evaluate(node, row: r, index: index) == 1 { kept.append(Int32(truncatingIfNeeded: r)) }
        }
        if stopped { return nil }
        return IndexedRows(index: index, lead: rows.lead, selected: kept, range: rows.range)
    }

    private static func evaluate(_ node: Node, row: Int, index: InstrumentIndex) -> Truth {
        switch node {
        case .perEntry(let table): return table[Int(index.entryOfRow[row])]
        case .perSnapshot(let table): return table[Int(index.snapshotOfRow[row])]
        case .constant(let t): return t
        case .number(let column, let op, let constant):
            let x = column.fixed(row)
            guard let op else { return x.isZero ? 0 : 1 }
            guard let y = constant else {
                // Compared with null: `==` is false, `!=` true, an ordering null.
                switch op {
                case .equal: return 0
                case .notEqual: return 1
                default: return 2
                }
            }
            let c = x < y ? -1 : (y < x ? 1 : 0)
            let result: Bool
            switch op {
            case .equal: result = c == 0
            case .notEqual: result = c != 0
            case .less: result = c < 0
            case .lessEqual: result = c <= 0
            case .greater: result = c > 0
            default: result = c >= 0
            }
            return result ? 1 : 0
        case .and(let a, let b):
            guard evaluate(a, row: row, index: index) == 1 else { return 0 }
            return evaluate(b, row: row, index: index) == 1 ? 1 : 0
        case .or(let a, let b):
            if evaluate(a, row: row, index: index) == 1 { return 1 }
            return evaluate(b, row: row, index: index) == 1 ? 1 : 0
        case .not(let a):
            let t = evaluate(a, row: row, index: index)
            return t == 2 ? 2 : (t == 1 ? 0 : 1)
        }
    }

    // MARK: Compiling

    private func compile(_ expr: Expr) -> Node? {
        var fields: [Level] = []
        guard collectFields(expr, into: &fields) else { return nil }
        if fields.isEmpty {
            guard let v = constant(expr) else { return nil }
            return .constant(Self.truth(v))
        }
        if fields.allSatisfy({ if case .entry = $0 { true } else { false } }) { return perEntry(expr) }
        if fields.allSatisfy({ if case .snapshot = $0 { true } else { false } }) { return perSnapshot(expr) }
        switch expr {
        case .binary(.and, let a, let b, _):
            guard let x = compile(a), let y = compile(b) else { return nil }
            return .and(x, y)
        case .binary(.or, let a, let b, _):
            guard let x = compile(a), let y = compile(b) else { return nil }
            return .or(x, y)
        case .unary(.not, let a, _):
            return compile(a).map(Node.not)
        case .field:
            guard case .row(let field) = fields[0] else { return nil }
            return .number(rows.index.column(field), nil, nil)
        case .binary(let op, let a, let b, _):
            guard [.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual].contains(op) else { return nil }
            if case .field = a, case .row(let field) = level(a), let c = numberOrNull(b) {
                return .number(rows.index.column(field), op, c)
            }
            if case .field = b, case .row(let field) = level(b), let c = numberOrNull(a) {
                return .number(rows.index.column(field), Self.flipped(op), c)
            }
            return nil
        default:
            return nil
        }
    }

    /// `c OP field` read as `field OP' c`.
    private static func flipped(_ op: Expr.BinaryOperator) -> Expr.BinaryOperator {
        switch op {
        case .less: .greater
        case .lessEqual: .greaterEqual
        case .greater: .less
        case .greaterEqual: .lessEqual
        default: op
        }
    }

    /// A constant side of a comparison: a number (`.some(f)`) or null (`.some(nil)`); nil for
    /// anything else (text, booleans and inexact numbers are left to the general path).
    private func numberOrNull(_ expr: Expr) -> Fixed?? {
        var fields: [Level] = []
        guard collectFields(expr, into: &fields), fields.isEmpty, let v = constant(expr) else { return nil }
        switch v {
        case .number(let f): return .some(f)
        case .null: return .some(nil)
        default: return nil
        }
    }

    private func constant(_ expr: Expr) -> Value? {
        guard let f = try? ExprCompiler(columns: [], variables: variables).compile(expr) else { return nil }
        return try? f([])
    }

    private func level(_ expr: Expr) -> Level {
        guard case .field(let name, _) = expr else { return .other }
        guard let i = columns.firstIndex(of: name) ?? columns.firstIndex(where: { Vocabulary.key($0) == Vocabulary.key(name) })
        else { return .other }
        let column = columns[i]
        if Self.entryFields.contains(column) { return .entry }
        if rows.lead && Self.snapshotFields.contains(column) { return .snapshot }
        if let field = NumberField(column) { return .row(field) }
        return .other
    }

    /// The fields `expr` reads; false when one is none of the index's.
    private func collectFields(_ expr: Expr, into fields: inout [Level]) -> Bool {
        switch expr {
        case .number, .string, .boolean, .null, .variable: return true
        case .field:
            let l = level(expr)
            if case .other = l { return false }
            fields.append(l)
            return true
        case .call(_, let arguments, _):
            return arguments.allSatisfy { collectFields($0, into: &fields) }
        case .unary(_, let a, _):
            return collectFields(a, into: &fields)
        case .binary(_, let a, let b, _):
            return collectFields(a, into: &fields) && collectFields(b, into: &fields)
        case .inList(let a, let list, _, _):
            return collectFields(a, into: &fields) && list.allSatisfy { collectFields($0, into: &fields) }
        case .between(let a, let b, let c, _, _):
            return collectFields(a, into: &fields) && collectFields(b, into: &fields) && collectFields(c, into: &fields)
        }
    }

    /// `expr` computed by the general evaluator on one row of each entry.
    private func perEntry(_ expr: Expr) -> Node? {
        guard let f = try? ExprCompiler(columns: columns, variables: variables).compile(expr) else { return nil }
        var table: [Truth] = []
        table.reserveCapacity(rows.index.entries.count)
        for entry in rows.index.entries {
            guard let v = try? f(rows.index.row(Int(entry.firstRow), lead: rows.lead)) else { return nil }
            table.append(Self.truth(v))
        }
        return .perEntry(table)
    }

    /// `expr` computed by the general evaluator on each snapshot's lead.
    private func perSnapshot(_ expr: Expr) -> Node? {
        guard let f = try? ExprCompiler(columns: columns, variables: variables).compile(expr) else { return nil }
        var table: [Truth] = []
        table.reserveCapacity(rows.index.leads.count)
        for lead in rows.index.leads {
            guard let v = try? f(lead) else { return nil }
            table.append(Self.truth(v))
        }
        return .perSnapshot(table)
    }

    private static func truth(_ v: Value) -> Truth {
        v == .null ? 2 : (ValueOps.truthy(v) ? 1 : 0)
    }
}
