import Foundation
import HoneKit

/// What a workload is made of. Its cache folder is named by a hash of these, so a workload is
/// generated once and reused by every later run with the same sizes and seed.
struct WorkloadSpec: Sendable, Hashable {
    /// Glossary entries in the deck (two cards each: term and definition).
    var entries: Int
    /// Reviews in the journal.
    var reviews: Int
    /// The span the learner studies over (the simulation runs past it if the reviews are not reached).
    var days: Int = 1_095
    /// Rows of an optional table in the deck (0: none).
    var tableRows: Int = 0
    /// Reviews from the last `honeDays` days are written with all seven fields, as `hone study`
    /// writes them; earlier ones as `hone import` writes an Anki history (card, at, rating,
    /// duration_ms): a heavy Anki user who moved to hone.
    var honeDays: Int = 90
    var seed: UInt64 = 1

    /// Bump when the generator changes what it writes.
    static let generatorVersion = 6

    var key: String {
        "v\(Self.generatorVersion)-entries\(entries)-reviews\(reviews)-days\(days)-table\(tableRows)-hone\(honeDays)-seed\(seed)"
    }

    /// The options that give this spec to `hone-bench generate` or `micro`.
    var arguments: [String] {
        ["--entries", String(entries), "--reviews", String(reviews), "--days", String(days), "--table-rows", String(tableRows),
         "--hone-days", String(honeDays), "--seed", String(seed)]
    }

    var folderName: String { "hone-bench-" + String(StableHash.hex(StableHash.fnv1a64(key)).prefix(12)) }

    /// A short label for tables: "20,000 cards / 1,000,000 reviews".
    func label(cards: Int) -> String { "\(Format.count(cards)) cards / \(Format.count(reviews)) reviews" }
}

/// A generated home folder: `Decks/bench.json`, `Progress/default/{reviews.jsonl,settings.json}` and
/// `workload.json` (what it holds and the `--now` to run at).
struct Workload: Sendable {
    let spec: WorkloadSpec
    let folder: String
    let cards: Int
    let reviews: Int
    let journalBytes: Int
    let deckBytes: Int
    let desiredRetention: Double
    let newPerDay: Double
    let now: Date
    let firstReview: Date?
    let lastReview: Date?
    let ratingCounts: [Int]
    /// Cards suspended at their 8th lapse.
    let leeches: Int
    let generationSeconds: Double

    static let learner = "default"
    var journalPath: String { Path.join(folder, "Progress", Self.learner, "reviews.jsonl") }
    var learnerFolder: String { Path.join(folder, "Progress", Self.learner) }
    var deckPath: String { Path.join(folder, "Decks", DeckGenerator.deckID + ".json") }
    var snapshotPath: String { Path.join(learnerFolder, Snapshot.fileName) }
    var nowText: String { ISO8601.format(now) }
    var label: String { spec.label(cards: cards) }

    /// The workload for `spec` under `cacheRoot`, generated unless a complete one is there: here
    /// (`inProcess`) or by a `hone-bench generate` child, which keeps this process small.
    static func prepare(_ spec: WorkloadSpec, cacheRoot: String, inProcess: Bool, log: (String) -> Void) throws -> Workload {
        let folder = Path.join(cacheRoot, spec.folderName)
        if let existing = try? load(folder: folder, spec: spec) {
            log("workload \(spec.key): reusing \(folder)")
            return existing
        }
        if !inProcess {
            try SelfProcess.run(["generate"] + spec.arguments + ["--cache", cacheRoot])
            return try load(folder: folder, spec: spec)
        }
        log("workload \(spec.key): generating into \(folder) ...")
        let workload = try WorkloadWriter(spec: spec, folder: folder).write(log: log)
        log(String(format: "  %@ cards (%@ leeches), %@ reviews, %.1f MB journal, desired retention %.3f (%.1f s)",
                   Format.count(workload.cards), Format.count(workload.leeches), Format.count(workload.reviews),
                   Double(workload.journalBytes) / 1e6,
                   workload.desiredRetention, workload.generationSeconds))
        return workload
    }

