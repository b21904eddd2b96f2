import Foundation

/// Plausible wrong options: entries that share tags with the answer and read like it, cells from
/// the same column of similar length and form. Nothing is picked at random from the whole deck
/// while a closer option exists; ties keep deck order so that questions are repeatable.
enum Distractors {
    /// Entries scored as distractors for entry `index`. On a large deck only a bounded pool is
    /// scored: entries sharing a tag with it (nearest in deck order first) and its neighbours in
    /// the deck, which is where the plausible ones are.
    static func candidatePool(for index: Int, in deck: Deck, limit: Int = 600) -> [Int] {
        let entries = deck.entries
        guard entries.count > limit else { return Array(entries.indices) }
        var pool: [Int] = []
        var seen: Set<Int> = [index]
        let tags = Set(entries[index].tags)
        var distance = 1
        while pool.count < limit, distance < entries.count {
            for other in [index - distance, index + distance] where entries.indices.contains(other) {
                let near = distance <= limit / 6
                if (near || !tags.isDisjoint(with: entries[other].tags)), seen.insert(other).inserted { pool.append(other) }
            }
            distance += 1
        }
        return pool
    }

    /// What the entries are compared by: the canonical forms of the term and the definition (an
    /// entry with the same either way is no distractor), the words of the definition and term
    /// (`words`: their hashes, sorted, each once) and the length of the term.
    struct Features: Sendable {
        let term: String
        let definition: String
        let words: [UInt64]
        let termLength: Int
    }

    /// The `count` entries most like entry `index`: sharing tags, with definitions and terms of the
    /// same words, terms of similar length; ties in deck order.
    /// `candidatePool(for:in:limit:)`, with the entries' tags as masks when there are few tags.
    static func candidatePool(for index: Int, in deck: Deck, limit: Int = 600, tagMasks: [UInt64]?) -> [Int] {
        guard let masks = tagMasks, deck.entries.count > limit else { return candidatePool(for: index, in: deck, limit: limit) }
        var pool: [Int] = []
        let tags = masks[index]
        var distance = 1
        while pool.count < limit, distance < masks.count {
            let near = distance <= limit / 6
            let below = index - distance, above = index + distance
            if below >= 0, near || tags & masks[below] != 0 { pool.append(below) }
            if above < masks.count, near || tags & masks[above] != 0 { pool.append(above) }
            distance += 1
        }
        return pool
    }

    static func nearestEntries(to index: Int, in deck: Deck, count: Int, features: DeckIndex) -> [Int] {
        let pool = candidatePool(for: index, in: deck, tagMasks: features.entryTagMasks()).filter { $0 != index }
        let known = features.features(of: [index] + pool)
        let target = known[0]
        let targetTags = Set(deck.entries[index].tags)
        var scored: [(Int, Double)] = []
        scored.reserveCapacity(pool.count)
        for (other, entry) in zip(pool, known.dropFirst()) where entry.term != target.term && entry.definition != target.definition {
            let shared = Double(sharedCount(targetTags, deck.entries[other].tags))
            let similarity = jaccard(target.words, entry.words)
            let lengthRatio = Double(min(entry.termLength, target.termLength)) / Double(max(entry.termLength, target.termLength, 1))
            scored.append((other, shared * 1.0 + similarity * 2.0 + lengthRatio * 0.3))
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(count).map(\.0)
    }

    /// How many distinct tags of `tags` are in `targetTags`.
    private static func sharedCount(_ targetTags: Set<String>, _ tags: [String]) -> Int {
        var count = 0
        for (offset, tag) in tags.enumerated() where targetTags.contains(tag) && !tags[..<offset].contains(tag) { count += 1 }
        return count
    }

    /// `jaccard` for sorted lists of distinct ids.
    static func jaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
        var i = 0, j = 0, shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        let union = a.count + b.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }

    /// The `count` candidates most like `answer` in length and number of values.
    static func nearestCells(to answer: String, among candidates: [String], count: Int) -> [String] {
        nearestCells(to: answer, among: candidates, features: candidates.map(CellFeatures.init), count: count)
    }

    /// `nearestCells(to:among:count:)` with the candidates' features worked out (`features[i]` is
    /// candidate `i`'s): a table's cells are read once, not for every question about the table.
    static func nearestCells(to answer: String, among candidates: [String], features: [CellFeatures], count: Int) -> [String] {
        let own = CellFeatures(answer)
        let scored = candidates.indices.map { offset -> (Int, Double) in
            let other = features[offset]
            let valueGap = Double(abs(other.values - own.values))
            let lengthRatio = Double(min(other.length, own.length)) / Double(max(other.length, own.length, 1))
            return (offset, lengthRatio - valueGap * 0.5 + jaccard(own.words, other.words) * 0.5)
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(count).map { candidates[$0.0] }
    }

    /// What `nearestCells` compares of a text: how many values it holds, its length in characters,
    /// its words.
    struct CellFeatures: Sendable {
        let values: Int
        let length: Int
        let words: Set<String>

        init(_ text: String) {
            values = DeckTable.splitValues(text).count
            length = text.count
            words = Distractors.words(text)
        }
    }

    /// The words of `text` longer than two characters, lowercased.
    static func words(_ text: String) -> Set<String> {
        var out: Set<String> = []
        forEachWord(of: text) { out.insert($0) }
        return out
    }

    /// Calls `body` with each word of `text` longer than two characters, lowercased, in order
    /// (with repeats); by bytes for ASCII text (a letter or digit byte is a letter or number).
    static func forEachWord(of text: String, _ body: (String) -> Void) {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init).filter { $0.count > 2 }.forEach(body)
            return
        }
        var word: [UInt8] = []
        for b in text.utf8 {
            if ASCIIText.isWordByte(b) {
                word.append(ASCIIText.lowered(b))
            } else {
                if word.count > 2 { body(String(decoding: word, as: UTF8.self)) }
                word.removeAll(keepingCapacity: true)
            }
        }
        if word.count > 2 { body(String(decoding: word, as: UTF8.self)) }
    }

    /// Calls `body` with a hash of each word `forEachWord(of:_:)` finds (FNV-1a of its UTF-8): for
    /// ASCII text straight from the bytes, without making the words. Two words whose 64-bit hashes
    /// are equal would count as one in `jaccard`; for the few thousand words of a deck the chance is
    /// about one in 10^12.
    static func forEachWordHash(of text: String, _ body: (UInt64) -> Void) {
        var text = text
        let ascii = text.withUTF8 { bytes -> Bool in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            var hash = StableHash.fnvBasis, length = 0
            for b in bytes {
                if ASCIIText.isWordByte(b) {
                    hash = StableHash.fnvStep(hash, ASCIIText.lowered(b))
                    length += 1
                } else {
                    if length > 2 { body(hash) }
                    hash = StableHash.fnvBasis
                    length = 0
                }
            }
            if length > 2 { body(hash) }
            return true
        }
        if !ascii { forEachWord(of: text) { body(StableHash.fnv1a64($0)) } }
    }

    static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        // The shared words counted without making the union or the intersection.
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        let shared = small.count { large.contains($0) }
        let union = a.count + b.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }
}
