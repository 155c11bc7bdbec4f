import Foundation
import Testing

/// Tab after a stage word offers the columns the rows really have at that point.
extension InteractiveShellTests {
    @Test func tabCompletesTheColumnsOfInstrumentsAllAndOfVariables() throws {
        let shell = try Shell()
        try shell.term.expect("mkt> ")
        try shell.term.send("load \"\(Shell.exampleSnapshot)\"", .enter)
        try shell.term.expect("> ")
        try shell.term.send("instruments all | sort dat", .tab)
        try shell.term.expectCursorLine(endingWith: "> instruments all | sort date ")
        try shell.term.send(.ctrlU, "let moves = instruments | select name, pct as delta", .enter)
        try shell.term.expect("> ")
        try shell.term.send("$moves | sort del", .tab)
        try shell.term.expectCursorLine(endingWith: "> $moves | sort delta ")
        try shell.term.send(.ctrlU)
        try shell.quit()
    }
}
