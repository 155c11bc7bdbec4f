/// A compact S-expression form of the syntax tree, for golden tests and `--dump-ast` style
/// debugging (swift-markdown `MarkupTreeDumper`). Ranges are left out; tests check them directly.
///
/// ```
/// (pipeline (instruments all) (where (> pct 0)) (sort (desc pct) (asc name)) (take 3))
/// (let top (pipeline $x (select (column "name" name) (column "double" (* pct 2)))))
/// (expr (+ 1 (* 2 3)))
/// ```
public enum ASTDump {
    /// One line per statement.
    public static func dump(_ statements: [Statement]) -> String {
        statements.map(dump).joined(separator: "\n")
    }

    public static func dump(_ statement: Statement) -> String {
        switch statement {
        case .load(let paths, _):
            return "(load \(paths.map(dump).joined(separator: " ")))"
        case .let(let name, .pipeline(let p), _):
            return "(let \(name.name) \(dump(p)))"
        case .let(let name, .expression(let e), _):
            return "(let \(name.name) \(dump(e)))"
        case .set(let name, let value, _, _):
            let text: String
            switch value {
            case .word(let w, _): text = w
            case .string(let s, _): text = quoted(s)
            case .number(let n, _): text = n.description
            }
            return "(set \(name.name) \(text))"
        case .source(let path, _):
            return "(source \(dump(path)))"
        case .help(let topic, _):
            return topic.map { "(help \(quoted($0)))" } ?? "(help)"
        case .article:
            return "(article)"
        case .excerpt(.paragraphs(let n), _):
            return "(excerpt \(n))"
        case .excerpt(.characters(let n), _):
            return "(excerpt \(n) chars)"
        case .show(let name, let isQuoted, _):
            return isQuoted ? "(show quoted \(quoted(name)))" : "(show \(quoted(name)))"
        case .status:
            return "(status)"
        case .use(let name, _):
            return "(use \(quoted(name)))"
        case .exit(let status, _):
            return status.map { "(exit \(dump($0)))" } ?? "(exit)"
        case .pipeline(let p):
            return dump(p)
        case .expression(let e):
            return "(expr \(dump(e)))"
        }
    }

    public static func dump(_ pipeline: Pipeline) -> String {
        let source: String
        switch pipeline.source {
        case .word(let kind, let arguments, _): source = "(" + ([kind.entry.name] + dump(arguments)).joined(separator: " ") + ")"
        case .variable(let name, _): source = "$\(name)"
        }
        return "(pipeline " + ([source] + pipeline.stages.map(dump)).joined(separator: " ") + ")"
    }

    /// A source's arguments: `3`, `"a" "b"`, `(name "CAC 40") (from "2026-01-02") (last 5)`.
    static func dump(_ arguments: SourceArguments) -> [String] {
        var parts = arguments.values.map(dump)
        if let name = arguments.name { parts.append("(name \(name.isQuoted ? "quoted " : "")\(quoted(name.text)))") }
        if let from = arguments.from { parts.append("(from \(dump(from)))") }
        if let to = arguments.to { parts.append("(to \(dump(to)))") }
        if let last = arguments.last { parts.append("(last \(dump(last)))") }
        if arguments.all { parts.append("all") }
        return parts
    }

    public static func dump(_ stage: Stage) -> String {
        switch stage {
        case .filter(let e, _): return "(where \(dump(e)))"
        case .sort(let keys, _):
            let parts = keys.map { "(\($0.descending ? "desc" : "asc") \(dump($0.expr)))" }
            return "(sort \(parts.joined(separator: " ")))"
        case .take(let e, _): return "(take \(dump(e)))"
        case .last(let e, _): return "(last \(dump(e)))"
        case .select(let items, _):
            let parts = items.map { "(column \(quoted($0.columnName)) \(dump($0.expr)))" }
            return "(select \(parts.joined(separator: " ")))"
        case .group(let keys, _): return "(group \(keys.map(dump).joined(separator: " ")))"
        case .aggregate(let aggregates, _):
            let parts = aggregates.map { a in
                a.argument.map { "(\(a.function.rawValue) \(dump($0)))" } ?? a.function.rawValue
            }
            return "(aggregate \(parts.joined(separator: " ")))"
        case .delta(let exprs, _): return "(delta \(exprs.map(dump).joined(separator: " ")))"
        case .latest(let keys, let earliest, _):
            return "(\(earliest ? "earliest" : "latest") per \(keys.map(dump).joined(separator: " ")))"
        case .chart(let e, _): return "(chart \(dump(e)))"
        case .format(let format, _): return "(to \(format.rawValue))"
        case .save(let path, _): return "(save \(dump(path)))"
        }
    }

    public static func dump(_ expr: Expr) -> String {
        switch expr {
        case .number(let n, _): return n.description
        case .string(let s, _): return quoted(s)
        case .boolean(let b, _): return b ? "true" : "false"
        case .null: return "null"
        case .field(let name, _): return name
        case .variable(let name, _): return "$\(name)"
        case .call(let f, let args, _):
            return "(call " + ([f.name] + args.map(dump)).joined(separator: " ") + ")"
        case .unary(.negate, let e, _): return "(neg \(dump(e)))"
        case .unary(.not, let e, _): return "(not \(dump(e)))"
        case .binary(let op, let l, let r, _): return "(\(op.rawValue) \(dump(l)) \(dump(r)))"
        case .inList(let x, let list, let negated, _):
            return "(\(negated ? "not in" : "in") " + ([x] + list).map(dump).joined(separator: " ") + ")"
        case .between(let x, let low, let high, let negated, _):
            return "(\(negated ? "not between" : "between") \(dump(x)) \(dump(low)) \(dump(high)))"
        }
    }

    /// A path: bare words as written, quoted paths in quotes.
    public static func dump(_ path: PathArgument) -> String {
        path.isQuoted ? quoted(path.text) : path.text
    }

    /// `text` in double quotes with `"`, `\` and line breaks escaped, on one line.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for c in text {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r\n": out += "\\r\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.append(c)
            }
        }
        return out + "\""
    }
}
