import Foundation
import Testing
@testable import HoneKit

/// The text and Markdown reports of the scripted month: the figures by hand, in their wording.
@Suite struct ReportTextTests {
    let e = Expected()

    func percent(_ value: Double) -> String { ReportNumber.percent(value) }

    @Test func textFitsEightyColumnsAndIsPlainWithoutAStyler() throws {
        let text = ReportText.render(try ReportScenario.report())
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(line.count <= 80, "\(line)")
        }
        #expect(!text.contains("\u{1B}"))
        #expect(text.hasPrefix("hone report · default · all decks · Monday 2026-11-30\n"))
    }

    @Test func textShowsEveryFigure() throws {
        let text = ReportText.render(try ReportScenario.report())
        func has(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(text.contains(line), "missing: \(line)", sourceLocation: sourceLocation)
        }
        has("        total        new   learning      young     mature  suspended\n")
        has("           10          3          1          3          2          1\n")
        let sum = e.recall.values.reduce(0, +)
        has("  Known now ≈ \(ReportNumber.decimal(sum)) of the 6 cards you study (mean recall \(percent(sum / 6)))\n")
        has("  today \(e.forecast[0]) · tomorrow \(e.forecast[1]) · next 7 days \(e.forecast.prefix(7).reduce(0, +))\n")
        has("desired 80%")
        has("  last 7 days      0.0%    0 of 1 passed\n")
        has("  last 30 days     10.0%   1 of 10 passed\n")
        has("  last 365 days    18.2%   2 of 11 passed\n")
        has("  young, 30 days   0.0%    0 of 7 passed\n")
        has("  mature, 30 days  33.3%   1 of 3 passed\n")
        has("  32 reviews on 16 study days · streak 2 days, longest 8\n")
        has("  2.0 reviews and 1.5 minutes per study day\n")
        has("  lab" + String(repeating: " ", count: 32) + "\(e.known.count)/10".leftPadded(11))
        has("    alpha")
        has("  table Labs\n")
        has("    Lab")
        has("  1 lapse    bee (definition)\n")
        has("  8 lapses   cat (term)\n")
        for (card, value) in e.recall {
            let label = card == ReportScenario.claudeReverse ? "Anthropic → Model" : nil
            if let label { has(percent(value).leftPadded(6) + "  0 lapses   " + label) }
        }
        for band in 0..<10 where e.bands[band] > 0 {
            let name = band == 9 ? "90–100%" : "\(band * 10)–\(band * 10 + 10)%"
            has("  " + name.padded(9) + "█")
            has("█ \(e.bands[band])\n")
        }
    }

    @Test func textHeatmapHasAColumnPerWeekAndARowPerWeekday() throws {
        let text = ReportText.render(try ReportScenario.report())
        let lines = text.split(separator: "\n").map(String.init)
        let monday = try #require(lines.firstIndex { $0.hasPrefix("  Mon ") })
        // Mondays from 06-08 to 11-30: 26 weeks, two columns each; 11-02 had 4 reviews (shade 4 of 4
        // against the busiest day, 11-01 with 5), 11-30 none.
        let row = Array(lines[monday].dropFirst(6))
        #expect(row.count == 52)
        #expect(String(row[(ReportScenario.day("2026-11-02") - ReportScenario.day("2026-06-08")) / 7 * 2]) == "█")
        #expect(String(row[50]) == "·")
        // Sunday 11-01 (5 reviews) is the darkest; the last week stops at today, a Monday.
        let sunday = Array(lines[monday + 6].dropFirst(6))
        #expect(sunday.count == 50)
        #expect(String(sunday[(ReportScenario.day("2026-10-26") - ReportScenario.day("2026-06-08")) / 7 * 2]) == "█")
        #expect(lines[monday - 1].contains("Jun") && lines[monday - 1].contains("Nov"))
    }

    @Test func aStylerColoursHeadingsAndRates() throws {
        let text = ReportText.render(try ReportScenario.report()) { text, style in "<\(style)>\(text)</>" }
        #expect(text.contains("<heading>CARDS</>"))
        #expect(text.contains("<bad>10.0%</>"), "10% is far below the desired 80%")
        #expect(text.contains("<bad>8 lapses   </>"))
    }

    @Test func markdownHasTablesAndLists() throws {
        let markdown = ReportMarkdown.render(try ReportScenario.report())
        func has(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(markdown.contains(line), "missing: \(line)", sourceLocation: sourceLocation)
        }
        has("# hone report: default\n")
        has("| total | new | learning | young | mature | suspended |\n|---:|---:|---:|---:|---:|---:|\n| 10 | 3 | 1 | 3 | 2 | 1 |\n")
        has("- Today: **\(e.forecast[0])**\n- Tomorrow: \(e.forecast[1])\n- Next 7 days: \(e.forecast.prefix(7).reduce(0, +))\n")
        has("- Next 30 days, per day from today: " + e.forecast.map(String.init).joined(separator: ", ") + "\n")
        has("| last 7 days | 0.0% | 0 | 1 |\n")
        has("| last 30 days | 10.0% | 1 | 10 |\n")
        has("| last 365 days | 18.2% | 2 | 11 |\n")
        has("| young, 30 days | 0.0% | 0 | 7 |\n")
        has("| mature, 30 days | 33.3% | 1 | 3 |\n")
        has("- Reviews: 32 on 16 study days\n- Streak: 2 days (longest 8)\n- Per study day: 2.0 reviews, 1.5 minutes\n")
        has("| Lab (`lab`) | \(e.known.count) | 10 |")
        has("| Labs · Lab | \(e.known.contains("lab/labs/claude/lab") ? 1 : 0) | 4 |")
        has("## Leeches (suspended)")
        has("| cat (term) | `lab/cat/term` | 8 |\n")
        has("| bee (definition) | `lab/bee/definition` | \(percent(e.recall["lab/bee/definition"]!)) | 1 |\n")
        // Every table row has as many cells as its header.
        var columns = 0
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { columns = 0; continue }
            let cells = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            if columns == 0 { columns = cells } else { #expect(cells == columns, "\(line)") }
        }
    }

    @Test func markdownEscapesDeckText() {
        let lines = MarkdownLines()
        #expect(lines.escape("a|b *c* <d> `e`") == "a\\|b \\*c\\* \\<d\\> \\`e\\`")
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(width - count, 0)) + self }
    func padded(_ width: Int) -> String { self + String(repeating: " ", count: max(width - count, 0)) }
}
