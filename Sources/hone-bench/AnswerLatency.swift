import Foundation
import HoneKit

/// Drives one `hone study --porcelain` session and times each answer: from writing the answer line
/// to reading its verdict (grading, the append + fsync of its reviews, the new state; a match answer
/// is timed to its first pair's verdict, all of them written at once) and to reading
/// the next question (picking the next card too). Answers are right about 85% of the time.
struct AnswerLatency {
    let runner: HoneRunner
    let workload: Workload
    let answers: Int

    struct Result: Sendable {
        var toVerdict: Sample
        var toNextQuestion: Sample
        /// From the last verdict to the summary line (the session's end: the snapshot is saved there).
        var sessionEndMS: Double
        /// From the summary to the process exit.
        var exitMS: Double
        var firstQuestionMS: Double
        var answered: Int
        var maxRSSKiB: Int
        var journalBytesBefore: Int
        var kinds: [String: Int]
        /// Every answer in order: its question kind, answer -> verdict and answer -> next question (ms).
        var answers: [(kind: String, verdict: Double, next: Double)]

        /// Answer -> verdict per question kind.
        var byKind: [(kind: String, sample: Sample)] {
            Dictionary(grouping: answers, by: \.kind).map { ($0.key, Sample($0.value.map(\.verdict))) }.sorted { $0.kind < $1.kind }
        }
    }

    func run() throws -> Result {
        let deckBytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: workload.deckPath)))
        let deck = try Deck.load(json: deckBytes, id: DeckGenerator.deckID, path: workload.deckPath)
        var expected: [String: String] = [:]
        for card in deck.cards {
            switch card.fact {
            case .term(let entry): expected[card.id] = deck.entries[entry].term
            case .definition(let entry): expected[card.id] = deck.entries[entry].definition
            case .cell(let table, let row, let column): expected[card.id] = deck.tables[table].rows[row][column]
            case .rowFor(let table, let row, _, _): expected[card.id] = deck.tables[table].key(ofRow: row)
            case .cloze(_, let blank): expected[card.id] = blank.answer
            case .order: break
            }
        }
        let journalBytes = (try? POSIXFileSystem().size(workload.journalPath)) ?? nil ?? 0
        var rng = SplitMix64(seed: 99)
        let child = try runner.start(["study", "--porcelain", "--limit", String(answers), "--new", String(answers)], interactive: true)
        var toVerdict: [Double] = []
        var toNext: [Double] = []
        var kinds: [String: Int] = [:]
        var answers: [(kind: String, verdict: Double, next: Double)] = []
        var currentKind = ""
        var line = child.readLine()
        var firstQuestion = Double.nan
        var lastVerdictAt = Monotonic.nanos()
        var sessionEnd = Double.nan
        var pendingStart: UInt64?
        var awaitingVerdict = false
        var summaryAt: UInt64?
        while let current = line {
            guard let node = try? JSONParser.parse(current), let event = node["event"]?.string else {
                child.kill()
                _ = child.finish()
                throw BenchError("porcelain printed a line that is not JSON: \(current.prefix(120))")
            }
            switch event {
            case "question":
                if firstQuestion.isNaN { firstQuestion = Monotonic.millis(since: child.startNanos) }
                if let start = pendingStart {
                    toNext.append(Monotonic.millis(since: start))
                    if !answers.isEmpty { answers[answers.count - 1].next = toNext.last! }
                }
                let card = node["card"]?.string ?? ""
                let kind = node["kind"]?.string ?? ""
                currentKind = kind
                kinds[kind, default: 0] += 1
                let right = rng.chance(0.85)
                let answer: String
                switch kind {
                case "flip":
                    // The reveal comes first; then a rating.
                    _ = child.readLine()
                    answer = right ? "3" : "1"
                case "truefalse":
                    answer = rng.chance(0.5) ? "true" : "false"
                case "choice":
                    let choices = node["choices"]?.array?.compactMap(\.string) ?? []
                    let correct = choices.firstIndex(of: expected[card] ?? "") ?? 0
                    answer = String(right ? correct + 1 : (correct + 1) % max(choices.count, 1) + 1)
                default:
                    answer = right ? (expected[card] ?? "?") : "no idea"
                }
                pendingStart = Monotonic.nanos()
                awaitingVerdict = true
                child.send(answer)
            case "verdict":
                // A match answer's pairs each get a verdict line, all written at once: the answer
                // is timed to the first.
                if let start = pendingStart, awaitingVerdict {
                    awaitingVerdict = false
                    toVerdict.append(Monotonic.millis(since: start))
                    answers.append((currentKind, toVerdict.last!, .nan))
                }
                lastVerdictAt = Monotonic.nanos()
            case "summary":
                sessionEnd = Monotonic.millis(since: lastVerdictAt)
                summaryAt = Monotonic.nanos()
                pendingStart = nil
            default:
                break
            }
            line = child.readLine()
        }
        let exit = child.finish()
        let exitMS = summaryAt.map { Monotonic.millis(since: $0) } ?? .nan
        guard exit.succeeded else { throw BenchError("the porcelain session failed (exit \(exit.status)): \(exit.stderr)") }
        return Result(toVerdict: Sample(toVerdict), toNextQuestion: Sample(toNext), sessionEndMS: sessionEnd,
                      exitMS: exitMS, firstQuestionMS: firstQuestion, answered: toVerdict.count,
                      maxRSSKiB: exit.maxRSSKiB, journalBytesBefore: journalBytes, kinds: kinds, answers: answers)
    }
}
