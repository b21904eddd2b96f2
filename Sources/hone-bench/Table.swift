import Foundation

/// The one table a run prints: every operation on every workload, with median, min, max, peak
/// memory and the target where there is one.
struct Table {
    struct Row {
        var operation: String
        var workload: String
        var median: Double
        var min: Double
        var max: Double
        var maxRSSKiB: Int?
        var targetMS: Double?
        var note: String = ""
        /// False when the figure may be hone-bench's own peak (see `OwnMemory`).
        var rssReliable = true

        /// The memory target for every operation with a time target.
        static let rssTargetKiB = 150 * 1024

        var verdict: String {
            guard let targetMS, !median.isNaN else { return "" }
            if median > targetMS { return "MISS" }
            if let maxRSSKiB, rssReliable, maxRSSKiB > Self.rssTargetKiB { return "MISS (RSS > 150 MB)" }
            return "ok"
        }
    }

    var rows: [Row] = []

    static func rows(for suite: SuiteResult) -> [Row] {
        var rows: [Row] = []
        let label = suite.workload.label
        for result in suite.operations {
            if let skipped = result.skipped {
                rows.append(Row(operation: result.operation.title, workload: label, median: .nan, min: .nan, max: .nan,
                                maxRSSKiB: nil, targetMS: result.operation.targetMS, note: "skipped: \(skipped)"))
                continue
            }
            var note = "CPU \(Format.ms(result.cpuTimes.median)) ms"
            if result.operation.measure == .firstLine { note += "; exit \(Format.ms(result.exitTimes.median)) ms" }
            rows.append(Row(operation: result.operation.title, workload: label, median: result.times.median, min: result.times.min,
                            max: result.times.max, maxRSSKiB: result.maxRSSKiB, targetMS: result.operation.targetMS, note: note,
                            rssReliable: result.rssReliable))
            if let reported = result.reported, let wanted = result.operation.reported {
                rows.append(Row(operation: wanted.title, workload: label, median: reported.median, min: reported.min, max: reported.max,
                                maxRSSKiB: nil, targetMS: wanted.targetMS, note: "reported by the command"))
            }
        }
        if let latency = suite.latency {
            rows.append(Row(operation: "answer -> verdict (grade, append + fsync), \(latency.answered) answers", workload: label,
                            median: latency.toVerdict.median, min: latency.toVerdict.min, max: latency.toVerdict.max,
                            maxRSSKiB: latency.maxRSSKiB, targetMS: nil,
                            note: "p99 \(Format.ms(latency.toVerdict.percentile(99))) ms (target p99 < 1 ms)"
                                + (latency.toVerdict.percentile(99) < 1 ? " ok" : " MISS") + "; p50/p99 by kind: "
                                + latency.byKind.map { "\($0.kind) \(Format.ms($0.sample.median))/\(Format.ms($0.sample.percentile(99)))" }
                                    .joined(separator: ", ")))
            rows.append(Row(operation: "answer -> next question", workload: label, median: latency.toNextQuestion.median,
                            min: latency.toNextQuestion.min, max: latency.toNextQuestion.max, maxRSSKiB: nil, targetMS: nil,
                            note: "p99 \(Format.ms(latency.toNextQuestion.percentile(99))) ms"))
            rows.append(Row(operation: "session end (last verdict -> summary, snapshot saved)", workload: label,
                            median: latency.sessionEndMS, min: latency.sessionEndMS, max: latency.sessionEndMS, maxRSSKiB: nil,
                            targetMS: nil, note: "one session"))
        }
        for result in suite.micro {
            var note = result.note ?? ""
            if note.isEmpty { note = "in-process" } else { note = "in-process; " + note }
            rows.append(Row(operation: result.title, workload: label, median: result.times.median, min: result.times.min,
                            max: result.times.max, maxRSSKiB: nil, targetMS: result.targetMS, note: note))
        }
        return rows
    }

    /// Markdown, so that the same text goes into the README.
    func render() -> String {
        let header = ["Operation", "Workload", "Median ms", "Min ms", "Max ms", "Max RSS MB", "Target ms", "Notes"]
        let body = rows.map { row -> [String] in
            [row.operation, row.workload, Format.ms(row.median), Format.ms(row.min), Format.ms(row.max),
             row.maxRSSKiB.map { Format.megabytes(kib: $0) + (row.rssReliable ? "" : "*") } ?? "-",
             row.targetMS.map { "< " + Format.ms($0) + " " + row.verdict } ?? "", row.note]
        }
        var widths = header.map(\.count)
        for line in body { for (index, cell) in line.enumerated() { widths[index] = max(widths[index], cell.count) } }
        func format(_ cells: [String]) -> String {
            "| " + cells.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                return (2...6).contains(index) ? pad + cell : cell + pad
            }.joined(separator: " | ") + " |"
        }
        var lines = [format(header)]
        lines.append("|" + widths.enumerated().map { index, width in
            (2...6).contains(index) ? String(repeating: "-", count: width + 1) + ":" : String(repeating: "-", count: width + 2)
        }.joined(separator: "|") + "|")
        lines += body.map(format)
        return lines.joined(separator: "\n")
    }
}
