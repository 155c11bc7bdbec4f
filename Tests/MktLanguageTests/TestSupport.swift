import MktLanguage

/// Parses `text` as `-e` input and returns the AST dump, or the formatted errors if any.
func dump(_ text: String) -> String {
    let result = Parser.parse(SourceText(origin: "-e", text: text))
    if !result.diagnostics.isEmpty { return errors(text) }
    return ASTDump.dump(result.statements)
}

/// Every diagnostic of `text`, formatted as the user sees it (no colour), separated by newlines.
func errors(_ text: String, origin: String = "-e") -> String {
    let source = SourceText(origin: origin, text: text)
    let result = Parser.parse(source)
    return result.diagnostics.map { DiagnosticFormatter.format($0, in: source, color: false) }
        .joined(separator: "\n")
}

/// The parse result of `text`.
func parse(_ text: String) -> ParseResult {
    Parser.parse(SourceText(origin: "-e", text: text))
}
