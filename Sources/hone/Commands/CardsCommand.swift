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
                Console.write(bytes: Self.json(cards, progress: progress, now: now, fsrs: fsrs) + [0x0A])
                Console.finish()
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
            Console.finish()
        }
    }

    /// The `--json` array, written as bytes (tens of thousands of cards: in parts on all cores).
    static func json(_ cards: [Card], progress: LearnerProgress, now: Date, fsrs: FSRS) -> [UInt8] {
        let parts = cards.count < 2_000 ? 1 : min(ProcessInfo.processInfo.activeProcessorCount, 4)
        let pieces = Parallel.map(parts) { part in
            objects(cards[cards.count * part / parts..<cards.count * (part + 1) / parts], first: part == 0, progress: progress, now: now,
                    fsrs: fsrs)
        }
        var out: [UInt8] = []
        out.reserveCapacity(pieces.reduce(2) { $0 + $1.count })
        out += Array("[\n".utf8)
        for piece in pieces { out += piece }
        out += Array((cards.isEmpty ? "]" : "\n]").utf8)
        return out
    }

    /// The objects of `cards`, each but the array's first after a comma.
    private static func objects(_ cards: ArraySlice<Card>, first: Bool, progress: LearnerProgress, now: Date, fsrs: FSRS) -> [UInt8] {
        var out = JSONBytes(capacity: cards.count * 300)
        // Read once per part: through `progress` every card would retain and release the same
        // storage objects from every thread at once.
        let states = progress.states, calendar = progress.calendar
        for (index, card) in cards.enumerated() {
            let s = states[card.id] ?? .new
            out.raw(first && index == 0 ? "  {\"id\":" : ",\n  {\"id\":")
            out.string(card.id)
            out.raw(",\"deck\":"); out.string(card.deckID)
            out.raw(",\"state\":"); out.string(s.isLeech ? "suspended" : s.phase.rawValue)
            out.raw(",\"due\":"); out.time(s.due)
            out.raw(",\"interval_days\":"); out.number(s.intervalDays)
            out.raw(",\"stability\":"); out.number(s.stability)
            out.raw(",\"difficulty\":"); out.number(s.difficulty)
            out.raw(",\"retrievability\":"); out.number(s.retrievability(at: now, fsrs: fsrs, calendar: calendar))
            out.raw(",\"reps\":"); out.integer(s.reps)
            out.raw(",\"lapses\":"); out.integer(s.lapses)
            out.raw(",\"last_review\":"); out.time(s.lastReview)
            out.raw("}")
        }
        return out.bytes
    }
}
