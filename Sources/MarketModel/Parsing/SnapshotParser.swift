import MktCancel

/// Reads a saved markets page into a `Snapshot`, in one pass over its bytes.
///
/// The page is status line, ticker blocks, article, headlines (docs/FORMAT.md). Damage never stops
/// the parser: every instrument that can be read is kept, and each block or line that cannot is
/// reported as a warning with its line number.
public struct SnapshotParser {
    /// At most this many warnings per page; the rest are counted in one last warning, so a
    /// file of random bytes cannot produce millions of them.
    public static let maxWarnings = 200

    /// Parses `bytes` read from a file named `fileName` (its stem is the id; a date in it is the date).
    public static func parse(_ bytes: [UInt8], fileName: String) -> Snapshot {
        bytes.withUnsafeBufferPointer { parse($0, fileName: fileName) }
    }

    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, fileName: String) -> Snapshot {
        var stopped = false
        return parse(bytes, fileName: fileName, stopped: &stopped, checkpoint: nil)
    }

    /// Parses as `parse` does, asking `cancellation` every 16 384 lines: nil once it is
    /// cancelled, so Ctrl-C stops the parse of one huge file too.
    public static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, fileName: String, cancellation: CancellationToken
    ) -> Snapshot? {
        var stopped = false
        let snapshot = parse(
            bytes, fileName: fileName, stopped: &stopped, checkpoint: Checkpoint(cancellation, every: 16_384))
        return stopped ? nil : snapshot
    }

    private static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, fileName: String, stopped: inout Bool, checkpoint: Checkpoint?
    ) -> Snapshot {
        var parser = SnapshotParser(fileName: fileName)
        parser.pageSize = bytes.count
        var lines = PageLines(bytes)
        var checkpoint = checkpoint
        while let line = lines.next() {
            if checkpoint?.shouldStop() == true {
                stopped = true
                break
            }
            line.withBytes { parser.consume($0, number: line.number) }
        }
        if let first = lines.firstWindows1252Line {
            parser.warn(first, "invalid UTF-8; the text was decoded as Windows-1252")
        }
        return parser.finish()
    }

    // MARK: State

    private enum Section {
        /// Before the status line or the first ticker block.
        case top
        case ticker
        /// A line after the ticker that is the article's title if a reading-time line follows.
        case titleCandidate(line: Int, text: String, blankSince: Bool)
        case body
        case headlines
    }

    /// A ticker block being read: `• NAME`, value line, change line.
    private struct Block {
        var line: Int
        var name: String
        var value: Fixed?
        var valueLine = 0
        var change: (Fixed, Fixed)?
        var unreadable: (line: Int, what: String, text: String)?
    }

    /// The article being read: its texts stay bytes until the page ends.
    private struct ArticleDraft {
        var title: String
        var readMinutes: Int?
        var paragraphs = ByteList()
        var seeAlso = ByteList()
        var truncated = false

        init(title: String, readMinutes: Int?, pageSize: Int) {
            self.title = title
            self.readMinutes = readMinutes
            // The paragraphs are part of the page: room for them once, not grown line by line.
            paragraphs.bytes.reserveCapacity(pageSize)
        }
    }

    private var section = Section.top
    private var snapshot: Snapshot
    private var block: Block?
    private var numbers = NumberReader()
    private var article: ArticleDraft?
    private var headlines = ByteList()
    /// The page's size in bytes.
    private var pageSize = 0
    private var languageKnown = false
    /// The line before this one was a non-blank body line (paragraphs are one line each, set
    /// apart by blank lines; consecutive lines are headlines).
    private var previousWasParagraph = false
    /// Ticker blocks started (`• NAME` lines), read or not.
    private var blocksSeen = 0
    /// The number of the last line consumed.
    private var lastLine = 0
    private var droppedWarnings = 0
    /// The first line whose number was read before the page's decimal separator was known.
    private var guessedLine: Int?

    private init(fileName: String) {
        // By bytes: `/` and `.` are ASCII, so their UTF-8 positions are character boundaries.
        var stem = Substring(fileName)
        if let slash = stem.utf8.lastIndex(of: 0x2F) { stem = stem[stem.utf8.index(after: slash)...] }
        if let dot = stem.utf8.lastIndex(of: 0x2E), dot != stem.startIndex { stem = stem[..<dot] }
        snapshot = Snapshot(
            id: String(stem), date: SnapshotDate(searching: stem), language: .fr, status: .unknown,
            instruments: [], article: nil, headlines: [], warnings: [])
    }

    private mutating func warn(_ line: Int, _ message: String) {
        if snapshot.warnings.count < Self.maxWarnings {
            snapshot.warnings.append(ParseWarning(line: line, message: message))
        } else {
            droppedWarnings += 1
        }
    }

    private mutating func setLanguage(_ language: Snapshot.Language) {
        guard !languageKnown else { return }
        languageKnown = true
        snapshot.language = language
        numbers.decimalSeparator = numbers.decimalSeparator ?? (language == .fr ? 0x2C : 0x2E)
    }

    // MARK: Lines

    private mutating func consume(_ b: UnsafeBufferPointer<UInt8>, number: Int) {
        lastLine = number
        let trimmed = ByteText.trimmedRange(b)
        let blank = trimmed.isEmpty
        let bullet = !blank && ByteText.hasPrefix(b, at: trimmed.lowerBound, ByteText.bullet)

        switch section {
        case .top:
            if blank { return }
            if bullet {
                section = .ticker
                return consume(b, number: number)
            }
            let text = ByteText.string(b, trimmed)
            if let (status, language) = PageText.status(text) {
                snapshot.status = status
                setLanguage(language)
                if status == .unknown {
                    warn(number, "status line '\(excerpt(text))' says neither open nor closed; the status is unknown")
                }
            } else {
                warn(number, "unrecognised status line '\(excerpt(text))'")
            }
            section = .ticker

        case .ticker:
            if bullet {
                finishBlock()
                startBlock(b, trimmed, number: number)
            } else if blank {
                // The line of spaces and NBSP closes a complete block; blank lines inside wait.
                if let current = block, current.change != nil || current.unreadable != nil { finishBlock() }
            } else if ByteText.isIndented(b) {
                blockLine(b, trimmed, number: number)
            } else {
                finishBlock()
                if blocksSeen == 0 { warn(number, "no ticker: expected '• NAME' blocks before this line") }
                section = .titleCandidate(line: number, text: ByteText.string(b, trimmed), blankSince: false)
            }

        case .titleCandidate(let line, let text, let blankSince):
            if blank {
                section = .titleCandidate(line: line, text: text, blankSince: true)
                return
            }
            let current = ByteText.string(b, trimmed)
            if bullet {
                warn(line, "unexpected text in the ticker: '\(excerpt(text))'")
                section = .ticker
                return consume(b, number: number)
            }
            if let (minutes, language) = PageText.readingTime(current) {
                setLanguage(language)
                article = ArticleDraft(title: text, readMinutes: minutes, pageSize: pageSize)
                section = .body
            } else if blankSince {
                warn(number, "the article '\(excerpt(text))' has no reading-time line")
                article = ArticleDraft(title: text, readMinutes: nil, pageSize: pageSize)
                section = .body
                bodyLine(UnsafeBufferPointer(rebasing: b[trimmed]))
            } else {
                // Two lines in a row: no article, these are headlines.
                headlines.append(text)
                headlines.append(current)
                section = .headlines
            }

        case .body:
            if blank {
                previousWasParagraph = false
            } else {
                bodyLine(UnsafeBufferPointer(rebasing: b[trimmed]))
            }

        case .headlines:
            if !blank { headlines.append(UnsafeBufferPointer(rebasing: b[trimmed])) }
        }
    }

    /// One non-blank line of the article's body, trimmed.
    private mutating func bodyLine(_ text: UnsafeBufferPointer<UInt8>) {
        // The article is mutated in place: a copy here would make every append copy the
        // whole list (quadratic on a page of many short paragraphs).
        guard article != nil else { return }
        if PageText.isContinuation(text) {
            article?.truncated = true
            section = .headlines
        } else if let start = PageText.seeAlsoStart(text) {
            article?.seeAlso.append(UnsafeBufferPointer(rebasing: text[start...]))
            previousWasParagraph = false
        } else if previousWasParagraph, let last = article?.paragraphs.popLast() {
            // Consecutive lines: the article ended; the previous line was the first headline.
            last.withUnsafeBufferPointer { headlines.append($0) }
            headlines.append(text)
            section = .headlines
        } else {
            article?.paragraphs.append(text)
            previousWasParagraph = true
        }
    }

    // MARK: Ticker blocks

    private mutating func startBlock(_ b: UnsafeBufferPointer<UInt8>, _ trimmed: Range<Int>, number: Int) {
        blocksSeen += 1
        let nameRange = (trimmed.lowerBound + ByteText.bullet.count)..<trimmed.upperBound
        let name = nameRange.isEmpty ? "" : ByteText.trimmedString(UnsafeBufferPointer(rebasing: b[nameRange]))
        if name.isEmpty {
            warn(number, "a ticker entry has no name; skipped")
            block = nil
            return
        }
        block = Block(line: number, name: name)
    }

    private mutating func blockLine(_ b: UnsafeBufferPointer<UInt8>, _ trimmed: Range<Int>, number: Int) {
        guard var current = block else {
            warn(number, "unexpected text in the ticker: '\(excerpt(ByteText.string(b, trimmed)))'")
            return
        }
        defer { block = current }
        if current.unreadable != nil { return }
        defer {
            if guessedLine == nil && numbers.guessedSeparator { guessedLine = number }
        }
        if current.value == nil {
            if let value = numbers.number(b, trimmed) {
                current.value = value
                current.valueLine = number
            } else if numbers.changeAndPercent(UnsafeBufferPointer(rebasing: b[trimmed])) != nil {
                // The change line came first: the value line is missing.
                warn(current.line, "'\(current.name)' has no value line; skipped")
                current.unreadable = (0, "", "")
            } else {
                current.unreadable = (number, "value", ByteText.string(b, trimmed))
            }
        } else if current.change == nil {
            let line = UnsafeBufferPointer(rebasing: b[trimmed])
            if let pair = numbers.changeAndPercent(line) {
                current.change = pair
            } else {
                current.unreadable = (number, "change", ByteText.string(b, trimmed))
            }
        } else {
            warn(number, "unexpected line in the block of '\(current.name)': '\(excerpt(ByteText.string(b, trimmed)))'")
        }
    }

    private mutating func finishBlock() {
        guard let current = block else { return }
        block = nil
        if let (line, what, text) = current.unreadable {
            // Line 0 marks a block already reported.
            if line > 0 { warn(line, "cannot read the \(what) of '\(current.name)' from '\(excerpt(text))'; skipped") }
            return
        }
        guard let value = current.value else {
            warn(current.line, "'\(current.name)' has no value; skipped")
            return
        }
        guard let (change, pct) = current.change else {
            warn(current.valueLine, "'\(current.name)' has no change line; skipped")
            return
        }
        let position = snapshot.instruments.count + 1
        snapshot.instruments.append(
            Instrument(position: position, name: current.name, value: value, change: change, pct: pct, line: current.line))
    }

    private mutating func finish() -> Snapshot {
        finishBlock()
        switch section {
        case .top: warn(max(lastLine, 1), lastLine == 0 ? "empty page" : "blank page: only blank lines")
        case .ticker where blocksSeen == 0: warn(lastLine, "no ticker: the page ends after its status line")
        default: break
        }
        if case .titleCandidate(_, let text, _) = section { headlines.append(text) }
        if let draft = article { snapshot.article = Self.pack(draft) }
        snapshot.headlineText = headlines.packed()
        if droppedWarnings > 0 {
            snapshot.warnings.append(
                ParseWarning(line: snapshot.warnings.last?.line ?? 0, message: "\(droppedWarnings) more warnings not shown"))
        }
        if !languageKnown, numbers.decimalSeparator == 0x2E { snapshot.language = .en }
        if let line = guessedLine, numbers.decimalSeparator == 0x2E {
            warn(
                line,
                "a number like '1,234' here was read with ',' as the decimal point before the page showed it uses '.': check the instruments up to this line"
            )
        }
        // The encoding warning is raised last but belongs at its line.
        snapshot.warnings = snapshot.warnings.enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element)
        return snapshot
    }

    /// The article's texts in one buffer (title, paragraphs, see-also titles), with the
    /// quotations of its paragraphs as ranges of it.
    private static func pack(_ draft: ArticleDraft) -> Article {
        var title = draft.title
        let titleCount = title.utf8.count
        let paragraphs = draft.paragraphs, seeAlso = draft.seeAlso
        let total = titleCount + paragraphs.bytes.count + seeAlso.bytes.count
        var ends: [UInt32] = []
        ends.reserveCapacity(1 + paragraphs.count + seeAlso.count)
        ends.append(UInt32(truncatingIfNeeded: titleCount))
        for end in paragraphs.ends { ends.append(UInt32(truncatingIfNeeded: titleCount + Int(end))) }
        let seeAlsoBase = titleCount + paragraphs.bytes.count
        for end in seeAlso.ends { ends.append(UInt32(truncatingIfNeeded: seeAlsoBase + Int(end))) }
        var spans: [UInt32] = []
        // Written straight into the string's storage, then the quotations found there.
        let buffer = String(unsafeUninitializedCapacity: total) { out in
            var at = 0
            func write(_ b: UnsafeBufferPointer<UInt8>) {
                guard let base = b.baseAddress, let target = out.baseAddress, !b.isEmpty else { return }
                (target + at).initialize(from: base, count: b.count)
                at += b.count
            }
            title.withUTF8(write)
            paragraphs.bytes.withUnsafeBufferPointer(write)
            seeAlso.bytes.withUnsafeBufferPointer(write)
            let written = UnsafeBufferPointer(rebasing: out[0..<at])
            for k in 1..<(1 + paragraphs.count) {
                let start = Int(ends[k - 1])
                PageText.quoteSpans(in: UnsafeBufferPointer(rebasing: written[start..<Int(ends[k])])) { from, to, cut in
                    spans.append(UInt32(truncatingIfNeeded: start + from))
                    spans.append(Article.quoteEnd(start + to, truncated: cut))
                }
            }
            return at
        }
        return Article(
            text: PackedText(buffer: buffer, ends: spans.isEmpty ? ends : ends + spans), paragraphs: paragraphs.count,
            seeAlso: seeAlso.count, quotes: spans.count / 2, readMinutes: draft.readMinutes, truncated: draft.truncated)
    }

    /// At most 40 characters of `text`, for messages.
    private func excerpt(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(39)) + "…"
    }
}
