/// Which of a key's rivals can bear on the grade of one response. A deck of ten thousand terms gives
/// a typed question thousands of rivals; preparing every one of them (normalizing it, deriving its
/// forms, measuring its distance to the response) for every answer is what made grading slow. The
/// screen looks at each rival's bytes once and leaves out the ones that provably cannot change the
/// grade, so that only the few that can are prepared.
///
/// A rival is left out only when it is all ASCII, has no parentheses, brackets or slashes (so that
/// its only forms are itself and the acronyms of its initials; see `FormVariants.variants`), and each
/// of those forms, in every reading the plural rules could give it, is more than two edits from every
/// reading of the response: then it can neither equal the response nor be the rival a typo is closer
/// to. A rival whose text duplicates an earlier rival's (the same compact form) is left out too: it
/// adds no form. The rivals kept stay in order, so every rule that takes the first of equals finds
/// the same one. A form that the full list would have dropped as a repeat of a left-out rival's form
/// is as far from the response as that form, so it changes nothing either.
///
/// One rule looks at acronyms across all rivals at once (a phrase whose initials spell a rival's
/// acronym, unless some rival spells that acronym out): when the response's initials spell an acronym
/// of any rival, the screen keeps every rival.
struct RivalScreen {
    /// The response's readings, as bytes; a character outside ASCII is 0xFF, which no ASCII text has,
    /// so distances to ASCII texts are the same as by characters.
    private let readings: [[UInt8]]
    private let shortest: Int
    /// The response's initials (`Acronyms.initials`), as UTF-8.
    private let initials: Set<String>
    private let initialsBytes: [[UInt8]]

    init(response: ComparisonText, initials: Set<String>) {
        readings = response.readings.map { reading in
            reading.characters.map { $0.utf8.count == 1 ? $0.utf8.first! : 0xFF }
        }
        shortest = readings.map(\.count).min() ?? 0
        self.initials = initials
        initialsBytes = initials.map { Array($0.utf8) }
    }

    /// The rivals that could change the grade of the response, in their order.
    func relevant(_ rivals: [String]) -> [String] {
        var scratch = Scratch()
        var kept: [(index: Int, hash: UInt64?)] = []
        /// The hash of the compact form of each rival left out as far from the response (else nil).
        var farHashes = [UInt64?](repeating: nil, count: rivals.count)
        for index in rivals.indices {
            var rival = rivals[index]
            let verdict = rival.withUTF8 { screen(rival: $0, text: rivals[index], scratch: &scratch) }
            switch verdict {
            case .everyRival: return rivals
            case .keep(let hash): kept.append((index, hash))
            case .far(let hash): farHashes[index] = hash
            case .nothing: break
            }
        }
        return dropRepeats(of: kept, in: rivals, farHashes: farHashes, scratch: &scratch).map { rivals[$0] }
    }

    private enum Verdict {
        /// An acronym of this rival is spelled by the response's initials: keep every rival.
        case everyRival
        /// Kept (with the hash of its compact form when known).
        case keep(UInt64?)
        /// Left out: every form is far from the response (with the hash of its compact form).
        case far(UInt64)
        /// Left out: it has no form at all (nothing to compare).
        case nothing
    }

    /// Buffers reused from rival to rival.
    private struct Scratch {
        var canonical: [UInt8] = []
        var compact: [UInt8] = []
        var counts = [Int16](repeating: 0, count: 256)
    }

    private func screen(rival bytes: UnsafeBufferPointer<UInt8>, text: String, scratch: inout Scratch) -> Verdict {
        var ascii = true, upper = 0, complex = false
        for b in bytes {
            if b >= 0x80 { ascii = false; break }
            if ASCIIText.isUpper(b) { upper += 1 }
            if b == UInt8(ascii: "(") || b == UInt8(ascii: "[") || b == UInt8(ascii: "/") { complex = true }
        }
        if !initials.isEmpty, !ascii || (upper >= 2 && initialsBytes.contains { isSubsequence($0, ofUppercased: bytes) }),
           spellsAcronym(of: text) {
            return .everyRival
        }
        guard ascii else { return .keep(nil) }
        ASCIIText.canonical(bytes, into: &scratch.canonical)
        scratch.compact.removeAll(keepingCapacity: true)
        for b in scratch.canonical where b != 0x20 { scratch.compact.append(b) }
        if scratch.compact.isEmpty { return .nothing }
        let hash = StableHash.fnv1a64(bytes: scratch.compact)
        if complex { return .keep(hash) }
        guard isFar(scratch.compact, counts: &scratch.counts), initialsAreFar(bytes, text: text, counts: &scratch.counts) else {
            return .keep(hash)
        }
        return .far(hash)
    }

    /// True when an acronym of `rival` (`FormVariants.acronymsToExpand`) is spelled by the response's
    /// initials.
    private func spellsAcronym(of rival: String) -> Bool {
        FormVariants.acronymsToExpand(in: rival).contains { !Acronyms.spellings(ofAcronym: $0).isDisjoint(with: initials) }
    }

