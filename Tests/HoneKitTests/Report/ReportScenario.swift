import Foundation
@testable import HoneKit

/// A scripted month of study with known answers, and every report figure worked out by hand from it.
///
/// Settings: desired retention 0.8, no fuzz, days start at 04:00 UTC; `now` is Monday 2026-11-30
/// 12:00Z. With retention 0.8 a card first rated Easy (S = w3 = 8.2956) gets 28 days and one rated
/// Good twice (S = w2 = 2.3065: the same-day increase is below 1, so Good keeps S) gets 8 days.
/// Cards whose memory went through a review are worked out below with the FSRS formulas, step by
/// step, in the order the scheduler applies them (stability from the old difficulty, then difficulty).
///
///   lab/cat/term        2025-10-01 Easy, 2025-10-29 Good (outside 365 days), 2026-10-10 Good,
///                       2026-11-01..08 Again + Good each day: 8 lapses, a suspended leech
///   lab/ant/term        11-01 Easy                          -> mature (28 d), due 11-29 (overdue)
///   lab/ant/definition  11-01 Good, Good                    -> young (8 d), due 11-09 (overdue)
///   lab/bee/term        10-20 Easy, 11-17 Good (passed, mature, interval 28 before it)
///   lab/bee/definition  11-02 Good, Good; 11-28 Again (failed, young) + Good: 1 lapse
///   lab/labs/claude/lab 11-24 Good, Good                    -> young, due 12-02
///   …/reverse:anthropic 11-29 Again, Good                   -> still learning, due 11-29 09:11
///   lab/cat/definition, lab/labs/llama/lab, …/reverse:meta   never studied
///
/// Every review takes 45 s. Reviews are at 09:00 (a second one the same day at 09:10, or 09:01 for
/// the learning card).
enum ReportScenario {
    static let folder = "/home/Progress/default"
    static let now = date("2026-11-30T12:00:00Z")
    static let utc = TimeZone(identifier: "UTC")!
    static let settings = #"{"desired_retention": 0.8, "fuzz": false}"#
    static let duration = 45_000

    static let deck = Deck(id: "lab", title: "Lab", entries: [
        Entry(term: "ant", definition: "A small insect that lives in colonies.", tags: ["alpha"]),
        Entry(term: "bee", definition: "An insect that makes honey.", tags: ["alpha", "beta"]),
        Entry(term: "cat", definition: "A small feline.", tags: ["beta"]),
    ], tables: [
        DeckTable(id: "labs", title: "Labs", columns: ["Model", "Lab"], rows: [["Claude", "Anthropic"], ["Llama", "Meta"]]),
    ])

    static let leech = "lab/cat/term"
    static let claudeReverse = "lab/labs/claude/lab/reverse:anthropic"

    static var reviews: [(String, String, Rating)] {
        var out: [(String, String, Rating)] = [
            (leech, "2025-10-01T09:00:00Z", .easy), (leech, "2025-10-29T09:00:00Z", .good),
            (leech, "2026-10-10T09:00:00Z", .good), ("lab/bee/term", "2026-10-20T09:00:00Z", .easy),
        ]
        for day in 1...8 {
            let date = "2026-11-0\(day)"
            out.append((leech, date + "T09:00:00Z", .again))
            out.append((leech, date + "T09:10:00Z", .good))
            if day == 1 {
                out += [("lab/ant/term", date + "T09:20:00Z", .easy),
                        ("lab/ant/definition", date + "T09:20:00Z", .good), ("lab/ant/definition", date + "T09:30:00Z", .good)]
            }
            if day == 2 {
                out += [("lab/bee/definition", date + "T09:20:00Z", .good), ("lab/bee/definition", date + "T09:30:00Z", .good)]
            }
        }
        out += [
            ("lab/bee/term", "2026-11-17T09:00:00Z", .good),
            ("lab/labs/claude/lab", "2026-11-24T09:00:00Z", .good), ("lab/labs/claude/lab", "2026-11-24T09:10:00Z", .good),
            ("lab/bee/definition", "2026-11-28T09:00:00Z", .again), ("lab/bee/definition", "2026-11-28T09:10:00Z", .good),
            (claudeReverse, "2026-11-29T09:00:00Z", .again), (claudeReverse, "2026-11-29T09:01:00Z", .good),
        ]
        return out
    }

    /// The learner's folder: settings and the journal, written review by review as a session would.
    static func fileSystem() throws -> InMemoryFileSystem {
        let fs = InMemoryFileSystem()
        try fs.writeAtomically(folder + "/settings.json", Array(settings.utf8))
        var progress = try LearnerProgress.open(fileSystem: fs, folder: folder, timeZone: utc)
        for (card, at, rating) in reviews {
            try progress.record(ReviewRecord(card: card, at: date(at), rating: rating, kind: "typed", durationMS: duration))
        }
        return fs
    }

