/// The report as one self-contained HTML page: inline CSS and SVG charts (forecast, heatmap,
/// retention over time, retrievability histogram), no script and nothing fetched from the network,
/// laid out for a phone as well as a desktop, in light or dark colours as the system prefers.
/// It is well-formed XML (XHTML syntax), and every figure carries `data-field` (its JSON path, e.g.
/// `retention.true_30d` or `decks.0.known`) and `data-value` (its JSON text), so a program can check it.
public enum ReportHTML {
    public static func render(_ report: Report) -> String {
        var page = HTMLPage()
        page.header(report)
        if report.isEmpty {
            page.empty(report)
        } else {
            page.cards(report)
            page.due(report)
            page.retention(report)
            page.activity(report)
            page.mastery(report)
            page.weakest(report)
            page.recall(report)
        }
        page.footer(report)
        return page.finished(title: "hone report · \(report.learner) · \(ISO8601.formatDay(report.today))")
    }
}

/// The page, section by section.
struct HTMLPage {
    private var body = ""

    private func e(_ text: String) -> String { HTMLText.escape(TerminalSafe.clean(text)) }

    /// A figure: `shown` in a `tag`, tied to its JSON field.
    private func figure(_ field: String, _ json: String, _ shown: String, tag: String = "span", class name: String? = nil) -> String {
        let attribute = name.map { " class=\"\($0)\"" } ?? ""
        return "<\(tag)\(attribute) data-field=\"\(field)\" data-value=\"\(HTMLText.escape(json))\">\(e(shown))</\(tag)>"
    }

    private func tile(_ field: String, _ json: String, _ shown: String, _ caption: String) -> String {
        "<div class=\"tile\">" + figure(field, json, shown, class: "num") + "<span class=\"cap\">\(e(caption))</span></div>"
    }

    mutating func header(_ r: Report) {
        let scope = r.allDecks ? "all decks" : r.deckIDs.joined(separator: ", ")
        body += "<header><h1>hone report</h1><p class=\"sub\">\(e(r.learner)) · \(e(scope)) · "
            + "\(Layout.weekdayNames[Report.weekday(r.today)]) "
            + figure("today", JSONText.quote(ISO8601.formatDay(r.today)), ISO8601.formatDay(r.today))
            + " · study days start at \(Layout.hour(r.dayStartsAt))</p></header>\n"
    }

    mutating func empty(_ r: Report) {
        let scope = r.allDecks ? "" : " in " + e(r.deckIDs.joined(separator: ", "))
        body += "<section id=\"empty\"><h2>Nothing to report yet</h2><p>\(e(r.learner)) has no reviews\(scope). Start with "
            + "<code>hone study</code> (or just <code>hone</code>): it asks today’s new cards from your decks "
            + "(\(Layout.grouped(r.cards.total)) cards in \(Layout.plural(r.decks.count, "deck"))). After a few sessions this page "
            + "shows what you know, your true retention, your streak and what is coming due.</p></section>\n"
    }

    mutating func cards(_ r: Report) {
        let c = r.cards
        body += "<section id=\"cards\"><h2>Cards</h2><div class=\"tiles\">"
        for (key, value, caption) in [("total", c.total, "cards"), ("new", c.new, "new"), ("learning", c.learning, "learning"),
                                      ("young", c.young, "young"), ("mature", c.mature, "mature"), ("suspended", c.suspended, "suspended")] {
            body += tile("cards.\(key)", String(value), Layout.grouped(value), caption)
        }
        body += "</div>"
        if let mean = r.knowledge.meanRetrievability {
            body += "<p>Known now ≈ " + figure("knowledge.estimated_known", ReportNumber.tenths(r.knowledge.estimate),
                                                ReportNumber.decimal(r.knowledge.estimate), tag: "strong")
                + " of the " + figure("knowledge.seen", String(r.knowledge.seen), Layout.grouped(r.knowledge.seen))
                + " cards you study (mean recall " + figure("knowledge.mean_retrievability", ReportNumber.fraction(mean), ReportNumber.percent(mean))
                + "). Young cards have an interval under 21 days, mature ones 21 days or more.</p>"
        }
        body += "</section>\n"
    }

    mutating func due(_ r: Report) {
        body += "<section id=\"due\"><h2>Due</h2><div class=\"tiles\">"
            + tile("due.today", String(r.due.today), Layout.grouped(r.due.today), "today")
            + tile("due.tomorrow", String(r.due.tomorrow), Layout.grouped(r.due.tomorrow), "tomorrow")
            + tile("due.week", String(r.due.week), Layout.grouped(r.due.week), "next 7 days") + "</div>"
        let labels = r.due.forecast.indices.map { [0: "today", 7: "+7", 14: "+14", 21: "+21", 29: "+29"][$0] ?? "" }
        let tips = r.due.forecast.enumerated().map { "\(ISO8601.formatDay(r.today + $0.offset)): \($0.element) due" }
        body += "<figure data-field=\"due.forecast\" data-value=\"\(JSONText.array(r.due.forecast.map(String.init)))\">"
            + SVGChart.columns(id: "chart-forecast", title: "Cards due per day, next 30 days", values: r.due.forecast, labels: labels, tips: tips)
            + "<figcaption>Cards due per day for the next 30 days (overdue ones count today).</figcaption></figure></section>\n"
    }