    static func load(folder: String, spec: WorkloadSpec) throws -> Workload {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Path.join(folder, "workload.json")))
        let node = try JSONParser.parse([UInt8](bytes))
        guard node["key"]?.string == spec.key, let cards = node["cards"]?.integer, let reviews = node["reviews"]?.integer,
              let journalBytes = node["journal_bytes"]?.integer, let deckBytes = node["deck_bytes"]?.integer,
              let retention = node["desired_retention"]?.number, let newPerDay = node["new_per_day"]?.number,
              let nowText = node["now"]?.string, let now = ISO8601.parse(nowText),
              let seconds = node["generation_seconds"]?.number,
              let counts = node["ratings"]?.array?.compactMap(\.integer), counts.count == 4,
              let leeches = node["leeches"]?.integer else {
            throw CocoaError(.fileReadCorruptFile)
        }
        let workload = Workload(spec: spec, folder: folder, cards: cards, reviews: reviews, journalBytes: journalBytes,
                                deckBytes: deckBytes, desiredRetention: retention, newPerDay: newPerDay, now: now,
                                firstReview: node["first_review"]?.string.flatMap(ISO8601.parse),
                                lastReview: node["last_review"]?.string.flatMap(ISO8601.parse),
                                ratingCounts: counts, leeches: leeches, generationSeconds: seconds)
        // A journal that does not have its recorded size was changed by something else: regenerate.
        guard (try? POSIXFileSystem().size(workload.journalPath)) ?? nil == journalBytes else { throw CocoaError(.fileReadCorruptFile) }
        return workload
    }

    var manifestJSON: String {
        JSONText.object([
            ("key", JSONText.quote(spec.key)), ("cards", String(cards)), ("entries", String(spec.entries)),
            ("reviews", String(reviews)), ("journal_bytes", String(journalBytes)), ("deck_bytes", String(deckBytes)),
            ("desired_retention", JSONText.number(desiredRetention)), ("new_per_day", JSONText.number(newPerDay)),
            ("now", JSONText.quote(nowText)), ("first_review", JSONText.string(firstReview.map(ISO8601.format))),
            ("last_review", JSONText.string(lastReview.map(ISO8601.format))),
            ("ratings", JSONText.array(ratingCounts.map { String($0) })), ("leeches", String(leeches)),
            ("generation_seconds", JSONText.number((generationSeconds * 10).rounded() / 10)),
            ("home", JSONText.quote(folder)), ("learner", JSONText.quote(Self.learner)),
            ("deck", JSONText.quote(DeckGenerator.deckID)),
        ]) + "\n"
    }

    /// The JSON that results files and `Scripts/bench-peers` read.
    var resultJSON: String {
        JSONText.object([
            ("home", JSONText.quote(folder)), ("cards", String(cards)), ("entries", String(spec.entries)),
            ("table_rows", String(spec.tableRows)), ("reviews", String(reviews)), ("journal_bytes", String(journalBytes)),
            ("deck_bytes", String(deckBytes)), ("days", String(spec.days)), ("hone_days", String(spec.honeDays)),
            ("seed", String(spec.seed)), ("desired_retention", JSONText.number(desiredRetention)),
            ("new_per_day", JSONText.number(newPerDay)), ("now", JSONText.quote(nowText)),
            ("first_review", JSONText.string(firstReview.map(ISO8601.format))),
            ("last_review", JSONText.string(lastReview.map(ISO8601.format))),
            ("ratings", JSONText.array(ratingCounts.map { String($0) })), ("leeches", String(leeches)),
        ])
    }
}

/// Makes a workload folder: deck, calibrated simulation, settings, journal, manifest last.
struct WorkloadWriter {
    let spec: WorkloadSpec
    let folder: String

    /// 2023-01-02T12:00:00Z, a Monday: the learner's first day.
    static let startDate = Date(timeIntervalSince1970: 1_672_660_800)

