import Foundation

/// A learner's `settings.json`: scheduling settings plus daily limits. Every field is optional;
/// missing ones take the defaults in DESIGN.md.
public struct LearnerSettings: Sendable, Equatable {
    public var scheduling = SchedulingSettings()
    public var newPerDay = 20
    public var reviewsPerDay = 200

    public init() {}

    /// Reads settings JSON; errors are located in `path`. The time zone is the learner's local one.
    public static func parse(_ bytes: [UInt8], path: String, timeZone: TimeZone) throws(ProgressError) -> LearnerSettings {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw .badSettings(path: path, line: error.line, message: error.message)
        }
        guard let members = root.members else { throw .badSettings(path: path, line: root.line, message: "settings must be a JSON object") }
        var settings = LearnerSettings()
        settings.scheduling.calendar.timeZone = timeZone
        func fail(_ node: JSONNode, _ message: String) -> ProgressError { .badSettings(path: path, line: node.line, message: message) }
        for member in members {
            let node = member.node
            switch member.key {
            case "desired_retention":
                guard let value = node.number, value > 0, value < 1 else { throw fail(node, "desired_retention must be a number between 0 and 1, e.g. 0.9") }
                settings.scheduling.desiredRetention = value
            case "parameters":
                guard let items = node.array, items.allSatisfy({ $0.number != nil }) else { throw fail(node, "parameters must be an array of 21 numbers") }
                do {
                    settings.scheduling.parameters = try FSRSParameters(items.map { $0.number! })
                } catch {
                    throw fail(node, error.description)
                }
            case "learning_steps", "relearning_steps":
                guard let items = node.array else { throw fail(node, "\(member.key) must be an array like [\"1m\", \"10m\"]") }
                var steps: [TimeInterval] = []
                for item in items {
                    guard let text = item.string, let seconds = StepDuration.parse(text) else {
                        throw fail(item, "\(member.key): a step is a duration like \"30s\", \"10m\", \"1h\" or \"1d\"")
                    }
                    steps.append(seconds)
                }
                if member.key == "learning_steps" { settings.scheduling.learningSteps = steps } else { settings.scheduling.relearningSteps = steps }
            case "maximum_interval":
                guard let value = node.integer, value >= 1 else { throw fail(node, "maximum_interval must be a whole number of days, at least 1") }
                settings.scheduling.maximumInterval = value
            case "fuzz":
                guard let value = node.bool else { throw fail(node, "fuzz must be true or false") }
                settings.scheduling.fuzz = value
            case "new_per_day":
                guard let value = node.integer, value >= 0 else { throw fail(node, "new_per_day must be a whole number, 0 or more") }
                settings.newPerDay = value
            case "reviews_per_day":
                guard let value = node.integer, value >= 0 else { throw fail(node, "reviews_per_day must be a whole number, 0 or more") }
                settings.reviewsPerDay = value
            case "day_starts_at":
                guard let value = node.integer, (0...23).contains(value) else { throw fail(node, "day_starts_at must be an hour from 0 to 23") }
                settings.scheduling.calendar.dayStartsAt = value
            default:
                continue // unknown keys are kept for other tools and later versions
            }
        }
        return settings
    }

    /// A fingerprint of everything that changes card states when replaying the journal.
    public var schedulingFingerprint: String {
        let s = scheduling
        let text = s.parameters.weights.map { "\($0)" }.joined(separator: ",") + "|\(s.desiredRetention)|"
            + s.learningSteps.map { "\($0)" }.joined(separator: ",") + "|" + s.relearningSteps.map { "\($0)" }.joined(separator: ",")
            + "|\(s.maximumInterval)|\(s.fuzz)|\(s.calendar.dayStartsAt)|\(s.calendar.timeZone.identifier)"
        return StableHash.hex(StableHash.fnv1a64(text))
    }
}

/// Step durations as written in settings: "45s", "1m", "10m", "1h", "1d" (a bare number is minutes).
public enum StepDuration {
    public static func parse(_ text: String) -> TimeInterval? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let unit = trimmed.last else { return nil }
        let multipliers: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
        let (numberText, multiplier) = multipliers[unit].map { (String(trimmed.dropLast()), $0) } ?? (trimmed, 60)
        guard let number = Double(numberText), number > 0, number.isFinite else { return nil }
        return number * multiplier
    }

    public static func format(_ seconds: TimeInterval) -> String {
        if seconds >= 86_400, seconds.truncatingRemainder(dividingBy: 86_400) == 0 { return "\(Int(seconds / 86_400))d" }
        if seconds >= 3600, seconds.truncatingRemainder(dividingBy: 3600) == 0 { return "\(Int(seconds / 3600))h" }
        if seconds >= 60, seconds.truncatingRemainder(dividingBy: 60) == 0 { return "\(Int(seconds / 60))m" }
        return "\(Int(seconds))s"
    }
}
