import MktRender
import MktResult
import Testing

@testable import MktLanguage

@Suite struct DiagnosticReportTests {
    let source = SourceText(origin: "-e", text: "instruments | where pcts > 0")

    func at(_ source: SourceText, _ from: Int, _ to: Int) -> SourceRange {
        SourceRange(start: source.location(atOffset: from), end: source.location(atOffset: to))
    }

    @Test func plainShape() {
        let d = Diagnostic.error("unknown field 'pcts'", at: at(source, 20, 24), suggestion: "pct")
        #expect(
            Renderer.text(d.report(in: source), color: false) == """
                -e:1:21: error: unknown field 'pcts' — did you mean 'pct'?
                instruments | where pcts > 0
                                    ^~~~
                """)
    }

    @Test func colour() {
        let d = Diagnostic.error("unknown field 'pcts'", at: at(source, 20, 24))
        #expect(
            Renderer.text(d.report(in: source), color: true) == """
                -e:1:21: \u{1B}[1;31merror:\u{1B}[0m unknown field 'pcts'
                instruments | where pcts > 0
                                    \u{1B}[32m^~~~\u{1B}[0m
                """)
    }

    @Test func warningsAndNotes() {
        let w = Diagnostic(.warning, "w", at: at(source, 0, 0))
        let n = Diagnostic(.note, "n", at: at(source, 0, 1))
        #expect(Renderer.text(w.report(in: source), color: false).hasPrefix("-e:1:1: warning: w\n"))
        #expect(Renderer.text(n.report(in: source), color: true).hasPrefix("-e:1:1: \u{1B}[1;36mnote:\u{1B}[0m n\n"))
    }

    @Test func caretPadsByDisplayWidth() {
        let wide = SourceText(origin: "s.mkt", text: "show 日経 | 平均x")
        let text = wide.text
        let start = text.utf8.count - "平均x".utf8.count
        let d = Diagnostic.error("bad", at: at(wide, start, start + "平均".utf8.count))
        // "show 日経 | " is 10 characters but 12 columns; the span is 2 characters, 4 columns.
        #expect(
            Renderer.text(d.report(in: wide), color: false) == """
                s.mkt:1:11: error: bad
                show 日経 | 平均x
                            ^~~~
                """)
    }

    @Test func controlCharactersCannotDriveTheTerminal() {
        // A script holding ESC sequences and BEL: shown as U+FFFD, one column each, so the
        // caret still lands under the span; the message and origin are cleaned the same way.
        let hostile = SourceText(origin: "a\u{1B}b.mkt", text: "x == \"\u{1B}[2J\u{07}\" + pcts")
        let start = hostile.text.utf8.count - 4
        let d = Diagnostic.error("unexpected '\u{1B}'", at: at(hostile, start, start + 4))
        #expect(
            Renderer.text(d.report(in: hostile), color: false) == """
                a\u{FFFD}b.mkt:1:16: error: unexpected '\u{FFFD}'
                x == "\u{FFFD}[2J\u{FFFD}" + pcts
                               ^~~~
                """)
    }

    @Test func accentsAndTabs() {
        let accented = SourceText(origin: "-e", text: "show Pétrole\tWTI x")
        let start = "show Pétrole\tWTI ".utf8.count
        let d = Diagnostic.error("bad", at: at(accented, start, start + 1))
        #expect(Renderer.text(d.report(in: accented), color: false) == "-e:1:18: error: bad\nshow Pétrole\tWTI x\n            \t    ^")
    }

    @Test func multiLineSpansStopAtTheLineEnd() {
        let s = SourceText(origin: "-e", text: "x \"ab\ncd\"")
        let d = Diagnostic.error("span", at: at(s, 2, 9))
        #expect(Renderer.text(d.report(in: s), color: false) == "-e:1:3: error: span\nx \"ab\n  ^~~")
    }

    @Test func laterLinesAndEmptySpans() {
        let s = SourceText(origin: "script.mkt", text: "status\r\nload\n")
        let d = Diagnostic.error("expected a file name after 'load'", at: at(s, 12, 12))
        #expect(
            Renderer.text(d.report(in: s), color: false) == """
                script.mkt:2:5: error: expected a file name after 'load'
                load
                    ^
                """)
    }
}
