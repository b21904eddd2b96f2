import ArgumentParser
import Foundation
import HoneKit

struct DecksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "decks", abstract: "List the decks with their cards, due and new counts.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    func run() throws {
        try reportingFailures {
            let context = try HoneContext(global)
            var (decks, progress) = try context.loadDecksAndProgress([])
            try? progress.saveSnapshot() // a cache: rebuilt here if it was stale, so the next start is fast
            let now = context.now()
            let today = progress.calendar.day(of: now)
            let rows = decks.map { deck -> (Deck, Int, Int, Int) in
                let cards = deck.cards
                let due = cards.filter { card in
                    let state = progress.state(of: card.id)
                    // Suspended leeches are not asked, so they are not due (as `hone study` counts).
                    guard let date = state.due, !state.isNew, !state.isLeech else { return false }
                    return state.phase == .review ? progress.calendar.day(of: date) <= today : date <= now
                }.count
                let new = cards.filter { progress.state(of: $0.id).isNew }.count
                return (deck, cards.count, due, new)
            }
            if json {
                Console.print(JSONText.array(rows.map { deck, cards, due, new in
                    JSONText.object([
                        ("id", JSONText.quote(deck.id)), ("title", JSONText.quote(deck.title)),
                        ("entries", String(deck.entries.count)), ("tables", String(deck.tables.count)),
                        ("sequences", String(deck.sequences.count)), ("cards", String(cards)),
                        ("due", String(due)), ("new", String(new)),
                    ])
                }))
                return
            }
            let idWidth = max(rows.map { $0.0.id.count }.max() ?? 4, 4)
            Console.print(Console.styled(pad("DECK", idWidth) + "  CARDS    DUE    NEW  TITLE", .bold))
            for (deck, cards, due, new) in rows {
                Console.print(pad(deck.id, idWidth) + "  " + lpad(cards, 5) + "  " + lpad(due, 5) + "  " + lpad(new, 5) + "  " + deck.title)
            }
            Console.print(Console.styled("\(decks.count) deck\(decks.count == 1 ? "" : "s") in \(context.decksFolder)", .dim))
        }
    }

    private func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(width - text.count, 0)) }
    private func lpad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(width - text.count, 0)) + text
    }
}