    func write(log: (String) -> Void) throws -> Workload {
        let started = Monotonic.nanos()
        let fm = FileManager.default
        let staging = folder + ".partial-\(getpid())"
        try? fm.removeItem(atPath: staging)
        try? fm.removeItem(atPath: folder)
        let learnerFolder = Path.join(staging, "Progress", Workload.learner)
        try fm.createDirectory(atPath: Path.join(staging, "Decks"), withIntermediateDirectories: true)
        try fm.createDirectory(atPath: learnerFolder, withIntermediateDirectories: true)

        // The deck, read back through hone's own loader so that the cards are hone's cards.
        var generator = DeckGenerator(seed: spec.seed)
        let deckBytes = Array(generator.deckJSON(entries: spec.entries, tableRows: spec.tableRows).utf8)
        let deckPath = Path.join(staging, "Decks", DeckGenerator.deckID + ".json")
        try Data(deckBytes).write(to: URL(fileURLWithPath: deckPath))
        let deck = try Deck.load(json: deckBytes, id: DeckGenerator.deckID, path: deckPath)
        let cards = deck.cards

        var settings = SchedulingSettings()
        settings.calendar = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, dayStartsAt: 4)
        let firstDay = settings.calendar.day(of: Self.startDate)
        // Every card is introduced within the first 80% of the span.
        let newPerDay = Double(cards.count) / (Double(spec.days) * 0.8)
        settings.desiredRetention = calibrateRetention(cards: cards, settings: settings, newPerDay: newPerDay,
                                                       firstDay: firstDay, log: log)
        let simulator = LearnerSimulator(cards: cards, scheduler: Scheduler(settings: settings), newPerDay: newPerDay,
                                         firstDay: firstDay)
        let outcome = simulator.run(days: spec.days, target: spec.reviews, seed: spec.seed)
        let now = settings.calendar.start(ofDay: firstDay + outcome.lastActiveDay + 1).addingTimeInterval(5 * 3600)

        let settingsJSON = JSONText.object([
            ("desired_retention", JSONText.number(settings.desiredRetention)),
            ("new_per_day", String(Int(newPerDay.rounded(.up)))), ("reviews_per_day", "9999"),
        ]) + "\n"
        try Data(settingsJSON.utf8).write(to: URL(fileURLWithPath: Path.join(learnerFolder, "settings.json")))

