/// Reads the numbers of a ticker block, as written: `6 169,41`, `6,169.41`, `−0,0016`,
/// `+3,69 (+0,06 %)`. Values stay exact: the digits become a `Fixed` with the written decimals.
struct NumberReader {
    /// The decimal separator of the page (`,` in French, `.` in English), once known. It only
    /// decides ambiguous numbers like `1,234`; any number with other clues decides by itself.
    var decimalSeparator: UInt8?
    /// An ambiguous number (`1,234`) was read before the separator was known, taking the
    /// French `,`: if the page turns out English, that reading may be wrong.
    private(set) var guessedSeparator = false

    /// Reads one number filling `b[range]` (spaces around it allowed); nil if it is not one.
    mutating func number(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Fixed? {
        var i = range.lowerBound
        let end = range.upperBound
        func skipSpaces() {
            while i < end {
                let n = ByteText.spaceLength(b, i)
                if n == 0 { return }
                i += n
            }
        }
        skipSpaces()
        var negative = false
        if i < end, b[i] == 0x2B || b[i] == 0x2D {  // + -
            negative = b[i] == 0x2D
            i += 1
        } else if i + 2 < end, b[i] == 0xE2,
            (b[i + 1] == 0x88 && b[i + 2] == 0x92)  // U+2212 −
                || (b[i + 1] == 0x80 && b[i + 2] == 0x93)  // U+2013 –
        {
            negative = true
            i += 3
        }
        skipSpaces()
        var units: Int64 = 0
        var digits = 0
        var marks = Marks()
        var groups = Groups()
        while i < end {
            let c = b[i]
            if c >= 0x30 && c <= 0x39 {
                let (m, o1) = units.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(Int64(c - 0x30))
                if o1 || o2 { return nil }
                units = a
                digits += 1
                i += 1
            } else if c == 0x2C || c == 0x2E {  // , .
                guard digits > 0 else { return nil }
                marks.add(c, digitsBefore: digits)
                groups.separator(digits: digits, units: units, isMark: true)
                i += 1
            } else if c == 0x27 {  // ' as a thousands separator (1'234.5)
                groups.separator(digits: digits, units: units, isMark: false)
                i += 1
            } else {
                let n = ByteText.spaceLength(b, i)
                if n == 0 { break }
                // A space inside the digits groups thousands; trailing spaces end the number.
                var j = i + n
                while j < end, ByteText.spaceLength(b, j) > 0 { j += ByteText.spaceLength(b, j) }
                if j < end, b[j] >= 0x30 && b[j] <= 0x39, digits > 0 {
                    groups.separator(digits: digits, units: units, isMark: false)
                    i = j
                } else {
                    i = j
                    break
                }
            }
        }
        skipSpaces()
        guard digits > 0, i == end else { return nil }
        let scale = decimals(marks: marks, totalDigits: digits)
        guard let scale, scale <= Int(Fixed.maxScale),
            groups.areThousands(totalDigits: digits, decimalMarkIsLast: scale > 0)
        else { return nil }
        return Fixed(units: negative ? -units : units, scale: Int8(scale))
    }

    /// How many of the digits are decimals, deciding which mark (if any) is the decimal point.
    private mutating func decimals(marks: Marks, totalDigits: Int) -> Int? {
        guard marks.count > 0 else { return 0 }
        let after = totalDigits - marks.lastDigitsBefore
        if after == 0 { return nil }  // `12,` is not a number
        let earlierSame = marks.lastByte == 0x2C ? marks.earlierCommas : marks.earlierDots
        let earlierOther = marks.lastByte == 0x2C ? marks.earlierDots : marks.earlierCommas
        if earlierOther {
            // Both kinds: the last one is the decimal point, the others group thousands.
            guard !earlierSame else { return nil }
            learn(marks.lastByte)
            return after
        }
        if earlierSame { return 0 }  // 1,234,567: thousands only
        if after != 3 {
            learn(marks.lastByte)
            return after
        }
        // `1,234` or `1.234`: the page's separator decides; French when nothing is known yet.
        if decimalSeparator == nil { guessedSeparator = true }
        return marks.lastByte == (decimalSeparator ?? 0x2C) ? 3 : 0
    }

    /// The digit groups between separators: `6 169,41` is 6 · 169 , 41. Thousands groups after
    /// the first have exactly three digits and the first one to three, not `0`: `12 5`,
    /// `1,2,3` and (English) `0,123` are not numbers.
    private struct Groups {
        var separators = 0
        var firstLength = 0
        var firstIsZero = false
        var middleWrong = false
        var digitsAtLast = 0
        var lastWasMark = false

        mutating func separator(digits: Int, units: Int64, isMark: Bool) {
            let length = digits - digitsAtLast
            if separators == 0 {
                firstLength = length
                firstIsZero = units == 0
            } else if length != 3 {
                middleWrong = true
            }
            separators += 1
            digitsAtLast = digits
            lastWasMark = isMark
        }

        func areThousands(totalDigits: Int, decimalMarkIsLast: Bool) -> Bool {
            if decimalMarkIsLast && !lastWasMark { return false }  // `0,12 3`
            let grouping = separators - (decimalMarkIsLast ? 1 : 0)
            guard grouping > 0 else { return true }
            if !(1...3).contains(firstLength) || firstIsZero || middleWrong { return false }
            return decimalMarkIsLast || totalDigits - digitsAtLast == 3
        }
    }

    /// The `,` and `.` marks seen in a number, without allocating.
    private struct Marks {
        var count = 0
        var lastByte: UInt8 = 0
        var lastDigitsBefore = 0
        var earlierCommas = false
        var earlierDots = false

        mutating func add(_ byte: UInt8, digitsBefore: Int) {
            if count > 0 {
                if lastByte == 0x2C { earlierCommas = true } else { earlierDots = true }
            }
            count += 1
            lastByte = byte
            lastDigitsBefore = digitsBefore
        }
    }

    private mutating func learn(_ separator: UInt8) {
        if decimalSeparator == nil { decimalSeparator = separator }
    }

    /// Reads `CHANGE (PCT %)` (or `CHANGE (PCT%)`); nil when either part is unreadable.
    mutating func changeAndPercent(_ b: UnsafeBufferPointer<UInt8>) -> (change: Fixed, pct: Fixed)? {
        guard let open = b.firstIndex(of: 0x28), let close = b.lastIndex(of: 0x29), close > open else {
            return nil
        }
        guard let change = number(b, 0..<open) else { return nil }
        var pctEnd = close
        if let percent = b[(open + 1)..<close].lastIndex(of: 0x25) { pctEnd = percent }  // %
        guard let pct = number(b, (open + 1)..<pctEnd) else { return nil }
        guard ByteText.trimmedRange(b).upperBound == close + 1 else { return nil }  // text after `)`
        return (change, pct)
    }
}
