import MarketModel

/// Writes one page's bytes in the seed's exact layout: status, ticker blocks, article, headlines.
///
/// Everything random on the page comes from `rng`, which the caller seeds from (corpus seed, page
/// index) alone; the numbers come from the caller. So a page never depends on the pages before it.
struct PageComposer {
    var out: [UInt8]
    var rng: SplitMix64
    let words: Vocabulary

    static let newline = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let nbsp: [UInt8] = [0xC2, 0xA0]
    /// `␠␠•␠`: the seed's bullet line prefix.
    static let bullet: [UInt8] = Array("  • ".utf8)
    static let indent: [UInt8] = Array("    ".utf8)
    static let cut: [UInt8] = Array(" (...)".utf8)

    // MARK: Sections

    /// The status line and the blank-line-separated ticker blocks, ending with the blank line.
    mutating func header(closed: Bool, quotes: [SynthQuote]) {
        line(closed ? words.statusClosed : words.statusOpen)
        for q in quotes {
            out.append(contentsOf: PageComposer.bullet)
            out.append(contentsOf: q.name.utf8)
            out.append(PageComposer.newline)
            out.append(PageComposer.newline)
            out.append(contentsOf: PageComposer.indent)
            number(q.value, signed: false)
            out.append(PageComposer.newline)
            out.append(contentsOf: PageComposer.indent)
            number(q.change, signed: true)
            out.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: "(")])
            // The pct takes the change's sign: the walk keeps it non-zero, so they always agree.
            number(q.pct, signed: true)
            out.append(contentsOf: words.beforePercent)
            out.append(contentsOf: [UInt8(ascii: "%"), UInt8(ascii: ")"), PageComposer.newline])
            out.append(contentsOf: PageComposer.indent)
            line(PageComposer.nbsp)
        }
        out.append(PageComposer.newline)
    }

    /// Title, meta line, 2–4 paragraphs with a see-also line before the last one, maybe a
    /// quotation, maybe cut off with the continuation line.
    mutating func article() {
        title()
        out.append(PageComposer.newline)
        out.append(contentsOf: words.metaBefore)
        digits(UInt64(rng.within(1...3)))
        line(words.metaAfter)
        out.append(PageComposer.newline)

        let paragraphs = rng.within(2...4)
        let sentences = rng.within(12...15)
        let truncated = rng.chance(50)
        // One quotation on most pages, somewhere in the text.
        let quoteAt = rng.chance(60) ? rng.below(sentences - (truncated ? 1 : 0)) : -1
        var order = Array(words.sentences.indices)
        var next = 0
        for p in 0..<paragraphs {
            if p == paragraphs - 1 {
                out.append(contentsOf: words.seeAlsoPrefix)
                title()
                out.append(PageComposer.newline)
            }
            // Split the sentences as evenly as possible, earlier paragraphs taking the remainder.
            let share = sentences / paragraphs + (p < sentences % paragraphs ? 1 : 0)
            for s in 0..<share {
                if s > 0 { out.append(PageComposer.space) }
                if truncated && next == sentences - 1 {
                    cutOff()
                } else if next == quoteAt {
                    fill(rng.pick(words.quoteSentences))
                } else {
                    // A partial shuffle: no sentence twice on one page.
                    let j = next + rng.below(order.count - next)
                    order.swapAt(next, j)
                    fill(words.sentences[order[next]])
                }
                next += 1
            }
            out.append(PageComposer.newline)
            out.append(PageComposer.newline)
        }
        if truncated {
            line(words.continuation)
            out.append(PageComposer.newline)
        }
    }

    /// 4–6 headlines, one a line, the last without a newline (as the seed ends).
    mutating func headlines() {
        headlines(leading: [], count: rng.within(4...6))
    }

    /// `leading` market-wrap headlines (template, move) first, then `count` drawn ones; the last
    /// without a newline.
    mutating func headlines(leading: [(template: String, move: Fixed)], count: Int) {
        for (h, news) in leading.enumerated() {
            if h > 0 { out.append(PageComposer.newline) }
            var pieces = news.template.split(separator: "{P}", omittingEmptySubsequences: false)[...]
            out.append(contentsOf: (pieces.popFirst() ?? "").utf8)
            for piece in pieces {
                number(Fixed(units: Int64(news.move.units.magnitude), scale: news.move.scale), signed: false)
                out.append(contentsOf: words.beforePercent)
                out.append(UInt8(ascii: "%"))
                out.append(contentsOf: piece.utf8)
            }
        }
        for h in 0..<count {
            if h > 0 || !leading.isEmpty { out.append(PageComposer.newline) }
            if rng.chance(50) {
                fill(rng.pick(words.headlines))
            } else {
                out.append(contentsOf: rng.pick(words.companies))
                out.append(contentsOf: words.titleJoin)
                fill(rng.pick(words.facts))
            }
        }
    }

    // MARK: Pieces

    private mutating func title() {
        out.append(contentsOf: rng.pick(words.companies))
        out.append(contentsOf: words.titleJoin)
        fill(rng.pick(words.facts))
        out.append(PageComposer.newline)
    }

    /// A sentence broken off after a few words, either in a quotation (like the seed's
    /// `"Si Tesla (...)`) or in plain text, followed by ` (...)`.
    private mutating func cutOff() {
        let start = out.count
        if rng.chance(50) {
            out.append(contentsOf: rng.pick(words.quoteMarks).open)
            out.append(contentsOf: rng.pick(words.quotes))
        } else {
            fill(words.sentences[rng.below(words.sentences.count)])
        }
        let keep = rng.within(2...5)
        var spaces = 0
        var end = out.count
        for i in start..<out.count where out[i] == PageComposer.space {
            spaces += 1
            if spaces == keep {
                end = i
                break
            }
        }
        // Cut at a word boundary; drop trailing punctuation of a short sentence kept whole.
        if end == out.count, let last = out.last, last == UInt8(ascii: ".") { end -= 1 }
        out.removeSubrange(end...)
        out.append(contentsOf: PageComposer.cut)
    }

    private mutating func fill(_ template: Template) {
        for piece in template.pieces {
            switch piece {
            case .text(let bytes): out.append(contentsOf: bytes)
            case .slot(let slot): fill(slot)
            }
        }
    }

    private mutating func fill(_ slot: Template.Slot) {
        switch slot {
        case .company: out.append(contentsOf: rng.pick(words.companies))
        case .person: out.append(contentsOf: rng.pick(words.persons))
        case .place: out.append(contentsOf: rng.pick(words.places))
        case .period: out.append(contentsOf: rng.pick(words.periods))
        case .sector: out.append(contentsOf: rng.pick(words.sectors))
        case .fact: fill(rng.pick(words.facts))
        case .quote:
            let marks = rng.pick(words.quoteMarks)
            out.append(contentsOf: marks.open)
            out.append(contentsOf: rng.pick(words.quotes))
            out.append(contentsOf: marks.close)
        case .percent:
            plain(tenths: rng.within(5...250))
            out.append(contentsOf: words.beforePercent)
            out.append(UInt8(ascii: "%"))
        case .amount:
            out.append(contentsOf: words.amountPrefix)
            if rng.chance(70) {
                // From 1.2 up: "1,0 milliards" would need the singular.
                plain(tenths: rng.within(12...450))
                out.append(contentsOf: words.amountBillions)
            } else {
                digits(UInt64(rng.within(12...95) * 10))
                out.append(contentsOf: words.amountMillions)
            }
        case .headcount:
            digits(UInt64(rng.within(2...300)))
            out.append(words.countSeparator)
            out.append(contentsOf: [UInt8(ascii: "0"), UInt8(ascii: "0"), UInt8(ascii: "0")])
        case .dividend:
            out.append(contentsOf: words.amountPrefix)
            let cents = rng.within(105...520)  // from 1,05: "0,89 euros" would need the singular
            digits(UInt64(cents / 100))
            out.append(words.decimalMark)
            twoDigits(cents % 100)
            out.append(contentsOf: words.dividendSuffix)
        }
    }

    // MARK: Numbers

    /// `units × 10^-scale` in the page's style: grouped thousands, the language's decimal mark,
    /// and with `signed`, a `+` or `-` sign.
    mutating func number(_ value: Fixed, signed: Bool) {
        let units = value.units
        if signed || units < 0 { out.append(UInt8(ascii: units < 0 ? "-" : "+")) }
        var power: UInt64 = 1
        for _ in 0..<value.scale { power *= 10 }
        let magnitude = units.magnitude
        grouped(magnitude / power)
        guard value.scale > 0 else { return }
        out.append(words.decimalMark)
        let fraction = magnitude % power
        while power > 1 {
            power /= 10
            out.append(UInt8(ascii: "0") + UInt8(fraction / power % 10))
        }
    }

    /// An integer with the page's thousands separator between groups of three.
    private mutating func grouped(_ n: UInt64) {
        if n >= 1000 {
            grouped(n / 1000)
            out.append(contentsOf: words.thousands)
            let rest = Int(n % 1000)
            out.append(UInt8(ascii: "0") + UInt8(rest / 100))
            twoDigits(rest % 100)
        } else {
            digits(n)
        }
    }

    /// A decimal with one place, without grouping (percentages and amounts in the text).
    private mutating func plain(tenths: Int) {
        digits(UInt64(tenths / 10))
        out.append(words.decimalMark)
        out.append(UInt8(ascii: "0") + UInt8(tenths % 10))
    }

    private mutating func digits(_ n: UInt64) {
        if n >= 10 { digits(n / 10) }
        out.append(UInt8(ascii: "0") + UInt8(n % 10))
    }

    private mutating func twoDigits(_ n: Int) {
        out.append(UInt8(ascii: "0") + UInt8(n / 10))
        out.append(UInt8(ascii: "0") + UInt8(n % 10))
    }

    private mutating func line(_ bytes: [UInt8]) {
        out.append(contentsOf: bytes)
        out.append(PageComposer.newline)
    }
}
