import Foundation

/// A cache of every card's state and of the review count per study day, with a note of how much of
/// the journal it covers (the byte length and a hash of the last line it saw). A start reads the
/// snapshot and replays only the journal after that point; if the snapshot is missing, stale, from
/// other settings or unreadable, the states are rebuilt from the whole journal.
public struct Snapshot: Sendable, Equatable {
    public static let fileName = "snapshot.json"
    static let version = 1

    public var settingsFingerprint: String
    public var journalLength: Int
    public var lastLineHash: String
    public var states: [String: CardState]
    public var reviewsPerDay: [Int: Int]

    public func encoded() -> [UInt8] {
        var text = "{\"version\":\(Self.version),\"settings\":\(JSONText.quote(settingsFingerprint)),"
        text += "\"journal_bytes\":\(journalLength),\"journal_last_line\":\(JSONText.quote(lastLineHash)),\n"
        text += "\"days\":" + JSONText.array(reviewsPerDay.keys.sorted().map { "[\($0),\(reviewsPerDay[$0]!)]" }) + ",\n"
        text += "\"cards\":[\n"
        let rows = states.keys.sorted().map { id -> String in
            let s = states[id]!
            return JSONText.array([
                JSONText.quote(id), JSONText.quote(s.phase.rawValue), s.step.map(String.init) ?? "null",
                JSONText.number(s.stability), JSONText.number(s.difficulty), time(s.due), time(s.lastReview),
                time(s.firstReview), JSONText.number(s.intervalDays), String(s.reps), String(s.lapses),
            ])
        }
        text += rows.joined(separator: ",\n") + "\n]}\n"
        return Array(text.utf8)
    }

    private func time(_ date: Date?) -> String {
        date.map { JSONText.number($0.timeIntervalSince1970) } ?? "null"
    }

    /// Reads a snapshot; nil when it is unreadable or of another version (it is only a cache).
    public static func decode(_ bytes: [UInt8]) -> Snapshot? {
        guard let root = try? JSONParser.parse(bytes), root["version"]?.integer == version,
              let fingerprint = root["settings"]?.string, let length = root["journal_bytes"]?.integer,
              let lastLine = root["journal_last_line"]?.string, let rows = root["cards"]?.array,
              let days = root["days"]?.array else { return nil }
        var states: [String: CardState] = [:]
        states.reserveCapacity(rows.count)
        for row in rows {
            guard let cells = row.array, cells.count == 11, let id = cells[0].string,
                  let phaseText = cells[1].string, let phase = CardPhase(rawValue: phaseText),
                  let reps = cells[9].integer, let lapses = cells[10].integer else { return nil }
            var state = CardState()
            state.phase = phase
            state.step = cells[2].integer
            state.stability = cells[3].number
            state.difficulty = cells[4].number
            state.due = cells[5].number.map { Date(timeIntervalSince1970: $0) }
            state.lastReview = cells[6].number.map { Date(timeIntervalSince1970: $0) }
            state.firstReview = cells[7].number.map { Date(timeIntervalSince1970: $0) }
            state.intervalDays = cells[8].number ?? 0
            state.reps = reps
            state.lapses = lapses
            states[id] = state
        }
        var perDay: [Int: Int] = [:]
        for day in days {
            guard let pair = day.array, pair.count == 2, let key = pair[0].integer, let count = pair[1].integer else { return nil }
            perDay[key] = count
        }
        return Snapshot(settingsFingerprint: fingerprint, journalLength: length, lastLineHash: lastLine,
                        states: states, reviewsPerDay: perDay)
    }

    /// The hash of the last line in `bytes[..<length]` (a line ends with its newline).
    static func lastLineHash(_ bytes: [UInt8], length: Int) -> String {
        guard length > 0, length <= bytes.count else { return "" }
        var start = length - 1
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        return StableHash.hex(StableHash.fnv1a64(bytes: bytes[start..<length]))
    }
}
