/// The training data laid out for the inner loop: flat arrays of the kept cards' reviews, cards in
/// batch order, each card's history cut after its last scored review.
///
/// As fsrs-rs does when it knows card ids: each scored review (a long-term review, at most
/// `maximumLength` reviews into its card) has a recency weight, 0.25 + 0.75·(i/(n-1))³ for the i-th
/// of the n training items in card order; a card is scored along its whole history in one pass;
/// cards are sorted by history length and packed into batches of at most `batchSize` scored reviews
/// (a longer card is a batch of its own).
struct TrainingBatches {
    var elapsed: [Double] = []
    var ratings: [UInt8] = []
    /// Recency weight of a scored review; 0 for one that is history only.
    var weights: [Double] = []
    /// Where each card starts in the flat arrays (one more entry than there are cards).
    var cardStarts: [Int] = [0]
    /// Where each batch starts among the cards (one more entry than there are batches).
    var batchStarts: [Int] = [0]
    /// Scored reviews per batch.
    var batchItems: [Int] = []
    /// Scored reviews in all.
    var itemCount = 0

    var batchCount: Int { batchItems.count }

    init(_ sequences: ReviewSequences, kept: [Bool], batchSize: Int, maximumLength: Int) {
        var candidates = 0
        for card in 0..<sequences.cardCount where kept[card] {
            for index in sequences.reviews(ofCard: card) where sequences.isLongTerm(index) { candidates += 1 }
        }
        let span = Double(max(candidates - 1, 1))
        // (card, reviews to replay, scored reviews, weight of each review)
        var cards: [(card: Int, length: Int, items: Int, weights: [Double])] = []
        var itemIndex = 0
        for card in 0..<sequences.cardCount where kept[card] {
            let reviews = sequences.reviews(ofCard: card)
            var weights = [Double](repeating: 0, count: reviews.count)
            var length = 0, items = 0
            for (position, index) in reviews.enumerated() where sequences.isLongTerm(index) {
                let x = Double(itemIndex) / span
                itemIndex += 1
                guard position < maximumLength else { continue }
                weights[position] = 0.25 + 0.75 * x * x * x
                length = position + 1
                items += 1
            }
            if items > 0 { cards.append((card, length, items, Array(weights[0..<length]))) }
        }
        let order = cards.indices.sorted { cards[$0].length != cards[$1].length ? cards[$0].length < cards[$1].length : $0 < $1 }
        var inBatch = 0
        for position in order {
            let entry = cards[position]
            if inBatch > 0, inBatch + entry.items > batchSize {
                batchStarts.append(cardStarts.count - 1)
                batchItems.append(inBatch)
                inBatch = 0
            }
            let start = sequences.cardStarts[entry.card]
            for offset in 0..<entry.length {
                elapsed.append(Double(sequences.elapsedDays[start + offset]))
                ratings.append(sequences.ratings[start + offset])
            }
            weights.append(contentsOf: entry.weights)
            cardStarts.append(ratings.count)
            inBatch += entry.items
            itemCount += entry.items
        }
        if inBatch > 0 {
            batchStarts.append(cardStarts.count - 1)
            batchItems.append(inBatch)
        }
    }
}
