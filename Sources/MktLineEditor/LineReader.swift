/// What one read of an input line produced.
public enum LineReadResult: Equatable, Sendable {
    /// A line, without its trailing newline.
    case line(String)
    /// The user interrupted the line being typed (Ctrl-C): discard it, keep going.
    case interrupted
    /// End of input (Ctrl-D on an empty line, the end of a pipe, or a terminal that went away:
    /// see `LineReader.inputFailed`).
    case endOfInput
}

/// A source of input lines: libedit on a terminal, plain reads otherwise.
///
/// A reader owns how reading looks on the terminal: the prompt, echoing `^C` after an
/// interruption and the newline after Ctrl-D are its business, so the loop driving it stays
/// free of terminal details.
public protocol LineReader: AnyObject {
    /// Reads one line, showing `prompt` where the reader shows prompts.
    func readLine(prompt: String) -> LineReadResult
    /// Records a complete statement (possibly several lines) as one history entry.
    func addHistory(_ entry: String)
    /// Whether input ended because reading failed (EIO when the terminal hung up) rather than
    /// because the user or the pipe ended it. Nothing should be written back then.
    var inputFailed: Bool { get }
    /// Releases the reader: restores the terminal and flushes what remains to be saved
    /// (unless input failed). Safe to call more than once.
    func close()
}

extension LineReader {
    /// Readers that cannot fail in a special way report no failure.
    public var inputFailed: Bool { false }
    /// Readers that hold nothing need no closing.
    public func close() {}
}