    mutating func retention(_ r: Report) {
        let t = r.retention
        body += "<section id=\"retention\"><h2>True retention</h2><p>The first review of the day of each card in review passes "
            + "unless rated Again. Desired retention: " + figure("retention.desired", JSONText.number(t.desired), ReportNumber.wholePercent(t.desired), tag: "strong")
            + ".</p><div class=\"scroll\"><table><thead><tr><th>period</th><th class=\"n\">retention</th><th class=\"n\">passed</th><th class=\"n\">reviews</th></tr></thead><tbody>"
        let rows: [(String, String, String, Rate)] = [
            ("last 7 days", "true_7d", "reviews_7d", t.last7), ("last 30 days", "true_30d", "reviews_30d", t.last30),
            ("last 365 days", "true_365d", "reviews_365d", t.last365), ("young, 30 days", "young_30d", "young_reviews_30d", t.young30),
            ("mature, 30 days", "mature_30d", "mature_reviews_30d", t.mature30),
        ]
        for (name, field, countField, rate) in rows {
            let grade = rate.value.map { $0 >= t.desired ? "good" : $0 >= t.desired - 0.05 ? "fair" : "poor" } ?? "none"
            body += "<tr><td>\(name)</td>" + figure("retention.\(field)", ReportNumber.fraction(rate.value), ReportNumber.percent(rate.value),
                                                    tag: "td", class: "n \(grade)")
                + "<td class=\"n\">\(Layout.grouped(rate.passed))</td>"
                + figure("retention.\(countField)", String(rate.total), Layout.grouped(rate.total), tag: "td", class: "n") + "</tr>"
        }
        body += "</tbody></table></div>"
        let weeks = t.weekly.indices.map { r.activity.firstDay + 7 * $0 }
        let labels = weeks.enumerated().map { $0.offset % 5 == 0 ? shortDate($0.element) : "" }
        let tips = zip(weeks, t.weekly).map { day, rate in
            "week of \(ISO8601.formatDay(day)): \(ReportNumber.percent(rate.value)) (\(rate.passed) of \(rate.total))"
        }
        body += "<figure>" + SVGChart.rates(id: "chart-retention", title: "True retention per week", values: t.weekly.map(\.value),
                                            target: t.desired, labels: labels, tips: tips)
            + "<figcaption>True retention week by week; the dashed line is the desired retention.</figcaption></figure></section>\n"
    }

    mutating func activity(_ r: Report) {
        let a = r.activity
        body += "<section id=\"activity\"><h2>Activity</h2><div class=\"tiles\">"
            + tile("activity.reviews_total", String(a.reviewsTotal), Layout.grouped(a.reviewsTotal), "reviews")
            + tile("activity.study_days", String(a.studyDays), Layout.grouped(a.studyDays), "study days")
            + tile("activity.streak_current", String(a.streakCurrent), Layout.grouped(a.streakCurrent), "day streak")
            + tile("activity.streak_longest", String(a.streakLongest), Layout.grouped(a.streakLongest), "longest streak")
            + tile("activity.reviews_per_day", ReportNumber.tenths(a.reviewsPerDay), ReportNumber.decimal(a.reviewsPerDay), "reviews / study day")
            + tile("activity.minutes_per_day", ReportNumber.tenths(a.minutesPerDay), ReportNumber.decimal(a.minutesPerDay), "minutes / study day")
            + "</div><figure class=\"heat\">" + SVGChart.heatmap(id: "chart-heatmap", activity: a, today: r.today)
            + "<figcaption>Reviews per day, last \(Report.weeks) weeks. <span class=\"legend\">less "
            + (0...4).map { "<i class=\"l\($0)\"></i>" }.joined() + " more</span></figcaption></figure></section>\n"
    }

