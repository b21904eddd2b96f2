/// The report for a terminal: sections of short lines that fit 80 columns, charts drawn with
/// Unicode blocks, and colour through `style` (the caller decides whether there is any: none when
/// piped or with NO_COLOR), so that the plain text reads the same.
public enum ReportText {
    public enum Style: Sendable {
        case heading, strong, dim, good, warning, bad
    }

    public typealias Styler = (String, Style) -> String

    /// The widest line the report writes, in columns.
    public static let width = 80

    public static func render(_ report: Report, style: @escaping Styler = { text, _ in text }) -> String {
        var out = TextSections(style: style)
        out.title(report)
        if report.isEmpty {
            out.empty(report)
            return out.text
        }
        out.cards(report)
        out.due(report)
        out.retention(report)
        out.activity(report)
        out.mastery(report)
        out.weakest(report)
        out.histogram(report)
        return out.text
    }
}

/// The sections, written line by line.
struct TextSections {
    let style: ReportText.Styler
    private(set) var text = ""

    init(style: @escaping ReportText.Styler) { self.style = style }

    mutating func line(_ line: String = "") { text += line + "\n" }

    mutating func heading(_ title: String, _ note: String? = nil) {
        line()
        line(style(title, .heading) + (note.map { "  " + style(Layout.fit($0, ReportText.width - title.count - 2), .dim) } ?? ""))
    }

    mutating func title(_ r: Report) {
        let scope = r.allDecks ? "all decks" : Layout.fit(r.deckIDs.joined(separator: ", "), 24)
        let day = "\(Layout.weekdayNames[Report.weekday(r.today)]) \(ISO8601.formatDay(r.today))"
        line(style("hone report", .strong) + " · " + Layout.fit(TerminalSafe.clean(r.learner), 16) + " · " + scope + " · " + day)
    }

    mutating func empty(_ r: Report) {
        line()
        line("Nothing to report yet: \(Layout.fit(TerminalSafe.clean(r.learner), 20)) has no reviews"
            + (r.allDecks ? "." : " in " + Layout.fit(r.deckIDs.joined(separator: ", "), 24) + "."))
        line("Start with " + style("hone study", .strong) + " (or just " + style("hone", .strong) + "): it asks today's new cards from")
        line("your decks (\(Layout.grouped(r.cards.total)) cards in \(Layout.plural(r.decks.count, "deck"))). After a few sessions this report shows")
        line("what you know, your true retention, your streak and what is coming due.")
    }

    mutating func cards(_ r: Report) {
        let c = r.cards
        heading("CARDS", "in \(Layout.plural(r.decks.count, "deck")); mature: interval of 21 days or more")
        let columns = [("total", c.total), ("new", c.new), ("learning", c.learning), ("young", c.young), ("mature", c.mature),
                       ("suspended", c.suspended)]
        line(style("  " + columns.map { Layout.lpad($0.0, 11) }.joined(), .dim))
        line("  " + columns.map { Layout.lpad(Layout.grouped($0.1), 11) }.joined())
        if let mean = r.knowledge.meanRetrievability {
            line("  Known now ≈ " + style(ReportNumber.decimal(r.knowledge.estimate), .strong)
                + " of the \(Layout.grouped(r.knowledge.seen)) cards you study (mean recall \(ReportNumber.percent(mean)))")
        }
    }

    mutating func due(_ r: Report) {
        heading("DUE", "next 30 days, overdue counted today")
        line("  today " + style(String(r.due.today), .strong) + " · tomorrow \(r.due.tomorrow) · next 7 days \(r.due.week)")
        guard let most = r.due.forecast.max(), most > 0 else {
            line(style("  nothing due in the next 30 days", .dim))
            return
        }
        for row in Layout.columnChart(r.due.forecast, height: 3) { line(row) }
        line(style("  " + Layout.axis(["today", "+7", "+14", "+21", "+29"], at: [0, 7, 14, 21, 29], step: 2), .dim))
    }

