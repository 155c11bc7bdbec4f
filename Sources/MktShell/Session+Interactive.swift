import MktLanguage

/// The session as the interactive loop sees it.
extension Session: InteractiveEngine {
    public func inputStatus(_ text: String) -> InputStatus {
        let parsed = Parser.parse(SourceText(origin: "stdin", text: text))
        return parsed.isIncomplete ? .incomplete : .complete
    }

    public func runInteractive(_ text: String) {
        if case .exited(let status) = run(text, origin: "stdin", interactive: true) { exitRequest = status }
        out.flush()
        err.flush()
    }

    public func reportUnfinished(_ text: String) {
        // As a script would: the error of the open string or parenthesis, nothing run.
        _ = check(text, origin: "stdin")
    }

    public var currentSnapshotLabel: String? { state.current?.id }

    public var instrumentNames: [String] { state.current?.instruments.map(\.name) ?? [] }

    public var variableNames: [String] { state.variables.keys.sorted() }

    public var snapshotIDs: [String] { state.snapshots.map(\.id) }

    public func columns(ofVariable name: String) -> [String]? {
        guard case .relation(let rows)? = state.variables[name] else { return nil }
        return rows.columnNames
    }
}
