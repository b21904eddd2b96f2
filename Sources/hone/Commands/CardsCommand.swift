import ArgumentParser
import Foundation
import HoneKit

struct CardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cards", abstract: "List cards with their scheduling state.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Decks to list (all when none are named).", valueName: "deck"),
              completion: .custom { _, _, _ in DeckNames.forCompletion() })
    var decks: [String] = []

    @Flag(help: "Print a JSON array: id, deck, state, due, interval_days, stability, difficulty, retrievability, reps, lapses, last_review.")
    var json = false

    @Flag(help: "Only leeches: cards forgotten \(Leech.threshold) times or more, suspended (sessions no longer ask them).")
    var leeches = false

    func run() throws {
        try reportingFailures {
            let context = try HoneContext(global)
            let decks = try context.loadDecks(self.decks)
            var progress = try context.openProgress()
            try? progress.saveSnapshot() // a cache: rebuilt here if it was stale, so the next start is fast
            let now = context.now()
            let fsrs = FSRS(parameters: progress.settings.scheduling.parameters)
            let cards = decks.flatMap(\.cards).filter { !leeches || progress.state(of: $0.id).isLeech }
            if json {
                var out = "[\n"
                out += cards.map { card -> String in
                    let s = progress.state(of: card.id)
                    return "  " + JSONText.object([
                        ("id", JSONText.quote(card.id)), ("deck", JSONText.quote(card.deckID)),
                        ("state", JSONText.quote(s.isLeech ? "suspended" : s.phase.rawValue)), ("due", JSONText.string(s.due.map(ISO8601.format))),
                        ("interval_days", JSONText.number(s.intervalDays)), ("stability", JSONText.number(s.stability)),
                        ("difficulty", JSONText.number(s.difficulty)),
                        ("retrievability", JSONText.number(s.retrievability(at: now, fsrs: fsrs, calendar: progress.calendar))),
                        ("reps", String(s.reps)), ("lapses", String(s.lapses)),
                        ("last_review", JSONText.string(s.lastReview.map(ISO8601.format))),
                    ])
                }.joined(separator: ",\n")
                Console.print(out + (cards.isEmpty ? "]" : "\n]"))
                return
            }
            for card in cards {
                let s = progress.state(of: card.id)
                var line = card.id + "  " + (s.isLeech ? "suspended" : s.phase.rawValue)
                if let due = s.due { line += "  due " + ISO8601.format(due) }
                if let stability = s.stability { line += String(format: "  S=%.2f D=%.2f", stability, s.difficulty ?? 0) }
                if s.lapses > 0 { line += "  lapses=\(s.lapses)" }
                Console.print(line)
            }
            if leeches, cards.isEmpty { Console.print("No leeches: no card has been forgotten \(Leech.threshold) times.") }
        }
    }
}
