/// The report as JSON for scripts: field names are documented in README.md ("Reports") and stable.
/// Fractions (retention, retrievability) are rounded to 4 decimals, averages to 1; a figure without
/// data is null. Dates are study days as `YYYY-MM-DD`.
public enum ReportJSON {
    public static func render(_ report: Report) -> String {
        let r = report
        let fields: [(String, String)] = [
            ("version", "1"),
            ("learner", JSONText.quote(r.learner)),
            ("generated_at", JSONText.quote(ISO8601.format(r.generatedAt))),
            ("today", JSONText.quote(ISO8601.formatDay(r.today))),
            ("day_starts_at", String(r.dayStartsAt)),
            ("scope", JSONText.array(r.deckIDs.map(JSONText.quote))),
            ("all_decks", r.allDecks ? "true" : "false"),
            ("cards", counts(r.cards)),
            ("knowledge", JSONText.object([
                ("seen", String(r.knowledge.seen)),
                ("mean_retrievability", ReportNumber.fraction(r.knowledge.meanRetrievability)),
                ("estimated_known", ReportNumber.tenths(r.knowledge.estimate)),
            ])),
            ("due", JSONText.object([
                ("today", String(r.due.today)), ("tomorrow", String(r.due.tomorrow)), ("week", String(r.due.week)),
                ("forecast", JSONText.array(r.due.forecast.map(String.init))),
            ])),
            ("retention", retention(r.retention, firstDay: r.activity.firstDay)),
            ("activity", activity(r.activity)),
            ("decks", list(r.decks.map { deck in
                JSONText.object([("id", JSONText.quote(deck.id)), ("title", JSONText.quote(deck.title)),
                                 ("cards", String(deck.counts.total)), ("known", String(deck.known)),
                                 ("due_today", String(deck.dueToday))] + stateFields(deck.counts))
            })),
            ("tags", list(r.tags.map { mastery in
                JSONText.object([("tag", JSONText.quote(mastery.label)), ("cards", String(mastery.cards)),
                                 ("known", String(mastery.known))])
            })),
            ("columns", list(r.columns.map { mastery in
                guard case .column(let deck, let table, let title, let column) = mastery.group else { return "null" }
                return JSONText.object([("deck", JSONText.quote(deck)), ("table", JSONText.quote(table)),
                                        ("table_title", JSONText.quote(title)), ("column", JSONText.quote(column)),
                                        ("cards", String(mastery.cards)), ("known", String(mastery.known))])
            })),
            ("weakest", list(r.weakest.map(card))),
            ("most_lapses", list(r.mostLapses.map(card))),
            ("leeches", JSONText.array(r.leeches.map { JSONText.quote($0.card) })),
            ("retrievability_bands", JSONText.array(r.retrievabilityBands.map(String.init))),
        ]
        return "{\n" + fields.map { "  " + JSONText.quote($0.0) + ": " + $0.1 }.joined(separator: ",\n") + "\n}\n"
    }

    private static func list(_ items: [String]) -> String {
        items.isEmpty ? "[]" : "[\n    " + items.joined(separator: ",\n    ") + "\n  ]"
    }

    private static func counts(_ c: CardCounts) -> String {
        JSONText.object([("total", String(c.total))] + stateFields(c))
    }

    private static func stateFields(_ c: CardCounts) -> [(String, String)] {
        [("new", String(c.new)), ("learning", String(c.learning)), ("young", String(c.young)),
         ("mature", String(c.mature)), ("suspended", String(c.suspended))]
    }

    private static func retention(_ t: Retention, firstDay: Int) -> String {
        func rate(_ rate: Rate) -> String { ReportNumber.fraction(rate.value) }
        return JSONText.object([
            ("desired", JSONText.number(t.desired)),
            ("true_7d", rate(t.last7)), ("true_30d", rate(t.last30)), ("true_365d", rate(t.last365)),
            ("young_30d", rate(t.young30)), ("mature_30d", rate(t.mature30)),
            ("reviews_7d", String(t.last7.total)), ("reviews_30d", String(t.last30.total)),
            ("reviews_365d", String(t.last365.total)), ("young_reviews_30d", String(t.young30.total)),
            ("mature_reviews_30d", String(t.mature30.total)),
            ("weekly", JSONText.array(t.weekly.enumerated().map { index, week in
                JSONText.object([("week", JSONText.quote(ISO8601.formatDay(firstDay + 7 * index))),
                                 ("reviews", String(week.total)), ("passed", String(week.passed)), ("rate", rate(week))])
            })),
        ])
    }

    private static func activity(_ a: Activity) -> String {
        JSONText.object([
            ("reviews_total", String(a.reviewsTotal)), ("study_days", String(a.studyDays)),
            ("streak_current", String(a.streakCurrent)), ("streak_longest", String(a.streakLongest)),
            ("reviews_per_day", ReportNumber.tenths(a.reviewsPerDay)), ("minutes_per_day", ReportNumber.tenths(a.minutesPerDay)),
            ("heatmap", JSONText.array(a.heatmap.enumerated().map { offset, count in
                JSONText.object([("date", JSONText.quote(ISO8601.formatDay(a.firstDay + offset))), ("reviews", String(count))])
            })),
        ])
    }

    private static func card(_ figure: CardFigure) -> String {
        JSONText.object([("card", JSONText.quote(figure.card)), ("label", JSONText.quote(figure.label)),
                         ("retrievability", ReportNumber.fraction(figure.retrievability)), ("lapses", String(figure.lapses))])
    }
}

/// How the report rounds its numbers, shared by every format so that they agree.
public enum ReportNumber {
    /// A fraction to 4 decimals as JSON (null when nil).
    public static func fraction(_ value: Double?) -> String {
        JSONText.number(value.map { ($0 * 10_000).rounded() / 10_000 })
    }

    /// A number to 1 decimal as JSON (null when nil).
    public static func tenths(_ value: Double?) -> String {
        JSONText.number(value.map { ($0 * 10).rounded() / 10 })
    }

    /// A fraction as a percentage with one decimal, "91.7%" ("–" when nil), from the same 4
    /// decimals JSON shows (so 0.91650 is 91.7% in every format).
    public static func percent(_ value: Double?) -> String {
        guard let value else { return "–" }
        let tenths = (Int((value * 10_000).rounded()) + 5) / 10
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// A fraction as a whole percentage, "92%" ("–" when nil).
    public static func wholePercent(_ value: Double?) -> String {
        guard let value else { return "–" }
        return "\((Int((value * 10_000).rounded()) + 50) / 100)%"
    }

    /// A number with one decimal, "12.5" ("–" when nil).
    public static func decimal(_ value: Double?) -> String {
        guard let value else { return "–" }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
