import MarketModel
import MktLanguage
import MktLineEditor
import MktResult

/// Tab completion that knows where the cursor is: statement names at the start, stage names
/// after `|`, fields inside `where`/`sort`/`select`/`group` and aggregates, formats after `to`
/// and `set format`, instrument names after `show` and comparisons, file paths after
/// `load`/`source`/`save`, and every vocabulary word after `help`.
///
/// Matching ignores case and accents: `"petr` and `pet` both complete to `"Pétrole WTI"`.
public final class Completer {
    /// One possible completion.
    public struct Candidate: Equatable, Sendable {
        /// What replaces the word being completed.
        public var text: String
        /// How it is listed when there are several.
        public var display: String
        /// Added after `text` when it is the only match (a space; nothing after a folder's `/`).
        public var terminator: String
    }

    /// The word before the cursor being completed, and what could replace it.
    public struct Proposal: Equatable, Sendable {
        /// The typed text the candidates replace (may start with `"`).
        public var word: String
        /// The matches, sorted as they are listed.
        public var candidates: [Candidate]
    }

    /// Lines already typed for the current statement (continuation lines); the editor only
    /// knows the line being edited, so the loop keeps this up to date.
    public var pendingInput = ""

    private let instrumentNames: () -> [String]
    private let archiveNames: () -> [String]
    private let variableColumns: (String) -> [String]?
    private let variables: () -> [String]
    private let snapshots: () -> [String]
    private let files: FileListing
    private let width: () -> Int

    /// A completer asking `instrumentNames` for the current snapshot's names, `archiveNames`
    /// for those of every loaded snapshot (after `history` and `news`), `columns` for
    /// the columns of a variable's rows (by name, without `$`), `variables` for the variables
    /// set and `snapshots` for the loaded snapshots' ids, listing folders with `files`, and
    /// laying out candidate lists `width()` columns wide.
    public init(
        instrumentNames: @escaping () -> [String],
        archiveNames: @escaping () -> [String] = { [] },
        columns: @escaping (String) -> [String]? = { _ in nil },
        variables: @escaping () -> [String] = { [] },
        snapshots: @escaping () -> [String] = { [] },
        files: FileListing = FileListing(),
        width: @escaping () -> Int = { Terminal.columns() }
    ) {
        self.instrumentNames = instrumentNames
        self.archiveNames = archiveNames
        self.variableColumns = columns
        self.variables = variables
        self.snapshots = snapshots
        self.files = files
        self.width = width
    }

    /// What Tab does with `textBeforeCursor` on the line being edited.
    public func complete(_ textBeforeCursor: String) -> CompletionEdit {
        let proposal = propose(textBeforeCursor)
        return Self.edit(for: proposal, width: width())
    }

    /// The edit for a proposal: one match replaces the word and adds its terminator; several
    /// extend the word to their longest common prefix and list themselves; none beeps.
    public static func edit(for proposal: Proposal, width: Int) -> CompletionEdit {
        let candidates = proposal.candidates
        guard let first = candidates.first else { return .none }
        if candidates.count == 1 {
            return replacing(proposal.word, with: first.text + first.terminator)
        }
        let prefix = candidates.dropFirst().reduce(first.text) { commonPrefix($0, $1.text) }
        var edit = CompletionEdit()
        // Only a longer prefix is worth inserting; one that differs just in case or accents
        // from what was typed would rewrite the word without getting closer.
        if prefix.count > proposal.word.count {
            edit = replacing(proposal.word, with: prefix)
        }
        edit.listing = ColumnLayout.lay(out: candidates.map(\.display), width: width)
        return edit
    }

    /// The smallest edit turning `word` into `replacement`: keep their common start.
    static func replacing(_ word: String, with replacement: String) -> CompletionEdit {
        let shared = commonPrefix(word, replacement)
        let kept = shared.unicodeScalars.count
        return CompletionEdit(
            deleteCount: word.unicodeScalars.count - kept,
            insertion: String(String.UnicodeScalarView(replacement.unicodeScalars.dropFirst(kept))))
    }

