/// One option of a command: its names, the name of its value (nil for a flag), one help line.
public struct CommandOption: Sendable, Equatable {
    /// `e` for `-e`.
    public let short: Character?
    /// `execute` for `--execute`.
    public let long: String?
    /// `TEXT` for an option that takes a value (`-e TEXT`); nil for a flag.
    public let valueName: String?
    public let help: String

    public init(short: Character? = nil, long: String? = nil, value valueName: String? = nil, help: String) {
        precondition(short != nil || long != nil, "an option needs a name")
        self.short = short
        self.long = long
        self.valueName = valueName
        self.help = help
    }

    /// How messages name it: `--execute`, or `-i` when it has no long name.
    public var name: String {
        if let long { return "--" + long }
        return short.map { "-\($0)" } ?? ""
    }

    /// Whether it takes a value.
    public var takesValue: Bool { valueName != nil }

    /// `-e, --execute <TEXT>`: the names as the help lists them.
    var synopsis: String {
        let names = [short.map { "-\($0)" }, long.map { "--" + $0 }].compactMap { $0 }.joined(separator: ", ")
        return valueName.map { names + " <\($0)>" } ?? names
    }
}

/// A command's options: looked up by name while arguments are read, listed in its help.
public struct OptionTable: Sendable {
    public let options: [CommandOption]
    private let byShort: [Character: Int]
    private let byLong: [String: Int]

    public init(_ options: [CommandOption]) {
        self.options = options
        var byShort: [Character: Int] = [:]
        var byLong: [String: Int] = [:]
        for (i, option) in options.enumerated() {
            if let short = option.short { byShort[short] = i }
            if let long = option.long { byLong[long] = i }
        }
        self.byShort = byShort
        self.byLong = byLong
    }

    public func option(short: Character) -> CommandOption? { byShort[short].map { options[$0] } }

    public func option(long: String) -> CommandOption? { byLong[long].map { options[$0] } }

    /// The options, one a line, their help lines aligned:
    /// `  -e, --execute <TEXT>    Run TEXT (repeatable); …`.
    public var helpText: String {
        let width = (options.map(\.synopsis.count).max() ?? 0) + 2
        return options.map { option in
            let synopsis = option.synopsis
            return "  " + synopsis + String(repeating: " ", count: width - synopsis.count) + option.help
        }.joined(separator: "\n")
    }

    /// The long option nearest to `written` (`--colour`, `-color`: `--color`; `--exec`:
    /// `--execute`), or nil when none is close.
    func nearestName(to written: String) -> String? {
        let body = written.drop { $0 == "-" }.prefix { $0 != "=" }
        guard body.count >= 2 else { return nil }
        let names = options.compactMap(\.long)
        if body.count >= 3, let begun = names.first(where: { $0.hasPrefix(body) }) { return "--" + begun }
        let threshold = max(1, min(3, body.count / 3))
        let scored = names.map { (name: $0, distance: editDistance(String(body), $0)) }
        guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= threshold else { return nil }
        return "--" + best.name
    }
}

/// The Levenshtein distance between `a` and `b`, in characters.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
