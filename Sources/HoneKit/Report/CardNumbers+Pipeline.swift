/// Looking card ids up a batch of lines at a time. A lookup touches two places in memory that are
/// seldom in the cache (its slot, then its record), one after the other; done line by line, each
/// waits for memory twice. Done for a batch, the slots of every line in it are loaded together,
/// then their records, so the waits overlap. Lookups finish in line order, so cards are still
/// numbered in order of first appearance; what was loaded early is checked again (a card added
/// since, a table grown since) and when in doubt the lookup is done afresh.
extension CardNumbers {
    struct Lookup {
        fileprivate let start: UnsafePointer<UInt8>
        fileprivate let count: Int
        fileprivate let hash: UInt64
        /// The index of the review the card is for.
        let review: Int
        /// The word of the slot that holds the id's hash (as far as a few probes tell), 0 for none.
        fileprivate var entry: UInt64 = 0
        /// The record's number (low half) and length (high half), when the entry names a record.
        fileprivate var header: UInt64 = 0
    }

    /// A lookup of the id `start..<start + count` for review `review` (the id's bytes must stay
    /// valid until it is finished).
    static func lookup(_ start: UnsafePointer<UInt8>, _ count: Int, review: Int) -> Lookup {
        Lookup(start: start, count: count, hash: hash(start, count), review: review)
    }

    /// Finishes `lookups` in order, passing each one's number to `body`.
    mutating func finish(_ lookups: inout [Lookup], _ body: (Lookup, Int32) -> Void) {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            // The first slot of each, all at once.
            for index in lookups.indices {
                lookups[index].entry = slots[Int(truncatingIfNeeded: lookups[index].hash >> 32) & mask]
            }
            // The slot with the id's hash among the first few, then its record's header.
            records.withUnsafeBytes { records in
                for index in lookups.indices {
                    let fingerprint = UInt64(truncatingIfNeeded: lookups[index].hash) << 32
                    var slot = Int(truncatingIfNeeded: lookups[index].hash >> 32) & mask
                    var entry = lookups[index].entry
                    for _ in 0..<8 where entry != 0 && entry & 0xFFFF_FFFF_0000_0000 != fingerprint {
                        slot = (slot + 1) & mask
                        entry = slots[slot]
                    }
                    guard entry != 0, entry & 0xFFFF_FFFF_0000_0000 == fingerprint else {
                        lookups[index].entry = 0
                        continue
                    }
                    lookups[index].entry = entry
                    let record = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                    lookups[index].header = UInt64(littleEndian: records.loadUnaligned(fromByteOffset: record, as: UInt64.self))
                }
            }
        }
        for lookup in lookups { body(lookup, finish(lookup)) }
        lookups.removeAll(keepingCapacity: true)
    }

    /// The card's number: from the record the slot named if it holds the id, else looked up afresh.
    private mutating func finish(_ lookup: Lookup) -> Int32 {
        if lookup.entry != 0, Int(truncatingIfNeeded: lookup.header >> 32) == lookup.count {
            let record = Int(truncatingIfNeeded: lookup.entry & 0xFFFF_FFFF) - 1
            let same = records.withUnsafeBytes { Self.same($0.baseAddress! + record + Self.headerSize, lookup.start, lookup.count) }
            if same { return Int32(truncatingIfNeeded: lookup.header) }
        }
        return number(lookup.start, lookup.count, hash: lookup.hash)
    }
}
