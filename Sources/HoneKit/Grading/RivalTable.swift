/// Names read once for the rival screen: each name's compact canonical form, which letters it has,
/// the acronyms of its initials and the acronyms it may stand for. A question factory prepares its
/// deck's names once and gives every key made from them a `RivalSelection` of this table, so that
/// grading an answer only compares the response with what was worked out already; a key without one
/// has its rivals read when it is graded.
final class RivalTable: @unchecked Sendable {
    // Immutable after `init`; the buffers are owned by the table.

    /// What the screen may conclude about a name.
    enum Kind: UInt8 {
        /// ASCII without parentheses, brackets or slashes: its only forms are itself and the
        /// acronyms of its initials (`FormVariants.variants`).
        case simple
        /// ASCII with parentheses, brackets or slashes: more forms (always kept).
        case complex
        /// Not all ASCII (always kept).
        case other
        /// No letters, digits or symbols: no form at all.
        case empty
    }

    struct Name {
        let kind: Kind
        /// The compact form (`ComparisonText.compact`), at `start` in `bytes`, `count` long.
        let start: Int32
        let count: Int32
        let hash: UInt64
        /// `RivalTable.bit` of every byte of the compact form, and of "y" (a singular reading may
        /// end in "y"); and of the bytes every reading holds (all but the last three).
        let mask: UInt64
        let headMask: UInt64
        /// The readings of the acronyms of its initials (`ComparisonText.readings`), at
        /// `initialsStart..<initialsEnd` in `initials`, each as its length and its letters; the
        /// length of the longest acronym.
        let initialsStart: Int32
        let initialsEnd: Int32
        let longestInitials: Int32
        /// Whether `spellings` has an entry for it.
        let expands: Bool
    }

    let texts: [String]
    let names: UnsafeMutableBufferPointer<Name>
    let bytes: UnsafeMutableBufferPointer<UInt8>
    let initials: UnsafeMutableBufferPointer<UInt8>
    /// For a name that is an acronym or holds one: the letters a phrase's initials may spell to
    /// stand for it (`FormVariants.acronymsToExpand`, `Acronyms.spellings`).
    let spellings: [Int: Set<String>]
    /// The names as bit sets, for the screen's first pass.
    let bits: RivalBits
    /// Per name: the index of the previous name with the same compact form (not empty), or -1.
    let previousSame: [Int32]

    init(_ texts: [String]) {
        self.texts = texts
        var names: [Name] = []
        names.reserveCapacity(texts.count)
        var bytes: [UInt8] = []
        var initials: [UInt8] = []
        var spellings: [Int: Set<String>] = [:]
        var canonical: [UInt8] = []
        for (index, text) in texts.enumerated() {
            var text = text
            var kind = Kind.simple
            var upper = 0
            let start = bytes.count
            let initialsStart = initials.count
            var longest = 0
            text.withUTF8 { raw in
                for b in raw {
                    if b >= 0x80 { kind = .other; break }
                    if ASCIIText.isUpper(b) { upper += 1 }
                    if b == UInt8(ascii: "(") || b == UInt8(ascii: "[") || b == UInt8(ascii: "/") { kind = .complex }
                }
                guard kind != .other else { return }
                ASCIIText.canonical(raw, into: &canonical)
                bytes += canonical.lazy.filter { $0 != 0x20 }
                guard kind == .simple, !Acronyms.isAcronym(ascii: raw) else { return }
                Acronyms.forEachInitials(ascii: raw) { acronym in
                    Self.appendReadings(ofAcronym: acronym, to: &initials)
                    longest = max(longest, acronym.count)
                }
            }
            if kind == .other { bytes += ComparisonText(text).compact.utf8 }
            if kind == .other || upper >= 2 {
                let spelled = FormVariants.acronymsToExpand(in: text).reduce(into: Set<String>()) {
                    $0.formUnion(Acronyms.spellings(ofAcronym: $1))
                }
                if !spelled.isEmpty { spellings[index] = spelled }
            }
            let compact = bytes[start...]
            if compact.isEmpty { kind = .empty }
            names.append(Name(kind: kind, start: Int32(start), count: Int32(compact.count),
                              hash: StableHash.fnv1a64(bytes: compact),
                              mask: Self.mask(compact) | Self.bit(UInt8(ascii: "y")),
                              headMask: Self.mask(compact.prefix(max(compact.count - 3, 0))),
                              initialsStart: Int32(initialsStart), initialsEnd: Int32(initials.count),
                              longestInitials: Int32(longest), expands: spellings[index] != nil))
        }
        self.names = .allocate(capacity: names.count)
        _ = self.names.initialize(from: names)
        self.bytes = .allocate(capacity: bytes.count)
        _ = self.bytes.initialize(from: bytes)
        self.initials = .allocate(capacity: initials.count)
        _ = self.initials.initialize(from: initials)
        self.spellings = spellings
        bits = RivalBits(self.names)
        previousSame = Self.previousSame(self.names, bytes: self.bytes)
    }

    deinit {
        names.deallocate()
        bytes.deallocate()
        initials.deallocate()
    }

    /// The compact form of name `index`.
    func compact(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let name = names[index]
        return UnsafeBufferPointer(rebasing: bytes[Int(name.start)..<Int(name.start + name.count)])
    }

    /// Appends the readings of an acronym, lowercased, each as its length and its letters: itself,
    /// and the singular candidates `PluralForms` gives a single word.
    static func appendReadings(ofAcronym acronym: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let count = acronym.count
        func ends(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard count >= length else { return false }
            for offset in 0..<length where ASCIIText.lowered(acronym[count - length + offset]) != suffix.utf8Start[offset] { return false }
            return true
        }
        func append(keeping kept: Int, then extra: UInt8? = nil) {
            out.append(UInt8(kept + (extra == nil ? 0 : 1)))
            for index in 0..<kept { out.append(ASCIIText.lowered(acronym[index])) }
            if let extra { out.append(extra) }
        }
        append(keeping: count)
        guard count >= 4, ends("s") else { return }
        if !ends("ss"), !ends("us"), !ends("is") { append(keeping: count - 1) }
        if ends("es"), count >= 5 { append(keeping: count - 2) }
        if ends("ies"), count >= 6 { append(keeping: count - 3, then: UInt8(ascii: "y")) }
    }

    /// One bit per letter and digit, one for each of `.+#*`, one for every other byte: a text
    /// lacking a bit that another has is at least one edit from it per such bit.
    static func bit(_ b: UInt8) -> UInt64 {
        switch b {
        case 0x61...0x7A: 1 << UInt64(b - 0x61)
        case 0x30...0x39: 1 << UInt64(b - 0x30 + 26)
        case UInt8(ascii: "."): 1 << 36
        case UInt8(ascii: "+"): 1 << 37
        case UInt8(ascii: "#"): 1 << 38
        case UInt8(ascii: "*"): 1 << 39
        default: 1 << 63
        }
    }

    static func mask<S: Sequence<UInt8>>(_ bytes: S) -> UInt64 {
        bytes.reduce(0) { $0 | bit($1) }
    }
}
