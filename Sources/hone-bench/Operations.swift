import Foundation
import HoneKit

/// One thing a user does, timed as fresh `hone` processes.
struct Operation: Sendable {
    enum Measure: Sendable {
        /// Until the first line of output (then stdin is closed and the process left to finish).
        case firstLine
        /// Until the process has written everything and exited.
        case exit
    }

    var id: String
    var title: String
    var command: [String]
    var measure: Measure
    /// Run without --home, --now and --seed.
    var bare = false
    /// Delete the snapshot before each run (a cold start: after a merge, an upgrade, a deleted cache).
    var cold = false
    var environment: [String: String] = [:]
    /// Needs this subcommand in the build.
    var requires: String?
    var targetMS: Double?
    /// What the output should start with (checked on every run).
    var expectPrefix: String?
    /// Run in a new empty home each time (an import); `{apkg}` in the command is the workload's package.
    var emptyHome = false
    /// Put settings.json and the snapshot back before each run (the command changes them).
    var restoresSettings = false
    /// A figure the command reports about itself, read from each run's JSON output.
    var reported: Reported?

    /// A number in seconds at `path` in the JSON output, shown as its own row.
    struct Reported: Sendable {
        var path: [String]
        var title: String
        var targetMS: Double?
    }

    static let packagePlaceholder = "{apkg}"
    static let notesPackagePlaceholder = "{apkg-notes}"
    var usesPackage: Bool { command.contains(Self.packagePlaceholder) || command.contains(Self.notesPackagePlaceholder) }

    static func all(targetsApply: Bool) -> [Operation] {
        let t = { (ms: Double) in targetsApply ? ms : nil }
        return [
            Operation(id: "start", title: "process start (hone --version)", command: ["--version"], measure: .exit,
                      bare: true),
            Operation(id: "study-first", title: "start to first question (study --porcelain), snapshot",
                      command: ["study", "--porcelain"], measure: .firstLine, targetMS: t(50), expectPrefix: "{\"event\":\"question\""),
            Operation(id: "cards-json", title: "cards --json (all cards), snapshot", command: ["cards", "--json"],
                      measure: .exit, targetMS: t(100), expectPrefix: "["),
            Operation(id: "study-first-cold", title: "start to first question, no snapshot", command: ["study", "--porcelain"],
                      measure: .firstLine, cold: true, targetMS: t(330), expectPrefix: "{\"event\":\"question\""),
            Operation(id: "cards-json-cold", title: "cards --json, no snapshot", command: ["cards", "--json"], measure: .exit,
                      cold: true, targetMS: t(330), expectPrefix: "["),
            Operation(id: "cards-json-cold-berlin", title: "cards --json, no snapshot, TZ=Europe/Berlin",
                      command: ["cards", "--json"], measure: .exit, cold: true, environment: ["TZ": "Europe/Berlin"],
                      expectPrefix: "["),
            Operation(id: "report-json", title: "report --format json, snapshot", command: ["report", "--format", "json"],
                      measure: .exit, requires: "report", targetMS: t(500), expectPrefix: "{"),
            Operation(id: "report-json-cold", title: "report --format json, no snapshot (replays, then saves one)",
                      command: ["report", "--format", "json"], measure: .exit, cold: true, requires: "report", targetMS: t(500),
                      expectPrefix: "{"),
            Operation(id: "optimize-json", title: "optimize --json (fit + suggested retention)", command: ["optimize", "--json"],
                      measure: .exit, requires: "optimize", expectPrefix: "{"),
            Operation(id: "optimize-fit", title: "optimize --json --no-retention (fit on the whole log)",
                      command: ["optimize", "--json", "--no-retention"], measure: .exit, requires: "optimize",
                      targetMS: t(10_500), expectPrefix: "{"),
            Operation(id: "import-apkg", title: "import the workload as an .apkg (notes + revlog), empty home",
                      command: ["import", packagePlaceholder], measure: .exit, targetMS: t(3_000), emptyHome: true),
            Operation(id: "import-apkg-notes", title: "import the same notes as an .apkg without their history, empty home",
                      command: ["import", notesPackagePlaceholder], measure: .exit, targetMS: t(3_000), emptyHome: true),
            Operation(id: "optimize-apply", title: "optimize --json --no-retention --apply (fit, save, recompute every card)",
                      command: ["optimize", "--json", "--no-retention", "--apply"], measure: .exit, requires: "optimize",
                      expectPrefix: "{", restoresSettings: true,
                      reported: Reported(path: ["timing", "apply"], title: "optimize --apply: save + recompute every card (its timing.apply)",
                                         targetMS: t(500))),
        ]
    }
}

