import Foundation

/// A study session: picks the next card, makes its question, grades the answer, records the review
/// (durably, before the next question) and keeps the counts. No terminal I/O and no clock: every
/// call that depends on time takes `now`.
public struct StudySession: Sendable {
    public internal(set) var progress: LearnerProgress
    public let options: StudyOptions
    public internal(set) var summary = SessionSummary()
    /// The question being asked, if any.
    public internal(set) var current: Question?

    let decks: [Deck]
    let factories: [String: QuestionFactory]
    let cards: [String: Card]
    var queue: [String]
    var learning: Set<String>
    var skipped: Set<String> = []
    var redo: [String] = []
    /// Answers of this session, newest last; a match answer holds one review per pair.
    var history: [[(receipt: LearnerProgress.Receipt, verdict: Verdict, wasNew: Bool)]] = []
    var rng: SplitMix64
    /// The current question was helped by `:hint` (its rating is capped at Hard).
    var hinted = false
    /// The leeches among the session's cards when it started.
    let leechesAtStart: [String]
    /// Cards due or new when the session started.
    public let dueAtStart: Int
    public let newAtStart: Int

    public init(decks: [Deck], progress: LearnerProgress, options: StudyOptions, now: Date) {
        self.decks = decks
        self.progress = progress
        self.options = options
        rng = SplitMix64(seed: options.seed)
        var factories: [String: QuestionFactory] = [:]
        var ordered: [Card] = []
        for deck in decks {
            let factory = QuestionFactory(deck: deck)
            factories[deck.id] = factory
            // Every card has a form (at least a recall one); with kinds chosen, cards without one of
            // them are left out.
            if let allowed = options.kinds {
                ordered += deck.cards.filter { factory.kinds(for: $0).contains(where: allowed.contains) }
            } else if decks.count == 1 {
                ordered = deck.cards // the deck's own array, not a copy
            } else {
                ordered += deck.cards
            }
        }
        self.factories = factories
        // A state per card: 20,000 dictionary lookups at a heavy learner's scale, shared among
        // threads. Each part reads its own reference to the states (a lookup through `progress`
        // would retain and release the one storage object from every thread, and the cores would
        // pass its reference count back and forth).
        let parts = ordered.count < 8_000 ? 1 : min(ProcessInfo.processInfo.activeProcessorCount, 4)
        let states = Parallel.map(parts) { [ordered, states = progress.states] part in
            let range = ordered.count * part / parts..<ordered.count * (part + 1) / parts
            var out: [CardState] = []
            out.reserveCapacity(range.count)
            ordered.withUnsafeBufferPointer { cards in
                for index in range { out.append(states[cards[index].id] ?? .new) }
            }
            return out
        }.flatMap { $0 }
        let plan = StudyQueue.plan(cards: ordered, states: states, progress: progress, options: options, now: now, rng: &rng)
        cards = plan.cards
        leechesAtStart = plan.leeches
        queue = plan.queue
        learning = plan.learning
        dueAtStart = plan.dueCount
        newAtStart = plan.newCount
    }

    /// Questions still planned (the main queue and cards in learning steps).
    public var remaining: Int {
        let planned = queue.count + learning.count + redo.count
        guard let limit = options.questionLimit else { return planned }
        return min(planned, max(limit - summary.answered, 0))
    }

    /// What the question factories would otherwise work out at the first question that needs it
    /// (a deck's names for grading typed answers: about 30 ms at ten thousand entries), to run on
    /// another thread while the learner reads the first question. It reads only the decks and may
    /// run while the session goes on.
    public var preparation: @Sendable () -> Void {
        let factories = Array(factories.values)
        return { for factory in factories { factory.prepare() } }
    }

    /// The next question, or nil when the session is over. Learning cards come back when due;
    /// when nothing else is left, one due within the learn-ahead window is shown early.
    public mutating func next(now: Date) -> Question? {
        current = nil
        hinted = false
        if let limit = options.questionLimit, summary.answered >= limit { return nil }
        guard let id = pickCard(now: now), let card = cards[id], let factory = factories[card.deckID] else { return nil }
        let state = progress.state(of: id)
        guard let kind = factory.kind(for: card, state: state, allowed: options.kinds, using: &rng) else {
            skipped.insert(id)
            learning.remove(id)
            return next(now: now)
        }
        if kind == .match, let question = matchQuestion(card, factory: factory) {
            current = question
            return question
        }
        // The chosen form first, then the card's other allowed forms (a choice whose distractors
        // cannot be found falls back to recall).
        let others = factory.kinds(for: card).filter { $0 != kind && $0 != .match && (options.kinds?.contains($0) ?? true) }
        var made: Question?
        for candidate in (kind == .match ? [] : [kind]) + others where made == nil {
            made = factory.question(for: card, kind: candidate, using: &rng)
        }
        guard let question = made else {
            skipped.insert(id)
            learning.remove(id)
            return next(now: now)
        }
        current = question
        return question
    }

    /// A match question around `card` with up to three more definition cards of its deck taken from
    /// the queue; nil when no partner is waiting.
    private mutating func matchQuestion(_ card: Card, factory: QuestionFactory) -> Question? {
        var partners: [Card] = []
        var siblings: Set<String> = [card.siblingKey]
        for id in queue where partners.count < 3 {
            guard let other = cards[id], other.deckID == card.deckID, !skipped.contains(id), !learning.contains(id),
                  factory.canMatch(other), siblings.insert(other.siblingKey).inserted else { continue }
            partners.append(other)
        }
        guard !partners.isEmpty, let question = factory.matchQuestion([card] + partners, using: &rng) else { return nil }
        let taken = Set(partners.map(\.id))
        queue.removeAll { taken.contains($0) }
        return question
    }

    private mutating func pickCard(now: Date) -> String? {
        if !redo.isEmpty { return redo.removeLast() }
        let dueLearning = learning.filter { (progress.state(of: $0).due ?? now) <= now }
        if let id = earliest(dueLearning) { return id }
        while !queue.isEmpty {
            let id = queue.removeFirst()
            if !skipped.contains(id), !learning.contains(id) { return id }
        }
        let ahead = learning.filter { (progress.state(of: $0).due ?? now) <= now.addingTimeInterval(options.learnAhead) }
        return earliest(ahead)
    }

    private func earliest(_ ids: Set<String>) -> String? {
        ids.min { a, b in
            let (da, db) = (progress.state(of: a).due ?? .distantPast, progress.state(of: b).due ?? .distantPast)
            return da != db ? da < db : a < b
        }
    }
}
