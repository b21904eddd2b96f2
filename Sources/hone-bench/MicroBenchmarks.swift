#if canImport(Glibc)
import Glibc
#endif
import Foundation
@_spi(Benchmark) import HoneKit

/// A measurement made inside this process with HoneKit's own functions.
struct MicroResult: Sendable {
    var id: String
    var title: String
    var times: Sample
    var targetMS: Double?
    var note: String?
}

extension MicroResult {
    static func encode(_ results: [MicroResult]) -> String {
        "[\n" + results.map { result in
            JSONText.object([
                ("id", JSONText.quote(result.id)), ("title", JSONText.quote(result.title)),
                ("target_ms", result.targetMS.map { JSONText.number($0) } ?? "null"), ("note", JSONText.string(result.note)),
                ("runs_ms", JSONText.array(result.times.values.map { JSONText.number($0) })),
            ])
        }.joined(separator: ",\n") + "\n]\n"
    }

    static func decode(_ bytes: [UInt8]) throws -> [MicroResult] {
        guard let items = try JSONParser.parse(bytes).array else { throw BenchError("micro results are not a JSON array") }
        return try items.map { node in
            guard let id = node["id"]?.string, let title = node["title"]?.string,
                  let runs = node["runs_ms"]?.array?.compactMap(\.number) else { throw BenchError("bad micro result") }
            return MicroResult(id: id, title: title, times: Sample(runs), targetMS: node["target_ms"]?.number,
                               note: node["note"]?.string)
        }
    }
}

/// The file system with the snapshot hidden: `LearnerProgress.open` then rebuilds from the journal.
struct SnapshotHidingFileSystem: FileSystem {
    let base = POSIXFileSystem()

    func read(_ path: String) throws(FileError) -> [UInt8]? {
        path.hasSuffix("/" + Snapshot.fileName) ? nil : try base.read(path)
    }
    func read(_ path: String, from offset: Int) throws(FileError) -> [UInt8]? { try base.read(path, from: offset) }
    func read(_ path: String, at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws(FileError) -> Int? {
        try base.read(path, at: offset, into: buffer)
    }
    func lockExclusive(_ path: String) throws(FileError) -> FileLock { try base.lockExclusive(path) }
    func writeAtomically(_ path: String, _ bytes: [UInt8]) throws(FileError) { try base.writeAtomically(path, bytes) }
    func append(_ path: String, _ bytes: [UInt8]) throws(FileError) { try base.append(path, bytes) }
    func truncate(_ path: String, to length: Int) throws(FileError) { try base.truncate(path, to: length) }
    func size(_ path: String) throws(FileError) -> Int? { try base.size(path) }
    func createDirectory(_ path: String) throws(FileError) { try base.createDirectory(path) }
    func list(_ directory: String) throws(FileError) -> [String] { try base.list(directory) }
    func remove(_ path: String) throws(FileError) { try base.remove(path) }
    func exists(_ path: String) -> Bool { path.hasSuffix("/" + Snapshot.fileName) ? false : base.exists(path) }
    func isDirectory(_ path: String) -> Bool { base.isDirectory(path) }
}

/// In-process timings of the engine's parts on a workload (medians of `runs`).
struct MicroBenchmarks {
    let workload: Workload
    /// A working copy of the learner folder that holds a current snapshot.
    let learnerFolder: String
    let runs: Int
    let targetsApply: Bool
    let log: (String) -> Void

    func time(_ id: String, _ title: String, target: Double? = nil, note: String? = nil, _ body: () throws -> Void) rethrows -> MicroResult {
        var times: [Double] = []
        for _ in 0..<runs { times.append(try Monotonic.measure(body).ms) }
        let result = MicroResult(id: id, title: title, times: Sample(times), targetMS: targetsApply ? target : nil, note: note)
        log("  \(id): median \(Format.ms(result.times.median)) ms (min \(Format.ms(result.times.min)), max \(Format.ms(result.times.max)))")
        return result
    }

