import Foundation
import HoneKit

/// The rows of the benchmark's Anki collection: the `col` row (note type, decks, options as JSON),
/// a "Basic (and reversed card)" note per deck entry with its two cards, and a revlog row per
/// journal review. hone's `<deck>/<entry>/definition` card is Anki's card 1 (Front -> Back, ord 0)
/// and `/term` the reversed card 2 (ord 1), as `hone import` maps them back.
struct AnkiCollectionRows {
    let deck: Deck
    let log: ReviewLog

    struct Counts {
        var notes = 0
        var revlog = 0
        var unmapped = 0
    }

    /// Anki card of hone card `id`: (entry index, template ord).
    func cardMap() -> [String: (entry: Int, ord: Int)] {
        var map: [String: (entry: Int, ord: Int)] = [:]
        for (index, entry) in deck.entries.enumerated() {
            map["\(deck.id)/\(entry.id)/definition"] = (index, 0)
            map["\(deck.id)/\(entry.id)/term"] = (index, 1)
        }
        return map
    }

    static func noteID(_ entry: Int) -> Int64 { AnkiPackage.created * 1000 + Int64(entry) }
    static func cardID(_ entry: Int, ord: Int) -> Int64 { AnkiPackage.created * 1000 + 500_000 + Int64(entry) * 2 + Int64(ord) }

    /// A stable, unique guid of at most 16 characters (so `hone import` makes hex entry ids of it).
    static func guid(_ entry: Int) -> String { "hb" + String(entry, radix: 36) }

    func write(into writer: AnkiCollectionWriter) throws -> Counts {
        var counts = Counts()
        let day = { (time: Double) in Int((time + Date.timeIntervalBetween1970AndReferenceDate - Double(AnkiPackage.created)) / 86_400) }
        try writer.insert("col", [.int(1), .int(AnkiPackage.created), .int(AnkiPackage.created * 1000), .int(AnkiPackage.created * 1000),
                                  .int(11), .int(0), .int(0), .int(0), .text(Self.configJSON), .text(Self.modelsJSON),
                                  .text(Self.decksJSON), .text(Self.deckOptionsJSON), .text("{}")])

        // The revlog, and what it leaves on each card (reviews, lapses, last day).
        let map = cardMap()
        let target = log.cardIDs.map { map[$0] }
        var reps = [Int](repeating: 0, count: deck.entries.count * 2)
        var lapses = reps
        var lastDay = reps
        var firstDay = reps
        var relearning = [Bool](repeating: false, count: reps.count)
        var used = Set<Int64>(minimumCapacity: log.count)
        for index in 0..<log.count {
            guard let (entry, ord) = target[Int(log.cards[index])] else {
                counts.unmapped += 1
                continue
            }
            let card = entry * 2 + ord
            let reviewDay = day(log.times[index])
            let rating = Int(log.ratings[index])
            // As Anki types them: learning on the first day, relearning the rest of a day that
            // began with a lapse, else review.
            if reps[card] == 0 { firstDay[card] = reviewDay }
            let type: Int64
            if reviewDay == firstDay[card] {
                type = 0
            } else if reviewDay == lastDay[card] {
                type = relearning[card] ? 2 : 1
            } else {
                type = 1
                relearning[card] = rating == 1
                if rating == 1 { lapses[card] += 1 }
            }
            let interval = reps[card] == 0 ? 0 : reviewDay - lastDay[card]
            var id = (log.times[index] + Date.timeIntervalBetween1970AndReferenceDate) * 1000
            id.round()
            var revlogID = Int64(id)
            while !used.insert(revlogID).inserted { revlogID += 1 }
            let time = min(max(log.durationMS(index) ?? 0, 0), 60_000)
            try writer.insert("revlog", [.int(revlogID), .int(Self.cardID(entry, ord: ord)), .int(0), .int(Int64(rating)),
                                         .int(Int64(interval)), .int(0), .int(type == 1 ? 2500 : 0), .int(Int64(time)), .int(type)])
            reps[card] += 1
            lastDay[card] = reviewDay
            counts.revlog += 1
        }

        for (index, entry) in deck.entries.enumerated() {
            let tags = entry.tags.isEmpty ? "" : " " + entry.tags.joined(separator: " ") + " "
            try writer.insert("notes", [.int(Self.noteID(index)), .text(Self.guid(index)), .int(AnkiPackage.noteTypeID),
                                        .int(AnkiPackage.created), .int(0), .text(tags), .text(entry.term + "\u{1F}" + entry.definition),
                                        .text(entry.term), .int(0), .int(0), .text("")])
            counts.notes += 1
            for ord in 0..<2 {
                let card = index * 2 + ord
                let seen = reps[card] > 0
                // Seen cards are review cards due the day after their last review; new ones keep deck order.
                try writer.insert("cards", [.int(Self.cardID(index, ord: ord)), .int(Self.noteID(index)), .int(AnkiPackage.deckID),
                                            .int(Int64(ord)), .int(AnkiPackage.created), .int(0), .int(seen ? 2 : 0),
                                            .int(seen ? 2 : 0), .int(Int64(seen ? lastDay[card] + 1 : index)), .int(seen ? 1 : 0),
                                            .int(seen ? 2500 : 0), .int(Int64(reps[card])), .int(Int64(lapses[card])), .int(0),
                                            .int(0), .int(0), .int(0), .text("")])
            }
        }
        return counts
    }
}
