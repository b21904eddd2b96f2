/// Text layout for the terminal and Markdown reports: padding, number wording and block charts.
/// Widths count Characters, which is the column count for the text reports print (labels from decks
/// are cut to fit, so a wide script can only make a line longer, never break the layout).
enum Layout {
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    /// Heatmap shades, from no review to the busiest day.
    static let shades = ["··", "░░", "▒▒", "▓▓", "██"]
    static let eighths: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// An hour of the day as "04:00".
    static func hour(_ hour: Int) -> String { (hour < 10 ? "0" : "") + "\(hour):00" }

    /// `text` cut to `width` columns, with an ellipsis when cut.
    static func fit(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(width - 1, 0))) + "…"
    }

    /// `text` padded with spaces to `width` (`visible` is its width when it holds colour codes).
    static func pad(_ text: String, _ width: Int, visible: Int? = nil) -> String {
        text + String(repeating: " ", count: max(width - (visible ?? text.count), 0))
    }

    static func lpad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(width - text.count, 0)) + text
    }

    /// 1234567 as "1,234,567".
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// "1 day", "3 days".
    static func plural(_ count: Int, _ noun: String) -> String {
        "\(grouped(count)) \(noun)\(count == 1 ? "" : "s")"
    }

    /// A bar of `width` cells, filled for `share` (0-1).
    static func bar(_ share: Double, width: Int) -> String {
        let filled = min(max(Int((share * Double(width)).rounded()), 0), width)
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }

    /// A column chart, one column (and a space) per value, `height` rows of eighth blocks, indented
    /// by two; the top row ends with the largest value.
    static func columnChart(_ values: [Int], height: Int) -> [String] {
        let most = max(values.max() ?? 0, 1)
        let levels = values.map { $0 == 0 ? 0 : max(Int((Double($0) / Double(most) * Double(height * 8)).rounded()), 1) }
        return (0..<height).reversed().map { row in
            var line = "  "
            for level in levels {
                line.append(eighths[min(max(level - row * 8, 0), 8)])
                line.append(" ")
            }
            if row == height - 1 { return line + " max \(most)" }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// Labels placed at the columns `at` of a chart whose columns are `step` wide.
    static func axis(_ labels: [String], at columns: [Int], step: Int) -> String {
        var line = ""
        for (label, column) in zip(labels, columns) {
            let position = column * step
            if line.count < position { line += String(repeating: " ", count: position - line.count) }
            else if !line.isEmpty { line += " " }
            line += label
        }
        return line
    }

    /// The review heatmap: a row per weekday, a column per week, month names above, a legend below.
    static func heatmap(_ activity: Activity, today: Int, style: ReportText.Styler) -> [String] {
        let weeks = Report.weeks
        var months = ""
        for week in 0..<weeks {
            let monday = activity.firstDay + 7 * week
            let month = ISO8601.civilFromDays(monday).month
            guard week == 0 || month != ISO8601.civilFromDays(monday - 7).month else { continue }
            let position = 2 * week
            guard months.count <= position - 1 || months.isEmpty else { continue }
            months += String(repeating: " ", count: position - months.count) + monthNames[month - 1]
        }
        var rows = ["      " + months]
        let names = ["Mon", "", "Wed", "", "Fri", "", "Sun"]
        for weekday in 0..<7 {
            var row = "  " + pad(names[weekday], 4)
            for week in 0..<weeks {
                let day = activity.firstDay + 7 * week + weekday
                guard day <= today else { break }
                let level = activity.level(activity.heatmap[day - activity.firstDay])
                row += level == 0 ? style(shades[0], .dim) : style(shades[level], .good)
            }
            rows.append(row)
        }
        rows.append("      " + style("less ", .dim) + shades.map { level in level == shades[0] ? style(level, .dim) : style(level, .good) }
            .joined(separator: " ") + style(" more", .dim))
        return rows
    }
}
