/// Every studied card's memory state, by card id: a dictionary with the hash of each id kept beside
/// it.
///
/// A start looks up 20,000 states at a heavy learner's scale, and the snapshot inserts as many.
/// `[String: CardState]` hashes every id with SipHash and, probing, compares ids whose hashes it
/// does not keep; here an id is hashed eight bytes at a time and the string is compared only when
/// the 64-bit hashes agree (several times fewer instructions a lookup). Iteration follows insertion
/// order (a removal moves the last entry into its place); equality is a dictionary's (the same ids
/// with the same states).
public struct CardStates: Sendable, Equatable, Sequence {
    public typealias Element = (key: String, value: CardState)

    public private(set) var keys: [String] = []
    private var values: [CardState] = []
    private var hashes: [UInt64] = []
    /// Open addressing with linear probing: an index into `keys`, or -1; a power of two at least
    /// twice the count, or empty.
    private var slots: [Int32] = []

    public init() {}

    public init(_ states: [String: CardState]) {
        self.init(minimumCapacity: states.count)
        for (id, state) in states { self[id] = state }
    }

    /// `ids` must not repeat.
    init(uniqueIDs ids: [String], states: [CardState]) {
        precondition(ids.count == states.count, "one state per id")
        keys = ids
        values = states
        hashes = ids.map(Self.hash)
        rebuildSlots(capacity: ids.count)
    }

    init(minimumCapacity: Int) {
        keys.reserveCapacity(minimumCapacity)
        values.reserveCapacity(minimumCapacity)
        hashes.reserveCapacity(minimumCapacity)
        rebuildSlots(capacity: minimumCapacity)
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    public subscript(id: String) -> CardState? {
        get { position(of: id, hash: Self.hash(id)).map { values[$0] } }
        set {
            let hash = Self.hash(id)
            if let index = position(of: id, hash: hash) {
                if let newValue { values[index] = newValue } else { remove(at: index) }
            } else if let newValue {
                insert(id, newValue, hash: hash)
            }
        }
    }

    public struct Iterator: IteratorProtocol {
        fileprivate let states: CardStates
        fileprivate var index = 0

        public mutating func next() -> Element? {
            guard index < states.keys.count else { return nil }
            defer { index += 1 }
            return (states.keys[index], states.values[index])
        }
    }

    public func makeIterator() -> Iterator { Iterator(states: self) }
    public var underestimatedCount: Int { count }

    /// Every id and state in an order that depends only on the ids, not on the order they came in:
    /// by hash, then by id where hashes agree (what the snapshot writes, so the same states give the
    /// same file; sorting the strings themselves costs several times more).
    func inStableOrder() -> [Element] {
        let order = keys.indices.sorted { a, b in
            hashes[a] != hashes[b] ? hashes[a] < hashes[b] : keys[a] < keys[b]
        }
        return order.map { (keys[$0], values[$0]) }
    }

    /// The states as a dictionary.
    public var dictionary: [String: CardState] { Dictionary(uniqueKeysWithValues: zip(keys, values)) }

    public static func == (a: CardStates, b: CardStates) -> Bool {
        a.count == b.count && zip(a.keys, a.values).allSatisfy { b[$0.0] == $0.1 }
    }

    /// The hash of an id's UTF-8 bytes (`CacheHash`, eight bytes at a time).
    static func hash(_ id: String) -> UInt64 {
        var id = id
        return id.withUTF8(CacheHash.of)
    }

    private func position(of id: String, hash: UInt64) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if hashes[index] == hash, keys[index] == id { return index }
            slot = (slot + 1) & mask
        }
    }

    private mutating func insert(_ id: String, _ state: CardState, hash: UInt64) {
        if (keys.count + 1) * 2 > slots.count { rebuildSlots(capacity: keys.count + 1) }
        keys.append(id)
        values.append(state)
        hashes.append(hash)
        place(keys.count - 1)
    }

    private mutating func remove(at index: Int) {
        keys.swapAt(index, keys.count - 1); keys.removeLast()
        values.swapAt(index, values.count - 1); values.removeLast()
        hashes.swapAt(index, hashes.count - 1); hashes.removeLast()
        rebuildSlots(capacity: keys.count)
    }

    private mutating func rebuildSlots(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: -1, count: size)
        for index in keys.indices { place(index) }
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hashes[index]) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }
}
