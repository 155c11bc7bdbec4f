/// What a Tab press does to the line: the edit to make and what to show below it.
///
/// The completer works this out from the text before the cursor; the line editor only carries
/// it out, so all the deciding is plain, testable Swift.
public struct CompletionEdit: Equatable, Sendable {
    /// How many Unicode scalars before the cursor to delete (the word being completed). Scalars,
    /// because libedit's buffer holds one wide character per scalar.
    public var deleteCount: Int
    /// The text to insert at the cursor after deleting.
    public var insertion: String
    /// Candidates laid out for display below the line, ending in a newline; nil for none.
    public var listing: String?

    /// An edit deleting `deleteCount` scalars, inserting `insertion` and showing `listing`.
    public init(deleteCount: Int = 0, insertion: String = "", listing: String? = nil) {
        self.deleteCount = deleteCount
        self.insertion = insertion
        self.listing = listing
    }

    /// Nothing to complete: the editor beeps.
    public static let none = CompletionEdit()

    /// Whether this edit changes nothing and shows nothing.
    public var isNone: Bool {
        deleteCount == 0 && insertion.isEmpty && listing == nil
    }
}

/// Works out the completion for the text before the cursor.
public typealias CompletionHandler = (_ textBeforeCursor: String) -> CompletionEdit
