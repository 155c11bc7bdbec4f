/// One saved capture of the markets page, as docs/FORMAT.md models it.
public struct Snapshot: Sendable, Equatable {
    public enum Language: String, Sendable { case fr, en }
    public enum Status: String, Sendable { case open, closed, unknown }

    /// The file stem.
    public var id: String
    /// `YYYY-MM-DD` when the file name holds a valid date.
    public var date: SnapshotDate?
    public var language: Language
    public var status: Status
    public var instruments: [Instrument]
    public var article: Article?
    /// The headlines, end to end in one buffer (one allocation per page, not one per line).
    var headlineText: PackedText
    public var warnings: [ParseWarning]

    public var headlines: [String] {
        get { headlineText.segments(0..<headlineText.ends.count) }
        set { headlineText = PackedText(newValue) }
    }

    public init(
        id: String, date: SnapshotDate?, language: Language, status: Status,
        instruments: [Instrument], article: Article?, headlines: [String], warnings: [ParseWarning]
    ) {
        self.id = id
        self.date = date
        self.language = language
        self.status = status
        self.instruments = instruments
        self.article = article
        self.headlineText = PackedText(headlines)
        self.warnings = warnings
    }
}

/// A calendar date taken from a file name.
public struct SnapshotDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int16
    public var month: Int8
    public var day: Int8

    public init?(year: Int, month: Int, day: Int) {
        let monthDays = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...monthDays[month - 1]).contains(day)
        else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        if month == 2 && day == 29 && !leap { return nil }
        self.year = Int16(year)
        self.month = Int8(month)
        self.day = Int8(day)
    }

    /// The first valid `YYYY-MM-DD` inside `text`, if any.
    public init?(searching text: Substring) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10 else { return nil }
        func digit(_ i: Int) -> Int? {
            let b = bytes[i]
            return (48...57).contains(b) ? Int(b - 48) : nil
        }
        func number(_ from: Int, _ count: Int) -> Int? {
            var n = 0
            for i in from..<(from + count) {
                guard let d = digit(i) else { return nil }
                n = n * 10 + d
            }
            return n
        }
        for start in 0...(bytes.count - 10) {
            guard bytes[start + 4] == 45, bytes[start + 7] == 45,  // '-'
                start == 0 || digit(start - 1) == nil,
                start + 10 == bytes.count || digit(start + 10) == nil,
                let y = number(start, 4), let m = number(start + 5, 2), let d = number(start + 8, 2),
                let date = SnapshotDate(year: y, month: m, day: d)
            else { continue }
            self = date
            return
        }
        return nil
    }

    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(Int(year), 4))-\(pad(Int(month), 2))-\(pad(Int(day), 2))"
    }

    public static func < (a: SnapshotDate, b: SnapshotDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

/// Something in a page that could not be read, with the 1-based line it was found on.
public struct ParseWarning: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}
