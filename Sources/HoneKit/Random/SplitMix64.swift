/// A small, fast, seedable random source (SplitMix64). The engine never uses global randomness:
/// every shuffle and pick takes one of these, so `--seed` makes a session repeatable.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Hashes that are the same on every run and machine (Swift's `Hasher` is randomly seeded per process).
public enum StableHash {
    /// FNV-1a's starting value, and one byte's step: loops that hash words as they read them (the
    /// distractors' and cloze filter's word hashes) take the same two.
    static var fnvBasis: UInt64 { 0xCBF2_9CE4_8422_2325 }

    @inline(__always) static func fnvStep(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    public static func fnv1a64(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { fnv1a64(bytes: $0) }
    }

    public static func fnv1a64<C: Collection>(bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash = fnvBasis
        for byte in bytes { hash = fnvStep(hash, byte) }
        return hash
    }

    public static func hex(_ value: UInt64) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