    /// True when every acronym read off the initials of the ASCII `rival` is far from the response.
    /// An acronym has at most one letter per word, or a whole word in capitals, so a response much
    /// longer than that bound needs no acronyms worked out.
    private func initialsAreFar(_ bytes: UnsafeBufferPointer<UInt8>, text: String, counts: inout [Int16]) -> Bool {
        var bound = 0, run = 0, runCapitals = true
        for b in bytes where !ASCIIText.isApostrophe(b) {
            if ASCIIText.isWordByte(b) {
                run += 1
                runCapitals = runCapitals && ASCIIText.isUpper(b)
            } else if run > 0 {
                bound += runCapitals && run >= 2 ? run : 1
                run = 0
                runCapitals = true
            }
        }
        if run > 0 { bound += runCapitals && run >= 2 ? run : 1 }
        if shortest > bound + 2 || Acronyms.isAcronym(text) { return true }
        return Acronyms.initials(of: text).allSatisfy { acronym in
            isFar(acronym.utf8.map(ASCIIText.lowered), counts: &counts)
        }
    }

    /// True when every reading of a text with this compact form is more than two edits from every
    /// reading of the response. A text's readings are its compact form less one or two last letters,
    /// or less three with a "y" (`PluralForms`); all four are taken, whatever the last word is.
    private func isFar(_ compact: [UInt8], counts: inout [Int16]) -> Bool {
        readings.allSatisfy { isFar(reading: $0, compact: compact, counts: &counts) }
    }

    private func isFar(reading: [UInt8], compact: [UInt8], counts: inout [Int16]) -> Bool {
        let n = compact.count
        // Every reading of the text is n, n - 1 or n - 2 long; a distance is at least the length gap.
        if reading.count > n + 2 || reading.count + 4 < n { return true }
        // A distance is at least the number of the response's letters the text lacks (each edit
        // supplies one at most), and the number of the text's letters the response lacks. Every
        // reading of the text is within the compact form plus a "y", and holds its first n - 3.
        let y = UInt8(ascii: "y")
        for b in compact { counts[Int(b)] += 1 }
        counts[Int(y)] += 1
        var lacking = 0
        for b in reading {
            counts[Int(b)] -= 1
            if counts[Int(b)] < 0 { lacking += 1 }
        }
        for b in reading { counts[Int(b)] += 1 }
        for b in compact { counts[Int(b)] -= 1 }
        counts[Int(y)] -= 1
        if lacking > 2 { return true }
        let head = compact.prefix(max(n - 3, 0))
        for b in reading { counts[Int(b)] += 1 }
        var extra = 0
        for b in head {
            counts[Int(b)] -= 1
            if counts[Int(b)] < 0 { extra += 1 }
        }
        for b in head { counts[Int(b)] += 1 }
        for b in reading { counts[Int(b)] -= 1 }
        if extra > 2 { return true }
        let variants = [compact, Array(compact.dropLast()), Array(compact.dropLast(2)), Array(compact.dropLast(3)) + [y]]
        return variants.allSatisfy { EditDistance.optimalStringAlignment(reading, $0, limit: 2) > 2 }
    }

    /// True when `needle` is a subsequence of `haystack` in capitals.
    private func isSubsequence(_ needle: [UInt8], ofUppercased haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        for b in haystack where i < needle.count {
            if needle[i] == (ASCIIText.isLower(b) ? b - 0x20 : b) { i += 1 }
        }
        return i == needle.count
    }

    /// `kept` less the rivals whose compact form is that of an earlier rival left out: the full list
    /// holds no form of theirs (a text is prepared once), so the shortened one must not either.
    private func dropRepeats(of kept: [(index: Int, hash: UInt64?)], in rivals: [String], farHashes: [UInt64?],
                             scratch: inout Scratch) -> [Int] {
        let hashes = kept.map { $0.hash ?? StableHash.fnv1a64(bytes: Array(ComparisonText(rivals[$0.index]).compact.utf8)) }
        let wanted = Set(hashes)
        // The first rival left out with each of those hashes.
        var firstFar: [UInt64: Int] = [:]
        for (index, hash) in farHashes.enumerated() {
            if let hash, wanted.contains(hash), firstFar[hash] == nil { firstFar[hash] = index }
        }
        guard !firstFar.isEmpty else { return kept.map(\.index) }
        return zip(kept, hashes).compactMap { item, hash in
            let index = item.index
            guard let first = firstFar[hash], first < index else { return index }
            let compact = Array(ComparisonText(rivals[index]).compact.utf8)
            for other in first..<index where farHashes[other] == hash {
                var text = rivals[other]
                text.withUTF8 { ASCIIText.canonical($0, into: &scratch.canonical) }
                if scratch.canonical.filter({ $0 != 0x20 }) == compact { return nil }
            }
            return index
        }
    }
}
