/// Which of a key's rivals can bear on the grade of one response. A deck of ten thousand terms gives
/// a typed question thousands of rivals; preparing every one of them (normalizing it, deriving its
/// forms, measuring its distance to the response) for every answer is what made grading slow. The
/// screen looks at each rival's bytes once and leaves out the ones that provably cannot change the
/// grade, so that only the few that can are prepared.
///
/// A rival is left out only when it is all ASCII and has no parentheses, brackets or slashes (so that
/// its only forms are itself and the acronyms of its initials; see `FormVariants.variants`), and each
/// of those forms, in every reading the plural rules could give it, is far enough from every reading
/// of the response: at least the distance the response is a typo of the answer at, when it is one;
/// not the same, when a number or being part of the answer decides the grade; else more than two
/// edits, or one or two edits for an acronym (which never passes as a typo) when no rival form
/// could pass as its rival's typo (then the nearest rival form, whichever it is, changes nothing).
/// A rival whose text has the compact form of an earlier rival's is left out when that one is: it
/// adds no form. The rivals kept stay in order, so every rule that takes the first of equals finds
/// the same one; a form that the full list would have dropped as a repeat of a left-out rival's form
/// has that form's compact text, so it is as far from the response and changes nothing either.
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

    /// When the nearest rival form can change the grade (see `Grader.AcceptedTypo`).
    enum NearestRule {
        /// Only a form nearer than this distance (the response passes as a typo of the answer).
        case nearerThan(Int)
        /// Never: the accepted forms decide, unless a rival matches exactly.
        case never
        /// A form within two edits that can pass as a typo of its rival (a "threat"), or one that
        /// comes first among the nearest, ahead of such a form.
        case withinTypo
    }

    private let rule: NearestRule
    /// A form of a rival left out must be at least this far from the response.
    private let minimum: Int

    init(response: ComparisonText, initials: Set<String>, nearestMatters rule: NearestRule) {
        self.rule = rule
        switch rule {
        case .nearerThan(let distance): minimum = max(distance, 1)
        case .never: minimum = 1
        case .withinTypo: minimum = 3
        }
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
        var kept: [(index: Int, hash: UInt64?, tentative: Bool)] = []
        /// The hash of the compact form of each rival left out as far from the response (else nil).
        var farHashes = [UInt64?](repeating: nil, count: rivals.count)
        var threat = false
        for index in rivals.indices {
            var rival = rivals[index]
            let verdict = rival.withUTF8 { screen(rival: $0, text: rivals[index], scratch: &scratch) }
            switch verdict {
            case .everyRival: return rivals
            case .keep(let hash, let mayPassAsTypo):
                kept.append((index, hash, false))
                threat = threat || mayPassAsTypo
            case .onlyAcronymsNear(let hash): kept.append((index, hash, true))
            case .far(let hash): farHashes[index] = hash
            case .nothing: break
            }
        }
        if !threat {
            // No rival form can pass as its rival's typo: the nearest one, whichever it is, changes
            // nothing, so acronyms one or two edits away do not matter.
            for item in kept where item.tentative { farHashes[item.index] = item.hash }
            kept.removeAll { $0.tentative }
        }
        return dropRepeats(of: kept.map { ($0.index, $0.hash) }, in: rivals, farHashes: farHashes, scratch: &scratch)
            .map { rivals[$0] }
    }

    private enum Verdict {
        /// An acronym of this rival is spelled by the response's initials: keep every rival.
        case everyRival
        /// Kept (with the hash of its compact form when known, and whether a form of it may be one
        /// or two edits from the response and pass as a typo of it).
        case keep(UInt64?, mayPassAsTypo: Bool)
        /// Its only forms one or two edits from the response are acronyms (which never pass as a
        /// typo), and the rule is `withinTypo`: kept only if some rival may pass as a typo.
        case onlyAcronymsNear(UInt64)
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
        guard ascii else { return .keep(nil, mayPassAsTypo: true) }
        ASCIIText.canonical(bytes, into: &scratch.canonical)
        scratch.compact.removeAll(keepingCapacity: true)
        for b in scratch.canonical where b != 0x20 { scratch.compact.append(b) }
        if scratch.compact.isEmpty { return .nothing }
        let hash = StableHash.fnv1a64(bytes: scratch.compact)
        if complex { return .keep(hash, mayPassAsTypo: true) }
        if !isFar(scratch.compact, minimum: minimum, counts: &scratch.counts) {
            return .keep(hash, mayPassAsTypo: mayPassAsTypo(canonical: scratch.canonical, compact: scratch.compact))
        }
        switch acronyms(bytes, text: text, counts: &scratch.counts) {
        case .far: return .far(hash)
        case .exact: return .keep(hash, mayPassAsTypo: false)
        case .near:
            if case .withinTypo = rule { return .onlyAcronymsNear(hash) }
            return .keep(hash, mayPassAsTypo: false)
        }
    }

    /// True when an acronym of `rival` (`FormVariants.acronymsToExpand`) is spelled by the response's
    /// initials.
    private func spellsAcronym(of rival: String) -> Bool {
        FormVariants.acronymsToExpand(in: rival).contains { !Acronyms.spellings(ofAcronym: $0).isDisjoint(with: initials) }
    }

    private enum AcronymDistance { case far, near, exact }

    /// How near the acronyms read off the initials of the ASCII `rival` come to the response: all at
    /// least `minimum` edits away, some nearer, or one the same. An acronym has at most one letter
    /// per word, or a whole word in capitals, so a response much longer than that bound needs no
    /// acronyms worked out.
    private func acronyms(_ bytes: UnsafeBufferPointer<UInt8>, text: String, counts: inout [Int16]) -> AcronymDistance {
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
        if shortest >= bound + minimum || Acronyms.isAcronym(text) { return .far }
        var near = false
        for acronym in Acronyms.initials(of: text) {
            let compact = acronym.utf8.map(ASCIIText.lowered)
            if !isFar(compact, minimum: 1, counts: &counts) { return .exact }
            near = near || !isFar(compact, minimum: minimum, counts: &counts)
        }
        return near ? .near : .far
    }

    /// True when the text with this canonical form may be within its typo allowance of the response:
    /// one edit from four letters, two from eight (`ComparisonText.typoAllowance`). Its readings are
    /// worked out as `PluralForms` does (only whether some rival can pass as a typo hangs on this, and
    /// a text that is not in the full list of forms, being a repeat, is left out as well).
    private func mayPassAsTypo(canonical: [UInt8], compact: [UInt8]) -> Bool {
        let letters = compact.count { ASCIIText.isLetter($0) }
        let allowance = letters >= 8 ? 2 : letters >= 4 ? 1 : 0
        guard allowance > 0 else { return false }
        var forms = [compact]
        let lastWord = canonical.split(separator: 0x20).last ?? []
        func ends(_ suffix: String) -> Bool { lastWord.count >= suffix.utf8.count && lastWord.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }
        if lastWord.count >= 4, lastWord.allSatisfy(ASCIIText.isLetter), ends("s") {
            if !ends("ss"), !ends("us"), !ends("is") { forms.append(Array(compact.dropLast())) }
            if ends("es"), lastWord.count >= 5 { forms.append(Array(compact.dropLast(2))) }
            if ends("ies"), lastWord.count >= 6 { forms.append(Array(compact.dropLast(3)) + [UInt8(ascii: "y")]) }
        }
        return readings.contains { reading in
            forms.contains { EditDistance.optimalStringAlignment(reading, $0, limit: allowance) <= allowance }
        }
    }

    /// True when every reading of a text with this compact form is at least `minimum` edits from
    /// every reading of the response. A text's readings are its compact form less one or two last
    /// letters, or less three with a "y" (`PluralForms`); all four are taken, whatever the last word.
    private func isFar(_ compact: [UInt8], minimum: Int, counts: inout [Int16]) -> Bool {
        for reading in readings where !isFar(reading: reading, compact: compact, minimum: minimum, counts: &counts) {
            return false
        }
        return true
    }

    private func isFar(reading: [UInt8], compact: [UInt8], minimum: Int, counts: inout [Int16]) -> Bool {
        let n = compact.count
        // Every reading of the text is n, n - 1 or n - 2 long; a distance is at least the length gap.
        if reading.count >= n + minimum || reading.count + 2 + minimum <= n { return true }
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
        if lacking >= minimum { return true }
        let head = compact.prefix(max(n - 3, 0))
        for b in reading { counts[Int(b)] += 1 }
        var extra = 0
        for b in head {
            counts[Int(b)] -= 1
            if counts[Int(b)] < 0 { extra += 1 }
        }
        for b in head { counts[Int(b)] += 1 }
        for b in reading { counts[Int(b)] -= 1 }
        if extra >= minimum { return true }
        let variants = [compact, Array(compact.dropLast()), Array(compact.dropLast(2)), Array(compact.dropLast(3)) + [y]]
        return variants.allSatisfy { EditDistance.optimalStringAlignment(reading, $0, limit: minimum - 1) >= minimum }
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
