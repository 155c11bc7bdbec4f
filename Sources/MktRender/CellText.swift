import MktCancel
import MktResult

/// What the renderers share about reading cells: which columns are numeric, how a value reads
/// in a cell, and rows that may be shorter or longer than the header.
enum CellText {
    /// A column is numeric when it holds at least one number and nothing else but nulls.
    /// (An all-null column is not: right-aligning an empty column would only look odd.)
    static func numericColumns(_ table: ResultTable, checkpoint: inout Checkpoint) throws(Cancelled) -> [Bool] {
        var kinds = NumericColumns(count: table.columns.count)
        for row in table.rows {
            try checkpoint.tick()
            kinds.add(row)
        }
        return kinds.numeric
    }

    /// Which columns are numeric, learnt row by row.
    struct NumericColumns {
        private var sawNumber: [Bool]
        private var sawOther: [Bool]

        init(count: Int) {
            sawNumber = Array(repeating: false, count: count)
            sawOther = Array(repeating: false, count: count)
        }

        mutating func add(_ row: [Value]) {
            for column in sawNumber.indices {
                let v = CellText.cell(row, column)
                if v.isNumeric {
                    sawNumber[column] = true
                } else if v != .null {
                    sawOther[column] = true
                }
            }
        }

        var numeric: [Bool] { sawNumber.indices.map { sawNumber[$0] && !sawOther[$0] } }
    }

    /// The value at `column`, null when a row is short (the evaluator should not produce one,
    /// but a renderer must not trap on it).
    static func cell(_ row: [Value], _ column: Int) -> Value {
        column < row.count ? row[column] : .null
    }

    /// The value as the page writes it: with `signed`, positive numbers get a leading `+`.
    static func display(_ value: Value, signed: Bool) -> String {
        let text = value.plainText
        return signed && value.sign == 1 ? "+" + text : text
    }

    /// The width of `text` when it is printable ASCII only (most cells: tickers, names,
    /// dates), one column a byte; nil when it holds anything else, to be measured in full.
    static func plainWidth(_ text: String) -> Int? {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            for b in bytes where b < 0x20 || b >= 0x7F { return nil }
            return bytes.count
        }
    }

    /// `text` on one line: line breaks and tabs become spaces, and other control characters
    /// (ESC above all: a snapshot must not drive the terminal) become U+FFFD.
    static func singleLine(_ text: String) -> String {
        guard hasControl(text) else { return text }
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n" where previous == "\r":
                break  // CRLF is one break, one space
            case "\r", "\n", "\t":
                out.append(" ")
            case _ where isControl(scalar):
                out.append("\u{FFFD}")
            default:
                out.append(scalar)
            }
            previous = scalar
        }
        return String(out)
    }

    /// Whether `text` holds a C0 or C1 control or DEL, read off its UTF-8 bytes (C1 controls
    /// are encoded 0xC2 0x80…0x9F): the common case, none, costs one pass over the bytes.
    private static func hasControl(_ text: String) -> Bool {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            var afterC2 = false
            for b in bytes {
                if b < 0x20 || b == 0x7F || (afterC2 && b < 0xA0 && b >= 0x80) { return true }
                afterC2 = b == 0xC2
            }
            return false
        }
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
    }
}
