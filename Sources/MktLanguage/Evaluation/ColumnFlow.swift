import MarketModel
import MktResult

/// The columns that flow out of each stage of a pipeline, named in one place: the evaluator
/// names the columns it makes with it, and tab completion asks it which fields a stage sees.
///
/// `where`, `sort`, `take`, `last`, `latest per`, `earliest per`, `to` and `save` keep their
/// rows' columns; `select` names its items; `group KEY` alone gives the keys and `count`;
/// aggregates give the group keys (if any) and their own names (`avg_pct`); `delta X` adds
/// `prev_X` and `delta_X` (a `group` right before it keeps every column). A bare field names its column as the rows declare it
/// (`select PCT` gives `pct`); repeated names are made unique (`value`, `value_2`).
public enum ColumnFlow {
    /// The columns of the rows after `stages`, from `columns` (the source's).
    public static func columns(
        after stages: [Stage], from columns: [ResultTable.Column], source: SourceText
    ) -> [ResultTable.Column] {
        var columns = columns
        var groupKeys: [String]?
        for (i, stage) in stages.enumerated() {
            switch stage {
            case .select(let items, _):
                columns = selected(items, from: columns, source: source)
                groupKeys = nil
            case .group(let keys, _):
                // `group KEY | delta X`: the group only names the series, every row stays.
                if i + 1 < stages.count, case .delta = stages[i + 1] { continue }
                let names = keys.map { name(of: $0, in: columns, source: source) }
                columns = aggregated(keys: names, aggregates: [], from: columns, source: source)
                groupKeys = names
            case .aggregate(let aggregates, _):
                columns = aggregated(keys: groupKeys ?? [], aggregates: aggregates, from: columns, source: source)
                groupKeys = nil
            case .delta(let exprs, _):
                columns = delta(exprs, from: columns, source: source)
                groupKeys = nil
            case .chart(let expr, _):
                columns = charted(expr, from: columns, source: source)
                groupKeys = nil
            case .filter, .sort, .take, .last, .latest, .format, .save:
                groupKeys = nil
            }
        }
        return columns
    }

    /// The columns a source gives; nil for a variable (its rows are the session's).
    public static func columns(of source: PipelineSource) -> [ResultTable.Column]? {
        switch source {
        case .word(let kind, _, _): return kind.entry.columns
        case .variable: return nil
        }
    }

    /// The names of the columns after the pipeline `text` (a source and whole stages, as
    /// written before a `|`), or nil when it does not parse. `variableColumns` gives the
    /// columns of `$name` (nil when unknown).
    public static func columnNames(
        ofPipeline text: String, variableColumns: (String) -> [String]?
    ) -> [String]? {
        let source = SourceText(origin: "", text: text)
        let parsed = Parser.parse(source)
        guard parsed.diagnostics.isEmpty, parsed.statements.count == 1,
            case .pipeline(let pipeline) = parsed.statements[0]
        else { return nil }
        let start: [ResultTable.Column]
        if case .variable(let name, _) = pipeline.source {
            guard let names = variableColumns(name) else { return nil }
            start = names.map(column)
        } else {
            start = columns(of: pipeline.source) ?? []
        }
        return columns(after: pipeline.stages, from: start, source: source).map(\.name)
    }

    /// The columns of `select`.
    static func selected(
        _ items: [SelectItem], from columns: [ResultTable.Column], source: SourceText
    ) -> [ResultTable.Column] {
        Relation.uniquelyNamed(
            items.map { item in
                column(item.alias == nil ? name(of: item.expr, in: columns, source: source) : item.columnName)
            })
    }

    /// The columns of an aggregate stage: the group's keys, then each aggregate (`count`
    /// alone when there are none: `group kind` counts each group).
    static func aggregated(
        keys: [String], aggregates: [Aggregate], from columns: [ResultTable.Column], source: SourceText
    ) -> [ResultTable.Column] {
        let made =
            aggregates.isEmpty
            ? ["count"] : aggregates.map { aggregateName($0, in: columns, source: source) }
        return Relation.uniquelyNamed((keys + made).map(column))
    }

    /// The columns of `delta X, Y`: the rows' own, then `prev_X`, `delta_X`, `prev_Y`… where X
    /// is a field's name, or an expression's text reduced as an aggregate's (`prev_abs_change`).
    static func delta(_ exprs: [Expr], from columns: [ResultTable.Column], source: SourceText) -> [ResultTable.Column] {
        let added = exprs.flatMap { e in
            let x = name(of: e, in: columns, source: source)
            // `prev_pct` holds what `pct` held, coloured as it is; a `delta_` is a change, signed.
            let signed = columns.first { $0.name == x }?.isSigned ?? false
            return [
                ResultTable.Column(Aggregates.derivedName("prev", expression: x), signed: signed),
                ResultTable.Column(Aggregates.derivedName("delta", expression: x), signed: true),
            ]
        }
        return Relation.uniquelyNamed(columns + added)
    }

    /// The column an aggregate makes: `count`, `avg_pct`, `avg_abs_change`.
    static func aggregateName(_ aggregate: Aggregate, in columns: [ResultTable.Column], source: SourceText) -> String {
        Aggregates.columnName(
            aggregate.function, expression: aggregate.argument.map { name(of: $0, in: columns, source: source) })
    }

    /// The name of an expression's column: a field's as the rows declare it, else its text.
    static func name(of expr: Expr, in columns: [ResultTable.Column], source: SourceText) -> String {
        guard case .field(let field, _) = expr else { return String(source.slice(expr.range)) }
        if columns.contains(where: { $0.name == field }) { return field }
        let key = Vocabulary.key(field)
        return columns.first { Vocabulary.key($0.name) == key }?.name ?? field
    }

    /// A computed column, coloured by sign when its name says it holds a signed quantity.
    static func column(_ name: String) -> ResultTable.Column {
        ResultTable.Column(name, signed: Vocabulary.isSigned(column: name))
    }
}
