import Foundation

/// Runs the built `mkt` binary as a user would, and captures what it printed.
enum MktProcess {
    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `$MKT_BINARY`, else the debug build beside the tests.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["MKT_BINARY"] { return URL(fileURLWithPath: path) }
        return packageRoot.appendingPathComponent(".build/debug/mkt")
    }

    static func example(_ name: String) -> String {
        packageRoot.appendingPathComponent("examples/snapshots/\(name)").path
    }

    static let seed = example("2021-04-09_3921acb7a18bc451.txt")

    /// `launcher` runs mkt through another program (`sh -c`, `setpriv`), mkt's path and
    /// `arguments` after its own.
    static func run(
        _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
        directory: URL? = nil, launcher: [String] = []
    ) throws -> Result {
        let process = Process()
        if let program = launcher.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = Array(launcher.dropFirst()) + [binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
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
    static func withUmask(_ mask: String) -> [String] {
        ["/bin/sh", "-c", "umask \(mask) && exec \"$0\" \"$@\""]
    }

    /// A launcher that runs mkt as a user without privileges: none when the tests are not root,
    /// else `setpriv` as nobody; nil when neither works (root bypasses file permissions).
    static let unprivileged: [String]? = {
        if geteuid() != 0 { return [] }
        let setpriv = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        guard FileManager.default.isExecutableFile(atPath: setpriv[0]),
            let probe = try? run(["--version"], launcher: setpriv), probe.status == 0
        else { return nil }
        return setpriv
    }()

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mkt-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

private final class DataBox: @unchecked Sendable {
    var data = Data()
}
