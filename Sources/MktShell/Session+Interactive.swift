import MarketModel
import MktLanguage

/// The session as the interactive loop sees it.
extension Session: InteractiveEngine {
    /// Parses `text` and keeps the parse: `runInteractive` or `reportUnfinished` of the same
    /// text uses it, so a statement typed at the prompt is parsed once.
    public func inputStatus(_ text: String) -> InputStatus {
        let input = parse(text, origin: "stdin")
        promptInput = input
        return input.result.isIncomplete ? .incomplete : .complete
    }

    public func runInteractive(_ text: String) {
        if case .exited(let status) = run(promptParse(of: text), interactive: true) { exitRequest = status }
        out.flush()
        err.flush()
    }

    public func reportUnfinished(_ text: String) {
        // As a script would: the error of the open string or parenthesis, nothing run.
        _ = check(promptParse(of: text))
    }

    /// The parse `inputStatus` kept, when it was of `text`; else `text` parsed now.
    private func promptParse(of text: String) -> ParsedInput {
        defer { promptInput = nil }
        if let promptInput, promptInput.source.text == text { return promptInput }
        return parse(text, origin: "stdin")
    }

    public var currentSnapshotLabel: String? { state.current?.id }

    public var instrumentNames: [String] { state.current?.instruments.map(\.name) ?? [] }

    /// The names of the instruments in any loaded snapshot, each once (ignoring case and
    /// accents), in the order first seen: what `history` and `news` take. Kept until the
    /// loaded snapshots change.
    public var archiveInstrumentNames: [String] {
        let snapshots = state.snapshots
        let key = [String(snapshots.count), snapshots.first?.id ?? "", snapshots.last?.id ?? ""]
        if let cache = archiveNamesCache, cache.key == key { return cache.names }
        var seen = Set<String>()
        var exact = Set<String>()
        var names: [String] = []
        for s in snapshots {
            for i in s.instruments where exact.insert(i.name).inserted && seen.insert(TextFold.fold(i.name)).inserted {
                names.append(i.name)
            }
        }
        archiveNamesCache = (key, names)
        return names
    }

    public var variableNames: [String] { state.variables.keys.sorted() }

    public var snapshotIDs: [String] { state.snapshots.map(\.id) }

    public func columns(ofVariable name: String) -> [String]? {
        guard case .relation(let rows)? = state.variables[name] else { return nil }
        return rows.columnNames
    }
}