        let honeFrom = Int64(now.addingTimeInterval(-Double(spec.honeDays) * 86_400).timeIntervalSince1970 * 1000)
        let journalBytes = try writeJournal(outcome.reviews, cards: cards, deck: deck, honeFrom: honeFrom,
                                            path: Path.join(learnerFolder, "reviews.jsonl"))
        if spec.reviews <= 1_000_000 {
            // The journal must replay, in hone's own engine, to the states the learner saw.
            let replayed = try LearnerProgress.open(fileSystem: POSIXFileSystem(), folder: learnerFolder,
                                                    timeZone: settings.calendar.timeZone)
            let differing = cards.indices.filter { replayed.state(of: cards[$0].id) != outcome.states[$0] }.count
            if differing > 0 { log("  warning: \(differing) cards replay to other states than the simulation's") }
        }
        var counts = [0, 0, 0, 0]
        for review in outcome.reviews { counts[review.rating.rawValue - 1] += 1 }
        let workload = Workload(
            spec: spec, folder: folder, cards: cards.count, reviews: outcome.reviews.count, journalBytes: journalBytes,
            deckBytes: deckBytes.count, desiredRetention: settings.desiredRetention, newPerDay: newPerDay, now: now,
            firstReview: outcome.reviews.first.map { Date(timeIntervalSince1970: Double($0.atMS) / 1000) },
            lastReview: outcome.reviews.last.map { Date(timeIntervalSince1970: Double($0.atMS) / 1000) },
            ratingCounts: counts, leeches: outcome.states.filter(\.isLeech).count,
            generationSeconds: Monotonic.millis(since: started) / 1000)
        try Data(workload.manifestJSON.utf8).write(to: URL(fileURLWithPath: Path.join(staging, "workload.json")))
        try fm.moveItem(atPath: staging, toPath: folder)
        return workload
    }

    /// The desired retention at which the simulated learner makes `reviews / cards` reviews per card
    /// over `days` days (bisection on a slice of the deck; three decimals, as settings.json says it).
    /// Below five reviews per card (a young journal) it is FSRS's default, 0.9, and the simulation
    /// simply stops at the wanted count.
    func calibrateRetention(cards: [Card], settings: SchedulingSettings, newPerDay: Double, firstDay: Int,
                            log: (String) -> Void) -> Double {
        let wanted = Double(spec.reviews) / Double(cards.count)
        guard wanted >= 5 else { return 0.9 }
        let slice = Array(cards.prefix(3_000))
        let sliceNewPerDay = newPerDay * Double(slice.count) / Double(cards.count)
        func perCard(_ retention: Double) -> Double {
            var s = settings
            s.desiredRetention = retention
            let simulator = LearnerSimulator(cards: slice, scheduler: Scheduler(settings: s), newPerDay: sliceNewPerDay,
                                             firstDay: firstDay)
            let outcome = simulator.run(days: spec.days, target: nil, seed: spec.seed, keep: false)
            return Double(outcome.totalReviews) / Double(slice.count)
        }
        var (low, high) = (0.70, 0.99)
        for _ in 0..<10 {
            let middle = (low + high) / 2
            if perCard(middle) < wanted { low = middle } else { high = middle }
        }
        let retention = ((low + high) / 2 * 1000).rounded() / 1000
        log(String(format: "  calibrated desired retention %.3f for %.1f reviews per card", retention, wanted))
        return retention
    }

    /// Writes the journal exactly as hone writes it (`ReviewRecord.line`), in time order.
    func writeJournal(_ reviews: [SimulatedReview], cards: [Card], deck: Deck, honeFrom: Int64, path: String) throws -> Int {
        guard let file = fopen(path, "w") else { throw CocoaError(.fileWriteUnknown) }
        defer { fclose(file) }
        var total = 0
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        let terms = deck.entries.map(\.term)
        var typo = SplitMix64(seed: spec.seed ^ 0x7A7A)
        for review in reviews {
            let card = cards[Int(review.card)]
            let at = Date(timeIntervalSince1970: Double(review.atMS) / 1000)
            let record: ReviewRecord
            if review.atMS < honeFrom {
                record = ReviewRecord(card: card.id, at: at, rating: review.rating, durationMS: Int(review.durationMS))
            } else {
                let answer: String?
                switch review.kind {
                case .flip: answer = nil
                case .choice:
                    let letters = ["a", "b", "c", "d"]
                    answer = letters[Int(review.letter)]
                case .typed:
                    var expected = "?"
                    if case .term(let entry) = card.fact { expected = terms[entry] }
                    switch review.outcome {
                    case .correct: answer = expected
                    case .close: answer = String(expected.dropLast()) // a dropped last letter
                    case .wrong: answer = typo.chance(0.3) ? "" : terms[typo.int(0..<terms.count)]
                    }
                }
                record = ReviewRecord(card: card.id, at: at, rating: review.rating, kind: kindName(review.kind),
                                      durationMS: Int(review.durationMS), answer: answer, verdict: outcomeName(review.outcome))
            }
            buffer.append(contentsOf: record.line.utf8)
            if buffer.count >= 1 << 20 {
                total += buffer.count
                guard fwrite(buffer, 1, buffer.count, file) == buffer.count else { throw CocoaError(.fileWriteUnknown) }
                buffer.removeAll(keepingCapacity: true)
            }
        }
        total += buffer.count
        guard fwrite(buffer, 1, buffer.count, file) == buffer.count else { throw CocoaError(.fileWriteUnknown) }
        return total
    }

    func kindName(_ kind: SimulatedReview.Kind) -> String {
        switch kind {
        case .choice: QuestionKind.choice.rawValue
        case .typed: QuestionKind.typed.rawValue
        case .flip: QuestionKind.flip.rawValue
        }
    }

    func outcomeName(_ outcome: SimulatedReview.Outcome) -> String {
        switch outcome {
        case .correct: Grade.Outcome.correct.rawValue
        case .close: Grade.Outcome.close.rawValue
        case .wrong: Grade.Outcome.wrong.rawValue
        }
    }
}
