import MarketModel

extension SnapshotDate {
    /// The date `days` calendar days later (or earlier when negative), nil outside years 1...9999.
    ///
    /// Pages are random-access, so day `d`'s date is computed directly rather than by stepping
    /// day by day; this is Howard Hinnant's `days_from_civil` / `civil_from_days`, pure integer math.
    func adding(days: Int) -> SnapshotDate? {
        let serial = SnapshotDate.serialDay(year: Int(year), month: Int(month), day: Int(day)) + days
        let (y, m, d) = SnapshotDate.civil(fromSerialDay: serial)
        return SnapshotDate(year: y, month: m, day: d)
    }

    /// Days since 1970-01-01 (proleptic Gregorian).
    static func serialDay(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The inverse of ``serialDay(year:month:day:)``.
    static func civil(fromSerialDay serial: Int) -> (year: Int, month: Int, day: Int) {
        let z = serial + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
