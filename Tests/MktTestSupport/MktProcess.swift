import Foundation

/// Runs the built `mkt` binary as a user would, and captures what it printed. Shared by the
/// end-to-end tests that run in parallel and the serial ones (the pseudo-terminal sessions).
public enum MktProcess {
    public struct Result: Sendable {
        public var stdout: String
        public var stderr: String
        public var status: Int32
    }

    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `$MKT_BINARY`, else the debug build beside the tests.
    public static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["MKT_BINARY"], !path.isEmpty { return URL(fileURLWithPath: path) }
        return packageRoot.appendingPathComponent(".build/debug/mkt")
    }

    public static func example(_ name: String) -> String {
        packageRoot.appendingPathComponent("examples/snapshots/\(name)").path
    }

    public static let seed = example("2021-04-09_3921acb7a18bc451.txt")

    /// `examples/archive`: 33 made-up captures from 2025-12-15 to 2026-01-23 (examples/README.md).
    public static let archive = packageRoot.appendingPathComponent("examples/archive").path

    /// `launcher` runs mkt through another program (`sh -c`, `setpriv`), mkt's path and
    /// `arguments` after its own. `executable` replaces the built binary (a copy of it).
    public static func run(
        _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
        directory: URL? = nil, launcher: [String] = [], executable: URL? = nil
    ) throws -> Result {
        let process = Process()
        let binary = executable ?? binary
        if let program = launcher.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = Array(launcher.dropFirst()) + [binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        // Tables and charts draw with Unicode in a UTF-8 locale and ASCII otherwise: the tests
        // expect the former whatever locale the machine running them has.
        env["LC_ALL"] = "C.UTF-8"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        process.currentDirectoryURL = directory ?? packageRoot
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a full pipe cannot block the child.
        let stderrBox = DataBox()
        let group = DispatchGroup()
        let errHandle = err.fileHandleForReading
        DispatchQueue.global().async(group: group) {
            stderrBox.data = errHandle.readDataToEndOfFile()
        }
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let stderrData = stderrBox.data
        process.waitUntilExit()
        return Result(
            stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self),
            status: process.terminationStatus)
    }

    /// Runs mkt under the umask `mask` (octal, as `umask` takes it).
    public static func withUmask(_ mask: String) -> [String] {
        ["/bin/sh", "-c", "umask \(mask) && exec \"$0\" \"$@\""]
    }

    /// How to run mkt as a user without privileges: the launcher, and the binary that user can
    /// run.
    public struct Unprivileged: Sendable {
        public let launcher: [String]
        public let executable: URL
    }

    /// Not root: mkt as it is built, run directly. Root (who ignores file modes): `setpriv` as
    /// nobody, on a copy of the binary in a fresh world-readable folder, since the checkout may
    /// sit in a folder other users cannot enter (`mktemp -d`, a home folder of mode 0750); the
    /// libraries it needs come from the toolchain and the system, which everyone can read.
    /// A failure saying why when the tests run as root and setpriv is missing (or the copy fails).
    public static let unprivileged: Swift.Result<Unprivileged, Unavailable> = {
        if geteuid() != 0 { return .success(Unprivileged(launcher: [], executable: binary)) }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else {
            return .failure(Unavailable(description: "the tests run as root (who ignores file modes) and \(setpriv) is missing"))
        }
        do {
            let folder = try temporaryDirectory()
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
            let copy = folder.appendingPathComponent("mkt")
            try FileManager.default.copyItem(at: binary, to: copy)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy.path)
            return .success(Unprivileged(launcher: [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"], executable: copy))
        } catch {
            return .failure(Unavailable(description: "cannot copy mkt where nobody can run it: \(error)"))
        }
    }()

    /// Why a test cannot run here.
    public struct Unavailable: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// A fresh temporary folder.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mkt-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

private final class DataBox: @unchecked Sendable {
    var data = Data()
}