/// The measurements of one operation.
struct OperationResult: Sendable {
    var operation: Operation
    /// The operation's time per run (ms): to the first line, or to exit.
    var times: Sample
    /// Each run's time to exit (ms).
    var exitTimes: Sample
    /// Each run's CPU time, user + system (ms).
    var cpuTimes: Sample
    var maxRSSKiB: Int
    var outputBytes: Int
    var skipped: String?
    /// The figure the command reported on each run (ms), when the operation reads one.
    var reported: Sample?
    /// This process's own peak when the runs were made: a max RSS at or below it may be ours (see `OwnMemory`).
    var benchPeakKiB = 0
    var rssReliable: Bool { maxRSSKiB > benchPeakKiB }
}

/// Runs the operations of the list against a working copy of a workload.
struct ProcessSuite {
    let runner: HoneRunner
    let workload: Workload
    let snapshotPath: String
    let runs: Int
    let available: Set<String>
    let log: (String) -> Void
    /// The workload as an Anki package, for the operations that import it.
    var package: AnkiPackage?
    /// Where empty homes are made.
    var scratch = NSTemporaryDirectory()

    /// Writes the snapshot as hone itself does (`cards` saves it when it is stale).
    func ensureSnapshot() throws {
        let child = try runner.start(["cards", "--json"], interactive: false)
        let exit = child.finish()
        guard exit.succeeded, FileManager.default.fileExists(atPath: snapshotPath) else {
            throw BenchError("could not make the snapshot with `hone cards`: exit \(exit.status) \(exit.stderr)")
        }
    }

    func run(_ operations: [Operation]) throws -> [OperationResult] {
        var results: [OperationResult] = []
        for operation in operations {
            if let requires = operation.requires, !available.contains(requires) {
                log("  \(operation.id): skipped (this build of hone has no `\(requires)` command)")
                results.append(OperationResult(operation: operation, times: Sample([]), exitTimes: Sample([]), cpuTimes: Sample([]), maxRSSKiB: 0,
                                               outputBytes: 0, skipped: "no `\(requires)` command in this build"))
                continue
            }
            if operation.usesPackage, package == nil { throw BenchError("\(operation.id): no Anki package was made") }
            if !operation.cold && !operation.emptyHome { try ensureSnapshot() }
            let saved = operation.restoresSettings ? try SavedLearnerFiles(snapshotPath: snapshotPath) : nil
            defer { try? saved?.restore() }
            var times: [Double] = []
            var exits: [Double] = []
            var cpu: [Double] = []
            var reported: [Double] = []
            var rss = 0
            var bytes = 0
            // One run first that is not counted: it warms the page cache and checks the output.
            for index in 0...runs {
                if operation.cold { try? FileManager.default.removeItem(atPath: snapshotPath) }
                try saved?.restore()
                let (time, exit, output) = try runOnce(operation, keepOutput: index == 0 || operation.reported != nil)
                if let wanted = operation.reported {
                    let node = try? JSONParser.parse(output)
                    guard let seconds = wanted.path.reduce(node, { $0?[$1] })?.number else {
                        throw BenchError("\(operation.id): no \(wanted.path.joined(separator: ".")) in the output")
                    }
                    if index > 0 { reported.append(seconds * 1000) }
                }
                if index == 0 {
                    bytes = output.count
                    try check(operation, output: output)
                    continue
                }
                times.append(time)
                exits.append(exit.totalMS)
                cpu.append(exit.cpuMS)
                rss = max(rss, exit.maxRSSKiB)
            }
            var result = OperationResult(operation: operation, times: Sample(times), exitTimes: Sample(exits), cpuTimes: Sample(cpu), maxRSSKiB: rss,
                                         outputBytes: bytes)
            if operation.reported != nil { result.reported = Sample(reported) }
            result.benchPeakKiB = OwnMemory.peakKiB()
            log("  \(operation.id): median \(Format.ms(result.times.median)) ms (min \(Format.ms(result.times.min)), "
                + "max \(Format.ms(result.times.max))), CPU \(Format.ms(result.cpuTimes.median)) ms, max RSS \(Format.megabytes(kib: rss)) MB")
            results.append(result)
        }
        try ensureSnapshot()
        return results
    }

