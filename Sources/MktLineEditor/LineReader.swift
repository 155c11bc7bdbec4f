/// What one read of an input line produced.
public enum LineReadResult: Equatable, Sendable {
    /// A line, without its trailing newline.
    case line(String)
    /// The user interrupted the line being typed (Ctrl-C): discard it, keep going.
    case interrupted
    /// End of input (Ctrl-D on an empty line, or the end of a pipe).
    case endOfInput
}

/// A source of input lines: libedit on a terminal, plain reads otherwise.
public protocol LineReader: AnyObject {
    /// Reads one line, showing `prompt` where the reader shows prompts.
    func readLine(prompt: String) -> LineReadResult
    /// Records a complete statement (possibly several lines) as one history entry.
    func addHistory(_ entry: String)
}
