import MktLanguage
import MktRender
import MktResult

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
    return result.diagnostics.map { Renderer.text($0.report(in: source), color: false) }
        .joined(separator: "\n")
}

/// The parse result of `text`.
func parse(_ text: String) -> ParseResult {
    Parser.parse(SourceText(origin: "-e", text: text))
}

/// The help page or overview for `topic` as printed when not on a terminal; nil when no page.
func helpText(_ topic: String?) -> String? {
    Help.document(for: topic).map { Renderer.text(.help($0)) }
}

/// An article or excerpt as printed (wrapped to `width` when given), without the final newline.
func articleText(_ prose: Prose, width: Int? = nil) -> String {
    String(Renderer.text(.article(prose), spec: RenderSpec(width: width)).dropLast())
}

/// A card as printed, without the final newline.
func cardText(_ card: Card) -> String {
    String(Renderer.text(.card(card)).dropLast())
}

extension SearchHit {
    /// The hit as printed when not on a terminal, without its `paragraph 3: ` label: the
    /// context with the match in square brackets.
    var plain: String {
        let line = Renderer.text(.searchHits([self]))
        let label = source == .title ? "title: " : "\(source.rawValue) \(n): "
        return String(line.dropFirst(label.count).dropLast())
    }
}