    /// `cards --json` lists every card of the workload.
    func check(_ operation: Operation, output: [UInt8]) throws {
        guard operation.command == ["cards", "--json"] else { return }
        var count = 0
        var previous: UInt8 = 0x0A
        var index = 0
        while index + 2 < output.count {
            if previous == 0x0A, output[index] == 0x20, output[index + 1] == 0x20, output[index + 2] == 0x7B { count += 1 }
            previous = output[index]
            index += 1
        }
        guard count == workload.cards else {
            throw BenchError("`hone cards --json` listed \(count) cards, the workload has \(workload.cards)")
        }
    }

    /// One fresh process: its time, exit and output (all of it with `keepOutput`, else the first line).
    func runOnce(_ operation: Operation, keepOutput: Bool) throws -> (Double, ChildProcess.Exit, [UInt8]) {
        var runner = self.runner
        if operation.emptyHome {
            let home = Path.join(scratch, "empty-home")
            try? FileManager.default.removeItem(atPath: home)
            try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
            runner = HoneRunner(executable: runner.executable, home: home, now: runner.now, environment: runner.environment)
        }
        let command = operation.command.map { argument in
            switch argument {
            case Operation.packagePlaceholder: package?.path ?? argument
            case Operation.notesPackagePlaceholder: package?.notesOnlyPath ?? argument
            default: argument
            }
        }
        let child = operation.bare
            ? try ChildProcess(executable: runner.executable, arguments: command,
                               environment: runner.environment(adding: operation.environment), stdinFromNull: true)
            : try runner.start(command, extraEnvironment: operation.environment,
                               interactive: operation.measure == .firstLine)
        var time = Double.nan
        var first = ""
        var output: [UInt8] = []
        switch operation.measure {
        case .firstLine:
            // The first question (a notice, e.g. about suspended leeches, may come before it).
            var lines = 0
            while let line = child.readLine() {
                first = line
                lines += 1
                if line.hasPrefix("{\"event\":\"question\"") || line.hasPrefix("{\"event\":\"summary\"") || lines > 20 { break }
            }
            time = Monotonic.millis(since: child.startNanos)
            child.closeStdin()
            output = Array(first.utf8)
        case .exit:
            output = child.drain(keep: keepOutput)
            first = String(decoding: output.prefix(64), as: UTF8.self)
        }
        let exit = child.finish()
        if operation.measure == .exit { time = exit.totalMS }
        guard exit.succeeded else {
            throw BenchError("`hone \(operation.command.joined(separator: " "))` failed (exit \(exit.status), signal \(exit.signal)): \(exit.stderr)")
        }
        if let prefix = operation.expectPrefix, !first.hasPrefix(prefix) {
            throw BenchError("`hone \(operation.command.joined(separator: " "))` printed \(first.prefix(80).debugDescription), expected \(prefix)")
        }
        return (time, exit, output)
    }
}

/// settings.json, the snapshot and no backups/, as they were before a command that changes them.
struct SavedLearnerFiles {
    let folder: String
    let settings: Data
    let snapshot: Data?

    init(snapshotPath: String) throws {
        folder = Path.directory(of: snapshotPath)
        settings = try Data(contentsOf: URL(fileURLWithPath: Path.join(folder, "settings.json")))
        snapshot = try? Data(contentsOf: URL(fileURLWithPath: snapshotPath))
    }

    func restore() throws {
        try settings.write(to: URL(fileURLWithPath: Path.join(folder, "settings.json")), options: .atomic)
        if let snapshot { try snapshot.write(to: URL(fileURLWithPath: Path.join(folder, Snapshot.fileName)), options: .atomic) }
        try? FileManager.default.removeItem(atPath: Path.join(folder, "backups"))
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