    func run() throws -> [MicroResult] {
        var results: [MicroResult] = []
        let fileSystem = POSIXFileSystem()
        let journalPath = Path.join(learnerFolder, "reviews.jsonl")
        let timeZone = TimeZone.current
        guard let bytes = try fileSystem.read(journalPath) else { throw BenchError("no journal at \(journalPath)") }
        let progress0 = try LearnerProgress.open(fileSystem: fileSystem, folder: learnerFolder, timeZone: timeZone)

        results.append(try time("journal-read", "read the journal (\(Format.megabytes(kib: bytes.count / 1024)) MB)") {
            _ = try fileSystem.read(journalPath)
        })
        var reviews: [ReviewRecord] = []
        results.append(try time("journal-history", "read, parse and replay the journal as report and a start without snapshot do (all cores)") {
            _ = try ReviewHistory.read(fileSystem: fileSystem, journalPath: journalPath, scheduling: progress0.settings.scheduling)
        })
        results.append(try time("journal-parse", "parse the journal line by line (Journal.parse, the general parser; not on the start path)") {
            reviews = try Journal(path: journalPath).parse(bytes).reviews
        })
        let progress = try LearnerProgress.open(fileSystem: fileSystem, folder: learnerFolder, timeZone: timeZone)
        let settings = progress.settings.scheduling
        let scheduler = Scheduler(settings: settings)

        // Group by card, order each card's history by time (file order breaks ties), as a rebuild does.
        var grouped: [(card: String, history: [ReviewRecord])] = []
        func group() {
            var byCard: [String: [ReviewRecord]] = [:]
            for review in reviews { byCard[review.card, default: []].append(review) }
            grouped = byCard.map { card, history in
                (card, history.enumerated().sorted { $0.element.at != $1.element.at ? $0.element.at < $1.element.at : $0.offset < $1.offset }
                    .map(\.element))
            }
        }
        results.append(time("replay-group", "group the records by card in a dictionary and sort each history (not on the start path)") { group() })
        // Each history as the times and ratings the scheduler takes (not the journal records, whose
        // strings a loop over them would retain and release at every review).
        let histories = grouped.map { card, history in
            (card: card, hash: Scheduler.cardHash(card), times: history.map(\.at), ratings: history.map(\.rating))
        }
        var replayed: [CardState] = []
        results.append(time("replay-scheduler", "FSRS replay: Scheduler.review over every history (steps, study days, fuzz)",
                            note: "the per-review API (dates, optional fields); a start runs the engine's replay below") {
            replayed = [CardState](repeating: .new, count: histories.count)
            for (index, history) in histories.enumerated() {
                var state = CardState.new
                for (at, rating) in zip(history.times, history.ratings) {
                    state = scheduler.review(state, cardHash: history.hash, rating: rating, at: at)
                }
                replayed[index] = state
            }
        })
        let states = Dictionary(uniqueKeysWithValues: zip(histories.lazy.map(\.card), replayed))
        // Check that the replay agrees with what LearnerProgress computed.
        var mismatches = 0
        for (card, state) in states where progress.state(of: card) != state { mismatches += 1 }
        if mismatches > 0 { log("  warning: \(mismatches) cards differ between the bench's replay and LearnerProgress") }

        // The engine's own replay, as a start without a snapshot runs it, over the journal parsed
        // beforehand (grouped by card, two cards at a time, on all cores and then on one), and the
        // memory formulas alone, on study-day gaps worked out beforehand (the anchors' C/Swift
        // 37/38 ms), after C's loop.
        let parsed = try ParsedReviews(bytes, path: journalPath)
        let fsrs = scheduler.fsrs
        let calendar = settings.calendar
        let flat: [(days: [Int32], ratings: [Rating])] = grouped.map { _, history in
            var days: [Int32] = []
            days.reserveCapacity(history.count)
            var previous: Int?
            for review in history {
                let day = calendar.day(of: review.at)
                days.append(Int32(previous.map { day - $0 } ?? -1))
                previous = day
            }
            return (days, history.map(\.rating))
        }
        var checksum = 0.0
        var engineStates = CardStates(), engineOneStates = CardStates()
        results += replayRows(journal: journalPath, bodies: ReplayBodies(
            engine: { engineStates = parsed.replay(scheduling: settings, parts: ReviewHistory.defaultParts) },
            engineOne: { engineOneStates = parsed.replay(scheduling: settings, parts: 1) },
            formulas: { checksum = Self.formulas(flat, fsrs: fsrs) }))
        for replayed in [engineStates, engineOneStates] {
            let differing = Set(replayed.keys).union(progress.states.keys).filter { replayed[$0] != progress.states[$0] }.count
            if differing > 0 { log("  warning: \(differing) cards differ between the engine's replay and LearnerProgress") }
        }
        if !checksum.isFinite { log("  warning: FSRS checksum is not finite") }
        reviews = []
        grouped = []

        results.append(try time("open-snapshot", "LearnerProgress.open, snapshot present", target: 25) {
            _ = try LearnerProgress.open(fileSystem: fileSystem, folder: learnerFolder, timeZone: timeZone)
        })
        results.append(try time("open-rebuild", "LearnerProgress.open, no snapshot (read, parse, replay)", target: 300) {
            _ = try LearnerProgress.open(fileSystem: SnapshotHidingFileSystem(), folder: learnerFolder, timeZone: timeZone)
        })
        if let snapshotBytes = try fileSystem.read(Path.join(learnerFolder, Snapshot.fileName)) {
            var snapshot: Snapshot?
            results.append(time("snapshot-decode", "Snapshot.decode (\(Format.count(snapshotBytes.count)) bytes)",
                                note: "anchor: binary 0.25 ms for 20,000 cards") {
                snapshot = Snapshot.decode(snapshotBytes)
            })
            if let snapshot {
                results.append(time("snapshot-encode", "Snapshot.encoded (done at the end of a session)") { _ = snapshot.encoded() })
            } else {
                log("  warning: the snapshot does not decode")
            }
        }
        let deckBytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: workload.deckPath)))
        var deck: Deck?
        results.append(try time("deck-load", "Deck.load (JSON, \(Format.count(workload.spec.entries)) entries, \(Format.count(deckBytes.count)) bytes)",
                                note: "anchor: JSONDecoder 59 ms for 20,000 entries") {
            deck = try Deck.load(json: deckBytes, id: DeckGenerator.deckID, path: workload.deckPath)
        })
        if let deck {
            results.append(time("deck-cards", "Deck.cards (\(Format.count(workload.cards)) cards)") { _ = deck.cards })
            results += grading(deck)
        }
        results.append(try appendFloor())
        return results
    }

    /// The FSRS memory formulas over every card's reviews (gaps in study days, -1 for the first),
    /// as the anchors' C and Swift loops run them; returns a checksum.
    static func formulas(_ cards: [(days: [Int32], ratings: [Rating])], fsrs: FSRS) -> Double {
        var sum = 0.0
        for card in cards {
            var s = 0.0
            var d = 0.0
            for index in card.days.indices {
                let rating = card.ratings[index]
                let elapsed = card.days[index]
                if index == 0 {
                    s = fsrs.initialStability(rating)
                    d = fsrs.initialDifficulty(rating)
                    continue
                }
                if elapsed < 1 {
                    s = fsrs.shortTermStability(s, rating)
                } else {
                    let r = fsrs.retrievability(elapsedDays: Double(elapsed), stability: s)
                    s = fsrs.nextStability(difficulty: d, stability: s, retrievability: r, rating: rating)
                }
                d = fsrs.nextDifficulty(d, rating)
            }
            sum += s + d
        }
        return sum
    }

    /// The floor under every answer: append one journal-sized line to a file and fdatasync it, here
    /// in this process, on the same file system (p50 and p99 of 200).
    func appendFloor() throws -> MicroResult {
        let path = Path.join(learnerFolder, "append-floor.tmp")
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw BenchError("cannot create \(path)") }
        defer {
            close(fd)
            unlink(path)
        }
        let line = Array(ReviewRecord(card: "bench/valmor-quistane/definition", at: workload.now, rating: .good, kind: "choice",
                                      durationMS: 5123, answer: "b", verdict: "correct").line.utf8)
        var times: [Double] = []
        for _ in 0..<200 {
            let start = Monotonic.nanos()
            _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            _ = fdatasync(fd)
            times.append(Monotonic.millis(since: start))
        }
        let sample = Sample(times)
        log("  append-fsync-floor: p50 \(Format.ms(sample.median)) ms, p99 \(Format.ms(sample.percentile(99))) ms")
        return MicroResult(id: "append-fsync-floor", title: "append one line + fdatasync (floor, in-process)", times: sample,
                           note: String(format: "p99 %@ ms; anchor: C p50 0.1 ms, p99 0.21 ms", Format.ms(sample.percentile(99))))
    }
}
