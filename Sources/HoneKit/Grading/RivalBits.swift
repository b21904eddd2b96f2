/// A rival table's names as sets of bits, one bit per name in table order, so that the rival
/// screen's first pass (is a name near a reading of the response by length and by letters at all?)
/// takes 64 names at a time with a few word operations instead of reading every name: grading a
/// typed answer then costs little more in a deck of 50,000 names than in one of 5,000.
///
/// The sets give a superset of the names the screen must look at; the screen tests each of those
/// by itself (`RivalScreen.relevant`), so a name let through here that is far changes nothing.
struct RivalBits: Sendable {
    /// 64-bit words per set.
    let words: Int
    /// Per bit of `RivalTable.bit`: the simple names whose `mask` has it (64 sets).
    private let letters: [UInt64]
    /// Per compact length L (0...63): the simple names at most L long (63: every simple name).
    private let lengthsUpTo: [UInt64]
    /// Per L (0...15): the simple names whose longest acronym of their initials is at least L long
    /// (15: at least 15).
    private let initialsFrom: [UInt64]
    /// The names that are not simple and have a form (parentheses, slashes, not ASCII): always looked at.
    private let others: [UInt64]
    /// The names with spellings of an acronym (`RivalTable.spellings`).
    private let spelled: [UInt64]

    static let lengthBuckets = 64
    static let initialsBuckets = 16

    init(_ names: UnsafeMutableBufferPointer<RivalTable.Name>) {
        let words = (names.count + 63) / 64
        self.words = words
        var letters = [UInt64](repeating: 0, count: 64 * words)
        var lengths = [UInt64](repeating: 0, count: Self.lengthBuckets * words)
        var initials = [UInt64](repeating: 0, count: Self.initialsBuckets * words)
        var others = [UInt64](repeating: 0, count: words)
        var spelled = [UInt64](repeating: 0, count: words)
        for (index, name) in names.enumerated() {
            let (word, bit) = (index / 64, UInt64(1) << UInt64(index % 64))
            if name.expands { spelled[word] |= bit }
            switch name.kind {
            case .complex, .other:
                others[word] |= bit
            case .empty:
                break
            case .simple:
                var mask = name.mask
                while mask != 0 {
                    letters[mask.trailingZeroBitCount * words + word] |= bit
                    mask &= mask - 1
                }
                lengths[min(Int(name.count), Self.lengthBuckets - 1) * words + word] |= bit
                initials[min(Int(name.longestInitials), Self.initialsBuckets - 1) * words + word] |= bit
            }
        }
        // Each length set takes in the shorter ones, each initials set the longer ones.
        for bucket in 1..<Self.lengthBuckets {
            for word in 0..<words { lengths[bucket * words + word] |= lengths[(bucket - 1) * words + word] }
        }
        for bucket in (0..<Self.initialsBuckets - 1).reversed() {
            for word in 0..<words { initials[bucket * words + word] |= initials[(bucket + 1) * words + word] }
        }
        self.letters = letters
        lengthsUpTo = lengths
        initialsFrom = initials
        self.others = others
        self.spelled = spelled
    }

    /// Calls `body` with the index of every name, in order, that may be near a reading of the
    /// response (`readings`: each one's length and `RivalTable.mask`), where near is fewer than
    /// `minimum` edits: a simple name within the length window of a reading (each of the name's
    /// readings is its compact form less up to two letters) and lacking fewer than `minimum` of the
    /// reading's letters, or whose initials' acronym is long enough to come near the shortest
    /// reading; every name that is not simple; with `spellings`, every name with spellings.
    func forEachCandidate(readings: [(length: Int, mask: UInt64)], minimum: Int, shortest: Int, spellings: Bool,
                          _ body: (Int) -> Void) {
        let last = Self.lengthBuckets - 1
        let windows: [(below: Int?, upTo: Int, letters: [Int])] = readings.map { reading in
            let low = min(max(reading.length - minimum + 1, 0), last)
            let high = min(reading.length + minimum + 1, last)
            var letters: [Int] = []
            var mask = reading.mask
            while mask != 0 {
                letters.append(mask.trailingZeroBitCount)
                mask &= mask - 1
            }
            return (low > 0 ? low - 1 : nil, high, letters)
        }
        // A name whose longest acronym is at least this long may come near (`shortest < longest + minimum`).
        let initialsBucket = min(max(shortest - minimum + 1, 0), Self.initialsBuckets - 1)
        letters.withUnsafeBufferPointer { letters in
            lengthsUpTo.withUnsafeBufferPointer { lengths in
                for word in 0..<words {
                    var near = initialsFrom[initialsBucket * words + word]
                    for window in windows {
                        var inWindow = lengths[window.upTo * words + word]
                        if let below = window.below { inWindow &= ~lengths[below * words + word] }
                        inWindow &= ~near
                        if inWindow == 0 { continue }
                        // Saturating counts of the reading's letters each name lacks: 1+, 2+, 3+.
                        var lacking: (UInt64, UInt64, UInt64) = (0, 0, 0)
                        for letter in window.letters {
                            let lacks = ~letters[letter * words + word]
                            lacking.2 |= lacking.1 & lacks
                            lacking.1 |= lacking.0 & lacks
                            lacking.0 |= lacks
                        }
                        let far: UInt64 = switch minimum {
                        case 1: lacking.0
                        case 2: lacking.1
                        case 3: lacking.2
                        default: 0
                        }
                        near |= inWindow & ~far
                    }
                    var candidates = near | others[word] | (spellings ? spelled[word] : 0)
                    while candidates != 0 {
                        body(word * 64 + candidates.trailingZeroBitCount)
                        candidates &= candidates - 1
                    }
                }
            }
        }
    }
}
