import Foundation
import MktResult
import Testing

@testable import MktLanguage

/// Help's worked examples are what mkt really prints: each `input` followed by `output` runs
/// through the built binary against the seed snapshot, one session per example.
@Suite struct HelpExamplesRunTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    struct Case: CustomTestStringConvertible, Sendable {
        var page: String
        var inputs: [String]
        var expected: String
        var testDescription: String { "help \(page): \(inputs.last ?? "")" }
    }

    /// Examples made of typed statements, each followed by its output.
    static var cases: [Case] {
        var all: [Case] = []
        for page in HelpPages.all {
            for example in page.examples {
                var inputs: [String] = []
                var expected = ""
                var runnable = true
                for step in example.steps {
                    switch step {
                    case .input(let text): inputs.append(text)
                    case .output(let text): expected += text + "\n"
                    default: runnable = false
                    }
                }
                // Statements that depend on the terminal or on files they write are checked
                // elsewhere; `load` of the bundled examples runs here (from the package root).
                let terminalBound = inputs.contains {
                    $0.hasPrefix("source") || $0.contains("save") || $0.hasPrefix("help") || $0.hasPrefix("article")
                }
                if runnable && !inputs.isEmpty && !expected.isEmpty && !terminalBound {
                    all.append(Case(page: page.name, inputs: inputs, expected: expected))
                }
            }
        }
        return all
    }

    static let wrappedPages: Set<String> = ["status"]

    @Test(arguments: cases)
    func exampleOutputIsReal(_ c: Case) throws {
        let process = Process()
        process.executableURL = Self.root.appendingPathComponent(".build/debug/mkt")
        process.arguments = c.inputs.flatMap { ["-e", $0] } + ["examples/snapshots/2021-04-09_3921acb7a18bc451.txt"]
        process.currentDirectoryURL = Self.root
        var env = ProcessInfo.processInfo.environment
        // As a UTF-8 terminal shows them (stdout is a pipe, so no colour).
        env["NO_COLOR"] = nil
        env["LC_ALL"] = "C.UTF-8"
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var printed = String(decoding: data, as: UTF8.self)
        if Self.wrappedPages.contains(c.page) {
            // These pages wrap one long printed line to fit 80 columns.
            printed = printed.replacingOccurrences(of: "\n", with: " ")
            #expect(printed == c.expected.replacingOccurrences(of: "\n", with: " "))
        } else {
            #expect(printed == c.expected)
        }
    }

    @Test func manyExamplesAreChecked() {
        #expect(Self.cases.count >= 40)
    }
}
