/// A command line that does not fit the command: what is wrong, said in one sentence.
public struct UsageError: Error, Equatable, Sendable {
    public let message: String

    public init(_ message: String) { self.message = message }
}

/// The options and positional arguments of a command line, in the order given.
public struct ScannedArguments: Equatable, Sendable {
    /// One option as given: `-e TEXT` is the execute option with the value `TEXT`.
    public struct Occurrence: Equatable, Sendable {
        public let option: CommandOption
        /// The value of an option that takes one (possibly empty); nil for a flag.
        public let value: String?
    }

    public var options: [Occurrence] = []
    public var positionals: [String] = []

    /// The values given to `option`, in order (`-e A -e B`: `A`, `B`).
    public func values(of option: CommandOption) -> [String] {
        options.compactMap { $0.option == option ? $0.value : nil }
    }

    /// Whether the flag `option` was given.
    public func contains(_ option: CommandOption) -> Bool {
        options.contains { $0.option == option }
    }
}

/// Reads a command line against an option table, as getopt_long does, in one pass:
///
/// - `--name VALUE`, `--name=VALUE` (`--execute=` is an empty value), `--flag`;
/// - `-x VALUE`, `-xVALUE`, and clusters of flags ending in at most one option with a value:
///   `-qe TEXT`, `-qie TEXT`;
/// - a value is the next argument whatever it looks like (`-e '-1'`);
/// - `-` alone is a positional argument (standard input); `--` ends the options: every
///   argument after it is positional, even one that starts with '-';
/// - options may come after positional arguments (`mkt a.txt -e 'count'`), unless the first
///   positional argument ends them (`endsOptions`: a script, whose arguments are its own).
public enum ArgumentScanner {
    public static func scan(
        _ arguments: [String], table: OptionTable, endsOptions: (String) -> Bool = { _ in false }
    ) throws(UsageError) -> ScannedArguments {
        var scanned = ScannedArguments()
        var i = arguments.startIndex
        /// The next argument, as the value of `option` (written as `written`).
        func nextValue(for written: String, _ option: CommandOption) throws(UsageError) -> String {
            guard i < arguments.endIndex else {
                throw UsageError("Missing value for '\(written) <\(option.valueName ?? "")>'")
            }
            defer { i += 1 }
            return arguments[i]
        }
        while i < arguments.endIndex {
            let argument = arguments[i]
            i += 1
            if argument == "--" {
                scanned.positionals += arguments[i...]
                break
            }
            if argument.hasPrefix("--") {
                let body = argument.dropFirst(2)
                let name = body.prefix { $0 != "=" }
                let inline = name.endIndex < body.endIndex ? String(body[body.index(after: name.endIndex)...]) : nil
                guard let option = table.option(long: String(name)) else {
                    throw unknown("--" + name, table: table)
                }
                if option.takesValue {
                    var value = inline
                    if value == nil { value = try nextValue(for: "--" + name, option) }
                    scanned.options.append(.init(option: option, value: value))
                } else if inline != nil {
                    throw UsageError("'--\(name)' takes no value")
                } else {
                    scanned.options.append(.init(option: option, value: nil))
                }
            } else if argument.hasPrefix("-") && argument.count > 1 {
                var letters = argument.dropFirst()
                while let letter = letters.popFirst() {
                    guard let option = table.option(short: letter) else {
                        // `-color`, `-version`: a long option written with one dash.
                        if argument.count > 3, let near = table.nearestName(to: argument) {
                            throw UsageError("Unknown option '\(argument)'. Did you mean '\(near)'?")
                        }
                        throw UsageError("Unknown option '-\(letter)'")
                    }
                    guard option.takesValue else {
                        scanned.options.append(.init(option: option, value: nil))
                        continue
                    }
                    let value = letters.isEmpty ? try nextValue(for: "-\(letter)", option) : String(letters)
                    scanned.options.append(.init(option: option, value: value))
                    break
                }
            } else if scanned.positionals.isEmpty && endsOptions(argument) {
                scanned.positionals += arguments[(i - 1)...]
                break
            } else {
                scanned.positionals.append(argument)
            }
        }
        return scanned
    }

    /// `Unknown option '--colour'. Did you mean '--color'?`
    static func unknown(_ written: Substring, table: OptionTable) -> UsageError {
        let suggestion = table.nearestName(to: String(written)).map { ". Did you mean '\($0)'?" } ?? ""
        return UsageError("Unknown option '\(written)'\(suggestion)")
    }
}
