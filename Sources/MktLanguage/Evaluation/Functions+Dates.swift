import MarketModel
import MktResult

/// `year`, `month`, `day` and `weekday`: parts of a `YYYY-MM-DD` date, as the `date` column
/// of `snapshots` and `instruments all` writes it.
extension Functions {
    /// The weekdays, in lowercase English, Monday first (ISO 8601).
    public static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// `year(d)`, `month(d)` or `day(d)` (`part` is the function's name): a whole number.
    static func datePart(_ d: Value, _ part: String) throws(Failure) -> Value {
        guard let date = try date(d, part) else { return .null }
        switch part {
        case "year": return .number(Fixed(Int(date.year)))
        case "month": return .number(Fixed(Int(date.month)))
        default: return .number(Fixed(Int(date.day)))
        }
    }

    /// `weekday(d)`: `monday` … `sunday`.
    static func weekday(_ d: Value) throws(Failure) -> Value {
        guard let date = try date(d, "weekday") else { return .null }
        return .text(weekdays[weekdayIndex(year: Int(date.year), month: Int(date.month), day: Int(date.day))])
    }

    /// 0 for Monday … 6 for Sunday, in the proleptic Gregorian calendar.
    static func weekdayIndex(year: Int, month: Int, day: Int) -> Int {
        // Days since 0000-03-01 (Howard Hinnant's days_from_civil, shifted); that day was a Wednesday.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let days = era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy
        return ((days + 2) % 7 + 7) % 7
    }

    /// The date `d` spells, nil for null; an error for anything but `YYYY-MM-DD` text of a
    /// real calendar day.
    private static func date(_ d: Value, _ name: String) throws(Failure) -> SnapshotDate? {
        switch d {
        case .null: return nil
        case .text(let t):
            let bytes = Array(t.utf8)
            func number(_ range: Range<Int>) -> Int? {
                var n = 0
                for i in range {
                    guard (48...57).contains(bytes[i]) else { return nil }
                    n = n * 10 + Int(bytes[i] - 48)
                }
                return n
            }
            guard bytes.count == 10, bytes[4] == 45, bytes[7] == 45,  // "-"
                let y = number(0..<4), let m = number(5..<7), let day = number(8..<10),
                let date = SnapshotDate(year: y, month: m, day: day)
            else { throw Failure("\(name) needs a date YYYY-MM-DD, got \"\(t)\"") }
            return date
        case .number, .real, .bool:
            throw Failure("\(name) needs a date as text YYYY-MM-DD, got \(ValueOps.typeName(d))")
        }
    }
}
