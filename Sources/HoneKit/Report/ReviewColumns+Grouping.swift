import Foundation

/// Grouping the reviews by card, keeping file order within each card: a counting sort that every
/// part does at once (each part counts its reviews per card, then writes them to places of its own),
/// so no thread waits for a join of the parts.
extension ReviewColumns {
    struct Grouping {
        /// Every review, card by card: card `n`'s are `reviews[offsets[n]..<offsets[n + 1]]`, in
        /// file order. The caller deallocates it.
        let reviews: Parallel.SharedBuffer<Review>
        let offsets: [Int]
        let total: Int
        /// The earliest and the latest review's time (infinities when there is none).
        let earliest: Double
        let latest: Double
    }

    func grouping() -> Grouping {
        let cards = cardIDs.ids.count
        let counted = Parallel.map(parts.count) { part -> (counts: [Int32], earliest: Double, latest: Double) in
            var counts = [Int32](repeating: 0, count: cards)
            var earliest = Double.infinity, latest = -Double.infinity
            for review in self.parts[part].reviews {
                counts[Int(self.number(part: part, local: review.card))] += 1
                earliest = min(earliest, review.time)
                latest = max(latest, review.time)
            }
            return (counts, earliest, latest)
        }
        // Card by card, and within a card part by part: file order.
        var offsets = [Int](repeating: 0, count: cards + 1)
        var starts = [[Int]](repeating: [Int](repeating: 0, count: cards), count: parts.count)
        var next = 0
        for card in 0..<cards {
            offsets[card] = next
            for part in counted.indices {
                starts[part][card] = next
                next += Int(counted[part].counts[card])
            }
        }
        offsets[cards] = next
        let grouped = Parallel.SharedBuffer(buffer: UnsafeMutableBufferPointer<Review>.allocate(capacity: max(next, 1)))
        let places = starts
        _ = Parallel.map(parts.count) { part in
            var fill = places[part]
            for review in self.parts[part].reviews {
                let card = Int(self.number(part: part, local: review.card))
                grouped.buffer.initializeElement(at: fill[card], to: review)
                fill[card] += 1
            }
            return 0
        }
        return Grouping(reviews: grouped, offsets: offsets, total: next, earliest: counted.map(\.earliest).min() ?? .infinity,
                        latest: counted.map(\.latest).max() ?? -.infinity)
    }
}
