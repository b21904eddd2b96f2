/// fsrs-rs's outlier filter. Cards are grouped by the rating of their first review and the elapsed
/// days of their first long-term review; in each rating, the smallest groups (together up to 5% of
/// the cards, at least 20) are dropped, and so is any group of fewer than 6 cards or with more than
/// 100 days (365 after Easy) before that review. A dropped group's cards leave training altogether;
/// the first long-term reviews of the kept cards are what pre-training fits the initial stabilities to.
struct OutlierFilter {
    /// Cards kept (those without a long-term review are never kept: they have nothing to predict).
    let keptCards: [Bool]

    init(_ sequences: ReviewSequences) {
        // rating -> elapsed days of the first long-term review -> cards
        var groups: [Int: [Int32: [Int]]] = [:]
        for card in 0..<sequences.cardCount {
            let reviews = sequences.reviews(ofCard: card)
            guard let firstLongTerm = reviews.dropFirst().first(where: sequences.isLongTerm) else { continue }
            groups[Int(sequences.ratings[reviews.lowerBound]), default: [:]][sequences.elapsedDays[firstLongTerm], default: []].append(card)
        }
        var kept = [Bool](repeating: false, count: sequences.cardCount)
        for (rating, byDelta) in groups {
            let total = byDelta.values.reduce(0) { $0 + $1.count }
            let threshold = max(20, total / 20)
            let maximumDelta: Int32 = rating == 4 ? 365 : 100
            // smallest groups first; among equal sizes, shorter delays first
            let ordered = byDelta.sorted { $0.value.count != $1.value.count ? $0.value.count < $1.value.count : $0.key < $1.key }
            var removed = 0
            for (delta, cards) in ordered {
                if removed + cards.count >= threshold {
                    if cards.count >= 6, delta <= maximumDelta {
                        for card in cards { kept[card] = true }
                    }
                } else {
                    removed += cards.count
                }
            }
        }
        keptCards = kept
    }
}
