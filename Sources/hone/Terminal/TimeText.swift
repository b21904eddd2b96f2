import Foundation

/// Human wording for spans of time: "in 10 min", "in 3 days", "in 2 h".
enum TimeText {
    static func until(_ date: Date, from now: Date) -> String {
        "in " + span(date.timeIntervalSince(now))
    }

    static func span(_ seconds: TimeInterval) -> String {
        let s = max(seconds, 0)
        if s < 60 { return "\(Int(s.rounded())) s" }
        if s < 3600 { return "\(Int((s / 60).rounded())) min" }
        if s < 86_400 { return "\(Int((s / 3600).rounded())) h" }
        let days = Int((s / 86_400).rounded())
        if days < 60 { return days == 1 ? "1 day" : "\(days) days" }
        if days < 730 { return "\(Int((Double(days) / 30.4).rounded())) months" }
        return String(format: "%.1f years", Double(days) / 365.25)
    }

    static func minutes(_ seconds: TimeInterval) -> String {
        let m = Int((seconds / 60).rounded())
        return m < 1 ? "under a minute" : "\(m) min"
    }
}
