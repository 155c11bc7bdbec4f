import Foundation
import MktTestSupport
import Testing

/// The README shows real output: every `$ mkt ...` line in its code blocks runs through the
/// built binary (from the package root, in a UTF-8 locale) and prints the lines under it.
@Suite struct ReadmeOutputTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var command: String
        var expected: String
        var testDescription: String { command }
    }

    /// Each `$ mkt ARGS` line of a fenced block and the lines after it, up to a blank line.
    static var examples: [Example] {
        let url = MktProcess.packageRoot.appendingPathComponent("README.md")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        var examples: [Example] = []
        var current: Example?
        var inFence = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inFence.toggle()
                if let c = current { examples.append(c) }
                current = nil
                continue
            }
            guard inFence else { continue }
            if line.hasPrefix("$ mkt ") {
                if let c = current { examples.append(c) }
                current = Example(command: String(line.dropFirst(2)), expected: "")
            } else if line.isEmpty {
                if let c = current { examples.append(c) }
                current = nil
            } else if current != nil {
                current?.expected += line + "\n"
            }
        }
        return examples
    }

    /// `mkt -q -e 'a b' dir` as arguments: words split at spaces, single quotes kept together.
    static func arguments(_ command: String) -> [String] {
        var words: [String] = []
        var word = ""
        var quoted = false
        var started = false
        for c in command {
            if c == "'" {
                quoted.toggle()
                started = true
            } else if c == " " && !quoted {
                if started { words.append(word) }
                word = ""
                started = false
            } else {
                word.append(c)
                started = true
            }
        }
        if started { words.append(word) }
        return Array(words.dropFirst())  // `mkt` itself
    }

    @Test(arguments: examples)
    func printsWhatTheReadmeShows(_ example: Example) throws {
        let r = try MktProcess.run(Self.arguments(example.command), environment: ["LC_ALL": "C.UTF-8"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == example.expected)
    }

    @Test func theReadmeHasExamplesWithOutput() {
        #expect(Self.examples.count >= 5)
        #expect(Self.examples.allSatisfy { !$0.expected.isEmpty })
        #expect(Self.arguments("mkt -q -e 'a | b' dir") == ["-q", "-e", "a | b", "dir"])
    }
}