    /// The longest common prefix of two strings, by whole Characters (never half an accent).
    static func commonPrefix(_ a: String, _ b: String) -> String {
        var end = a.startIndex
        var other = b.startIndex
        while end < a.endIndex, other < b.endIndex, a[end] == b[other] {
            end = a.index(after: end)
            other = b.index(after: other)
        }
        return String(a[..<end])
    }

    // MARK: - Where the cursor is

    /// The word before the cursor and its candidates, without editing anything.
    public func propose(_ textBeforeCursor: String) -> Proposal {
        let full = pendingInput.isEmpty ? textBeforeCursor : pendingInput + "\n" + textBeforeCursor
        var statement = CompletionScanner.currentStatement(full)
        if statement.inComment { return Proposal(word: "", candidates: []) }

        // The word being completed: an open string, or a word touching the cursor.
        var word = ""
        var quoted = false
        let touching = textBeforeCursor.last.map { !$0.isWhitespace } ?? false
        switch statement.pieces.last {
        case .string(let content, closed: false):
            word = "\"" + content
            quoted = true
            statement.pieces.removeLast()
        case .word(let text) where touching:
            word = text
            statement.pieces.removeLast()
        default:
            break
        }
        let pieces = statement.pieces
        let parts = pieces.split(separator: .symbol("|"), omittingEmptySubsequences: false).map(Array.init)
        let stage = parts.last ?? []
        // Words of the language match in any case (`WHERE` is `where`): the tables say so.
        let command = pieces.first.flatMap(Self.word).flatMap { CommandWord.named($0) }
        let stageWord = stage.first.flatMap(Self.word).flatMap { StageWord.named($0) }
        let hasPipe = pieces.contains(.symbol("|"))

        // `$b`: a variable, wherever it stands (a source, a value in an expression).
        if word.hasPrefix("$"), !quoted {
            return keywords(variables().map { "$" + $0 }, matching: word)
        }
        if pieces.isEmpty {
            if quoted { return Proposal(word: word, candidates: []) }
            return keywords(Vocabulary.statements + Self.leavingCommands, matching: word)
        }
        if !hasPipe, let command, command.takesPath {
            return paths(matching: pathWord(textBeforeCursor, quoted: quoted, fallback: word))
        }
        if hasPipe && stage.isEmpty {
            return quoted ? Proposal(word: word, candidates: []) : keywords(Vocabulary.stages, matching: word)
        }
        if hasPipe, stageWord?.kind == .save {
            return paths(matching: pathWord(textBeforeCursor, quoted: quoted, fallback: word))
        }
        if hasPipe, stageWord?.kind == .format, stage.count == 1, !quoted {
            return keywords(Vocabulary.formats, matching: word)
        }
        if !hasPipe, let source = pieces.first.flatMap(Self.word).flatMap({ SourceWord.named($0) }) {
            return afterSource(source, pieces: pieces, word: word, quoted: quoted, typed: textBeforeCursor, touching: touching)
        }
        switch command?.kind {
        case .set where !hasPipe && !quoted:
            if pieces.count == 1 { return keywords(Vocabulary.settings, matching: word) }
            if pieces.count == 2, let setting = Self.word(pieces[1]).flatMap({ SettingWord(word: $0) }) {
                switch setting {
                case .format: return keywords(Vocabulary.formats, matching: word)
                case .timer: return keywords(["on", "off"], matching: word)
                }
            }
            return Proposal(word: word, candidates: [])
        case .help where !hasPipe && !quoted && pieces.count == 1:
            return keywords(Self.helpTopics, matching: word)
        case .show where !hasPipe:
            return instruments(matching: word, alwaysQuote: false)
        case .use where !hasPipe && !quoted:
            return snapshotIds(textBeforeCursor, touching: touching, most: 1)
        default:
            break
        }
        guard let stageWord, stageWord.takesExpressions else {
            return Proposal(word: word, candidates: [])
        }
        // `latest per KEY`: right after the stage word, only `per` can stand.
        if [.latest, .earliest].contains(stageWord.kind), stage.count == 1, !quoted {
            return keywords(Keyword.allCases.filter { $0.isOffered(in: stageWord.kind) }.map(\.rawValue), matching: word)
        }
        // Inside an expression: a string, or a word after a comparison, is most likely a name.
        if quoted { return instruments(matching: word, alwaysQuote: true) }
        // `group KEY | avg EXPR`, `| last EXPR`, `| delta EXPR`: the stage reads the rows the
        // group was given, not the groups' counts.
        let afterGroup =
            parts.count >= 2 && parts[parts.count - 2].first.flatMap(Self.word).flatMap { StageWord.named($0) }?.kind == .group
        let readsGroupedRows: Bool
        switch stageWord.kind {
        case .aggregate, .delta, .last: readsGroupedRows = afterGroup
        default: readsGroupedRows = false
        }
        let fields = columns(flowingInto: statement, skippingGroup: readsGroupedRows)
        let keywords = Keyword.allCases.filter { $0.isOffered(in: stageWord.kind) }.map(\.rawValue)
        var proposal = self.keywords(fields + Vocabulary.functions + keywords, matching: word)
        if case .symbol(let symbol) = pieces.last, ["==", "!=", "~"].contains(symbol), !word.isEmpty {
            proposal.candidates += instruments(matching: word, alwaysQuote: true).candidates
        }
        return proposal
    }

