import Foundation

/// Card ids numbered 0, 1, 2... in order of first appearance, looked up by their UTF-8 bytes (an
/// open-addressing table over 64-bit hashes, the full hash kept beside each slot so that a probe
/// compares bytes only when the hashes agree), so that a line's card costs no String unless it is new.
struct CardNumbers {
    private(set) var ids: [String] = []
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// Per slot: the number stored there (-1 for none) and its id's hash.
    private var slots = [Int32](repeating: -1, count: 1024)
    private var slotHashes = [UInt64](repeating: 0, count: 1024)

    mutating func number(_ text: String) -> Int32 {
        var text = text
        return text.withUTF8 { number($0, 0..<$0.count) }
    }

    mutating func number(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32 {
        let start = source.baseAddress! + range.lowerBound
        let count = range.count
        let hash = Self.hash(start, count)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 16) & mask
        while true {
            let number = slots[slot]
            if number < 0 { break }
            if slotHashes[slot] == hash {
                let stored = starts[Int(number)]
                if starts[Int(number) + 1] - stored == count,
                   bytes.withUnsafeBufferPointer({ Self.same($0.baseAddress! + stored, start, count) }) {
                    return number
                }
            }
            slot = (slot + 1) & mask
        }
        let number = Int32(ids.count)
        let slice = UnsafeBufferPointer(rebasing: source[range])
        ids.append(String(decoding: slice, as: UTF8.self))
        bytes.append(contentsOf: slice)
        starts.append(bytes.count)
        slots[slot] = number
        slotHashes[slot] = hash
        if ids.count * 2 > slots.count { grow() }
        return number
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        slotHashes = [UInt64](repeating: 0, count: slots.count)
        let mask = slots.count - 1
        bytes.withUnsafeBufferPointer { stored in
            for number in ids.indices {
                let hash = Self.hash(stored.baseAddress! + starts[number], starts[number + 1] - starts[number])
                var slot = Int(truncatingIfNeeded: hash >> 16) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(number)
                slotHashes[slot] = hash
            }
        }
    }

    /// Equal bytes, compared eight at a time.
    private static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        let (ra, rb) = (UnsafeRawPointer(a), UnsafeRawPointer(b))
        var offset = 0
        while offset + 8 <= count {
            guard ra.loadUnaligned(fromByteOffset: offset, as: UInt64.self) == rb.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            else { return false }
            offset += 8
        }
        while offset < count {
            guard a[offset] == b[offset] else { return false }
            offset += 1
        }
        return true
    }

    /// A hash of `count` bytes, eight at a time.
    private static func hash(_ start: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        let raw = UnsafeRawPointer(start)
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
        var offset = 0
        while offset + 8 <= count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            offset += 8
        }
        if offset < count {
            // The last one to seven bytes as one word.
            var tail: UInt64 = 0
            for index in offset..<count { tail |= UInt64(start[index]) << (8 * UInt64(index - offset)) }
            hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        }
        hash ^= hash >> 29
        return hash &* 0xFF51_AFD7_ED55_8CCD
    }
}
