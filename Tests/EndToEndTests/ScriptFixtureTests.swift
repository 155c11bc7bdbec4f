import Foundation
import MktTestSupport
import Testing

/// Each `Fixtures/NAME.mkt` runs through the built `mkt` from the package root; its standard
/// output, standard error and exit status must equal `NAME.stdout`, `NAME.stderr`, `NAME.exit`.
@Suite struct ScriptFixtureTests {
    static let folder = "Tests/EndToEndTests/Fixtures"

    static var fixtures: [String] {
        let url = MktProcess.packageRoot.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".mkt") }.map { String($0.dropLast(4)) }.sorted()
    }

    @Test(arguments: fixtures)
    func fixture(_ name: String) throws {
        let base = MktProcess.packageRoot.appendingPathComponent(Self.folder).appendingPathComponent(name)
        func expected(_ ext: String) throws -> String {
            try String(contentsOf: base.appendingPathExtension(ext), encoding: .utf8)
        }
        let r = try MktProcess.run(["\(Self.folder)/\(name).mkt"])
        #expect(r.stdout == (try expected("stdout")))
        #expect(r.stderr == (try expected("stderr")))
        #expect("\(r.status)\n" == (try expected("exit")))
    }

    @Test func thereAreFixtures() {
        #expect(Self.fixtures.count >= 4)
        #expect(Self.examples.count >= 4)
    }

    /// The scripts in `examples/`, whose output `Fixtures/examples/NAME.stdout` (and `.stderr`,
    /// `.exit`) holds, in a UTF-8 locale.
    static var examples: [String] {
        let url = MktProcess.packageRoot.appendingPathComponent("examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".mkt") }.map { String($0.dropLast(4)) }.sorted()
    }

    @Test(arguments: examples)
    func example(_ name: String) throws {
        let base = MktProcess.packageRoot.appendingPathComponent(Self.folder).appendingPathComponent("examples/\(name)")
        func expected(_ ext: String) throws -> String {
            try String(contentsOf: base.appendingPathExtension(ext), encoding: .utf8)
        }
        let r = try MktProcess.run(["examples/\(name).mkt"], environment: ["LC_ALL": "C.UTF-8"])
        #expect(r.stdout == (try expected("stdout")))
        #expect(r.stderr == (try expected("stderr")))
        #expect("\(r.status)\n" == (try expected("exit")))
    }
}
