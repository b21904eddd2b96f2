#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Foundation
import HoneKit

/// `hone-bench`: generates heavy-learner workloads and times what a user of `hone` feels on them.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hone-bench",
        abstract: "Benchmark hone at a heavy learner's scale (issue 9).",
        discussion: """
            Build first: swift build -c release (hone-bench runs the `hone` next to it). The default run \
            generates (or reuses) 10,000 entries = 20,000 cards and 1,000,000 reviews (and the same notes and \
            review history as a legacy Anki package, <workload>-apkg/bench.apkg, and the notes alone, notes.apkg, for the import), times each operation \
            as fresh processes, prints one table and writes bench-results/<timestamp>.json.
            """,
        subcommands: [RunCommand.self, GenerateCommand.self, PackageCommand.self, MicroCommand.self],
        defaultSubcommand: RunCommand.self
    )
}

/// The workload options shared by `run` and `generate`.
struct WorkloadOptions: ParsableArguments {
    @Option(help: "Glossary entries in the deck (2 cards each).")
    var entries = 10_000

    @Option(help: "Reviews in the journal.")
    var reviews = 1_000_000

    @Option(help: "Days the simulated learner studies over.")
    var days = 1_095

    @Option(help: "Rows of an extra table in the deck (0: none).")
    var tableRows = 0

    @Option(help: "Reviews of the last N days are written with all fields (as `hone study` does), earlier ones as `hone import` writes an Anki history.")
    var honeDays = 90

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 1

    @Option(help: "Folder for generated workloads (reused when present).")
    var cache = NSTemporaryDirectory()

    func spec(entries: Int? = nil, reviews: Int? = nil) -> WorkloadSpec {
        WorkloadSpec(entries: entries ?? self.entries, reviews: reviews ?? self.reviews, days: days, tableRows: tableRows,
                     honeDays: honeDays, seed: seed)
    }
}

func logLine(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Generate (or find) a workload and print its folder and manifest.")

    @OptionGroup var workload: WorkloadOptions

    func run() throws {
        let made = try Workload.prepare(workload.spec(), cacheRoot: workload.cache, inProcess: true, log: logLine)
        print(made.folder)
    }
}

