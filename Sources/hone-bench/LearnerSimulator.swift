import Foundation
import HoneKit

/// One simulated answer, kept compact (a growth workload holds five million of these).
struct SimulatedReview {
    enum Kind: UInt8 { case choice, typed, flip }
    enum Outcome: UInt8 { case correct, close, wrong }

    var card: Int32
    /// Milliseconds since 1970 (hone's journal keeps milliseconds).
    var atMS: Int64
    var rating: Rating
    var durationMS: Int32
    var kind: Kind
    var outcome: Outcome
    /// For a choice question: the letter the learner typed (0 = a).
    var letter: UInt8
}

/// A learner who opens hone (or Anki) most days, answers every due card and a share of new ones,
/// and recalls each card with the probability FSRS gives it at that moment. States come from
/// HoneKit's `Scheduler` itself, so the journal this produces replays to exactly the states the
/// simulation saw (same steps, study days and fuzz).
///
/// - First answers to a new card: 25% Again, 5% Hard, 65% Good, 5% Easy.
/// - Later answers: recalled with probability R^k (R: the card's retrievability at that instant,
///   counting fractional days; k: the card's hardness, see `hardness`; at most 0.99); recalled answers are 3% Hard, 95% Good, 2% Easy,
///   forgotten ones Again: mostly Good and Again, as in real review logs.
/// - Sessions start between 07:00 and 17:00 UTC; 5% of days are skipped; answers take a
///   log-normal 4-7 s; siblings are buried for the day as hone buries them; learning cards come
///   back within the session when their step is due (20 minutes of learn-ahead at the end);
///   a card is suspended at its 8th lapse (a leech, as Anki and hone do) and never shown again.
struct LearnerSimulator {
    let cards: [Card]
    let siblings: [Int32]
    let scheduler: Scheduler
    /// New cards per study day (fractional: the remainder carries over).
    let newPerDay: Double
    /// The study day (hone's day numbering) of the first simulated day.
    let firstDay: Int

    static let skipDayChance = 0.05
    /// How much harder than the model predicts each card is for this learner: recall is R^k, with
    /// k = 1 for 80% of the cards, 1.3 for 17% and 2.5 for 3% (the few cards that become leeches).
    static let hardness: [(share: Double, exponent: Double)] = [(0.80, 1.0), (0.17, 1.3), (0.03, 2.5)]
    static let learnAheadMS: Int64 = 20 * 60 * 1000

    init(cards: [Card], scheduler: Scheduler, newPerDay: Double, firstDay: Int) {
        self.cards = cards
        var keys: [String: Int32] = [:]
        siblings = cards.map { card in
            if let known = keys[card.siblingKey] { return known }
            let next = Int32(keys.count)
            keys[card.siblingKey] = next
            return next
        }
        self.scheduler = scheduler
        self.newPerDay = newPerDay
        self.firstDay = firstDay
    }

    struct Outcome {
        var reviews: [SimulatedReview]
        /// The last day (counted from the first simulated day) with a review.
        var lastActiveDay: Int
        var states: [CardState]
        var introduced: Int
        var totalReviews: Int
    }

