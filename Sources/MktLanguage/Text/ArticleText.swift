import MarketModel
import MktResult

/// The article as readable text: whole (`article`) or cut short (`excerpt`).
///
/// The article's parts as blocks of lines (`Prose`); a renderer wraps and prints them.
public enum ArticleText {
    /// The line that stands for the page's `(...) Cliquez ici pour voir la suite`.
    public static let continuationNote = "(continued on the site)"

    /// The whole article: the title, an `N min read` line, the paragraphs, the continuation note
    /// when the page was cut off, then `See also: …` lines, each part a block.
    public static func full(_ article: Article) -> Prose {
        var blocks: [[String]] = []
        var head = [article.title]
        if let minutes = article.readMinutes { head.append("\(minutes) min read") }
        blocks.append(head)
        blocks += article.paragraphs.map { [$0] }
        if article.truncated { blocks.append([continuationNote]) }
        if !article.seeAlso.isEmpty { blocks.append(article.seeAlso.map { "See also: " + $0 }) }
        return Prose(blocks: blocks)
    }

    /// The title and the first `count` paragraphs (at least none). When paragraphs are left out
    /// a last line says how many (`… (2 more paragraphs)`); when all are shown but the page was
    /// cut off, the continuation note.
    public static func excerpt(_ article: Article, paragraphs count: Int = 1) -> Prose {
        let shown = Swift.max(0, Swift.min(count, article.paragraphs.count))
        var blocks: [[String]] = [[article.title]]
        blocks += article.paragraphs.prefix(shown).map { [$0] }
        let left = article.paragraphs.count - shown
        if left > 0 {
            blocks.append(["\(TextCut.ellipsis) (\(left) more paragraph\(left == 1 ? "" : "s"))"])
        } else if article.truncated {
            blocks.append([continuationNote])
        }
        return Prose(blocks: blocks)
    }

    /// The title and at most `budget` characters of the body (paragraphs separated by blank
    /// lines, which count), cut at a word boundary and marked with `…` (`TextCut.prefix`).
    /// When the whole body fits but the page was cut off, the continuation note follows.
    public static func excerpt(_ article: Article, characters budget: Int) -> Prose {
        let body = article.paragraphs.joined(separator: "\n\n")
        let cut = TextCut.prefix(body, budget: budget)
        var blocks: [[String]] = [[article.title]]
        if !body.isEmpty {
            blocks += cut.split(separator: "\n\n", omittingEmptySubsequences: true).map { [String($0)] }
        }
        if cut == body && article.truncated { blocks.append([continuationNote]) }
        return Prose(blocks: blocks)
    }
}
