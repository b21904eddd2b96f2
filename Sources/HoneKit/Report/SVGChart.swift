/// Inline SVG charts for the HTML report: column charts, the activity heatmap and a line of rates.
/// Each is one `<svg>` element that scales to its container (a `viewBox`, no fixed size), coloured
/// by CSS classes so that the page's light and dark themes apply, with a `<title>` per mark for a
/// tooltip (and for screen readers). The output is well-formed XML.
enum SVGChart {
    /// A column chart of `values` with a label under some columns (`labels[i]`, "" for none).
    static func columns(id: String, title: String, values: [Int], labels: [String], tips: [String]) -> String {
        let width = 600.0, height = 200.0, top = 22.0, bottom = 26.0, left = 8.0
        let slot = (width - left * 2) / Double(max(values.count, 1))
        let most = Double(max(values.max() ?? 0, 1))
        var svg = open(id: id, title: title, width: width, height: height)
        svg += line(x1: left, y1: height - bottom, x2: width - left, y2: height - bottom, class: "axis")
        for (index, value) in values.enumerated() {
            let h = Double(value) / most * (height - top - bottom)
            let x = left + Double(index) * slot + slot * 0.15
            svg += "<rect class=\"bar\" x=\"\(n(x))\" y=\"\(n(height - bottom - h))\" width=\"\(n(slot * 0.7))\" height=\"\(n(h))\">"
                + "<title>\(HTMLText.escape(tips[index]))</title></rect>"
            if value > 0, values.count <= 12 || value == Int(most) {
                svg += text(x: x + slot * 0.35, y: height - bottom - h - 4, String(value), class: "value")
            }
            if !labels[index].isEmpty {
                let (at, anchor) = index == 0 ? (x, "start") : index == values.count - 1 ? (x + slot * 0.7, "end") : (x + slot * 0.35, "middle")
                svg += text(x: at, y: height - 6, labels[index], class: "label", anchor: anchor)
            }
        }
        return svg + "</svg>"
    }

    /// The heatmap: a column per week, a row per weekday (Monday on top), shaded by `level`.
    static func heatmap(id: String, activity: Activity, today: Int) -> String {
        let cell = 20.0, gap = 3.0, left = 40.0, top = 20.0
        let width = left + Double(Report.weeks) * (cell + gap), height = top + 7 * (cell + gap)
        var svg = open(id: id, title: "Reviews per day, last \(Report.weeks) weeks", width: width, height: height)
        for (row, name) in ["Mon", "Wed", "Fri", "Sun"].enumerated() {
            svg += text(x: 2, y: top + Double(row * 2) * (cell + gap) + cell * 0.75, name, class: "label", anchor: "start")
        }
        for week in 0..<Report.weeks {
            let monday = activity.firstDay + 7 * week
            let date = ISO8601.civilFromDays(monday)
            if week == 0 || date.month != ISO8601.civilFromDays(monday - 7).month, week < Report.weeks - 1 {
                svg += text(x: left + Double(week) * (cell + gap), y: 14, Layout.monthNames[date.month - 1], class: "label", anchor: "start")
            }
            for weekday in 0..<7 {
                let day = monday + weekday
                guard day <= today else { break }
                let count = activity.heatmap[day - activity.firstDay]
                svg += "<rect class=\"l\(activity.level(count))\" x=\"\(n(left + Double(week) * (cell + gap)))\" "
                    + "y=\"\(n(top + Double(weekday) * (cell + gap)))\" width=\"\(n(cell))\" height=\"\(n(cell))\" rx=\"3\">"
                    + "<title>\(ISO8601.formatDay(day)): \(Layout.plural(count, "review"))</title></rect>"
            }
        }
        return svg + "</svg>"
    }

    /// Rates (0-1, nil for no data) as a line with dots, against a dashed line at `target`.
    static func rates(id: String, title: String, values: [Double?], target: Double, labels: [String], tips: [String]) -> String {
        let width = 600.0, height = 220.0, top = 12.0, bottom = 26.0, left = 48.0, right = 12.0
        let known = values.compactMap { $0 }
        let floor = min(((known.min() ?? target) * 10).rounded(.down) / 10, (target * 10).rounded(.down) / 10 - 0.1)
        let low = max(min(floor, 0.9), 0)
        func y(_ value: Double) -> Double { top + (1 - (value - low) / (1 - low)) * (height - top - bottom) }
        let step = (width - left - right) / Double(max(values.count - 1, 1))
        var svg = open(id: id, title: title, width: width, height: height)
        for tick in stride(from: low, through: 1.0001, by: (1 - low) / 2) {
            svg += line(x1: left, y1: y(tick), x2: width - right, y2: y(tick), class: "grid")
            svg += text(x: left - 4, y: y(tick) + 4, ReportNumber.wholePercent(tick), class: "label", anchor: "end")
        }
        svg += line(x1: left, y1: y(target), x2: width - right, y2: y(target), class: "target")
        var segment: [String] = []
        func flush() {
            if segment.count > 1 { svg += "<polyline class=\"rate\" points=\"\(segment.joined(separator: " "))\" />" }
            segment = []
        }
        for (index, value) in values.enumerated() {
            guard let value else { flush(); continue }
            segment.append("\(n(left + Double(index) * step)),\(n(y(value)))")
        }
        flush()
        for (index, value) in values.enumerated() {
            if let value {
                svg += "<circle class=\"dot\" cx=\"\(n(left + Double(index) * step))\" cy=\"\(n(y(value)))\" r=\"3.5\">"
                    + "<title>\(HTMLText.escape(tips[index]))</title></circle>"
            }
            if !labels[index].isEmpty {
                let anchor = index == 0 ? "start" : index == values.count - 1 ? "end" : "middle"
                svg += text(x: left + Double(index) * step, y: height - 6, labels[index], class: "label", anchor: anchor)
            }
        }
        return svg + "</svg>"
    }

    private static func open(id: String, title: String, width: Double, height: Double) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(id)\" class=\"chart\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
            + "role=\"img\" aria-label=\"\(HTMLText.escape(title))\"><title>\(HTMLText.escape(title))</title>"
    }

    private static func line(x1: Double, y1: Double, x2: Double, y2: Double, class name: String) -> String {
        "<line class=\"\(name)\" x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" />"
    }

    private static func text(x: Double, y: Double, _ content: String, class name: String, anchor: String = "middle") -> String {
        "<text class=\"\(name)\" x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\">\(HTMLText.escape(content))</text>"
    }

    /// A coordinate with at most one decimal.
    private static func n(_ value: Double) -> String {
        guard value >= 0 else { return "-" + n(-value) }
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }
}

/// Escaping text for HTML and XML: the five characters XML reserves.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