    mutating func mastery(_ r: Report) {
        body += "<section id=\"mastery\"><h2>Mastery</h2><p>A card is known when it is in review and its recall now is at least the desired retention.</p>"
        func table(_ heading: String, _ rows: [(name: String, field: String, known: Int, cards: Int)]) {
            guard !rows.isEmpty else { return }
            body += "<div class=\"scroll\"><table class=\"mastery\"><thead><tr><th>\(heading)</th><th class=\"n\">known</th><th class=\"wide\"></th></tr></thead><tbody>"
            for row in rows {
                let share = row.cards == 0 ? 0 : Double(row.known) / Double(row.cards)
                body += "<tr><td>\(e(row.name))</td><td class=\"n\">" + figure("\(row.field).known", String(row.known), String(row.known))
                    + "/" + figure("\(row.field).cards", String(row.cards), String(row.cards)) + "</td>"
                    + "<td class=\"wide\"><div class=\"meter\"><div style=\"width:\(ReportNumber.wholePercent(share))\"></div></div></td></tr>"
            }
            body += "</tbody></table></div>"
        }
        table("deck", r.decks.enumerated().map { ($0.element.title, "decks.\($0.offset)", $0.element.known, $0.element.counts.total) })
        table("tag", r.tags.enumerated().map { ($0.element.label, "tags.\($0.offset)", $0.element.known, $0.element.cards) })
        // One table per deck table, its rows the columns asked about.
        let columns = Array(r.columns.enumerated())
        var start = 0
        while start < columns.count {
            guard case .column(let deck, let id, let title, _) = columns[start].element.group else { break }
            let run = columns[start...].prefix { item in
                if case .column(deck, id, _, _) = item.element.group { return true }
                return false
            }
            table(title, run.map { item in
                guard case .column(_, _, _, let column) = item.element.group else { return ("", "", 0, 0) }
                return (column, "columns.\(item.offset)", item.element.known, item.element.cards)
            })
            start += run.count
        }
        body += "</section>\n"
    }

    mutating func weakest(_ r: Report) {
        func table(_ id: String, _ heading: String, _ field: String, _ figures: [CardFigure], note: String) {
            body += "<section id=\"\(id)\"><h2>\(heading)</h2><p>\(note)</p>"
            guard !figures.isEmpty else { body += "<p class=\"none\">None.</p></section>\n"; return }
            let recall = field == "leeches" ? "" : "<th class=\"n\">recall now</th>"
            body += "<div class=\"scroll\"><table><thead><tr><th>card</th>\(recall)<th class=\"n\">lapses</th></tr></thead><tbody>"
            for (index, card) in figures.enumerated() {
                // `leeches` in JSON is a list of card ids; the other lists hold objects.
                let path = field == "leeches" ? "\(field).\(index)" : "\(field).\(index).card"
                body += "<tr><td>" + figure(path, JSONText.quote(card.card), card.label, tag: "span", class: "card")
                    + "<code>\(e(card.card))</code></td>"
                if field == "leeches" {
                    body += "<td class=\"n\">\(card.lapses)</td></tr>"
                    continue
                }
                body += figure("\(field).\(index).retrievability", ReportNumber.fraction(card.retrievability),
                               ReportNumber.percent(card.retrievability), tag: "td", class: "n")
                    + figure("\(field).\(index).lapses", String(card.lapses), String(card.lapses), tag: "td", class: "n") + "</tr>"
            }
            body += "</tbody></table></div></section>\n"
        }
        table("weakest", "Weakest now", "weakest", r.weakest, note: "Cards you study with the lowest recall now.")
        table("lapses", "Most lapses", "most_lapses", r.mostLapses, note: "Cards you study that you have forgotten most often.")
        table("leeches", "Leeches", "leeches", r.leeches,
              note: "Forgotten \(Leech.threshold) times or more: suspended, sessions no longer ask them. List them with <code>hone cards --leeches</code>.")
    }

    mutating func recall(_ r: Report) {
        let labels = (0..<10).map { "\($0 * 10)%" }
        let tips = r.retrievabilityBands.enumerated().map { "\($0.offset * 10)–\($0.offset == 9 ? 100 : $0.offset * 10 + 10)%: \(Layout.plural($0.element, "card"))" }
        body += "<section id=\"recall\"><h2>Recall now</h2><figure data-field=\"retrievability_bands\" data-value=\"\(JSONText.array(r.retrievabilityBands.map(String.init)))\">"
            + SVGChart.columns(id: "chart-recall", title: "Cards you study, by retrievability now", values: r.retrievabilityBands, labels: labels, tips: tips)
            + "<figcaption>Cards you study (not suspended), by their predicted recall now, in bands of 10%.</figcaption></figure></section>\n"
    }

    mutating func footer(_ r: Report) {
        body += "<footer>Made by hone from the review journal at " + figure("generated_at", JSONText.quote(ISO8601.format(r.generatedAt)), ISO8601.format(r.generatedAt))
            + ". FSRS-6 scheduling; study days start at \(Layout.hour(r.dayStartsAt)).</footer>\n"
    }

    private func shortDate(_ day: Int) -> String {
        let date = ISO8601.civilFromDays(day)
        return "\(Layout.monthNames[date.month - 1]) \(date.day)"
    }

    func finished(title: String) -> String {
        """
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
        <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="generator" content="hone" />
        <title>\(e(title))</title>
        <style>
        \(ReportCSS.text)
        </style>
        </head>
        <body>
        <main>
        \(body)</main>
        </body>
        </html>

        """
    }
}
