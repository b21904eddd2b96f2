#if canImport(Glibc)
import Glibc
#endif
import Foundation
import HoneKit

/// The JSON file a run writes (bench-results/<timestamp>.json or --json), read by Scripts/bench-peers.
enum ResultsFile {
    static func render(mode: String, suites: [SuiteResult], hone: String, runs: Int, started: Date, loadStart: String) -> String {
        let machine = JSONText.object([
            ("cores", String(sysconf(Int32(_SC_NPROCESSORS_ONLN)))), ("cpu", JSONText.quote(cpuModel())),
            ("kernel", JSONText.quote(kernel())), ("memory_kib", String(memoryKiB())),
            ("load_average_start", JSONText.quote(loadStart)), ("load_average_end", JSONText.quote(loadAverage())),
        ])
        return JSONText.object([
            ("tool", JSONText.quote("hone-bench")), ("mode", JSONText.quote(mode)),
            ("started_at", JSONText.quote(ISO8601.format(started))), ("hone", JSONText.quote(hone)),
            ("git", JSONText.quote(gitDescription())), ("runs", String(runs)), ("machine", machine),
            ("time_zone", JSONText.quote(TimeZone.current.identifier)), ("bench_peak_rss_kib", String(OwnMemory.peakKiB())),
            ("suites", "[\n" + suites.map(suite).joined(separator: ",\n") + "\n]"),
        ]) + "\n"
    }

    static func sample(_ sample: Sample) -> [(String, String)] {
        [("median_ms", number(sample.median)), ("min_ms", number(sample.min)), ("max_ms", number(sample.max)),
         ("p99_ms", number(sample.percentile(99))), ("runs_ms", JSONText.array(sample.values.map(number)))]
    }

    static func number(_ value: Double) -> String {
        value.isFinite ? JSONText.number((value * 1000).rounded() / 1000) : "null"
    }

    static func suite(_ suite: SuiteResult) -> String {
        let operations = suite.operations.map { result -> String in
            var pairs: [(String, String)] = [
                ("id", JSONText.quote(result.operation.id)), ("title", JSONText.quote(result.operation.title)),
                ("command", JSONText.array(result.operation.command.map(JSONText.quote))),
                ("measure", JSONText.quote(result.operation.measure == .firstLine ? "first_line" : "exit")),
                ("snapshot", result.operation.cold ? "false" : "true"),
                ("target_ms", result.operation.targetMS.map(number) ?? "null"),
            ]
            if let skipped = result.skipped {
                pairs.append(("skipped", JSONText.quote(skipped)))
            } else {
                pairs += sample(result.times)
                pairs += [("exit_median_ms", number(result.exitTimes.median)), ("cpu_median_ms", number(result.cpuTimes.median)),
                          ("max_rss_kib", String(result.maxRSSKiB)), ("max_rss_reliable", result.rssReliable ? "true" : "false"),
                          ("output_bytes", String(result.outputBytes))]
                if let reported = result.reported, let wanted = result.operation.reported {
                    pairs.append(("reported", JSONText.object([("path", JSONText.array(wanted.path.map(JSONText.quote))),
                                                              ("title", JSONText.quote(wanted.title)),
                                                              ("target_ms", wanted.targetMS.map(number) ?? "null")] + sample(reported))))
                }
            }
            return "    " + JSONText.object(pairs)
        }
        let micro = suite.micro.map { result -> String in
            var pairs: [(String, String)] = [("id", JSONText.quote(result.id)), ("title", JSONText.quote(result.title)),
                                             ("target_ms", result.targetMS.map(number) ?? "null")]
            pairs += sample(result.times)
            return "    " + JSONText.object(pairs)
        }
        var pairs: [(String, String)] = [
            ("workload", suite.workload.resultJSON),
            ("operations", "[\n" + operations.joined(separator: ",\n") + "\n  ]"),
            ("micro", "[\n" + micro.joined(separator: ",\n") + "\n  ]"),
        ]
        if let latency = suite.latency {
            pairs.append(("latency", JSONText.object([
                ("answers", String(latency.answered)), ("journal_bytes_before", String(latency.journalBytesBefore)),
                ("to_verdict", JSONText.object(sample(latency.toVerdict).filter { $0.0 != "runs_ms" } + [("p50_ms", number(latency.toVerdict.median))])),
                ("to_next_question", JSONText.object(sample(latency.toNextQuestion).filter { $0.0 != "runs_ms" })),
                ("to_verdict_ms", JSONText.array(latency.toVerdict.values.map(number))),
                ("session_end_ms", number(latency.sessionEndMS)), ("exit_ms", number(latency.exitMS)),
                ("first_question_ms", number(latency.firstQuestionMS)), ("max_rss_kib", String(latency.maxRSSKiB)),
                ("kinds", JSONText.object(latency.kinds.sorted { $0.key < $1.key }.map { ($0.key, String($0.value)) })),
                ("to_verdict_by_kind", JSONText.object(latency.byKind.map { ($0.kind, JSONText.object(sample($0.sample).filter { $0.0 != "runs_ms" })) })),
                ("answers", JSONText.array(latency.answers.map {
                    JSONText.object([("kind", JSONText.quote($0.kind)), ("verdict_ms", number($0.verdict)), ("next_ms", number($0.next))])
                })),
            ])))
        } else {
            pairs.append(("latency", "null"))
        }
        return "  " + JSONText.object(pairs)
    }

    static func cpuModel() -> String {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return "unknown" }
        for line in text.split(separator: "\n") where line.hasPrefix("model name") {
            return line.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
        }
        return "unknown"
    }

    static func kernel() -> String {
        var info = utsname()
        uname(&info)
        let release = withUnsafeBytes(of: &info.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return release
    }

    /// The 1, 5 and 15 minute load averages (other people's builds share these cores).
    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    static func memoryKiB() -> Int {
        Int(sysconf(Int32(_SC_PHYS_PAGES))) * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
    }

    /// `git describe --always --dirty` of the current folder, if it is a checkout.
    static func gitDescription() -> String {
        guard let result = try? CommandOutput.run(["/usr/bin/env", "git", "describe", "--always", "--dirty"]) else { return "unknown" }
        return result.text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
