import Foundation

/// Card ids numbered 0, 1, 2... in order of first appearance, looked up by their UTF-8 bytes (an
/// open-addressing table over FNV-1a hashes), so that a line's card costs no String unless it is new.
struct CardNumbers {
    private(set) var ids: [String] = []
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var slots = [Int32](repeating: -1, count: 1024)

    mutating func number(_ text: String) -> Int32 {
        var text = text
        return text.withUTF8 { number($0, 0..<$0.count) }
    }

    mutating func number(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32 {
        let start = source.baseAddress! + range.lowerBound
        let mask = slots.count - 1
        var slot = Self.hash(start, range.count) & mask
        while slots[slot] >= 0 {
            let number = Int(slots[slot])
            let stored = starts[number]..<starts[number + 1]
            if stored.count == range.count,
               bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + stored.lowerBound, start, range.count) == 0 }) {
                return Int32(number)
            }
            slot = (slot + 1) & mask
        }
        let number = Int32(ids.count)
        let slice = UnsafeBufferPointer(rebasing: source[range])
        ids.append(String(decoding: slice, as: UTF8.self))
        bytes.append(contentsOf: slice)
        starts.append(bytes.count)
        slots[slot] = number
        if ids.count * 2 > slots.count { grow() }
        return number
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        bytes.withUnsafeBufferPointer { stored in
            for number in ids.indices {
                var slot = Self.hash(stored.baseAddress! + starts[number], starts[number + 1] - starts[number]) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(number)
            }
        }
    }

    /// A hash of `count` bytes, eight at a time.
    private static func hash(_ start: UnsafePointer<UInt8>, _ count: Int) -> Int {
        let raw = UnsafeRawPointer(start)
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
        var offset = 0
        while offset + 8 <= count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            offset += 8
        }
        while offset < count {
            hash = (hash ^ UInt64(start[offset])) &* 0xC4CE_B9FE_1A85_EC53
            offset += 1
        }
        hash ^= hash >> 29
        return Int(truncatingIfNeeded: (hash &* 0xFF51_AFD7_ED55_8CCD) >> 16)
    }
}
