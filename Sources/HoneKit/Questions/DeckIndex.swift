import Foundation

/// What a question factory works out once per deck rather than per question: the names of the
/// entries (terms and aliases, with their lengths and read for the rival screen) and, entry by
/// entry as distractors are sought, what `Distractors` compares. Built lazily: a session that asks
/// no typed question about an entry never reads the names.
final class DeckIndex: @unchecked Sendable {
    // Every mutable property is guarded by `lock`.
    let lock = NSLock()
    let deck: Deck
    private var names: Names?
    /// Per table column, what its questions read (`columnFacts`).
    var columns: [ColumnKey: ColumnFacts] = [:]
    /// Per table column, its cells' distractor features (`cellFeatures`).
    var cellFeaturesByColumn: [ColumnKey: [Distractors.CellFeatures]] = [:]
    private var features: [Distractors.Features?]
    private var tagMasks: [UInt64]??

    /// Every entry's term then aliases, in deck order.
    struct Names {
        /// The names, and their rival table once built.
        let rivals: RivalTableSource
        /// Where each entry's names begin (and, last, the number of names).
        let starts: [Int32]
        /// The length of each name in characters.
        let lengths: [Int32]
        /// The names by `Deck.comparable` form (worked out when first needed).
        var byComparable: [String: [Int32]]?
    }

    init(deck: Deck) {
        self.deck = deck
        features = Array(repeating: nil, count: deck.entries.count)
    }

    /// The names of every entry but `excluded` (and, given `comparable`, whose `Deck.comparable`
    /// form is not that), less those too far in length from `answer` to be mistaken for it by a typo
    /// when there are many (`QuestionFactory.rivals(for:among:)`), ready for the rival screen.
    func rivals(for answer: String, excluding excluded: Int?, comparableTo comparable: String? = nil) -> RivalSelection {
        lock.lock()
        defer { lock.unlock() }
        let names = self.names ?? readNames()
        var left: [Int32] = []
        if let excluded { left += names.starts[excluded]..<names.starts[excluded + 1] }
        if let comparable {
            if names.byComparable == nil {
                self.names?.byComparable = Dictionary(grouping: names.rivals.texts.indices.lazy.map(Int32.init)) {
                    Deck.comparable(names.rivals.texts[Int($0)])
                }
            }
            left = Array(Set(left + (self.names!.byComparable![comparable] ?? []))).sorted()
        }
        guard names.rivals.texts.count - left.count > QuestionFactory.rivalsKeptWhole else {
            return RivalSelection(source: names.rivals, excluded: left)
        }
        let length = Int32(answer.count)
        let slack = Int32(QuestionFactory.lengthSlack(Int(length)))
        return RivalSelection(source: names.rivals, excluded: left, lengths: (names.lengths, length - slack...length + slack))
    }

    /// Builds now what the first typed or choice question, or the grading of its answer, would
    /// otherwise build (the names, their table for the rival screen, the tag masks), so that another
    /// thread can do it while the learner reads. It builds them outside the lock and keeps them
    /// unless a question got there first: a question made meanwhile (distractors, say) never waits
    /// for it; grading an answer waits for the table if it is being built.
    func prepare() {
        let (needsNames, needsMasks) = lock.withLock { (names == nil, tagMasks == nil) }
        if needsNames {
            let read = Self.names(of: deck)
            lock.withLock { if names == nil { names = read } }
        }
        if let rivals = lock.withLock({ names?.rivals }) { _ = rivals.table }
        if needsMasks {
            let masks = Self.tagMasks(deck.entries)
            lock.withLock { if tagMasks == nil { tagMasks = .some(masks) } }
        }
    }

    private func readNames() -> Names {
        let read = Self.names(of: deck)
        names = read
        return read
    }

    private static func names(of deck: Deck) -> Names {
        var texts: [String] = []
        var starts: [Int32] = []
        let entries = deck.entries
        texts.reserveCapacity(entries.count)
        starts.reserveCapacity(entries.count + 1)
        for index in entries.indices {
            starts.append(Int32(texts.count))
            texts.append(entries[index].term)
            if !entries[index].aliases.isEmpty { texts += entries[index].aliases }
        }
        starts.append(Int32(texts.count))
        return Names(rivals: RivalTableSource(texts), starts: starts, lengths: texts.map(characterCount))
    }

    /// `text.count`, read off the bytes when they are ASCII without a CR LF pair (one character).
    static func characterCount(_ text: String) -> Int32 {
        var text = text
        let ascii: Int? = text.withUTF8 { bytes in
            var previous: UInt8 = 0
            for b in bytes {
                if b >= 0x80 || (b == 0x0A && previous == 0x0D) { return nil }
                previous = b
            }
            return bytes.count
        }
        return Int32(ascii ?? text.count)
    }

    /// One bit per tag for each entry, when the deck has at most 64 tags (else nil): two entries
    /// share a tag when their masks do.
    func entryTagMasks() -> [UInt64]? {
        lock.lock()
        defer { lock.unlock() }
        if let known = tagMasks { return known }
        let masks = Self.tagMasks(deck.entries)
        tagMasks = .some(masks)
        return masks
    }

    /// Tags are told apart by a 64-bit hash of their bytes (far cheaper than hashing strings for
    /// every entry of a large deck); two different tags with the same hash, never seen in practice,
    /// send it the way of comparing the strings.
    static func tagMasks(_ entries: [Entry]) -> [UInt64]? {
        var ids: [UInt64: Int] = [:]
        var names: [String] = []
        var masks: [UInt64] = []
        masks.reserveCapacity(entries.count)
        for entry in entries {
            var mask: UInt64 = 0
            for tag in entry.tags {
                let hash = StableHash.fnv1a64(tag)
                let id: Int
                if let known = ids[hash] {
                    guard names[known] == tag else { return tagMasksByName(entries) }
                    id = known
                } else {
                    id = names.count
                    guard id < 64 else { return nil }
                    ids[hash] = id
                    names.append(tag)
                }
                mask |= 1 << UInt64(id)
            }
            masks.append(mask)
        }
        return masks
    }

    static func tagMasksByName(_ entries: [Entry]) -> [UInt64]? {
        var ids: [String: Int] = [:]
        var masks: [UInt64] = []
        for entry in entries {
            var mask: UInt64 = 0
            for tag in entry.tags {
                let id = ids[tag] ?? ids.count
                ids[tag] = id
                guard id < 64 else { return nil }
                mask |= 1 << UInt64(id)
            }
            masks.append(mask)
        }
        return masks
    }

    /// The features of the entries at `indices`, worked out for those not seen yet.
    func features(of indices: [Int]) -> [Distractors.Features] {
        lock.lock()
        defer { lock.unlock() }
        return indices.map { index in
            if let known = features[index] { return known }
            let entry = deck.entries[index]
            var words: [UInt64] = []
            Distractors.forEachWordHash(of: entry.definition) { words.append($0) }
            Distractors.forEachWordHash(of: entry.term) { words.append($0) }
            words.sort()
            var distinct: [UInt64] = []
            distinct.reserveCapacity(words.count)
            for word in words where distinct.last != word { distinct.append(word) }
            let made = Distractors.Features(term: AnswerNormalizer.normalize(entry.term),
                                            definition: AnswerNormalizer.normalize(entry.definition),
                                            words: distinct, termLength: entry.term.count)
            features[index] = made
            return made
        }
    }
}
