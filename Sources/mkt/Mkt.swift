import ArgumentParser
import MktShell

@main
struct Mkt: ParsableCommand {
    mutating func run() throws {}
}
