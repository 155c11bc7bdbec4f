import MktResult
import Testing

@testable import MktLanguage

/// `exit [N]` and `quit [N]` (also `.exit`, `.quit`): stop the script or session with status N.
@Suite struct ExitStatementTests {
    @Test func spellings() {
        #expect(dump("exit") == "(exit)")
        #expect(dump("exit 3") == "(exit 3)")
        #expect(dump("quit; quit 0") == "(exit)\n(exit 0)")
        #expect(dump(".quit") == "(exit)")
        #expect(dump(".exit 255 # done") == "(exit 255)")
        #expect(dump("exit $1") == "(exit $1)")
        #expect(dump("instruments | count\nexit 2") == "(pipeline (instruments) (aggregate count))\n(exit 2)")
    }

    @Test func aWrittenStatusOutsideZeroTo255IsASyntaxError() {
        #expect(
            errors("exit 256") == """
                -e:1:6: error: an exit status is a whole number from 0 to 255, not 256
                exit 256
                     ^~~
                """)
        #expect(errors("quit -1").hasPrefix("-e:1:6: error: an exit status is a whole number from 0 to 255, not -1\n"))
        #expect(errors("exit 1.5").hasPrefix("-e:1:6: error: an exit status is a whole number from 0 to 255, not 1.5\n"))
        #expect(
            errors("exit now") == """
                -e:1:6: error: expected an exit status after 'exit': a whole number from 0 to 255, or a variable
                exit now
                     ^~~
                """)
        #expect(errors("exit 1 2").hasPrefix("-e:1:8: error: expected the end of the statement, found '2'"))
        #expect(errors(".quiet").hasPrefix("-e:1:1: error: unexpected character '.'"))
    }

    @Test func runningItStopsWithTheStatus() {
        let host = RecordingHost(snapshots: [])
        let evaluator = Evaluator(host: host)
        evaluator.state.arguments = ["7", "x", "300"]
        func status(_ text: String) -> RuntimeError.Kind? {
            let source = SourceText(origin: "-e", text: text)
            do {
                for statement in Parser.parse(source).statements { try evaluator.execute(statement, in: source) }
            } catch {
                return error.kind
            }
            return nil
        }
        #expect(status("exit") == .exit(status: 0))
        #expect(status("quit 4") == .exit(status: 4))
        #expect(status("exit $1") == .exit(status: 7))
        #expect(status("exit $2") == .runtime)
        #expect(status("exit $3") == .runtime)
        let source = SourceText(origin: "-e", text: "exit $2")
        #expect(throws: RuntimeError("an exit status is a whole number from 0 to 255, not 'x'", at: source.slice(fromColumn: 6, to: 8))) {
            for statement in Parser.parse(source).statements { try evaluator.execute(statement, in: source) }
        }
    }
}

extension SourceText {
    /// The range of columns `from..<to` on the first line (for expected errors).
    func slice(fromColumn from: Int, to: Int) -> SourceRange {
        SourceRange(
            start: SourceLocation(offset: from - 1, line: 1, column: from),
            end: SourceLocation(offset: to - 1, line: 1, column: to))
    }
}
