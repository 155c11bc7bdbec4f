import MktResult

/// The settings of `set`, declared once: the parser checks a setting's value and puts the
/// result in the syntax tree (`Setting`), the evaluator applies it, completion offers them.
public enum SettingWord: String, Sendable, CaseIterable {
    /// `set format csv`: the format results print in.
    case format
    /// `set timer on`: each statement's wall time (and a load's files, MB and MB/s) on
    /// standard error.
    case timer

    /// The setting a word names, ignoring case.
    public init?(word: some StringProtocol) {
        self.init(rawValue: WordKey.of(word))
    }
}

/// A setting with the value `set` gives it, checked by the parser.
public enum Setting: Sendable, Equatable {
    case format(OutputFormat)
    case timer(Bool)
}
