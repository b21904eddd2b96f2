import HoneKit

/// The one-screen summary of an import: what came in, what changed, what could not come in.
enum ImportSummary {
    static let listLimit = 8

    static func lines(_ plan: ImportPlan, outcome: ImportPlan.Outcome?, journal: String) -> [String] {
        let result = plan.result
        let report = result.report
        let deck = plan.deck
        let verb = outcome == nil ? "Would import" : "Imported"
        let source = result.layout.map { "\(result.format.displayName), \($0)" } ?? result.format.displayName
        var out = ["\(verb) \(plan.source) (\(source)) as deck \"\(deck.title)\" -> \(plan.deckPath)"]
        var held: [String] = []
        if !deck.entries.isEmpty { held.append(count(deck.entries.count, "entry", "entries")) }
        if !deck.tables.isEmpty { held.append(count(deck.tables.count, "table")) }
        if !deck.sequences.isEmpty { held.append(count(deck.sequences.count, "sequence")) }
        // (No card count: `Deck.cards` finds cloze blanks in every definition, seconds for a large deck.)
        out.append("  \(count(report.itemsRead, itemName(result.format))) read: \(held.joined(separator: ", "))")
        let changes = plan.changes
        if changes.isNew {
            out.append("  A new deck.")
        } else if !plan.deckChanged {
            out.append("  The deck was up to date: nothing changed.")
        } else {
            var parts: [String] = []
            if !changes.added.isEmpty { parts.append("\(changes.added.count) added") }
            if !changes.updated.isEmpty { parts.append("\(changes.updated.count) changed") }
            if changes.unchanged > 0 { parts.append("\(changes.unchanged) unchanged") }
            if !changes.removed.isEmpty { parts.append("\(changes.removed.count) removed") }
            out.append("  Updated in place: \(parts.joined(separator: ", ")); cards that stayed keep their progress.")
            if !changes.removed.isEmpty { out += list("Removed (their progress stays in the journal):", changes.removed) }
        }
        if report.reviewsRead > 0 || !plan.reviews.isEmpty {
            var line = "  Review history: "
            if let outcome {
                line += "\(count(outcome.reviewsAdded, "review")) added to \(journal)"
                if outcome.reviewsPresent > 0 { line += " (\(outcome.reviewsPresent) already there)" }
            } else {
                line += "\(count(plan.reviews.count, "review")) to add to \(journal)"
            }
            out.append(line)
            let skipped = report.reviewsSkipped.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            if !skipped.isEmpty { out.append("    rows not kept: " + skipped.joined(separator: ", ")) }
        }
        if report.mediaDropped > 0 {
            out.append("  Media: \(count(report.mediaDropped, "image or sound", "images and sounds")) dropped (a terminal cannot show them)")
        }
        if !report.skipped.isEmpty {
            out += list("Could not import \(report.skipped.count):", report.skipped.map { "\($0.place): \($0.reason)" })
        }
        for warning in report.warnings.prefix(listLimit) { out.append("  warning: \(warning)") }
        if let backup = outcome?.deckBackup { out.append("  The previous deck is saved as \(backup)") }
        if outcome != nil { out.append("  Study it: hone study \(deck.id)") }
        return out.map { TerminalSafe.clean($0) }
    }

    static func list(_ title: String, _ items: [String]) -> [String] {
        var out = ["  " + title]
        out += items.prefix(listLimit).map { "    " + $0 }
        if items.count > listLimit { out.append("    ... and \(items.count - listLimit) more") }
        return out
    }

    static func itemName(_ format: ImportFormat) -> (String, String) {
        switch format {
        case .anki: ("note", "notes")
        case .csv, .tsv, .quizlet: ("row", "rows")
        case .markdown: ("section", "sections")
        case .json: ("item", "items")
        }
    }

    static func count(_ number: Int, _ names: (String, String)) -> String { count(number, names.0, names.1) }

    static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
    }
}