struct PackageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apkg", abstract: "Write (or find) the workload as an Anki package and print its path.")

    @OptionGroup var workload: WorkloadOptions

    func run() throws {
        let made = try Workload.prepare(workload.spec(), cacheRoot: workload.cache, inProcess: true, log: logLine)
        print(try AnkiPackage.prepare(made, inProcess: true, log: logLine).path)
    }
}

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Generate the workloads and time everything (the default).")

    @OptionGroup var workload: WorkloadOptions

    @Option(help: "Timed runs per operation (after one warm-up run); medians need at least 5.")
    var runs = 5

    @Option(help: "Questions answered in the answer-latency session (the p99 of 500 is the fifth slowest, not one stall of the host's).")
    var answers = 500

    @Option(help: "Reviews in the small journal the answer latency is compared against (0: skip it).")
    var latencyReviews = 1_000

    @Flag(help: "Growth mode: the same figures at --growth-cards cards with --reviews-per-card reviews each.")
    var growth = false

    @Option(help: "Card counts for --growth, comma-separated.")
    var growthCards = "1000,10000,100000"

    @Option(help: "Reviews per card in --growth.")
    var reviewsPerCard = 50

    @Option(help: "The hone executable (default: the `hone` next to hone-bench).")
    var hone: String?

    @Option(help: "Where to write the JSON results (default: bench-results/<timestamp>.json).")
    var json: String?

    @Option(help: "TZ for hone and for this process (default: inherited).")
    var tz: String?

    @Option(help: "Only these operations, comma-separated ids (start, study-first, cards-json, study-first-cold, cards-json-cold, cards-json-cold-berlin, report-json, report-json-cold, optimize-json, optimize-fit, import-apkg, import-apkg-notes, optimize-apply).")
    var operations: String?

    @Flag(help: "Skip the in-process micro-benchmarks.")
    var noMicro = false

    @Flag(help: "Skip the answer-latency sessions.")
    var noLatency = false

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        if let tz { setenv("TZ", tz, 1) }
        guard runs >= 1, answers >= 1 else { throw ValidationError("--runs and --answers must be 1 or more") }
        let started = Date()
        let loadStart = ResultsFile.loadAverage()
        let hone = try locateHone()
        let scratch = Path.join(NSTemporaryDirectory(), "hone-bench-run-\(getpid())")
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var environment: [String: String] = [:]
        if let tz { environment["TZ"] = tz }
        var chosen = Operation.all(targetsApply: true)
        if let operations {
            let ids = Set(operations.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            chosen = chosen.filter { ids.contains($0.id) }
        }

        var suites: [SuiteResult] = []
        func suite(_ spec: WorkloadSpec, processes: Bool, micro: Bool, latency: Bool, targets: Bool) throws {
            let made = try Workload.prepare(spec, cacheRoot: workload.cache, inProcess: false, log: logLine)
            let ops = (processes ? chosen : []).map { op -> Operation in
                var op = op
                if !targets { op.targetMS = nil }
                return op
            }
            suites.append(try Suite(workload: made, hone: hone, runs: runs, answers: answers, environment: environment,
                                    operations: ops, micro: micro && !noMicro, latency: latency && !noLatency,
                                    targetsApply: targets, scratchRoot: scratch, log: logLine).run())
        }
        if growth {
            for cards in growthCards.split(separator: ",").compactMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
                try suite(workload.spec(entries: max(cards / 2, 1), reviews: cards * reviewsPerCard),
                          processes: true, micro: true, latency: true, targets: false)
            }
        } else {
            try suite(workload.spec(), processes: true, micro: true, latency: true,
                      targets: workload.entries == 10_000 && workload.reviews == 1_000_000)
            if latencyReviews > 0, !noLatency {
                try suite(workload.spec(reviews: latencyReviews), processes: false, micro: false, latency: true, targets: false)
            }
        }

        var table = Table()
        for result in suites { table.rows += Table.rows(for: result) }
        print(table.render())
        print("\n* at or below hone-bench's own peak memory (\(Format.megabytes(kib: OwnMemory.peakKiB())) MB), which Linux counts in a spawned child's max RSS.")
        print("load average at start / end: \(loadStart) / \(ResultsFile.loadAverage()) (\(sysconf(Int32(_SC_NPROCESSORS_ONLN))) cores)")
        let path = json ?? Path.join("bench-results", Self.timestamp(started) + ".json")
        let directory = Path.directory(of: path)
        if directory != "." { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        try Data(ResultsFile.render(mode: growth ? "growth" : "full", suites: suites, hone: hone, runs: runs, started: started,
                                          loadStart: loadStart).utf8)
            .write(to: URL(fileURLWithPath: path))
        logLine("results: \(path)")
    }

    static func timestamp(_ date: Date) -> String {
        ISO8601.format(date).replacingOccurrences(of: ":", with: "").replacingOccurrences(of: "-", with: "")
            .replacingOccurrences(of: ".", with: "")
    }

    func locateHone() throws -> String {
        if let hone { return hone }
        let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let sibling = Path.join(Path.directory(of: me), "hone")
        guard FileManager.default.isExecutableFile(atPath: sibling) else {
            throw ValidationError("no hone executable at \(sibling): build it first (swift build -c release) or pass --hone")
        }
        return sibling
    }
}

/// The in-process micro-benchmarks, run as a child of `run` (they hold a million reviews in memory,
/// which would otherwise count in the max RSS of every `hone` started after them).
struct MicroCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "micro", abstract: "Time HoneKit's parts in-process on a workload (used by `run`).")

    @OptionGroup var workload: WorkloadOptions

    @Option(help: "A learner folder holding a copy of the workload's journal and a current snapshot.")
    var learnerFolder: String

    @Option(help: "Runs per measurement.")
    var runs = 5

    @Flag(help: "Attach the issue's targets.")
    var targets = false

    @Option(help: "Where to write the results (JSON).")
    var out: String

    func run() throws {
        let spec = workload.spec()
        let made = try Workload.load(folder: Path.join(workload.cache, spec.folderName), spec: spec)
        let results = try MicroBenchmarks(workload: made, learnerFolder: learnerFolder, runs: runs, targetsApply: targets,
                                          log: logLine).run()
        try Data(MicroResult.encode(results).utf8).write(to: URL(fileURLWithPath: out))
    }
}