    /// After a source's first word: the word that makes a longer source (`instruments all`),
    /// and an instrument's name where the source takes one (`news CAC 40`; news aliases too).
    /// What a source takes after its word: its second word (`headlines all`), two snapshot ids
    /// (`diff`), an instrument's name (`history`, and for `news` an alias too).
    private func afterSource(
        _ source: SourceWord, pieces: [CompletionScanner.Piece], word: String, quoted: Bool, typed: String, touching: Bool
    ) -> Proposal {
        if source.arguments == .text {
            // `search "TEXT" all`: every snapshot.
            guard !quoted, pieces.count == 2, case .string(_, closed: true) = pieces[1] else {
                return Proposal(word: word, candidates: [])
            }
            return keywords(["all"], matching: word)
        }
        if source.arguments == .snapshotPair {
            return quoted ? Proposal(word: word, candidates: []) : snapshotIds(typed, touching: touching, most: 2)
        }
        var proposal = Proposal(word: word, candidates: [])
        if pieces.count == 1, !quoted {
            let longer = SourceWord.all.filter { $0.word == source.word && $0.name != source.name }
            proposal = keywords(longer.map { String($0.name.dropFirst(source.word.count + 1)) }, matching: word)
        }
        if case .instrument(let period) = source.arguments {
            // After a name and a space: the period's words (a name of several words goes on
            // with its own next word, which the names offered while typing it complete).
            let periodWords = period ? SourceWord.periodWords.sorted() : []
            let named = pieces.count > (source.name.contains(" ") ? 2 : 1)
            if named, !touching || quoted {
                return quoted ? proposal : keywords(periodWords, matching: word)
            }
            let aliases = source.kind == .news ? NewsAliases.table.flatMap(\.aliases) : []
            proposal.candidates += instruments(matching: word, alwaysQuote: false, also: archiveNames() + aliases).candidates
            if named { proposal.candidates += keywords(periodWords, matching: word).candidates }
        }
        return proposal
    }

    // MARK: - Candidate sources

    /// Snapshot ids after `use` or `diff`, which take at most `most` of them. An id such as
    /// `2021-04-09_…` scans as several pieces: the typed text is the word before the cursor.
    private func snapshotIds(_ textBeforeCursor: String, touching: Bool, most: Int) -> Proposal {
        let words = textBeforeCursor.split(whereSeparator: \.isWhitespace)
        // Whole ids already typed (the word being typed not counted).
        let whole = words.count - 1 - (touching ? 1 : 0)
        if whole >= most { return Proposal(word: "", candidates: []) }
        let word = touching ? String(words.last ?? "") : ""
        return keywords(snapshots(), matching: word)
    }

    /// Words that leave the shell, offered at the start of a line (with their dotted spellings).
    static let leavingCommands = CommandWord.all.filter { $0.kind == .exit }.map(\.name)

    /// Every topic `help` has a page for (one word each: `help instruments all` completes
    /// `instruments` first).
    static let helpTopics: [String] = {
        var seen = Set<String>()
        return Help.topics.compactMap { $0.split(separator: " ").first.map(String.init) }
            .filter { seen.insert($0).inserted }
    }()