    static func report(decks: [Deck] = [deck], allDecks: Bool = true) throws -> Report {
        try Report.make(decks: decks, fileSystem: fileSystem(), learnerFolder: folder, timeZone: utc, learner: "default",
                        now: now, allDecks: allDecks).report
    }

    static func date(_ text: String) -> Date { ISO8601.parse(text)! }
    static func day(_ text: String) -> Int { ISO8601.daysFromCivil(year: Int(text.prefix(4))!, month: Int(text.dropFirst(5).prefix(2))!, day: Int(text.suffix(2))!) }
}

/// The figures, by hand.
struct Expected {
    let fsrs = FSRS()
    let w = FSRSParameters.defaultWeights
    func r(_ days: Double, _ s: Double) -> Double { fsrs.retrievability(elapsedDays: days, stability: s) }
    func interval(_ s: Double) -> Int { fsrs.interval(stability: s, desiredRetention: 0.8, maximumInterval: 36_500) }

    // Stabilities now.
    var antTerm: Double { w[3] }
    var antDefinition: Double { fsrs.shortTermStability(w[2], .good) }
    var claudeLab: Double { fsrs.shortTermStability(w[2], .good) }
    var beeTerm: Double {
        fsrs.nextStability(difficulty: fsrs.initialDifficulty(.easy), stability: w[3], retrievability: r(28, w[3]), rating: .good)
    }
    var beeDefinition: Double {
        var s = fsrs.shortTermStability(w[2], .good)
        var d = fsrs.nextDifficulty(fsrs.initialDifficulty(.good), .good)
        s = fsrs.nextStability(difficulty: d, stability: s, retrievability: r(26, s), rating: .again)
        d = fsrs.nextDifficulty(d, .again)
        return fsrs.shortTermStability(s, .good)
    }
    var claudeReverse: Double { fsrs.shortTermStability(w[0], .good) }

    /// The leech's interval before each of its eight lapses (11-01..08): what splits them into
    /// young and mature.
    var leechIntervals: [Int] {
        var s = w[3], d = fsrs.initialDifficulty(.easy) // 2025-10-01 Easy
        for elapsed in [28.0, 346] { // 2025-10-29 Good, 2026-10-10 Good
            s = fsrs.nextStability(difficulty: d, stability: s, retrievability: r(elapsed, s), rating: .good)
            d = fsrs.nextDifficulty(d, .good)
        }
        var intervals: [Int] = []
        for elapsed in [22.0, 1, 1, 1, 1, 1, 1, 1] { // 11-01..08: Again, then Good ten minutes later
            intervals.append(interval(s))
            s = fsrs.nextStability(difficulty: d, stability: s, retrievability: r(elapsed, s), rating: .again)
            d = fsrs.nextDifficulty(d, .again)
            s = fsrs.shortTermStability(s, .good)
            d = fsrs.nextDifficulty(d, .good)
        }
        return intervals
    }

    /// The review cards: stability, and the study day of the review that set their interval.
    var reviewCards: [String: (stability: Double, reviewed: String)] {
        ["lab/ant/term": (antTerm, "2026-11-01"), "lab/ant/definition": (antDefinition, "2026-11-01"),
         "lab/bee/term": (beeTerm, "2026-11-17"), "lab/bee/definition": (beeDefinition, "2026-11-28"),
         "lab/labs/claude/lab": (claudeLab, "2026-11-24")]
    }

    /// Retrievability now of the studied, unsuspended cards (whole days since each one's last review).
    var recall: [String: Double] {
        var out = reviewCards.mapValues { r(Double(today - ReportScenario.day($0.reviewed)), $0.stability) }
        out[ReportScenario.claudeReverse] = r(1, claudeReverse)
        return out
    }

    /// Cards in review whose recall now is at least 0.8 (the learning card is never known).
    var known: Set<String> { Set(recall.filter { $0.key != ReportScenario.claudeReverse && $0.value >= 0.8 }.keys) }

    var today: Int { ReportScenario.day("2026-11-30") }
    var young: Int { reviewCards.values.filter { interval($0.stability) < 21 }.count }
    var mature: Int { reviewCards.values.filter { interval($0.stability) >= 21 }.count }

    /// Due per day from today, overdue cards today; the learning card was due 11-29 09:11.
    var forecast: [Int] {
        var days = Array(repeating: 0, count: 30)
        days[0] += 1
        for card in reviewCards.values {
            let offset = max(ReportScenario.day(card.reviewed) + interval(card.stability) - today, 0)
            if offset < 30 { days[offset] += 1 }
        }
        return days
    }

    var bands: [Int] {
        var bands = Array(repeating: 0, count: 10)
        for value in recall.values { bands[min(Int(value * 10), 9)] += 1 }
        return bands
    }
}