    mutating func retention(_ r: Report) {
        let t = r.retention
        heading("TRUE RETENTION", "first review of the day, Again fails · desired \(ReportNumber.wholePercent(t.desired))")
        let rows: [(String, Rate)] = [("last 7 days", t.last7), ("last 30 days", t.last30), ("last 365 days", t.last365),
                                      ("young, 30 days", t.young30), ("mature, 30 days", t.mature30)]
        for (name, rate) in rows {
            let value = ReportNumber.percent(rate.value)
            let shaded = rate.value.map { style(value, $0 >= t.desired ? .good : $0 >= t.desired - 0.05 ? .warning : .bad) } ?? value
            let count = rate.total == 0 ? "no reviews" : "\(Layout.grouped(rate.passed)) of \(Layout.grouped(rate.total)) passed"
            line("  " + Layout.pad(name, 17) + Layout.pad(shaded, 8, visible: value.count) + style(count, .dim))
        }
    }

    mutating func activity(_ r: Report) {
        let a = r.activity
        heading("ACTIVITY", "last \(Report.weeks) weeks")
        line("  \(Layout.grouped(a.reviewsTotal)) reviews on \(Layout.plural(a.studyDays, "study day")) · streak "
            + style(Layout.plural(a.streakCurrent, "day"), .strong) + ", longest \(a.streakLongest)")
        var averages = "  \(ReportNumber.decimal(a.reviewsPerDay)) reviews"
        if let minutes = a.minutesPerDay { averages += " and \(ReportNumber.decimal(minutes)) minutes" }
        line(averages + " per study day")
        for row in Layout.heatmap(a, today: r.today, style: style) { line(row) }
    }

    mutating func mastery(_ r: Report) {
        heading("MASTERY", "known: in review, recall now ≥ desired retention")
        func row(_ name: String, _ known: Int, _ cards: Int) {
            let share = cards == 0 ? 0 : Double(known) / Double(cards)
            line("  " + Layout.pad(Layout.fit(name, 34), 35) + Layout.lpad("\(known)/\(cards)", 11) + "  "
                + style(Layout.bar(share, width: 20), .good) + " " + Layout.lpad(ReportNumber.wholePercent(share), 4))
        }
        for deck in r.decks { row(deck.id, deck.known, deck.counts.total) }
        if !r.tags.isEmpty {
            line(style("  by tag", .dim))
            for tag in r.tags { row("  " + TerminalSafe.clean(tag.label), tag.known, tag.cards) }
        }
        var table: String?
        for column in r.columns {
            guard case .column(let deck, let id, let title, let name) = column.group else { continue }
            if table != deck + "/" + id {
                table = deck + "/" + id
                line(style("  table " + Layout.fit(title, 60), .dim))
            }
            row("  " + name, column.known, column.cards)
        }
    }

    mutating func weakest(_ r: Report) {
        func row(_ figure: CardFigure) {
            line("  " + Layout.lpad(ReportNumber.percent(figure.retrievability), 6) + "  "
                + Layout.pad(Layout.plural(figure.lapses, "lapse"), 11) + Layout.fit(figure.label, 59))
        }
        heading("WEAKEST NOW", "lowest recall now")
        if r.weakest.isEmpty { line(style("  none", .dim)) }
        r.weakest.forEach(row)
        if !r.mostLapses.isEmpty {
            heading("MOST LAPSES")
            r.mostLapses.forEach(row)
        }
        if !r.leeches.isEmpty {
            heading("LEECHES", "\(Leech.threshold)+ lapses, suspended · hone cards --leeches")
            for leech in r.leeches { line("  " + style(Layout.pad(Layout.plural(leech.lapses, "lapse"), 11), .bad) + Layout.fit(leech.label, 67)) }
        }
    }

    mutating func histogram(_ r: Report) {
        heading("RECALL NOW", "cards you study, by retrievability")
        let most = max(r.retrievabilityBands.max() ?? 0, 1)
        for band in (0..<10).reversed() {
            let count = r.retrievabilityBands[band]
            let name = band == 9 ? "90–100%" : "\(band * 10)–\(band * 10 + 10)%"
            let length = count == 0 ? 0 : max(Int((Double(count) / Double(most) * 50).rounded()), 1)
            line("  " + Layout.pad(name, 9) + style(String(repeating: "█", count: length), band >= 7 ? .good : band >= 5 ? .warning : .bad)
                + (count > 0 ? " " : "") + String(count))
        }
    }
}
