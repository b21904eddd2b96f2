#if canImport(Glibc)
import Glibc
#endif
import Foundation
import HoneKit

/// Everything measured on one workload.
struct SuiteResult: Sendable {
    var workload: Workload
    var operations: [OperationResult] = []
    var micro: [MicroResult] = []
    var latency: AnswerLatency.Result?
}

/// Runs the fresh-process operations, the in-process micro-benchmarks and the answer latency on a
/// workload, each on a working copy so the cached workload is never changed.
struct Suite {
    let workload: Workload
    let hone: String
    let runs: Int
    let answers: Int
    let environment: [String: String]
    let operations: [Operation]
    let micro: Bool
    let latency: Bool
    let targetsApply: Bool
    let scratchRoot: String
    let log: (String) -> Void

    func run() throws -> SuiteResult {
        var result = SuiteResult(workload: workload)
        log("\(workload.label) (\(Format.megabytes(kib: workload.journalBytes / 1024)) MB journal), now \(workload.nowText)")
        if !operations.isEmpty || micro {
            // Read-only work shares the journal (hard link); only snapshots are written, and atomically.
            let copy = try workingCopy(name: "read", linkJournal: true)
            defer { try? FileManager.default.removeItem(atPath: copy) }
            let runner = HoneRunner(executable: hone, home: copy, now: workload.nowText, environment: environment)
            var suite = ProcessSuite(runner: runner, workload: workload,
                                     snapshotPath: Path.join(copy, "Progress", Workload.learner, Snapshot.fileName), runs: runs,
                                     available: runner.subcommands(), log: log)
            suite.scratch = scratchRoot
            if operations.contains(where: \.usesPackage) {
                suite.package = try AnkiPackage.prepare(workload, inProcess: false, log: log)
            }
            if !operations.isEmpty { result.operations = try suite.run(operations) }
            if micro {
                try suite.ensureSnapshot()
                let out = Path.join(scratchRoot, "micro.json")
                try SelfProcess.run(["micro"] + workload.spec.arguments + [
                    "--cache", Path.directory(of: workload.folder), "--learner-folder", Path.join(copy, "Progress", Workload.learner),
                    "--runs", String(runs), "--out", out,
                ] + (targetsApply ? ["--targets"] : []))
                result.micro = try MicroResult.decode([UInt8](Data(contentsOf: URL(fileURLWithPath: out))))
            }
        }
        if latency { result.latency = try runLatency() }
        return result
    }

    func runLatency() throws -> AnswerLatency.Result {
        let copy = try workingCopy(name: "write", linkJournal: false)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let runner = HoneRunner(executable: hone, home: copy, now: workload.nowText, environment: environment)
        let suite = ProcessSuite(runner: runner, workload: workload,
                                 snapshotPath: Path.join(copy, "Progress", Workload.learner, Snapshot.fileName), runs: runs,
                                 available: [], log: log)
        try suite.ensureSnapshot()
        let result = try AnswerLatency(runner: runner, workload: workload, answers: answers).run()
        log("  answer latency (\(result.answered) answers): to verdict p50 \(Format.ms(result.toVerdict.median)) ms, "
            + "p99 \(Format.ms(result.toVerdict.percentile(99))) ms; to next question p50 \(Format.ms(result.toNextQuestion.median)) ms, "
            + "p99 \(Format.ms(result.toNextQuestion.percentile(99))) ms; session end \(Format.ms(result.sessionEndMS)) ms")
        return result
    }

    /// A copy of the workload's home under the scratch folder.
    func workingCopy(name: String, linkJournal: Bool) throws -> String {
        let fm = FileManager.default
        let copy = Path.join(scratchRoot, workload.spec.folderName + "-" + name)
        try? fm.removeItem(atPath: copy)
        let learner = Path.join(copy, "Progress", Workload.learner)
        try fm.createDirectory(atPath: learner, withIntermediateDirectories: true)
        try fm.copyItem(atPath: Path.join(workload.folder, "Decks"), toPath: Path.join(copy, "Decks"))
        try fm.copyItem(atPath: Path.join(workload.learnerFolder, "settings.json"), toPath: Path.join(learner, "settings.json"))
        let journal = Path.join(learner, "reviews.jsonl")
        if linkJournal, link(workload.journalPath, journal) == 0 { return copy }
        try fm.copyItem(atPath: workload.journalPath, toPath: journal)
        // A learner's journal has long been on disk; a fresh copy's pages would otherwise be written
        // out by the first answer's fdatasync (70 ms for 100 MB), which no learner waits for.
        let descriptor = open(journal, O_RDONLY)
        if descriptor >= 0 {
            _ = fsync(descriptor)
            close(descriptor)
        }
        return copy
    }
}
