import Foundation

/// Card ids numbered 0, 1, 2... in order of first appearance, looked up by their UTF-8 bytes, so
/// that a line's card costs no String unless it is new.
///
/// The lookup is an open-addressing table of one word per slot: 32 bits of the id's hash and where
/// its record starts. A record holds the card's number, the id's length and its bytes, one after
/// the other, so a lookup touches two places in memory (the slot, then the record) however long the
/// table grows: with a million lines over twenty thousand cards, it is memory, not work, that costs.
struct CardNumbers: Sendable {
    private(set) var ids: [String] = []
    /// The records, one per card in number order: number (4 bytes), length (4 bytes), the id's bytes.
    private(set) var records: [UInt8] = []
    /// Per slot: 0 for none, else the hash's low 32 bits over (the record's offset + 1).
    private(set) var slots = [UInt64](repeating: 0, count: 1024)

    static let headerSize = 8

    mutating func number(_ text: String) -> Int32 {
        var text = text
        return text.withUTF8 { number($0, 0..<$0.count) }
    }

    mutating func number(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32 {
        number(source.baseAddress! + range.lowerBound, range.count)
    }

    mutating func number(_ start: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
        number(start, count, hash: Self.hash(start, count))
    }

    mutating func number(_ start: UnsafePointer<UInt8>, _ count: Int, hash: UInt64) -> Int32 {
        let fingerprint = UInt64(truncatingIfNeeded: hash) << 32
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 32) & mask
        let found: Int32? = records.withUnsafeBytes { records in
            slots.withUnsafeBufferPointer { slots in
                while true {
                    let entry = slots[slot]
                    if entry == 0 { return nil }
                    if entry & 0xFFFF_FFFF_0000_0000 == fingerprint {
                        let record = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                        let number = Int32(littleEndian: records.loadUnaligned(fromByteOffset: record, as: Int32.self))
                        let length = UInt32(littleEndian: records.loadUnaligned(fromByteOffset: record + 4, as: UInt32.self))
                        if Int(length) == count, Self.same(records.baseAddress! + record + Self.headerSize, start, count) {
                            return number
                        }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
        if let found { return found }
        return add(start, count, hash: hash, slot: slot)
    }

    private mutating func add(_ start: UnsafePointer<UInt8>, _ count: Int, hash: UInt64, slot: Int) -> Int32 {
        let number = Int32(ids.count)
        let offset = records.count
        precondition(offset + Self.headerSize + count < Int(UInt32.max), "card ids too long for a journal")
        let bytes = UnsafeBufferPointer(start: start, count: count)
        ids.append(String(decoding: bytes, as: UTF8.self))
        withUnsafeBytes(of: number.littleEndian) { records.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt32(count).littleEndian) { records.append(contentsOf: $0) }
        records.append(contentsOf: bytes)
        slots[slot] = UInt64(truncatingIfNeeded: hash) << 32 | UInt64(offset + 1)
        if ids.count * 2 > slots.count { grow() }
        return number
    }

    /// The numbers, in this numbering, of every card of `other` (in its order); cards new here are
    /// added in that order.
    mutating func numbers(of other: CardNumbers) -> [Int32] {
        var numbers: [Int32] = []
        numbers.reserveCapacity(other.ids.count)
        other.forEachRecord { start, count in numbers.append(number(start, count)) }
        return numbers
    }

    /// Calls `body` with each id's bytes, in number order.
    private func forEachRecord(_ body: (UnsafePointer<UInt8>, Int) -> Void) {
        records.withUnsafeBytes { records in
            var offset = 0
            while offset < records.count {
                let count = Int(UInt32(littleEndian: records.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)))
                body((records.baseAddress! + offset + Self.headerSize).assumingMemoryBound(to: UInt8.self), count)
                offset += Self.headerSize + count
            }
        }
    }

    private mutating func grow() {
        var slots = [UInt64](repeating: 0, count: self.slots.count * 2)
        let mask = slots.count - 1
        var offset = 0
        forEachRecord { start, count in
            let hash = Self.hash(start, count)
            var slot = Int(truncatingIfNeeded: hash >> 32) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt64(truncatingIfNeeded: hash) << 32 | UInt64(offset + 1)
            offset += Self.headerSize + count
        }
        self.slots = slots
    }

    /// Equal bytes, compared eight at a time.
    static func same(_ a: UnsafeRawPointer, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        let rb = UnsafeRawPointer(b)
        var offset = 0
        while offset + 8 <= count {
            guard a.loadUnaligned(fromByteOffset: offset, as: UInt64.self) == rb.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            else { return false }
            offset += 8
        }
        while offset < count {
            guard a.load(fromByteOffset: offset, as: UInt8.self) == b[offset] else { return false }
            offset += 1
        }
        return true
    }

    /// A hash of `count` bytes, eight at a time.
    static func hash(_ start: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        let raw = UnsafeRawPointer(start)
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
        var offset = 0
        while offset + 8 <= count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            offset += 8
        }
        if offset < count {
            // The last one to seven bytes as one word: the id's last eight bytes (some read twice)
            // when it has eight, else byte by byte.
            var tail: UInt64 = 0
            if count >= 8 {
                tail = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            } else {
                for index in offset..<count { tail |= UInt64(start[index]) << (8 * UInt64(index - offset)) }
            }
            hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        }
        hash ^= hash >> 29
        return hash &* 0xFF51_AFD7_ED55_8CCD
    }
}
