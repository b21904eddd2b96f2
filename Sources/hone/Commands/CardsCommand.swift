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
            var (decks, progress) = try context.loadDecksAndProgress(self.decks)
            try? progress.saveSnapshot() // a cache: rebuilt here if it was stale, so the next start is fast
            let now = context.now()
            let fsrs = FSRS(parameters: progress.settings.scheduling.parameters)
            let cards = decks.flatMap(\.cards).filter { !leeches || progress.state(of: $0.id).isLeech }
            if json {
                Console.print(Self.json(cards, progress: progress, now: now, fsrs: fsrs))
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

    /// The `--json` array, written into one byte buffer (tens of thousands of cards).
    static func json(_ cards: [Card], progress: LearnerProgress, now: Date, fsrs: FSRS) -> String {
        var out = JSONBytes(capacity: cards.count * 300)
        out.raw("[\n")
        for (index, card) in cards.enumerated() {
            let s = progress.state(of: card.id)
            out.raw(index == 0 ? "  {\"id\":" : ",\n  {\"id\":")
            out.string(card.id)
            out.raw(",\"deck\":"); out.string(card.deckID)
            out.raw(",\"state\":"); out.string(s.isLeech ? "suspended" : s.phase.rawValue)
            out.raw(",\"due\":"); out.time(s.due)
            out.raw(",\"interval_days\":"); out.number(s.intervalDays)
            out.raw(",\"stability\":"); out.number(s.stability)
            out.raw(",\"difficulty\":"); out.number(s.difficulty)
            out.raw(",\"retrievability\":"); out.number(s.retrievability(at: now, fsrs: fsrs, calendar: progress.calendar))
            out.raw(",\"reps\":"); out.integer(s.reps)
            out.raw(",\"lapses\":"); out.integer(s.lapses)
            out.raw(",\"last_review\":"); out.time(s.lastReview)
            out.raw("}")
        }
        out.raw(cards.isEmpty ? "]" : "\n]")
        return String(decoding: out.bytes, as: UTF8.self)
    }
}