    /// The columns of the rows reaching the stage being typed: those `ColumnFlow` gives after
    /// the stages before the last `|` (the longest run of whole stages that parses), a
    /// variable's as the session knows them. Only names that can be typed bare are offered;
    /// when nothing parses, every field some source has.
    /// `skippingGroup`: the last stage before the `|` is a `group` whose rows the stage reads.
    func columns(flowingInto statement: CompletionScanner.Statement, skippingGroup: Bool = false) -> [String] {
        for text in statement.beforePipes.dropLast(skippingGroup ? 1 : 0).reversed() {
            if let names = ColumnFlow.columnNames(ofPipeline: text, variableColumns: variableColumns) {
                return names.filter(CompletionScanner.isBareWord)
            }
        }
        return Vocabulary.allFields
    }

    private static func word(_ piece: CompletionScanner.Piece) -> String? {
        if case .word(let text) = piece { return text }
        return nil
    }

    private func keywords(_ words: [String], matching word: String) -> Proposal {
        let folded = TextFold.fold(word)
        var seen = Set<String>()
        let matches = words.filter { TextFold.fold($0).hasPrefix(folded) && seen.insert($0).inserted }.sorted()
        return Proposal(word: word, candidates: matches.map { Candidate(text: $0, display: $0, terminator: " ") })
    }

    /// Instrument names matching `word` (with or without its opening quote) by prefix, or
    /// anywhere in the name when no name starts that way (`"wti` finds `Pétrole WTI`).
    private func instruments(matching word: String, alwaysQuote: Bool, also extra: [String] = []) -> Proposal {
        let typedQuote = word.hasPrefix("\"")
        let needle = TextFold.fold(typedQuote ? String(word.dropFirst()) : word)
        var seen = Set<String>()
        let names = (instrumentNames() + extra).filter { seen.insert(TextFold.fold($0)).inserted }
        var matches = names.filter { TextFold.fold($0).hasPrefix(needle) }
        if matches.isEmpty { matches = names.filter { TextFold.contains($0, needle) } }
        let candidates = matches.sorted().map { name in
            let quote = alwaysQuote || typedQuote || !CompletionScanner.isBareWord(name)
            let text = quote ? "\"" + name.replacingOccurrences(of: "\"", with: "\\\"") + "\"" : name
            return Candidate(text: text, display: name, terminator: " ")
        }
        return Proposal(word: word, candidates: candidates)
    }

    /// The path being typed: an open string's text, else everything back to the last blank
    /// or separator (a path holds `/`, `.`, `-`, `~` that are no word characters).
    private func pathWord(_ line: String, quoted: Bool, fallback: String) -> String {
        if quoted { return fallback }
        let stops: Set<Character> = [",", ";", "|", "(", ")"]
        let start = line.lastIndex { $0.isWhitespace || stops.contains($0) }.map(line.index(after:)) ?? line.startIndex
        return String(line[start...])
    }

    private func paths(matching word: String) -> Proposal {
        let typedQuote = word.hasPrefix("\"")
        let path = typedQuote ? String(word.dropFirst()) : word
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let prefix = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let entries = files.entries(folder.isEmpty ? "." : folder)
        let showHidden = prefix.hasPrefix(".")
        let candidates =
            entries
            .filter { $0.name.hasPrefix(prefix) && (showHidden || !$0.name.hasPrefix(".")) }
            .sorted { $0.name < $1.name }
            .map { entry -> Candidate in
                let full = folder + entry.name + (entry.isFolder ? "/" : "")
                let quote = typedQuote || full.contains(where: { $0.isWhitespace || $0 == "\"" })
                let open = quote ? "\"" : ""
                let terminator = entry.isFolder ? "" : (quote ? "\" " : " ")
                return Candidate(text: open + full, display: entry.name + (entry.isFolder ? "/" : ""), terminator: terminator)
            }
        return Proposal(word: word, candidates: candidates)
    }
}

extension String {
    /// `self` with every `target` replaced (Foundation's version, without Foundation).
    fileprivate func replacingOccurrences(of target: Character, with replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}
