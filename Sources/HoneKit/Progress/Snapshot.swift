import Foundation

/// A cache of every card's state and of the review tally (per deck and study day), with a note of how much of
/// the journal it covers (the byte length and a hash of the last line it saw). A start reads the
/// snapshot and replays only the journal after that point; if the snapshot is missing, stale, from
/// other settings or damaged, the states are rebuilt from the whole journal.
///
/// It is binary (little-endian, with a checksum at the end) because it sits on the start path:
/// decoding 20,000 cards takes well under a millisecond this way and ~100 ms as JSON. The journal and
/// settings stay JSON; this file is only a cache and may be deleted at any time.
public struct Snapshot: Sendable, Equatable {
    public static let fileName = "snapshot.bin"
    static let magic: [UInt8] = Array("HONESNP4".utf8)

    public var settingsFingerprint: String
    public var journalLength: Int
    /// Lines in the part of the journal covered (its newlines), so the tail's lines are numbered
    /// without reading what comes before.
    public var journalLines: Int
    public var lastLineHash: String
    public var states: CardStates
    public var tally: ReviewTally

    public func encoded() -> [UInt8] {
        var out = BinaryWriter()
        out.bytes(Self.magic)
        out.string(settingsFingerprint)
        out.u64(UInt64(journalLength))
        out.u64(UInt64(journalLines))
        out.string(lastLineHash)
        encode(tally, into: &out)
        out.u32(UInt32(states.count))
        // A phase is written as its position among all phases (listed once, not per card).
        let phases = CardPhase.allCases
        for (id, s) in states.inStableOrder() {
            out.string(id)
            out.u8(UInt8(phases.firstIndex(of: s.phase)!))
            out.i64(Int64(s.step ?? -1))
            out.f64(s.stability ?? .nan)
            out.f64(s.difficulty ?? .nan)
            out.f64(s.due?.timeIntervalSince1970 ?? .nan)
            out.f64(s.lastReview?.timeIntervalSince1970 ?? .nan)
            out.f64(s.firstReview?.timeIntervalSince1970 ?? .nan)
            out.f64(s.intervalDays)
            out.u32(UInt32(clamping: s.reps))
            out.u32(UInt32(clamping: s.lapses))
        }
        out.u64(out.withUnsafeBytes(Self.checksum))
        return out.data
    }

    /// Reads a snapshot; nil when it is damaged or of another version (it is only a cache).
    public static func decode(_ bytes: [UInt8]) -> Snapshot? {
        guard bytes.count >= magic.count + 8, bytes.starts(with: magic) else { return nil }
        return bytes.withUnsafeBytes { raw -> Snapshot? in
            let body = raw.count - 8
            var check = BinaryReader(bytes: raw, offset: body)
            guard let sum = check.u64(), sum == checksum(UnsafeRawBufferPointer(rebasing: raw[..<body])) else { return nil }
            var reader = BinaryReader(bytes: UnsafeRawBufferPointer(rebasing: raw[..<body]), offset: magic.count)
            return decodeBody(&reader, size: body)
        }
    }

    private static func decodeBody(_ reader: inout BinaryReader, size body: Int) -> Snapshot? {
        guard let fingerprint = reader.string(), let length = reader.u64(), let lines = reader.u64(), let lastLine = reader.string(),
              let tally = decodeTally(&reader, size: body) else { return nil }
        guard let cardCount = reader.u32(), Int(cardCount) <= body / 60 + 1 else { return nil }
        var states = CardStates(minimumCapacity: Int(cardCount))
        for _ in 0..<cardCount {
            guard let id = reader.string(), let phaseIndex = reader.u8(), Int(phaseIndex) < CardPhase.allCases.count,
                  let step = reader.i64(), let stability = reader.f64(), let difficulty = reader.f64(),
                  let due = reader.f64(), let last = reader.f64(), let first = reader.f64(), let interval = reader.f64(),
                  let reps = reader.u32(), let lapses = reader.u32() else { return nil }
            var state = CardState()
            state.phase = CardPhase.allCases[Int(phaseIndex)]
            state.step = step < 0 ? nil : Int(step)
            state.stability = stability.isNaN ? nil : stability
            state.difficulty = difficulty.isNaN ? nil : difficulty
            state.due = due.isNaN ? nil : Date(timeIntervalSince1970: due)
            state.lastReview = last.isNaN ? nil : Date(timeIntervalSince1970: last)
            state.firstReview = first.isNaN ? nil : Date(timeIntervalSince1970: first)
            state.intervalDays = interval
            state.reps = Int(reps)
            state.lapses = Int(lapses)
            states[id] = state
        }
        guard reader.atEnd, length <= UInt64(Int.max), lines <= length else { return nil }
        return Snapshot(settingsFingerprint: fingerprint, journalLength: Int(length), journalLines: Int(lines), lastLineHash: lastLine,
                        states: states, tally: tally)
    }

    /// The deck cache's word hash (`CacheHash`): a damaged cache is noticed, quickly.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        CacheHash.of(bytes.assumingMemoryBound(to: UInt8.self))
    }

    /// The hash of the last line in `bytes[..<length]` (a line ends with its newline).
    static func lastLineHash(_ bytes: [UInt8], length: Int) -> String {
        guard length > 0, length <= bytes.count else { return "" }
        var start = length - 1
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        return StableHash.hex(StableHash.fnv1a64(bytes: bytes[start..<length]))
    }
}
