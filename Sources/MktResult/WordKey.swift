/// The one case rule of the mkt language: every word (command, source, stage, aggregate,
/// function, keyword, format, setting, field) matches ignoring case, so `WHERE` is `where`
/// and `PCT` is `pct`. Everything that matches a typed word against a table compares keys.
public enum WordKey {
    /// How a typed word is compared with the vocabulary's (which are all lowercase).
    public static func of(_ word: some StringProtocol) -> String { word.lowercased() }
}
