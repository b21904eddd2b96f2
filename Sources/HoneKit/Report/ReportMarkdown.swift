/// The report as Markdown (CommonMark with GitHub tables), for notes and issue trackers: headings,
/// tables and lists, with the heatmap and forecast as text charts in code blocks.
public enum ReportMarkdown {
    public static func render(_ report: Report) -> String {
        let r = report
        var out = MarkdownLines()
        let scope = r.allDecks ? "all decks" : r.deckIDs.joined(separator: ", ")
        out.add("# hone report: \(out.escape(r.learner))")
        out.add("")
        out.add("\(Layout.weekdayNames[Report.weekday(r.today)]) \(ISO8601.formatDay(r.today)) · \(out.escape(scope)) · "
            + "study days start at \(Layout.hour(r.dayStartsAt))")
        if r.isEmpty {
            out.add("")
            out.add("Nothing to report yet: \(out.escape(r.learner)) has no reviews\(r.allDecks ? "" : " in " + out.escape(scope)). "
                + "Start with `hone study` (or just `hone`): "
                + "it asks today's new cards from your decks (\(Layout.grouped(r.cards.total)) cards in "
                + "\(Layout.plural(r.decks.count, "deck"))). After a few sessions this report shows what you know, your true "
                + "retention, your streak and what is coming due.")
            return out.text
        }
        let c = r.cards
        out.section("Cards")
        out.table(["total", "new", "learning", "young", "mature", "suspended"], right: 6,
                  [[c.total, c.new, c.learning, c.young, c.mature, c.suspended].map { Layout.grouped($0) }])
        if let mean = r.knowledge.meanRetrievability {
            out.add("")
            out.add("Known now ≈ **\(ReportNumber.decimal(r.knowledge.estimate))** of the \(Layout.grouped(r.knowledge.seen)) "
                + "cards you study (mean recall \(ReportNumber.percent(mean))). Young: interval under 21 days; mature: 21 days or more.")
        }

        out.section("Due")
        out.add("- Today: **\(r.due.today)**")
        out.add("- Tomorrow: \(r.due.tomorrow)")
        out.add("- Next 7 days: \(r.due.week)")
        out.add("- Next 30 days, per day from today: \(r.due.forecast.map(String.init).joined(separator: ", "))")
        if (r.due.forecast.max() ?? 0) > 0 {
            out.code(Layout.columnChart(r.due.forecast, height: 3)
                + ["  " + Layout.axis(["today", "+7", "+14", "+21", "+29"], at: [0, 7, 14, 21, 29], step: 2)])
        }

        let t = r.retention
        out.section("True retention")
        out.add("First review of the day of each card in review; Again fails. Desired retention: \(ReportNumber.wholePercent(t.desired)).")
        out.add("")
        let rates: [(String, Rate)] = [("last 7 days", t.last7), ("last 30 days", t.last30), ("last 365 days", t.last365),
                                       ("young, 30 days", t.young30), ("mature, 30 days", t.mature30)]
        out.table(["period", "retention", "passed", "reviews"], right: 3,
                  rates.map { [$0.0, ReportNumber.percent($0.1.value), Layout.grouped($0.1.passed), Layout.grouped($0.1.total)] })

        let a = r.activity
        out.section("Activity")
        out.add("- Reviews: \(Layout.grouped(a.reviewsTotal)) on \(Layout.plural(a.studyDays, "study day"))")
        out.add("- Streak: \(Layout.plural(a.streakCurrent, "day")) (longest \(a.streakLongest))")
        out.add("- Per study day: \(ReportNumber.decimal(a.reviewsPerDay)) reviews, \(ReportNumber.decimal(a.minutesPerDay)) minutes")
        out.add("")
        out.add("Reviews per day, last \(Report.weeks) weeks:")
        out.code(Layout.heatmap(a, today: r.today, style: { text, _ in text }))

        out.section("Mastery")
        out.add("Known: in review, and recall now at least the desired retention.")
        out.add("")
        func share(_ known: Int, _ cards: Int) -> String { ReportNumber.wholePercent(cards == 0 ? 0 : Double(known) / Double(cards)) }
        out.table(["deck", "known", "cards", "share"], right: 3,
                  r.decks.map { [out.escape($0.title) + " (`\($0.id)`)", String($0.known), String($0.counts.total), share($0.known, $0.counts.total)] })
        if !r.tags.isEmpty {
            out.add("")
            out.table(["tag", "known", "cards", "share"], right: 3,
                      r.tags.map { [out.escape($0.label), String($0.known), String($0.cards), share($0.known, $0.cards)] })
        }
        if !r.columns.isEmpty {
            out.add("")
            out.table(["table column", "known", "cards", "share"], right: 3,
                      r.columns.map { [out.escape($0.label), String($0.known), String($0.cards), share($0.known, $0.cards)] })
        }

        for (title, figures) in [("Weakest now", r.weakest), ("Most lapses", r.mostLapses), ("Leeches (suspended)", r.leeches)] {
            guard !figures.isEmpty || title == "Weakest now" else { continue }
            out.section(title)
            if title.hasPrefix("Leeches") {
                out.add("Forgotten \(Leech.threshold) times or more; sessions no longer ask them (`hone cards --leeches`).")
                out.add("")
            }
            if title.hasPrefix("Leeches") {
                out.table(["card", "id", "lapses"], right: 1, figures.map { [out.escape($0.label), "`\($0.card)`", String($0.lapses)] })
            } else {
                out.table(["card", "id", "recall now", "lapses"], right: 2,
                          figures.map { [out.escape($0.label), "`\($0.card)`", ReportNumber.percent($0.retrievability), String($0.lapses)] })
            }
        }

        out.section("Recall now")
        out.table(["retrievability", "cards"], right: 1, (0..<10).reversed().map { band in
            [band == 9 ? "90–100%" : "\(band * 10)–\(band * 10 + 10)%", String(r.retrievabilityBands[band])]
        })
        return out.text
    }
}

/// Markdown text, line by line.
struct MarkdownLines {
    private(set) var text = ""

    mutating func add(_ line: String) { text += line + "\n" }

    mutating func section(_ title: String) {
        add("")
        add("## \(title)")
        add("")
    }

    /// A table; the last `right` columns are right-aligned (numbers).
    mutating func table(_ header: [String], right: Int, _ rows: [[String]]) {
        add("| " + header.joined(separator: " | ") + " |")
        add("|" + header.indices.map { $0 >= header.count - right ? "---:|" : "---|" }.joined())
        for row in rows { add("| " + row.joined(separator: " | ") + " |") }
    }

    mutating func code(_ lines: [String]) {
        add("")
        add("```text")
        lines.forEach { add($0) }
        add("```")
    }

    /// Text from decks or names, with Markdown's active characters escaped.
    func escape(_ text: String) -> String {
        var out = ""
        for character in TerminalSafe.clean(text) {
            if "\\`*_[]<>|#".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
