import MktResult
import Testing

@testable import MktLanguage

@Suite struct LexerTests {
    func tokens(_ text: String) -> String {
        Lexer.tokenize(SourceText(origin: "t", text: text)).map(\.kind.description).joined(separator: " ")
    }

    @Test func pipelineTokens() {
        #expect(
            tokens("instruments | where pct >= 0.5 and name ~ \"CAC\"")
                == "id(instruments) '|' id(where) id(pct) '>=' num(0.5) id(and) id(name) '~' str(\"CAC\") eof")
    }

    @Test func everyOperator() {
        #expect(
            tokens("== != < <= > >= ~ + - * / = ( ) , ; |")
                == "'==' '!=' '<' '<=' '>' '>=' '~' '+' '-' '*' '/' '=' '(' ')' ',' ';' '|' eof")
    }

    @Test func numbersStayExact() {
        #expect(tokens("12 0.5 6169.41 1.1905") == "num(12) num(0.5) num(6169.41) num(1.1905) eof")
    }

    @Test func identifiersAndVariables() {
        #expect(tokens("$top_3 Pétrole _x a1") == "$top_3 id(Pétrole) id(_x) id(a1) eof")
        #expect(tokens("$ x") == "error(expected a variable name after '$') id(x) eof")
    }

    @Test func stringEscapes() {
        #expect(tokens(#""a \"b\" \\ c""#) == #"str("a \"b\" \\ c") eof"#)
        #expect(tokens(#""bad \q""#) == #"error(unknown escape '\q' in string (use \" for a quote and \\ for a backslash)) eof"#)
    }

    @Test func commentsAndShebang() {
        #expect(tokens("#!/usr/bin/env mkt\nstatus # what is loaded\narticle") == "nl id(status) nl id(article) eof")
    }

    @Test func newlinesEndStatementsExceptInsideParensAndAfterContinuers() {
        #expect(tokens("a\nb;c") == "id(a) nl id(b) ';' id(c) eof")
        #expect(tokens("f(1,\n2\n)") == "id(f) '(' num(1) ',' num(2) ')' eof")
        #expect(tokens("instruments |\n  # comment\n  take 3") == "id(instruments) '|' id(take) num(3) eof")
        #expect(tokens("let x =\n1") == "id(let) id(x) '=' num(1) eof")
        #expect(tokens("a\r\nb") == "id(a) nl id(b) eof")
    }

    @Test func lexicalErrors() {
        #expect(tokens("\"abc") == "error(unterminated string) eof")
        #expect(tokens("1 @ 2") == "num(1) error(unexpected character '@') num(2) eof")
        #expect(tokens("12.") == "error(expected digits after the '.' in '12.') eof")
        #expect(
            tokens("12345678901234567890")
                == "error(number '12345678901234567890' has too many digits to keep exactly (at most 18)) eof")
    }

    @Test func rangesAreOneBasedAndCountCharacters() {
        let tokens = Lexer.tokenize(SourceText(origin: "t", text: "é + 1\n  x"))
        #expect(tokens.map(\.range.description) == ["1:1-1:2", "1:3-1:4", "1:5-1:6", "1:6-2:1", "2:3-2:4", "2:4-2:4"])
    }

    @Test func rawModesReadPathsAndText() {
        var lexer = Lexer(SourceText(origin: "t", text: "examples/*.txt, \"a b.txt\" ; CAC 40  # c"))
        #expect(lexer.next(.path).kind == .word("examples/*.txt"))
        #expect(lexer.next(.path).kind == .punct(.comma))
        #expect(lexer.next(.path).kind == .string("a b.txt"))
        #expect(lexer.next().kind == .punct(.semicolon))
        let text = lexer.next(.text)
        #expect(text.kind == .word("CAC 40"))
        #expect(text.range.description == "1:29-1:35")
        #expect(lexer.next(.text).kind == .eof)
    }

    @Test func openEnds() {
        func isOpen(_ text: String) -> Bool {
            var lexer = Lexer(SourceText(origin: "t", text: text))
            while lexer.next().kind != .eof {}
            return lexer.isOpen
        }
        #expect(isOpen("instruments | # more"))
        #expect(isOpen("(1 + 2"))
        #expect(isOpen("\"abc"))
        #expect(isOpen("let x =\n"))
        #expect(!isOpen("instruments"))
        #expect(!isOpen("1 +)"))
    }
}