    /// Simulates `days` days, or until `target` reviews when it is given (going past `days` if
    /// need be, up to ten times as many days); `keep` false only counts (for calibration).
    func run(days: Int, target: Int?, seed: UInt64, keep: Bool = true) -> Outcome {
        var rng = SplitMix64(seed: seed ^ 0x5EED_0F_1EA2_4E12)
        var hardnessRNG = SplitMix64(seed: seed ^ 0x4A2D_4E55)
        let exponents = cards.indices.map { _ -> Double in
            var u = hardnessRNG.unit()
            for level in Self.hardness {
                if u < level.share { return level.exponent }
                u -= level.share
            }
            return 1
        }
        let calendar = scheduler.settings.calendar
        let fsrs = scheduler.fsrs
        let count = cards.count
        var states = [CardState](repeating: .new, count: count)
        var introduced = [Bool](repeating: false, count: count)
        var newCursor = 0
        var newCredit = 0.0
        var learning: Set<Int> = []
        var reviews: [SimulatedReview] = []
        if keep, let target { reviews.reserveCapacity(target) }
        var total = 0
        var introducedCount = 0
        let lastDay = target == nil ? days : days * 10
        var lastActiveDay = 0
        simulation: for day in 0..<lastDay {
            if let target, total >= target { break }
            if day >= days, target == nil { break }
            newCredit += newPerDay
            if day > 0, rng.chance(Self.skipDayChance) { continue }
            let today = firstDay + day
            let dayStartMS = Int64((calendar.start(ofDay: today).timeIntervalSince1970 * 1000).rounded())
            var now = dayStartMS + 3 * 3_600_000 + Int64(rng.int(0..<36_000_000))
            var touched: Set<Int32> = []

            // Due reviews, most overdue first, shuffled within a day (as hone's queue does).
            var due: [(card: Int, day: Int)] = []
            for index in 0..<count where states[index].phase == .review && !states[index].isLeech {
                let dueDay = calendar.day(of: states[index].due!)
                if dueDay <= today { due.append((index, dueDay)) }
            }
            due.shuffle(using: &rng)
            due.sort { $0.day < $1.day }
            // New cards in deck order, one per sibling group.
            let wanted = Int(newCredit)
            var fresh: [Int] = []
            var freshSiblings: Set<Int32> = []
            var scan = newCursor
            while fresh.count < wanted, scan < count {
                if !introduced[scan], freshSiblings.insert(siblings[scan]).inserted { fresh.append(scan) }
                scan += 1
            }
            let queue = Self.interleave(due.map(\.card), fresh)
            var position = 0

            func earliestLearning(before limit: Int64) -> Int? {
                var best: (index: Int, due: Int64)?
                for index in learning {
                    let dueMS = Int64((states[index].due!.timeIntervalSince1970 * 1000).rounded())
                    if dueMS <= limit, best == nil || dueMS < best!.due || (dueMS == best!.due && index < best!.index) {
                        best = (index, dueMS)
                    }
                }
                return best?.index
            }

            while true {
                if let target, total >= target { break simulation }
                var pick: Int?
                if let index = earliestLearning(before: now) {
                    pick = index
                } else {
                    while position < queue.count {
                        let index = queue[position]
                        position += 1
                        if touched.contains(siblings[index]) || learning.contains(index) { continue }
                        pick = index
                        break
                    }
                    if pick == nil, let index = earliestLearning(before: now + Self.learnAheadMS) {
                        let dueMS = Int64((states[index].due!.timeIntervalSince1970 * 1000).rounded())
                        now = max(now, dueMS)
                        pick = index
                    }
                }
                guard let card = pick else { break }

                let state = states[card]
                let wasNew = state.phase == .new
                let rating: Rating
                if wasNew {
                    let u = rng.unit()
                    rating = u < 0.25 ? .again : u < 0.30 ? .hard : u < 0.95 ? .good : .easy
                } else {
                    let elapsed = Double(now - Int64((state.lastReview!.timeIntervalSince1970 * 1000).rounded())) / 86_400_000
                    let r = fsrs.retrievability(elapsedDays: elapsed, stability: state.stability!)
                    let recall = min(pow(r, exponents[card]), 0.99)
                    if rng.chance(recall) {
                        let u = rng.unit()
                        rating = u < 0.03 ? .hard : u < 0.98 ? .good : .easy
                    } else {
                        rating = .again
                    }
                }
                let strong = (state.stability ?? 0) >= 3 && state.phase == .review
                let kind: SimulatedReview.Kind
                switch cards[card].fact {
                case .definition: kind = strong ? .flip : .choice
                case .order: kind = .typed
                default: kind = strong ? .typed : .choice
                }
                var outcome: SimulatedReview.Outcome = rating == .again ? .wrong : .correct
                if outcome == .correct, kind == .typed, rng.chance(0.06) { outcome = .close }
                let median: Double = kind == .typed ? 7_000 : kind == .choice ? 5_000 : 4_000
                let duration = Int32(min(max(rng.logNormal(median: median, sigma: 0.6), 600), 120_000))
                let letter = UInt8(rng.int(0..<4))

                let at = Date(timeIntervalSince1970: Double(now) / 1000)
                let next = scheduler.review(state, cardID: cards[card].id, rating: rating, at: at)
                states[card] = next
                if wasNew {
                    introduced[card] = true
                    introducedCount += 1
                    newCredit -= 1
                    while newCursor < count, introduced[newCursor] { newCursor += 1 }
                }
                if (next.phase == .learning || next.phase == .relearning) && !next.isLeech { learning.insert(card) } else { learning.remove(card) }
                touched.insert(siblings[card])
                lastActiveDay = day
                if keep {
                    reviews.append(SimulatedReview(card: Int32(card), atMS: now, rating: rating, durationMS: duration,
                                                   kind: kind, outcome: outcome, letter: letter))
                }
                total += 1
                now += Int64(duration) + Int64(rng.int(300..<2_500))
            }
            newCredit = min(newCredit, newPerDay) // new cards not shown today do not pile up
        }
        return Outcome(reviews: reviews, lastActiveDay: lastActiveDay, states: states, introduced: introducedCount, totalReviews: total)
    }

    /// Spreads `extra` evenly through `main` (new cards among reviews).
    static func interleave(_ main: [Int], _ extra: [Int]) -> [Int] {
        guard !main.isEmpty, !extra.isEmpty else { return main + extra }
        var out: [Int] = []
        out.reserveCapacity(main.count + extra.count)
        let total = main.count + extra.count
        var (m, e) = (0, 0)
        for position in 0..<total {
            if ((position + 1) * extra.count / total > e && e < extra.count) || m >= main.count {
                out.append(extra[e]); e += 1
            } else {
                out.append(main[m]); m += 1
            }
        }
        return out
    }
}
