import ArgumentParser
import MktShell

@main
struct Mkt: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mkt",
        abstract: "A shell for exploring market snapshots.",
        subcommands: [Parse.self]
    )

    mutating func run() throws {}
}

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print each snapshot's model as one JSON object per line.",
        discussion: "Warnings go to standard error. Exits 74 when a file cannot be read."
    )

    @Argument(help: "Snapshot files, folders (their *.txt files) or patterns.")
    var files: [String]

    func run() throws {
        let status = ParseCommand.run(files, out: StandardStream(fd: 1), err: StandardStream(fd: 2))
        if status != 0 { throw ExitCode(status) }
    }
}
