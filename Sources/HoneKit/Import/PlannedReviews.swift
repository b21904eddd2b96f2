import Foundation

/// An import's review history with its final card ids: the reviews of an `ImportedReviews` whose
/// entry is in the deck, read as `ReviewRecord`s. Nothing is copied per review (they stay in the
/// history's 16-byte rows) and the journal lines are written when the plan is applied, a chunk at
/// a time.
public struct PlannedReviews: RandomAccessCollection, Sendable {
    let history: ImportedReviews
    /// By the history's target number: the position of its card in `cardIDs`, -1 when its entry
    /// is not in the deck.
    private let targetCards: [Int32]
    /// The cards the reviews are of, each once.
    let cardIDs: [String]
    /// Every card id as it stands in a journal line (quotes included), one after another:
    /// card `n`'s is `quoted[quotedStarts[n]..<quotedStarts[n + 1]]`.
    private let quoted: [UInt8]
    private let quotedStarts: [Int]
    /// The history's positions of the reviews kept, when some are not.
    private let kept: [Int32]?

    /// The reviews of `history`; `cardID` gives the card id of an entry's side, nil for an entry
    /// that is not in the deck (its reviews are left out).
    init(_ history: ImportedReviews, cardID: (ImportedReviews.Target) -> String?) {
        self.history = history
        var cardIDs: [String] = []
        var targetCards: [Int32] = []
        targetCards.reserveCapacity(history.targets.count)
        for target in history.targets {
            if let id = cardID(target) {
                targetCards.append(Int32(cardIDs.count))
                cardIDs.append(id)
            } else {
                targetCards.append(-1)
            }
        }
        self.cardIDs = cardIDs
        self.targetCards = targetCards
        var quoted: [UInt8] = []
        var quotedStarts = [0]
        for id in cardIDs {
            quoted += ImportJournalText.quote(id)
            quotedStarts.append(quoted.count)
        }
        self.quoted = quoted
        self.quotedStarts = quotedStarts
        if targetCards.contains(-1) {
            var kept: [Int32] = []
            for (position, row) in history.rows.enumerated() where targetCards[row.target] >= 0 { kept.append(Int32(position)) }
            self.kept = kept
        } else {
            kept = nil
        }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { kept?.count ?? history.rows.count }

    public subscript(index: Int) -> ReviewRecord {
        let position = self.position(index)
        let row = history.rows[position]
        return ReviewRecord(card: cardIDs[card(index)], at: ImportedReviews.date(row.millisecond),
                            rating: Rating(rawValue: Int(row.rating))!, durationMS: history.durationMS(position))
    }

    private func position(_ index: Int) -> Int { kept.map { Int($0[index]) } ?? index }
}

extension PlannedReviews: JournalLineSource {
    func card(_ index: Int) -> Int { Int(targetCards[history.rows[position(index)].target]) }

    func millisecond(_ index: Int) throws(JournalLineError) -> Int64 {
        let millisecond = history.rows[position(index)].millisecond
        guard !Self.writtenAsIs(millisecond) else { return millisecond }
        // A time outside the years 0-9999: what the journal reads back from the line written for it.
        var cards = CardNumbers()
        do {
            let read = try JournalIndex.read(Array(self[index].line.utf8), path: "", cards: &cards)
            return read.entries.first?.millisecond ?? millisecond
        } catch {
            guard case .badJournalLine(_, _, let message) = error else { return millisecond }
            throw JournalLineError(message: message)
        }
    }

    func rating(_ index: Int) -> UInt8 { history.rows[position(index)].rating }

    func writeLines(including: [Bool]?, to appender: inout JournalAppender) throws(FileError) {
        let rows = history.rows, targetCards = targetCards, quotedStarts = quotedStarts, kept = kept
        try quoted.withUnsafeBufferPointer { quoted throws(FileError) in
            for index in 0..<(kept?.count ?? rows.count) where including?[index] ?? true {
                let position = kept.map { Int($0[index]) } ?? index
                let row = rows[position]
                let card = Int(targetCards[row.target])
                let rating = Rating(rawValue: Int(row.rating))!
                let duration = row.duration >= 0 ? Int(row.duration) : history.durationMS(position)
                let at = ImportedReviews.date(row.millisecond)
                let text = UnsafeBufferPointer(rebasing: quoted[quotedStarts[card]..<quotedStarts[card + 1]])
                if !ImportJournalText.line(card: text, at: at, rating: rating, durationMS: duration, into: &appender.buffer) {
                    appender.buffer += ReviewRecord(card: cardIDs[card], at: at, rating: rating, durationMS: duration).line.utf8
                }
                try appender.lineEnded()
            }
        }
    }

    /// True for a time that its line gives to the millisecond (the years 0-9999, which `ISO8601.write` writes).
    static func writtenAsIs(_ millisecond: Int64) -> Bool {
        (-62_167_219_200_000..<253_402_300_800_000).contains(millisecond)
    }
}
